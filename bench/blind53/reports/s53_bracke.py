"""Bräcke kommun, Kommunstyrelsen, månadsrapport oktober 2025.

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November and a diarienummer: the period "6,8 mnkr bättre än det periodiserade budgeterade resultatet" and
the full year as "en negativ avvikelse på 5,5 mnkr" after two levels (two causes); one sentence splitting it
into "Nämndernas sammanlagda prognos är ett underskott mot budget om 11,9 mnkr" and the finance function's
"+6,4 mnkr" (two items, same text) followed by the change since September with its cause; a table per nämnd
with this month's and last month's deviation side by side; bullets under a generic heading
("Kommunledningskontorets kommentar") in varied shapes: "visar ett överskott på", a possessive
"Socialnämndens underskott väntas bli", "För barn- och utbildningsnämnden överstiger prognosen budget med",
a colon "Samhällsbyggnadsnämnden: −1,4 mnkr" and "bedöms hålla budget" (boilerplate); taxes and the finance
net as two areas in one sentence; two sub-areas of the social committee in a deepening section; an action
with its effect; investments "16,5 mnkr inte förbrukas" after three levels, and two projects in one
sentence, an overrun "cirka 2 mnkr" and a project "3,8 mnkr billigare än budgeterat" (two items); balanskrav
and a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Bräcke kommun", "Månadsrapport januari–oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-18", "Dnr KS 2025/311", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "96,9", "1,5", "1,2"),
            ("Socialnämnden", "241,0", "249,7", "−8,7", "−7,4"),
            ("Barn- och utbildningsnämnden", "198,6", "201,9", "−3,3", "−3,0"),
            ("Samhällsbyggnadsnämnden", "36,2", "37,6", "−1,4", "−1,1"),
            ("Revision och valnämnd", "2,1", "2,1", "0,0", "0,0"),
            ("Summa nämnder", "576,3", "588,2", "−11,9", "−10,3"),
            ("Finansförvaltning", "", "", "6,4", "6,5"),
            ("Årets resultat mot budget", "", "", "−5,5", "−3,8"),
        ),
        widths=(160.0, 70.0, 72.0, 76.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="sans-bold", after=2),
        Title("Bräcke kommun", size=12.5, font="sans", after=14),
        H("Sammanfattande bedömning", 2),
        P(
            "Kommunens resultat till och med oktober uppgår till 21,4 mnkr, vilket är 6,8 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "6,8 mnkr",
                "+",
                note="The period against the periodised budget, in a paragraph of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat på 4,1 mnkr. Det budgeterade resultatet är 9,6 mnkr, och prognosen "
            "innebär alltså en negativ avvikelse på 5,5 mnkr.",
            C(None, "5,5 mnkr", "-", note="The full year after two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämndernas sammanlagda prognos är ett underskott mot budget om 11,9 mnkr, medan finansförvaltningen "
                "beräknas ge +6,4 mnkr mot budget.",
                C(
                    "Nämnderna",
                    "11,9 mnkr",
                    "-",
                    note="The result split into the nämnder and the finance function in one sentence: two items.",
                    also=(C("Finansförvaltningen", "+6,4 mnkr", "+"),),
                ),
            ),
            (
                "Prognosen har försämrats med 1,7 mnkr sedan septemberrapporten, främst på grund av ökade kostnader "
                "för försörjningsstöd.",
                F(None, "1,7 mnkr", "-", "ekonomiskt_bistand"),
            ),
        ),
        table,
        H("Kommunledningskontorets kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott på 1,5 mnkr. Vakanta tjänster inom ekonomi- och "
                "personalavdelningen och en försenad upphandling av nytt ärendehanteringssystem förklarar större "
                "delen.",
                "Socialnämndens underskott väntas bli 8,7 mnkr. Det förklaras av fler externa placeringar av barn och "
                "unga, ökade kostnader för försörjningsstöd och hög sjukfrånvaro inom hemtjänsten i Kälarne.",
                "För barn- och utbildningsnämnden överstiger prognosen budget med 3,3 mnkr, där interkommunala "
                "ersättningar för gymnasieelever som studerar i Östersund kostar mer än planerat.",
                "Samhällsbyggnadsnämnden: −1,4 mnkr, främst vinterväghållning efter en snörik januari och februari "
                "samt reparationer av avloppsreningsverket i Gällö.",
                "Revisionen och valnämnden bedöms hålla budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,5 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
                C(
                    "Socialnämnden",
                    "8,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    "sjukfranvaro",
                    note="Possessive area.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "3,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="Area after 'För'.",
                ),
                C("Samhällsbyggnadsnämnden", "−1,4 mnkr", "-", "ovrigt", note="Snow and repairs: ovrigt."),
                BP("Revisionen och valnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 3,9 mnkr högre än budget, och finansnettot väntas "
            "bli 2,5 mnkr bättre tack vare högre ränteintäkter på likvida medel.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "3,9 mnkr",
                "+",
                note="Two finance areas with their own amounts in one sentence: two items, no tags.",
                also=(C("Finansnetto", "2,5 mnkr", "+"),),
            ),
        ),
        H("Fördjupning socialnämnden", 2),
        Para(
            (
                (
                    "Individ- och familjeomsorgen står för 6,2 mnkr av nämndens underskott. Sex barn och unga har "
                    "placerats på HVB sedan årsskiftet, mot två budgeterade placeringar.",
                    C("Individ- och familjeomsorg", "6,2 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Äldreomsorgen beräknas överskrida budget med 2,5 mnkr. Sjukfrånvaron i hemtjänsten har krävt "
                    "timvikarier och övertid under hela hösten.",
                    C("Äldreomsorg", "2,5 mnkr", "-", "sjukfranvaro", "vikarier", "overtid"),
                ),
            )
        ),
        P(
            "Socialnämnden har beslutat om en handlingsplan med översyn av samtliga placeringar och ett anställningsstopp "
            "för administrativa tjänster, vilket beräknas minska underskottet med 1,2 mnkr under november och december.",
            A("Socialnämnden", "1,2 mnkr", "kopt_verksamhet", "bemanning"),
        ),
        P(
            "Prognosen för försörjningsstödet är osäker, eftersom antalet hushåll med bistånd har ökat varje månad sedan "
            "juni.",
            O("Socialnämnden", "ekonomiskt_bistand", "volymer", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 64,0 mnkr. Utfallet till och med oktober är 31,7 mnkr och "
            "prognosen för helåret 47,5 mnkr, vilket innebär att 16,5 mnkr inte förbrukas.",
            C(
                "Investeringar",
                "16,5 mnkr",
                "+",
                note="Three levels before the under-spend; no reason given.",
            ),
        ),
        P(
            "Ombyggnaden av Bräcke skola beräknas överskrida projektbudgeten med cirka 2 mnkr på grund av fuktskador "
            "som upptäcktes vid rivningen, medan den nya va-ledningen till Hunge blir 3,8 mnkr billigare än "
            "budgeterat sedan upphandlingen gav lägre anbud.",
            C(
                "Ombyggnad av Bräcke skola",
                "cirka 2 mnkr",
                "-",
                "ovrigt",
                note="Two projects in one sentence, an overrun and an under-spend: two items.",
                also=(C("Va-ledning till Hunge", "3,8 mnkr", "+", "prisokningar"),),
            ),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 3,8 mnkr efter justering för realisationsvinster, och kommunen "
            "uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="bracke-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Bräcke",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Bräcke kommun", "author": "Bräcke kommun"},
        style=style,
        blocks=blocks,
    )
