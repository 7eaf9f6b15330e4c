"""Ljungby kommun, Omsorgsnämnden, tertialrapport 1 2026.

An elderly-care and disability committee's tertial report set in DejaVu Serif, footer with the nämnd's
meeting in May: the period "1,1 mnkr lägre än periodiserad budget" and the full year "överstiga budgetramen
med 7,3 mnkr" in one sentence (the full year's is the amount), the period surplus's timing reason in the next
sentence (amount null), "Prognosen är oförändrad jämfört med februari" (boilerplate), fee revenue "0,7 mnkr
högre än budgeterat"; a verksamhet table in tkr with a trailing minus for deficits ("3 500-"); then two columns
of headings that carry the verksamhet and amount ("Hemtjänst –3,8 mnkr"), one of them followed by a risk
sentence (other), a plain heading with a reason only (the row's "1 200-") and "ett litet överskott, 0,6 mnkr";
an action with "cirka 0,8 mnkr" and sick leave against the same period last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BF, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-05-20", "Tertialrapport 1 2026", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förvaltningsledning", "28 400", "26 900", "1 500"),
            ("Särskilt boende", "214 600", "218 100", "3 500-"),
            ("Hemtjänst", "131 200", "135 000", "3 800-"),
            ("Hälso- och sjukvård", "62 300", "63 200", "900-"),
            ("Funktionsstöd LSS", "118 700", "119 900", "1 200-"),
            ("Daglig verksamhet", "24 100", "23 500", "600"),
            ("Totalt", "579 300", "586 600", "7 300-"),
        ),
        widths=(170.0, 86.0, 86.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Omsorgsnämnden, januari–april", size=12, font="serif", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden redovisar efter april ett utfall som är 1,1 mnkr lägre än periodiserad budget, men "
                "för helåret bedöms kostnaderna överstiga budgetramen med 7,3 mnkr.",
                C(
                    None,
                    "7,3 mnkr",
                    "-",
                    note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
                ),
            ),
            (
                "Det periodiserade överskottet förklaras av att statsbidraget för äldreomsorgens bemanning har "
                "bokförts för hela året redan i mars.",
                C(
                    None,
                    None,
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period surplus's reason apart from its amount: a cause with amount null.",
                ),
            ),
            ("Prognosen är oförändrad jämfört med februari.", BF(None)),
        ),
        P(
            "Intäkterna från omvårdnads- och hyresavgifter blir 0,7 mnkr högre än budgeterat till följd av den höjda "
            "maxtaxan.",
            C("Avgiftsintäkter", "0,7 mnkr", "+", "avgifter_intakter"),
        ),
        P("Negativ avvikelse anges med minustecken efter beloppet.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Särskilt boende –3,5 mnkr",
            "Beläggningen på Linnégården och Solbacken har legat på 100 procent sedan januari, och en ny avdelning "
            "för personer med demenssjukdom öppnades i mars utan full finansiering. Dessutom har korttidsfrånvaron "
            "varit hög under vintern.",
            C(
                "Särskilt boende",
                "–3,5 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                note="The heading carries the amount.",
            ),
        ),
        Para(
            (
                (
                    "De beviljade hemtjänsttimmarna är i genomsnitt 6 procent fler än budgeterat. Verksamheten har "
                    "också fått ta in timvikarier och betala övertid för att täcka vakanser bland undersköterskor.",
                    C(
                        "Hemtjänst",
                        "–3,8 mnkr",
                        "-",
                        "volymer",
                        "vikarier",
                        "overtid",
                        "vakanser",
                        note="The heading carries the amount, the risk sentence after it is its own item.",
                    ),
                ),
                (
                    "Om inflödet fortsätter i samma takt kan underskottet öka under hösten.",
                    O("Hemtjänst", note="A risk sentence in the cause's paragraph: other."),
                ),
            ),
            head="Hemtjänst –3,8 mnkr",
            head_level=3,
        ),
        HP(
            "Hälso- och sjukvård –0,9 mnkr",
            "Kostnaderna för hyrsjuksköterskor nattetid har varit högre än planerat.",
            C("Hälso- och sjukvård", "–0,9 mnkr", "-", "inhyrd_personal"),
        ),
        HP(
            "Förvaltningsledning +1,5 mnkr",
            "Överskottet beror på att en tjänst som verksamhetsutvecklare och en som controller stått vakanta under "
            "våren, samt på lägre kostnader för IT-licenser.",
            C("Förvaltningsledning", "+1,5 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        HP(
            "Funktionsstöd LSS",
            "Två nya brukare med omfattande behov har tillkommit i gruppbostad, vilket ökar personalkostnaderna.",
            C(
                "Funktionsstöd LSS",
                "1 200-",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only under a plain heading: the table row's cell with its trailing minus.",
            ),
        ),
        HP(
            "Daglig verksamhet",
            "Daglig verksamhet bedöms ge ett litet överskott, 0,6 mnkr, eftersom färre deltagare än beräknat har "
            "beslut om daglig verksamhet.",
            C("Daglig verksamhet", "0,6 mnkr", "+", "volymer"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en central bemanningsenhet för korttidsfrånvaro i hemtjänsten, som bedöms "
            "minska kostnaderna för övertid med cirka 0,8 mnkr under resten av året.",
            A("Hemtjänst", "cirka 0,8 mnkr", "bemanning", "overtid"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 8,4 procent under perioden, vilket är 0,6 procentenheter lägre än samma "
            "period 2025. Minskningen beror bland annat på det hälsofrämjande arbetet på Solbacken.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omsorgsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
