"""Nacka kommun, Utbildningsnämnden, delårsbokslut januari–augusti 2025.

A result table per skolform in mnkr with the tertial-1 deviation as a second column, a summary
sentence naming two skolformer with their own amounts ("gymnasieskolan samt anpassad grundskola …
4 mnkr respektive 7 mnkr": two items, same text), then one heading per skolform that carries its
amount with en-dash minus signs ("Förskola +6,2 mnkr", "Gymnasieskola –4,1 mnkr") and a short
paragraph each: check-peng and elevpeng volumes, interkommunal ersättning, tilläggsbelopp, a
statsbidrag surplus and a "±0,0 mnkr" line. A volume table with a method note (unlabelled), a
year-on-year figure with "beror på" (other), a risk and an action. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        heading_sizes=(14.0, 11.5, 10.5),
        margins=(66.0, 72.0, 66.0, 70.0),
        header=lambda n, m: ("Nacka kommun", "Delårsbokslut augusti 2025"),
        footer=lambda n, m: ("Utbildningsnämnden", f"{n}", ""),
    )
    result = Table(
        caption="Resultat per skolform, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Skolform", "2025", "2025", "augusti", "tertial 1"),
        ),
        rows=(
            ("Förskola", "1 012,4", "1 006,2", "6,2", "3,0"),
            ("Grundskola inkl. fritidshem", "2 105,6", "2 109,4", "–3,8", "–2,0"),
            ("Anpassad grundskola", "118,9", "125,9", "–7,0", "–6,0"),
            ("Gymnasieskola", "612,3", "616,4", "–4,1", "–4,6"),
            ("Vuxenutbildning", "64,7", "62,9", "1,8", "1,0"),
            ("Nämnd och myndighetsutövning", "41,2", "41,2", "0,0", "0,0"),
            ("Summa", "3 955,1", "3 962,0", "–6,9", "–8,6"),
        ),
        widths=(170.0, 64.0, 64.0, 66.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    volumes = Table(
        caption="Antal barn och elever, genomsnitt januari–augusti",
        header=(("Skolform", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Förskola", "7 420", "7 280", "–140"),
            ("Grundskola", "15 860", "15 950", "90"),
            ("Anpassad grundskola", "212", "228", "16"),
            ("Gymnasieskola", "4 630", "4 655", "25"),
        ),
        widths=(170.0, 64.0, 64.0, 66.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsbokslut januari–augusti 2025", size=20, font="arial-bold"),
        Title("Utbildningsnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Utbildningsnämnden prognostiserar ett underskott på 6,9 mnkr för helåret 2025, vilket motsvarar "
            "0,2 procent av nämndens budget.",
            C(None, "6,9 mnkr", "-", note="Whole-committee forecast without a reason."),
        ),
        P(
            "Underskottet finns främst inom gymnasieskolan samt anpassad grundskola, som beräknas avvika "
            "negativt med 4 mnkr respektive 7 mnkr.",
            C(
                "Gymnasieskola",
                "4 mnkr",
                "-",
                note="One sentence, two items: gymnasieskola 4 and anpassad grundskola 7 mnkr.",
                also=(C("Anpassad grundskola", "7 mnkr", "-"),),
            ),
        ),
        P(
            "Prognosen har förbättrats med 1,7 mnkr sedan tertialbokslut 1, främst genom att antalet barn i "
            "förskolan har fortsatt att minska.",
            F(None, "1,7 mnkr", "+", "volymer"),
        ),
        H("Ekonomiskt resultat per skolform", 1),
        P(
            "Nacka kommun tillämpar en kundvalsmodell där en check följer varje barn och elev till den förskola "
            "eller skola som vårdnadshavaren väljer, oavsett huvudman. Nämndens ekonomi styrs därför i hög grad "
            "av antalet barn och elever."
        ),
        result,
        HP(
            "Förskola +6,2 mnkr",
            "Antalet barn i förskolan har i genomsnitt varit 140 färre än budgeterat, vilket innebär att färre "
            "checkar betalas ut till kommunala och fristående förskolor.",
            C("Förskola", "+6,2 mnkr", "+", "volymer", note="Check-peng volume: fewer children."),
        ),
        HP(
            "Grundskola inkl. fritidshem –3,8 mnkr",
            "Elevantalet är cirka 90 elever högre än budgeterat, främst i årskurs 7–9, vilket ger högre "
            "kostnader för elevpeng. Därtill har priset för skolskjuts stigit efter den nya upphandlingen.",
            C("Grundskola inkl. fritidshem", "–3,8 mnkr", "-", "volymer", "prisokningar"),
        ),
        HP(
            "Anpassad grundskola –7,0 mnkr",
            "Fler elever än beräknat har tagits emot i anpassad grundskola, och flera av dem har så omfattande "
            "stödbehov att de har beviljats tilläggsbelopp. Kostnaderna för elever som går i skolor i andra "
            "kommuner har också ökat.",
            C("Anpassad grundskola", "–7,0 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Gymnasieskola –4,1 mnkr",
            "Fler ungdomar än antaget i budgeten har valt program hos fristående huvudmän och i andra kommuner, "
            "och antalet elever på de dyrare yrkesprogrammen har ökat. Interkommunal ersättning och elevpeng "
            "överstiger därmed budget.",
            C("Gymnasieskola", "–4,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Vuxenutbildning +1,8 mnkr",
            "Nämnden har tilldelats mer statsbidrag för regional yrkesinriktad vuxenutbildning än budgeterat, "
            "medan antalet utbildningsplatser inte har utökats i motsvarande grad.",
            C("Vuxenutbildning", "+1,8 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Nämnd och myndighetsutövning ±0,0 mnkr",
            "Verksamheten bedöms bedrivas inom tilldelad budget.",
            BP("Nämnd och myndighetsutövning", "±0,0 mnkr"),
        ),
        H("Volymer", 1),
        P(
            "Tabellen visar barn och elever folkbokförda i Nacka kommun, oavsett huvudman och kommun där de "
            "går i förskola eller skola."
        ),
        volumes,
        P(
            "Jämfört med augusti 2024 har antalet barn i förskolan minskat med 310, vilket beror på lägre "
            "födelsetal och en lägre inflyttning av barnfamiljer.",
            O("Förskola", "volymer", note="Year-on-year volume comparison with 'beror på'."),
        ),
        H("Risker och åtgärder", 1),
        P(
            "Prognosen för gymnasieskolan är osäker, eftersom antalet elever som påbörjar sina studier till "
            "hösten inte är känt förrän efter den 15 oktober.",
            O("Gymnasieskola", "volymer", note="Risk / uncertainty."),
        ),
        P(
            "Förvaltningen har inlett en översyn av rutinerna för att pröva ansökningar om tilläggsbelopp i "
            "anpassad grundskola.",
            A("Anpassad grundskola"),
        ),
    ]
    return ReportSpec(
        file="nacka-un-delarsbokslut-2025-08.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsbokslut januari–augusti 2025 Utbildningsnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
