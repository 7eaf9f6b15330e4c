"""Danderyds kommun, Fastighetsnämnden, månadsrapport november 2025.

A property committee's month report in mnkr set in DejaVu Sans, footer with the nämnd's meeting in December:
the full year "3,6 mnkr sämre än budget (−2,9 mnkr i oktober)" (last month's figure in brackets is not the
amount), the change since October with its cause; a table with the deviation in November and October side by
side (hyphen-minus); headings that carry the area and amount with "+", an en dash and last month in brackets
("Idrotts- och fritidsanläggningar –2,3 mnkr (–1,6)"), with a water-damage part "0,7 mnkr" inside that
paragraph; "±0,0 mnkr" over "Ingen avvikelse mot budget." (boilerplate); rent revenue "2,1 mnkr högre än
budget" and operating costs that "överstiger budget med 5,7 mnkr" in one sentence (two items); investments
"87,3 mnkr, att jämföra med en budget på 112,0 mnkr" (24,7 never written out) and a project "4,2 mnkr mer än
projektbudgeten"; an action with its effect and an insurance uncertainty (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Danderyds kommun", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Fastighetsnämnden 2025-12-10", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2025", "nov", "nov", "okt"),
        ),
        rows=(
            ("Skollokaler", "62,4", "61,0", "1,4", "1,4"),
            ("Lokaler för vård och omsorg", "28,7", "30,1", "-1,4", "-1,4"),
            ("Idrotts- och fritidsanläggningar", "19,5", "21,8", "-2,3", "-1,6"),
            ("Förvaltningsbyggnader", "11,2", "11,2", "0,0", "0,0"),
            ("Planerat underhåll", "15,0", "16,3", "-1,3", "-1,3"),
            ("Summa", "136,8", "140,4", "-3,6", "-2,9"),
        ),
        widths=(180.0, 62.0, 62.0, 66.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("Fastighetsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Fastighetsnämnden prognostiserar ett helårsresultat som är 3,6 mnkr sämre än budget (−2,9 mnkr i "
            "oktober).",
            C(None, "3,6 mnkr", "-", note="The bracketed figure is last month's, not the amount."),
        ),
        P(
            "Försämringen med 0,7 mnkr sedan förra månaden beror på den vattenskada som upptäcktes i "
            "gymnastikhallen vid Lärkparkens skola i november.",
            F(None, "0,7 mnkr", "-", "ovrigt"),
        ),
        table,
        H("Avvikelser per verksamhet", 2),
        HP(
            "Skollokaler +1,4 mnkr",
            "Internhyresintäkterna från utbildningsnämnden blir högre än budgeterat sedan paviljongerna vid "
            "Lärkparkens skola tagits i bruk, och kostnaderna för el och värme är lägre än beräknat.",
            C(
                "Skollokaler",
                "+1,4 mnkr",
                "+",
                "avgifter_intakter",
                "prisokningar",
                note="Rent revenue is avgifter_intakter, electricity and heating prisokningar.",
            ),
        ),
        HP(
            "Lokaler för vård och omsorg –1,4 mnkr",
            "Ett gruppboende har stått tomt sedan i våras i väntan på ombyggnad, och hyresgästen betalar inte "
            "hyra under tiden. Nämnden har samtidigt kvar kostnaderna för drift och bevakning.",
            C("Lokaler för vård och omsorg", "–1,4 mnkr", "-", "lokaler", "avgifter_intakter"),
        ),
        HP(
            "Idrotts- och fritidsanläggningar –2,3 mnkr (–1,6)",
            "Vattenskadan i gymnastikhallen kräver sanering och nytt golv, vilket belastar resultatet med 0,7 "
            "mnkr. Resterande underskott förklaras av reparationer av ishallens kylanläggning.",
            C(
                "Idrotts- och fritidsanläggningar",
                "–2,3 mnkr",
                "-",
                "ovrigt",
                note="The heading carries the amount and last month's in brackets; the water damage's 0,7 mnkr is "
                "a part.",
            ),
        ),
        HP(
            "Planerat underhåll –1,3 mnkr",
            "Entreprenadpriserna för takbyten har stigit mer än index, och två projekt som var planerade till "
            "2026 har tidigarelagts eftersom skadorna var akuta.",
            C("Planerat underhåll", "–1,3 mnkr", "-", "prisokningar", "periodisering"),
        ),
        HP("Förvaltningsbyggnader ±0,0 mnkr", "Ingen avvikelse mot budget.", BP("Förvaltningsbyggnader")),
        H("Intäkter och kostnader", 2),
        P(
            "Hyresintäkterna beräknas totalt bli 2,1 mnkr högre än budget, medan kostnaderna för drift och "
            "underhåll överstiger budget med 5,7 mnkr.",
            C(
                "Hyresintäkter",
                "2,1 mnkr",
                "+",
                note="Two account groups in one sentence: two items, no reasons.",
                also=(C("Drift och underhåll", "5,7 mnkr", "-"),),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsprognosen är 87,3 mnkr, att jämföra med en budget på 112,0 mnkr.",
                C(
                    "Investeringar",
                    "87,3 mnkr, att jämföra med en budget på 112,0 mnkr",
                    "+",
                    value=24_700_000,
                    note="Under-spending of 24,7 mnkr never written out, no reason: the computed value, no tag.",
                ),
            ),
            (
                "Projektet Ny förskola Enebyberg beräknas kosta 4,2 mnkr mer än projektbudgeten, på grund av "
                "markföroreningar som upptäcktes vid schaktningen.",
                C("Ny förskola Enebyberg", "4,2 mnkr", "-", "ovrigt"),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen skjuter upp fönsterbytena i kommunhuset till 2026, vilket minskar årets "
            "underhållskostnader med 0,5 mnkr.",
            A("Planerat underhåll", "0,5 mnkr", "periodisering"),
        ),
        Para(
            (
                (
                    "Försäkringsbolaget väntas ersätta en del av saneringskostnaden, men beslutet är inte klart och "
                    "ingår inte i prognosen.",
                    O("Idrotts- och fritidsanläggningar", note="An uncertainty: other."),
                ),
            ),
        ),
    ]
    return ReportSpec(
        file="danderyd-fn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Fastighetsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Fastighetsnämnden", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
