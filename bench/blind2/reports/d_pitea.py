"""Piteå kommun, Socialnämnden, månadsuppföljning november 2025.

A social committee's month report led by äldreomsorg: the whole-unit forecast with October's figure in
brackets, a forecast change, a table per verksamhet with October's deviation as a column, one sentence
naming three areas (two with their own amounts, the third's amount only in the table: three items,
same text), headings that carry the area and amount with a paragraph each (one runs over the page
break, one without cue words), two paragraphs for the other verksamhetsområden, actions as a numbered
list with their effects, a year-on-year volume figure and a risk (other); a method note and a
satisfaction figure are left unlabelled. Liberation Sans (Arial) with a rule under the header.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 74.0, 66.0, 72.0),
        header=lambda n, m: ("Piteå kommun", "Socialnämnden"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "", f"{n}/{m}"),
        rule_under_header=True,
    )
    areas = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "helår", "helår", "november", "oktober"),
        ),
        rows=(
            ("Nämnd och förvaltningsledning", "38,2", "38,2", "0,0", "0,0"),
            ("Hemtjänst", "214,6", "219,9", "−5,3", "−4,6"),
            ("Särskilt boende", "402,8", "405,9", "−3,1", "−3,0"),
            ("Korttidsvård", "41,5", "40,7", "+0,8", "+0,8"),
            ("Hälso- och sjukvård", "88,0", "90,0", "−2,0", "−2,0"),
            ("Funktionshinderomsorg", "296,4", "299,8", "−3,4", "−3,3"),
            ("Individ- och familjeomsorg", "172,1", "170,9", "+1,2", "+1,2"),
            ("Summa", "1 253,6", "1 265,4", "−11,8", "−10,9"),
        ),
        widths=(175.0, 62.0, 62.0, 66.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    volumes = Table(
        caption="Nyckeltal per månad",
        header=(("", "nov 2025", "nov 2024"),),
        rows=(
            ("Beviljade hemtjänsttimmar", "41 360", "37 950"),
            ("Brukare i hemtjänst", "1 088", "1 020"),
            ("Belagda platser korttidsvård, andel", "84 %", "90 %"),
            ("Boende i särskilt boende", "512", "498"),
            ("Sjukfrånvaro särskilt boende", "11,4 %", "8,9 %"),
            ("Hushåll med försörjningsstöd", "402", "431"),
        ),
        widths=(200.0, 66.0, 66.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=20, font="arial-bold"),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Socialnämndens prognos för helåret är −11,8 mnkr (−10,9 mnkr i oktober).",
            C(None, "−11,8 mnkr", "-", note="The bracket is October's forecast, not the amount."),
        ),
        P(
            "Prognosen har försämrats med 0,9 mnkr sedan oktober, främst till följd av fler beviljade "
            "hemtjänsttimmar i centrala Piteå.",
            F(None, "0,9 mnkr", "-", "volymer"),
        ),
        P(
            "Uppföljningen bygger på utfallet till och med november och verksamheternas bedömning av december. "
            "Belopp inom parentes avser prognosen i oktober."
        ),
        areas,
        H("Verksamhetsmått", 1),
        volumes,
        P(
            "Antalet beviljade hemtjänsttimmar i november var 9 procent fler än i november 2024, och antalet "
            "brukare har ökat från 1 020 till 1 088.",
            O("Hemtjänst", "volymer", note="Year-on-year volume, not against budget."),
        ),
        P(
            "I årets brukarundersökning svarade 88 procent av brukarna i hemtjänsten att de är nöjda med "
            "insatserna. Svarsfrekvensen var 61 procent."
        ),
        H("Äldreomsorg", 1),
        PS(
            (
                "Äldreomsorgen prognostiserar sammantaget −9,6 mnkr.",
                C(
                    "Äldreomsorg",
                    "−9,6 mnkr",
                    "-",
                    note="No table row for the sum; the amount is in the prose.",
                ),
            ),
            (
                "Hemtjänsten −5,3 mnkr och särskilt boende −3,1 mnkr svarar för den största delen, medan "
                "korttidsvården har ett mindre överskott.",
                C(
                    "Hemtjänst",
                    "−5,3 mnkr",
                    "-",
                    note="One sentence, three areas: Hemtjänst, Särskilt boende (own amounts) and Korttidsvård "
                    "(amount from its table row).",
                    also=(
                        C("Särskilt boende", "−3,1 mnkr", "-"),
                        C(
                            "Korttidsvård",
                            "+0,8",
                            "+",
                            unit="mnkr",
                            table=True,
                            note="Amount from the table row Korttidsvård (+0,8 mnkr).",
                        ),
                    ),
                ),
            ),
        ),
        HP(
            "Hemtjänst −5,3 mnkr",
            "Antalet beviljade timmar har i genomsnitt legat 1 900 timmar per månad över budgeterad nivå sedan "
            "augusti, främst i centrala Piteå och Norrfjärden. Personalplaneringen har inte kunnat ställas om "
            "i samma takt, vilket ger högre kostnader för timavlönade och mertid. Därtill höjdes leasingavgiften "
            "för hemtjänstens bilar när avtalet förnyades i april.",
            C(
                "Hemtjänst",
                "−5,3 mnkr",
                "-",
                "volymer",
                "vikarier",
                "overtid",
                "material_hjalpmedel",
                note="Heading carries area and amount; the paragraph runs over the page break. Timavlönade: "
                "vikarier; mertid: overtid; car leasing: material_hjalpmedel.",
            ),
        ),
        HP(
            "Särskilt boende −3,1 mnkr",
            "Sjukfrånvaron på Björkbacken och Strandgården har legat över elva procent sedan sommaren. "
            "Frånvaron har ersatts med timvikarier och övertid. Livsmedelskostnaderna har också stigit mer än "
            "budgeten räknade med.",
            C(
                "Särskilt boende",
                "−3,1 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "prisokningar",
                note="No cue word: the sentences give the causes without 'beror på'.",
            ),
        ),
        HP(
            "Hälso- och sjukvård −2,0 mnkr",
            "Sjuksköterskor från bemanningsföretag har behövts nattetid i norra distriktet, ca 1,4 mnkr. Resten "
            "av underskottet avser inkontinenshjälpmedel, där förbrukningen har ökat.",
            C(
                "Hälso- och sjukvård",
                "−2,0 mnkr",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                note="The heading's −2,0 mnkr is the area's deviation; ca 1,4 mnkr is one part of it.",
            ),
        ),
        H("Funktionshinderomsorg och individ- och familjeomsorg", 1),
        P(
            "Funktionshinderomsorgen redovisar −3,4 mnkr (−3,3). Försäkringskassan har avslagit "
            "assistansersättning i två nya ärenden, som därmed bekostas helt av kommunen. Gruppbostaden på "
            "Pitholmen öppnade i juni med full bemanning innan alla lägenheter var belagda.",
            C(
                "Funktionshinderomsorg",
                "−3,4 mnkr",
                "-",
                "ersattning_fk",
                "omstallning",
                note="Bracket: October's figure. Staffing a new group home before it is full: start-up cost.",
            ),
        ),
        P(
            "Individ- och familjeomsorgen visar +1,2 mnkr (+1,2). Färre vuxna än beräknat har placerats på HVB "
            "och försörjningsstödet ligger under budget.",
            C(
                "Individ- och familjeomsorg",
                "+1,2 mnkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
            ),
        ),
        H("Åtgärder", 1),
        P("Beslutade åtgärder i handlingsplanen och beräknad effekt 2025 (ingår i prognosen):"),
        Bullets(
            (
                "Hemtjänstens scheman läggs om efter beviljad tid med ett gemensamt planeringsverktyg för alla "
                "grupper. Effekt 0,6 mnkr.",
            ),
            labels=(A("Hemtjänst", "0,6 mnkr", "bemanning"),),
            glyph="1.",
        ),
        Bullets(
            (
                "Timvikarier tas in först efter prövning av enhetschef, och övertid beviljas endast vid "
                "synnerliga skäl. Effekt 0,4 mnkr.",
            ),
            labels=(A(None, "0,4 mnkr", "vikarier", "overtid"),),
            glyph="2.",
        ),
        Bullets(
            ("Nattbemanningen på Björkbacken och Strandgården samordnas från december. Effekt 0,1 mnkr.",),
            labels=(A("Särskilt boende", "0,1 mnkr", "bemanning"),),
            glyph="3.",
        ),
        H("Risker", 1),
        P(
            "Prognosen förutsätter att vinterns influensasäsong inte ger högre sjukfrånvaro än normalt. Varje "
            "vecka med frånvaro på samma nivå som i januari i år kostar omkring 0,3 mnkr.",
            O(None, "sjukfranvaro", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="pitea-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Socialnämnden Månadsuppföljning november 2025", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
