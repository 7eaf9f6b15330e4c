"""NSR AB (Nordvästra Skånes Renhållnings AB), owned by six kommuner: delårsrapport januari–augusti 2025.

A jointly owned waste company's interim report in mkr with a spaced hyphen-minus ("- 7,5"), footer with the
board's meeting date in October: the period's result "4,8 mkr bättre än budget", the full year "18,0 mkr mot
budgeterade 24,5 mkr" (6,5 never written out), the reason why the full year is weaker than the period in a
paragraph of its own (amount null); a result table with the period's and the full year's deviation side by
side; paragraphs in varied shapes: period and full year in one sentence (the full year's "10,5 mkr"), "blir
dyrare än planerat: - 7,5 mkr för perioden", "ligger 2,6 mkr under budget", a reason-only row (the period's
cell "- 2,1"), "för perioden ett överskott på 2,1 mkr, men för helåret väntas ett underskott på 3,9 mkr" after a
colon, "följer i stort budget" beside a row of 2,6 (boilerplate); investments "71,0 mkr av budgeten på 95,0
mkr" (24 never written out); the change since the tertial report, an action, a risk about next year's taxes
and the equity ratio (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("NSR AB", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-09", "Dnr NSR 2025/118", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning i sammandrag, mkr (avvikelse: + bättre, - sämre än budget)",
        header=(
            ("", "Utfall", "Budget", "Avvikelse", "Avvikelse"),
            ("", "jan–aug", "jan–aug", "jan–aug", "helår"),
        ),
        rows=(
            ("Intäkter från avfallstaxor", "248,6", "246,0", "2,6", "3,0"),
            ("Försäljning av material och energi", "93,6", "84,2", "9,4", "10,5"),
            ("Övriga intäkter", "67,3", "68,4", "- 1,1", "- 2,0"),
            ("Personalkostnader", "96,8", "99,4", "2,6", "3,2"),
            ("Transporter och entreprenader", "132,0", "124,5", "- 7,5", "- 11,4"),
            ("Behandlings- och deponikostnader", "88,7", "86,6", "- 2,1", "- 4,3"),
            ("Underhåll och reparationer", "20,0", "22,1", "2,1", "- 3,9"),
            ("Avskrivningar", "45,2", "45,6", "0,4", "0,6"),
            ("Finansnetto", "- 5,4", "- 3,8", "- 1,6", "- 2,2"),
            ("Resultat efter finansiella poster", "21,4", "16,6", "4,8", "- 6,5"),
        ),
        widths=(190.0, 60.0, 60.0, 66.0, 66.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("NSR AB – Nordvästra Skånes Renhållnings AB", size=12, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet efter finansiella poster för perioden januari–augusti uppgår till 21,4 mkr, vilket är 4,8 "
            "mkr bättre än budget.",
            C(None, "4,8 mkr", "+", note="The period."),
        ),
        P(
            "För helåret prognostiseras ett resultat efter finansiella poster på 18,0 mkr mot budgeterade 24,5 mkr.",
            C(
                None,
                "18,0 mkr mot budgeterade 24,5 mkr",
                "-",
                value=6_500_000,
                note="The full year: 6,5 mkr never written out, the computed value.",
            ),
        ),
        P(
            "Att helåret blir svagare än periodens utfall förklaras av att revisionen av biogasanläggningen och "
            "större delen av underhållet är planerade till hösten.",
            C(
                None,
                None,
                "-",
                "periodisering",
                note="The reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "Försäljningen av material och energi överträffar budget med 9,4 mkr för perioden och väntas ge 10,5 mkr "
            "mer än budgeterat för helåret. Det beror på högre priser för skrot och metaller samt på att "
            "biogasproduktionen har varit stabil.",
            C(
                "Försäljning av material och energi",
                "10,5 mkr",
                "+",
                "avgifter_intakter",
                note="Period and full year in one sentence: the full year's.",
            ),
        ),
        P(
            "Transporter och entreprenader blir dyrare än planerat: - 7,5 mkr för perioden. Indexuppräkningen av "
            "insamlingsentreprenaden i januari blev högre än budgeterat, och mängden grovavfall till "
            "återvinningscentralerna har ökat.",
            C("Transporter och entreprenader", "- 7,5 mkr", "-", "prisokningar", "volymer"),
        ),
        P(
            "Personalkostnaderna ligger 2,6 mkr under budget efter januari–augusti, främst på grund av vakanta "
            "tjänster inom verkstad och IT.",
            C("Personalkostnader", "2,6 mkr", "+", "vakanser"),
        ),
        P(
            "Behandlings- och deponikostnaderna är högre än budget. Mängden förorenade massor som tagits emot har "
            "ökat, vilket ger högre kostnader för analyser och för transporter till extern mottagare.",
            C(
                "Behandlings- och deponikostnader",
                "- 2,1",
                "-",
                "volymer",
                unit="mkr",
                table=True,
                note="Reason only, in the present: the period's cell.",
            ),
        ),
        P(
            "Underhåll och reparationer: för perioden ett överskott på 2,1 mkr, men för helåret väntas ett "
            "underskott på 3,9 mkr när revisionen av biogasanläggningen genomförs i oktober.",
            C(
                "Underhåll och reparationer",
                "3,9 mkr",
                "-",
                "periodisering",
                note="Period and full year in one sentence: the full year's.",
            ),
        ),
        P(
            "Intäkterna från avfallstaxor följer i stort budget.",
            BP("Intäkter från avfallstaxor", note="Beside a row of 2,6: boilerplate."),
        ),
        P(
            "Helårsprognosen är 2,0 mkr sämre än i tertialrapporten, till följd av de ökade mängderna förorenade "
            "massor.",
            F(None, "2,0 mkr", "-", "volymer"),
        ),
        P(
            "Bolaget har omförhandlat delar av transportentreprenaden, vilket från oktober minskar kostnaderna med "
            "cirka 0,4 mkr per månad.",
            A("Transporter och entreprenader", "cirka 0,4 mkr", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna under perioden uppgår till 38,2 mkr. För helåret beräknas 71,0 mkr av budgeten "
            "på 95,0 mkr att användas, främst eftersom leveransen av nya insamlingsfordon har försenats.",
            C(
                "Investeringar",
                "71,0 mkr av budgeten på 95,0 mkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=24_000_000,
                note="Investment under-spending of 24 mkr, never written out. Vehicles are material_hjalpmedel.",
            ),
        ),
        H("Väsentliga händelser och risker", 2),
        P(
            "Ägarkommunernas beslut om avfallstaxorna för 2026 väntas i november. Blir höjningen lägre än "
            "föreslaget behöver bolaget se över sin kostnadsnivå.",
            O(None, "avgifter_intakter", note="A risk for next year."),
        ),
        P(
            "Soliditeten uppgår till 31 procent, jämfört med 29 procent vid årsskiftet.",
            O(None, note="Equity ratio: other."),
        ),
    ]
    return ReportSpec(
        file="nsr-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["NSR", "NSR AB", "Nordvästra Skånes Renhållnings AB"],
            "committee": ["Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "NSR AB"},
        style=style,
        blocks=blocks,
    )
