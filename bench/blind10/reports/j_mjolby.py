"""Mjölby kommun, Samhällsbyggnadsnämnden, månadsuppföljning maj 2025.

A technical committee's month report, footer with the nämnd's meeting date in June: the full year "ett
underskott om 5,1 mnkr" and, in the next sentence, the change since April in tkr that only names an area (a
forecast change with no tag); the period that is better than the periodised budget for a timing reason
while the year is worse (a positive cause); a table of each month's full-year deviation (mars, april, maj)
in tkr with a minus sign set apart by a space ("- 3 400"); plain level-3 headings with paragraphs: gata och
park's deficit with a "står för 1,9 mnkr av detta" part (one item, the total), fastighet's deficit
followed by its own change in May (a forecast change) and a risk sentence (other), a reason-only kost och
lokalvård (the table's "600") followed by "Prognosen är densamma som i april" (a boilerplate forecast
change), "Underskottet väntas bli 1,1 mnkr", parking revenue "0,9 mnkr högre än budget", a nämnd row "i
nivå med budget" (boilerplate) though the table says 200; an action "minskar årets kostnader med cirka 0,8
mnkr" and investments "6,5 mnkr lägre än budget". 8 scored causes. DejaVu Sans Condensed 9.5 pt with
DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BF, BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Mjölby kommun – Samhällsbyggnadsförvaltningen", ""),
        footer=lambda n, m: ("Månadsuppföljning maj 2025", "Samhällsbyggnadsnämnden 2025-06-17", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos, avvikelse mot budget per uppföljningsmånad, tkr (minus = underskott)",
        header=(("Verksamhet", "Budget 2025", "Mars", "April", "Maj"),),
        rows=(
            ("Nämnd och förvaltningsledning", "3 400", "0", "150", "200"),
            ("Gata och park", "38 600", "- 900", "- 1 800", "- 2 300"),
            ("Fastighet", "21 300", "- 2 500", "- 2 500", "- 3 400"),
            ("Kost och lokalvård", "14 800", "400", "600", "600"),
            ("Plan och bygg", "6 900", "- 300", "- 700", "- 1 100"),
            ("Trafik och parkering", "- 1 200", "500", "800", "900"),
            ("Summa", "83 800", "- 2 800", "- 3 450", "- 5 100"),
        ),
        widths=(160.0, 72.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning maj 2025", size=18, font="serif-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Samhällsbyggnadsnämndens prognos för 2025 är ett underskott om 5,1 mnkr.",
                C(None, "5,1 mnkr", "-"),
            ),
            (
                "Det är en försämring med 1 650 tkr jämfört med aprilprognosen, som till största delen avser "
                "fastighetsverksamheten.",
                F(None, "1 650 tkr", "-", note="The change names an area only: no tag."),
            ),
        ),
        P(
            "Ackumulerat till och med maj är utfallet 0,4 mnkr bättre än periodiserad budget. Det förklaras av att "
            "underhållet av gator och parker till största delen utförs under sommaren och hösten.",
            C(
                None,
                "0,4 mnkr",
                "+",
                "periodisering",
                note="The period is better than the periodised budget for a timing reason, the year worse.",
            ),
        ),
        table,
        Space(4),
        H("Verksamheternas prognoser", 2),
        H("Gata och park", 3),
        P(
            "Gata och park bedöms landa på ett underskott om 2,3 mnkr. Vinterväghållningen står för 1,9 mnkr av "
            "detta efter en vinter med ovanligt många halkbekämpningstillfällen, och resten avser en akut "
            "reparation av gångbron över Svartån.",
            C(
                "Gata och park",
                "2,3 mnkr",
                "-",
                "ovrigt",
                note="The winter's 1,9 mnkr is a part of the total: one item with the total. Weather and damage are "
                "ovrigt.",
            ),
        ),
        H("Fastighet", 3),
        PS(
            (
                "Fastighet visar en negativ avvikelse om 3,4 mnkr mot budget. Elpriset har under våren legat över den "
                "nivå som budgeten bygger på, och vattenskadan i Mantorpshallen medför kostnader som inte täcks av "
                "försäkringen.",
                C("Fastighet", "3,4 mnkr", "-", "prisokningar", "ovrigt"),
            ),
            (
                "Prognosen försämrades i maj med 0,9 mnkr, när omfattningen av vattenskadan blev känd.",
                F("Fastighet", "0,9 mnkr", "-", "ovrigt"),
            ),
            (
                "Självrisken och följdkostnaderna är ännu inte fastställda, och prognosen kan därför komma att "
                "ändras.",
                O("Fastighet", note="A risk: other."),
            ),
        ),
        H("Kost och lokalvård", 3),
        PS(
            (
                "Livsmedelspriserna har stigit mindre än vad som antogs i budgeten, och fler skolor än väntat har "
                "gått över till gemensamma inköp.",
                C(
                    "Kost och lokalvård",
                    "600",
                    "+",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's May cell (the same as April's).",
                ),
            ),
            ("Prognosen är densamma som i april.", BF("Kost och lokalvård")),
        ),
        H("Plan och bygg", 3),
        P(
            "Bygglovsintäkterna ligger långt under budget, eftersom två stora detaljplaner för bostäder i Viby har "
            "försenats. Underskottet väntas bli 1,1 mnkr.",
            C("Plan och bygg", "1,1 mnkr", "-", "avgifter_intakter"),
        ),
        H("Trafik och parkering", 3),
        P(
            "Parkeringsintäkterna blir 0,9 mnkr högre än budget efter att avgiftsbelagd parkering infördes vid "
            "resecentrum i mars.",
            C("Trafik och parkering", "0,9 mnkr", "+", "avgifter_intakter"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Verksamheten ligger i nivå med budget.",
            BP("Nämnd och förvaltningsledning", note="'I nivå med budget' though the table says 200."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp beläggningsarbetet på två lokalgator till 2026, vilket minskar "
            "årets kostnader med cirka 0,8 mnkr.",
            A("Gata och park", "cirka 0,8 mnkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 6,5 mnkr lägre än budget, eftersom ombyggnaden av Västra Storgatan inte "
            "hinner påbörjas i år.",
            C("Investeringar", "6,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
    ]
    return ReportSpec(
        file="mjolby-sbn-manadsuppfoljning-2025-05.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2025 Samhällsbyggnadsnämnden", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
