"""Helsingborgs stad, Vård- och omsorgsnämnden, tertialrapport april 2026.

An elderly-care tertial report in mnkr, DejaVu Serif with sans headings, footer with the nämnd's meeting
date in May: the period's surplus and the full year's deficit in one sentence ("ett överskott på 3,2 mnkr
mot periodiserad budget, men helårsprognosen är ett underskott på 14,5 mnkr", the full year's is the amount)
and the period surplus's reason in the next sentence (amount null); a table with deficits in brackets
("(9,1)"); two columns of headings that carry the verksamhet and the amount with a U+2212 minus
("Hemtjänst −9,1 mnkr", "Korttidsvård +1,2 mnkr"); two verksamheter as a "respektive" pair under a generic
heading; "bedöms följa budget" (boilerplate); then by kostnadsslag in one sentence, personnel costs and fees
("11,6 mnkr högre än budget, medan intäkterna … 2,4 mnkr lägre än budgeterat"), so the deficit is explained
twice; an action plan with an effect after an unlabelled lead-in, a risk and sick leave against last year
(others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad – Vård- och omsorgsförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-05-21", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Myndighet och bistånd", "38,0", "37,2", "0,8"),
            ("Hemtjänst", "412,0", "421,1", "(9,1)"),
            ("Vård- och omsorgsboende", "968,5", "974,3", "(5,8)"),
            ("Hemsjukvård och rehabilitering", "176,2", "178,0", "(1,8)"),
            ("Korttidsvård", "64,3", "63,1", "1,2"),
            ("Dagverksamhet", "22,6", "22,6", "0,0"),
            ("Gemensamt och ledning", "58,4", "58,2", "0,2"),
            ("Summa", "1 740,0", "1 754,5", "(14,5)"),
        ),
        widths=(180.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="serif-italic", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Efter april redovisar nämnden ett överskott på 3,2 mnkr mot periodiserad budget, men "
                "helårsprognosen är ett underskott på 14,5 mnkr.",
                C(
                    None,
                    "14,5 mnkr",
                    "-",
                    note="The period's and the full year's deviation in one sentence: the full year's is the amount.",
                ),
            ),
            (
                "Överskottet under perioden förklaras till stor del av att statsbidraget för äldreomsorgen har "
                "bokförts i sin helhet redan i mars.",
                C(
                    None,
                    None,
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period surplus's reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Hemtjänst −9,1 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 7 procent sedan årsskiftet, främst i de nordöstra "
            "stadsdelarna. Sjukfrånvaron bland undersköterskorna har samtidigt krävt fler timvikarier och mer "
            "övertid än planerat.",
            C("Hemtjänst", "−9,1 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Vård- och omsorgsboende −5,8 mnkr",
            "Boendena i Ödåkra och Påarp har haft fler boende med behov av extravak, vilket ger högre bemanning "
            "nattetid. Matkostnaderna har dessutom ökat efter det nya livsmedelsavtalet.",
            C("Vård- och omsorgsboende", "−5,8 mnkr", "-", "bemanning", "prisokningar"),
        ),
        HP(
            "Hemsjukvård och rehabilitering −1,8 mnkr",
            "Hyrsjuksköterskor har använts under hela perioden på grund av vakanser i nattpatrullen.",
            C("Hemsjukvård och rehabilitering", "−1,8 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        HP(
            "Korttidsvård +1,2 mnkr",
            "Beläggningen på korttidsenheten Lussebäcken har varit lägre än beräknat, och en avdelning hålls stängd "
            "till och med juni.",
            C("Korttidsvård", "+1,2 mnkr", "+", "volymer"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Myndighet och bistånd samt Gemensamt och ledning visar överskott på 0,8 respektive 0,2 mnkr, framför "
            "allt genom vakanta handläggartjänster och lägre konsultkostnader.",
            C(
                "Myndighet och bistånd",
                "0,8",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair: two items, the unit written once.",
                also=(C("Gemensamt och ledning", "0,2 mnkr", "+", "vakanser", "inhyrd_personal"),),
            ),
        ),
        P("Dagverksamheten bedöms följa budget.", BP("Dagverksamhet")),
        PageBreak(),
        Columns(1),
        H("Per kostnadsslag", 2),
        P(
            "Sett per kostnadsslag är personalkostnaderna 11,6 mnkr högre än budget, medan intäkterna från "
            "omvårdnadsavgifter beräknas bli 2,4 mnkr lägre än budgeterat eftersom fler brukare har ett lågt "
            "avgiftsutrymme.",
            C(
                "Personalkostnader",
                "11,6 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; personnel costs without a reason get no tag.",
                also=(C("Omvårdnadsavgifter", "2,4 mnkr", "-", "avgifter_intakter"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            ("Förvaltningen har tagit fram en åtgärdsplan som nämnden beslutade om i april.", None),
            (
                "Planen innehåller bland annat ett nytt schemaläggningsverktyg i hemtjänsten och en översyn av "
                "nattbemanningen på boendena, med en beräknad effekt på 4,0 mnkr under 2026.",
                A(None, "4,0 mnkr", "bemanning"),
            ),
        ),
        H("Risker och personal", 2),
        P(
            "Prognosen är osäker eftersom avtalet om hemsjukvård med Region Skåne omförhandlas under hösten.",
            O(None, note="A risk."),
        ),
        P(
            "Sjukfrånvaron var 9,8 procent under perioden, jämfört med 10,4 procent samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
