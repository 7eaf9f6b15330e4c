"""Katrineholms kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in Liberation Sans, footer with the nämnd's meeting date in September:
the period "2,2 miljoner kronor högre än den periodiserade budgeten" (negative), the full year's "underskottet
bli 5,8 miljoner kronor" and the change since April in one paragraph (three items), personnel costs and köp
av verksamhet in one sentence with "medan" (two items, the second with no reason), a verksamhet table in tkr
with deficits in brackets ("(4 300)"), then two columns of bold run-in verksamheter ending in a full stop:
a reason-only deficit (the row's "(4 300)"), "prognostiserar ett underskott på 1 850 tkr", a monthly level
before "1,8 mnkr högre än budget", "ett plus mot budget på 950 tkr", a reason-only surplus (the row's "900")
and "bedöms hålla" beside a row of 300 (boilerplate); investments used in full (boilerplate), an action with
its effect and a risk with a cost per month and a volume against 2024 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025 – Socialnämnden", "Sammanträde 2025-09-24", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr. Negativa avvikelser anges inom parentes.",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 800", "6 500", "300"),
            ("Barn och unga", "58 400", "62 700", "(4 300)"),
            ("Vuxna", "31 200", "33 050", "(1 850)"),
            ("Ekonomiskt bistånd", "24 600", "26 400", "(1 800)"),
            ("Socialpsykiatri", "18 900", "17 950", "950"),
            ("Familjecentrum och förebyggande", "9 700", "8 800", "900"),
            ("Summa", "149 600", "155 400", "(5 800)"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 1),
        PS(
            (
                "Per sista augusti redovisar socialnämnden ett utfall som är 2,2 miljoner kronor högre än den "
                "periodiserade budgeten.",
                C(
                    None,
                    "2,2 miljoner kronor",
                    "-",
                    note="The period's net cost above the periodised budget: negative.",
                ),
            ),
            ("För helåret bedöms underskottet bli 5,8 miljoner kronor.", C(None, "5,8 miljoner kronor", "-")),
            (
                "Jämfört med prognosen i april är det en försämring med 1,4 miljoner kronor.",
                F(None, "1,4 miljoner kronor", "-"),
            ),
        ),
        P(
            "Personalkostnaderna beräknas bli 2,1 miljoner kronor lägre än budget på grund av vakanser, medan köp av "
            "verksamhet överskrider budgeten med 9,6 miljoner kronor.",
            C(
                "Personalkostnader",
                "2,1 miljoner kronor",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: two items.",
                also=(
                    C(
                        "Köp av verksamhet",
                        "9,6 miljoner kronor",
                        "-",
                        note="Naming the account group gives no tag: no reason given.",
                    ),
                ),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        LP(
            "Barn och unga.",
            "Placeringskostnaderna fortsätter att överstiga budget. Under perioden har tre ungdomar placerats på "
            "särskilda ungdomshem och fler barn än beräknat har behövt familjehem via konsulentstödda verksamheter.",
            C(
                "Barn och unga",
                "(4 300)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, brackets for a deficit.",
            ),
        ),
        LP(
            "Vuxna.",
            "Vuxenenheten prognostiserar ett underskott på 1 850 tkr, som främst beror på två dyra LVM-placeringar "
            "under våren och på att det skyddade boendet haft högre beläggning än budgeterat.",
            C("Vuxna", "1 850 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd ligger på en högre nivå än budgeterat, i genomsnitt 2,2 mnkr per "
            "månad. Helårsprognosen pekar på att kostnaderna blir 1,8 mnkr högre än budget, vilket hänger samman med "
            "att fler hushåll har ett långvarigt behov och att fler personer har lämnat etableringen utan egen "
            "försörjning.",
            C(
                "Ekonomiskt bistånd",
                "1,8 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The monthly level (2,2 mnkr) is not the amount.",
            ),
        ),
        LP(
            "Socialpsykiatri.",
            "Verksamheten visar ett plus mot budget på 950 tkr. Två tjänster som boendestödjare har stått vakanta "
            "sedan mars och ett planerat gruppboende har öppnat senare än beräknat.",
            C("Socialpsykiatri", "950 tkr", "+", "vakanser", "periodisering"),
        ),
        LP(
            "Familjecentrum och förebyggande.",
            "Ett statsbidrag för föräldraskapsstöd som inte fanns med i budgeten bidrar till överskottet.",
            C(
                "Familjecentrum och förebyggande",
                "900",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd och ledning.",
            "Budgeten för nämnd och ledning bedöms hålla.",
            BP("Nämnd och ledning", note="The table row says 300."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 600 tkr för inventarier och larm beräknas användas fullt ut under hösten.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inrättat en placeringsgrupp som varje vecka går igenom alla pågående placeringar. Målet "
            "är att minska kostnaderna med 1,5 mnkr under hösten genom fler insatser på hemmaplan.",
            A("Barn och unga", "1,5 mnkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker. En enda ny placering på ett särskilt ungdomshem kostar omkring 250 tkr per månad, och "
            "antalet orosanmälningar har ökat med 14 procent jämfört med samma period 2024.",
            O(
                "Barn och unga",
                note="A risk with a cost per month and a volume against the previous year: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="katrineholm-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Socialnämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
