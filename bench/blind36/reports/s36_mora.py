"""Mora kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the kommunstyrelse's own verksamheter).

The kommunstyrelse's own part of the interim report, with its September meeting and case number in the footer:
the period's "överskott på 6,9 mnkr mot budget", its timing reason in a paragraph of its own (amount null) and
the full year's "positiv avvikelse på 2,4 mnkr" in three paragraphs; a tkr table whose header says "+ =
överskott", with "+900" and U+2212 deficits; then two columns of bold run-in verksamheter: leads that carry the
amount ("IT och digitalisering −1 500 tkr.", "Måltidsverksamheten +1 200 tkr."), a lead without one whose first
sentence gives reasons only (the row's "+900") followed by a sub-unit's "överskrida sin budget med 250 tkr" (its
own item), a lead whose text is only reasons ("Två vakanta tjänster …"), "lämnar ett överskott på 500 tkr"
from a postponed co-financing, "0,6 mnkr högre än budget" from indexation and "Av kommunstyrelsens
förfogandemedel på 3,0 mnkr beräknas 1,1 mnkr vara outnyttjade" (reserver); investments "en avvikelse på 7,5
mnkr" and two projects "4,0 respektive 3,5 mnkr mindre än budgeterat"; an action with its effect and staff
numbers against last year with "beror på" (other). DejaVu Serif Condensed 10 pt with DejaVu Sans Condensed
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Mora kommun", "Delårsrapport 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-09-30", "KS 2025/00512", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kommunstyrelsens verksamheter, helårsprognos 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse (+ = överskott)"),),
        rows=(
            ("Kommunledningskontoret", "24 600", "23 700", "+900"),
            ("Ekonomi och HR", "31 200", "30 400", "+800"),
            ("IT och digitalisering", "27 800", "29 300", "−1 500"),
            ("Måltidsverksamheten", "4 100", "2 900", "+1 200"),
            ("Näringsliv och turism", "12 400", "11 900", "+500"),
            ("Kollektivtrafik", "38 900", "39 500", "−600"),
            ("Kommunstyrelsens förfogandemedel", "3 000", "1 900", "+1 100"),
            ("Summa", "142 000", "139 600", "+2 400"),
        ),
        widths=(170.0, 74.0, 74.0, 118.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Kommunstyrelsen", size=12.5, font="serif-cond", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Kommunstyrelsens verksamheter redovisar för perioden januari–augusti ett överskott på 6,9 mnkr mot "
            "budget.",
            C(None, "6,9 mnkr", "+", note="The period's surplus in a sentence of its own: a cause."),
        ),
        P(
            "Överskottet är till stor del tillfälligt. Kostnaderna för kommunens del av länstrafiken faktureras med "
            "två månaders eftersläpning.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "För helåret prognostiseras en positiv avvikelse på 2,4 mnkr.",
            C(None, "2,4 mnkr", "+"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "IT och digitalisering −1 500 tkr.",
            "Licenskostnaderna för kommunens nya ärendehanteringssystem har blivit högre än beräknat, och flytten av "
            "e-posten till en molntjänst har krävt externa konsulter.",
            C(
                "IT och digitalisering",
                "−1 500 tkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note="A run-in lead that carries the amount is part of the item.",
            ),
        ),
        LP(
            "Måltidsverksamheten +1 200 tkr.",
            "Livsmedelspriserna har stabiliserats, och råvarukostnaden per portion är lägre än den som budgeten "
            "bygger på. Dessutom har fler portioner sålts till äldreomsorgen.",
            C("Måltidsverksamheten", "+1 200 tkr", "+", "prisokningar", "volymer"),
        ),
        LP(
            "Kommunledningskontoret.",
            "Kostnaderna för den politiska verksamheten blir lägre än budgeterat, eftersom två utskott har "
            "sammanträtt färre gånger än planerat.",
            C(
                "Kommunledningskontoret",
                "+900",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell; fewer meetings (members' fees) are ovrigt.",
            ),
            (
                "Inom kontoret finns också kommunikationsenheten, som beräknas överskrida sin budget med 250 tkr till "
                "följd av kostnaderna för den nya webbplatsen.",
                C(
                    "Kommunikationsenheten",
                    "250 tkr",
                    "-",
                    "it_digitalisering",
                    note="A sub-unit's deviation inside another area's paragraph: its own item.",
                ),
            ),
        ),
        LP(
            "Ekonomi och HR.",
            "Två tjänster som lönehandläggare har varit vakanta, varav en sedan februari.",
            C(
                "Ekonomi och HR",
                "+800",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        LP(
            "Näringsliv och turism.",
            "Verksamheten lämnar ett överskott på 500 tkr, eftersom medfinansieringen av ett EU-projekt för "
            "besöksnäringen har skjutits upp till 2026.",
            C("Näringsliv och turism", "500 tkr", "+", "periodisering"),
        ),
        LP(
            "Kollektivtrafik.",
            "Kommunens kostnad för den upphandlade trafiken blir 0,6 mnkr högre än budget till följd av "
            "indexuppräkningen av trafikavtalen.",
            C("Kollektivtrafik", "0,6 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Förfogandemedel.",
            "Av kommunstyrelsens förfogandemedel på 3,0 mnkr beräknas 1,1 mnkr vara outnyttjade vid årets slut.",
            C(
                "Kommunstyrelsens förfogandemedel",
                "1,1 mnkr",
                "+",
                "reserver",
                note="The frame is a level; the unused part is the deviation.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringsbudget är 18,5 mnkr. Prognosen är 11,0 mnkr, en avvikelse på 7,5 mnkr.",
            C("Investeringar", "7,5 mnkr", "+", note="Investment under-spending after two levels."),
        ),
        P(
            "Projekten Nytt lönesystem och Bredband landsbygd förbrukar 4,0 respektive 3,5 mnkr mindre än budgeterat, "
            "eftersom upphandlingarna har tagit längre tid än planerat.",
            C(
                "Nytt lönesystem",
                "4,0",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Bredband landsbygd", "3,5 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat att samla licensavtalen för verksamhetssystemen i en gemensam "
            "avtalsdatabas, vilket på sikt beräknas sänka licenskostnaderna med 0,5 mnkr per år.",
            A("IT och digitalisering", "0,5 mnkr", "it_digitalisering"),
        ),
        H("Personal", 2),
        P(
            "Antalet anställda i kommunstyrelsens verksamheter var 212 den 31 augusti, sju fler än vid samma tidpunkt "
            "2024. Ökningen beror främst på att måltidsverksamheten har tagit över kaféet i kulturhuset.",
            O(None, note="Staff numbers against the previous year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="mora-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025 Kommunstyrelsen", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
