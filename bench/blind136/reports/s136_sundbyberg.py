"""Sundbybergs stad, Äldrenämnden, tjänsteskrivelse om ekonomisk uppföljning per februari 2026.

An elderly-care committee's cover letter dated in March, set in Liberation Sans, with a decision proposal (not
labelled), the full year's "underskott om 7,9 mnkr" and the period "1,3 mnkr sämre än den periodiserade
budgeten" in two sentences, a table in tkr whose deficits carry a trailing minus ("4 800-"), then bold run-in
verksamheter with a colon: "beräknas kosta 4,8 mnkr mer än budgeterat", a reason-only deficit (the row's
"3 600-"), "ger en negativ avvikelse på 1,5 mnkr", two verksamheter under one lead as a "respektive" pair,
revenue "800 tkr högre än budget" and "Prognosen är en budget i balans" (boilerplate); an action with its
effect and a risk (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("SUNDBYBERGS STAD", "Tjänsteskrivelse 2026-03-10"),
        footer=lambda n, m: ("Äldreförvaltningen", "Dnr ÄN-2026/0031", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 600", "17 900", "700"),
            ("Myndighetsutövning", "14 200", "14 200", "0"),
            ("Hemtjänst", "131 500", "136 300", "4 800-"),
            ("Vård- och omsorgsboende", "246 000", "249 600", "3 600-"),
            ("Dagverksamhet", "9 800", "9 300", "500"),
            ("Hälso- och sjukvård", "38 900", "40 400", "1 500-"),
            ("Intäkter", "-31 000", "-31 800", "800"),
            ("Summa", "428 000", "435 900", "7 900-"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=17, font="arial-bold", after=4),
        Title("Äldrenämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P("Äldrenämnden godkänner ekonomisk uppföljning per februari 2026 och lägger den till handlingarna."),
        H("Sammanfattning", 2),
        PS(
            ("Äldrenämnden prognostiserar ett underskott om 7,9 mnkr för 2026.", C(None, "7,9 mnkr", "-")),
            (
                "Efter februari är utfallet 1,3 mnkr sämre än den periodiserade budgeten.",
                C(None, "1,3 mnkr", "-", note="The period's deviation in a sentence of its own."),
            ),
        ),
        H("Ärendet", 2),
        table,
        LP(
            "Hemtjänst:",
            "Verksamheten beräknas kosta 4,8 mnkr mer än budgeterat. Utförda timmar i egen regi har ökat, och "
            "ersättningen till privata utförare inom valfrihetssystemet följer samma utveckling.",
            C("Hemtjänst", "4,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        LP(
            "Vård- och omsorgsboende:",
            "Underskottet beror på att två av stadens boenden har haft högre personaltäthet än budgeterat för att "
            "klara nattbemanningen, samt på sjuklönekostnader i början av året.",
            C(
                "Vård- och omsorgsboende",
                "3 600-",
                "-",
                "bemanning",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Inhyrda sjuksköterskor under semesterperioden har budgeterats för lågt, vilket ger en negativ avvikelse "
            "på 1,5 mnkr.",
            C("Hälso- och sjukvård", "1,5 mnkr", "-", "inhyrd_personal"),
        ),
        LP(
            "Nämnd och förvaltningsledning samt dagverksamhet:",
            "Här väntas överskott om 0,7 respektive 0,5 mnkr, främst till följd av vakanta tjänster.",
            C(
                "Nämnd och förvaltningsledning",
                "0,7",
                "+",
                "vakanser",
                unit="mnkr",
                note="Two areas under one lead, a 'respektive' pair: two items.",
                also=(C("Dagverksamhet", "0,5 mnkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Intäkter:",
            "Avgiftsintäkterna blir 800 tkr högre än budget efter höjningen av maxtaxan.",
            C("Intäkter", "800 tkr", "+", "avgifter_intakter"),
        ),
        LP("Myndighetsutövning:", "Prognosen är en budget i balans.", BP("Myndighetsutövning")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över schemaläggningen på vård- och omsorgsboendena. Åtgärderna bedöms kunna minska "
            "underskottet med 2 mnkr under året.",
            A("Vård- och omsorgsboende", "2 mnkr", "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker, eftersom effekterna av den nya ersättningsmodellen i hemtjänsten ännu inte är kända.",
            O("Hemtjänst", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-aln-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Äldrenämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per februari 2026 Äldrenämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
