"""Malmö stad, Grundskolenämnden, årsanalys 2025 (year end).

A school committee's year-end analysis in DejaVu Sans, "miljoner kronor" in the prose and en dashes as minus
signs in the table, footer with the nämnd's meeting date in February: the result "ett underskott på 38,6
miljoner kronor jämfört med kommunbidraget"; the outcome "12,2 miljoner kronor bättre än den prognos som
lämnades i delårsrapporten" (a forecast change); a possessive "Grundskolans underskott på 29,4 miljoner
kronor beror främst på" followed in the same paragraph by two school areas as a "respektive" pair (their own
items); "Inom anpassad grundskola uppstod ett underskott om –6,8"; "gick med överskott, 4,1 miljoner kronor"
after a comma; a reason-only deficit (the row's "–3,9"); "För lokaler blev kostnaderna 7,5 miljoner kronor
högre än budget"; a reason-only surplus with an undistributed buffer that is only a part (the row's "4,9");
investments "Att 23 miljoner kronor återstår förklaras av"; an action with its full-year effect and two
comparisons with 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Grundskolenämnden – Årsanalys 2025"),
        footer=lambda n, m: ("Grundskolenämnden 2026-02-18", "", f"{n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, miljoner kronor",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Grundskola", "3 412,6", "3 442,0", "–29,4"),
            ("Anpassad grundskola", "288,3", "295,1", "–6,8"),
            ("Fritidshem", "402,5", "398,4", "4,1"),
            ("Skolskjuts", "61,2", "65,1", "–3,9"),
            ("Lokaler", "684,0", "691,5", "–7,5"),
            ("Central administration", "156,4", "151,5", "4,9"),
            ("Summa", "5 005,0", "5 043,6", "–38,6"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Årsanalys 2025", size=20, font="sans-bold", after=2),
        Title("Grundskolenämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Grundskolenämnden redovisar för 2025 ett underskott på 38,6 miljoner kronor jämfört med "
            "kommunbidraget.",
            C(None, "38,6 miljoner kronor", "-"),
        ),
        P(
            "Resultatet är 12,2 miljoner kronor bättre än den prognos som lämnades i delårsrapporten per augusti.",
            F(None, "12,2 miljoner kronor", "+", note="The outcome against the interim forecast."),
        ),
        table,
        H("Analys per verksamhet", 2),
        PS(
            (
                "Grundskolans underskott på 29,4 miljoner kronor beror främst på att elevpengen inte täcker "
                "kostnaderna för de stora grupperna nyanlända elever i östra Malmö och på att löneökningarna för "
                "lärare blev högre än budgeterat.",
                C("Grundskola", "29,4 miljoner kronor", "-", "volymer", "lonekostnader"),
            ),
            (
                "Av underskottet avser 17,1 respektive 8,6 miljoner kronor skolområde Öster och skolområde Söder.",
                C(
                    "Skolområde Öster",
                    "17,1",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside the area's paragraph, a 'respektive' pair: their own items.",
                    also=(C("Skolområde Söder", "8,6 miljoner kronor", "-"),),
                ),
            ),
        ),
        P(
            "Inom anpassad grundskola uppstod ett underskott om –6,8 miljoner kronor till följd av fler elever och "
            "ökade kostnader för elevassistenter.",
            C("Anpassad grundskola", "–6,8 miljoner kronor", "-", "volymer", "bemanning"),
        ),
        P(
            "Fritidshemmen gick med överskott, 4,1 miljoner kronor, då avgiftsintäkterna blev högre än budgeterat.",
            C("Fritidshem", "4,1 miljoner kronor", "+", "avgifter_intakter"),
        ),
        P(
            "Kostnaderna för skolskjuts har ökat efter att fler elever beviljats taxiresor och den nya upphandlingen "
            "gav högre priser.",
            C(
                "Skolskjuts",
                "–3,9",
                "-",
                "volymer",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        P(
            "För lokaler blev kostnaderna 7,5 miljoner kronor högre än budget, eftersom tomställda paviljonger vid två "
            "skolor inte kunde sägas upp i tid.",
            C("Lokaler", "7,5 miljoner kronor", "-", "lokaler"),
        ),
        P(
            "Den centrala administrationen lämnar ett överskott, främst på grund av vakanser och en outnyttjad buffert "
            "på 3 miljoner kronor.",
            C(
                "Central administration",
                "4,9",
                "+",
                "vakanser",
                "reserver",
                unit="mnkr",
                table=True,
                note="The buffer is only a part: the table row's cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 64 miljoner kronor användes 41 miljoner kronor. Att 23 miljoner kronor återstår "
            "förklaras av att inventarieinköpen till den nya skolan i Hyllie har flyttats till 2026.",
            C("Investeringar", "23 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i oktober om en åtgärdsplan med en helårseffekt på 25 miljoner kronor från 2026, bland "
            "annat genom en översyn av lokalbeståndet.",
            A(None, "25 miljoner kronor", "lokaler"),
        ),
        H("Statsbidrag och elevutveckling", 2),
        P(
            "Statsbidraget för likvärdig skola blev 2,4 miljoner kronor lägre än 2024.",
            O(None, "statsbidrag", note="A grant against the previous year: other."),
        ),
        P(
            "Antalet elever ökade med 640 jämfört med 2024, vilket främst beror på inflyttning till nya "
            "bostadsområden.",
            O(None, "volymer", note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-gsn-arsanalys-2025.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "årsanalys",
        },
        metadata={"title": "Årsanalys 2025 Grundskolenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
