"""Västerås stad, Fastighetsnämnden, månadsrapport oktober 2025.

A property committee's month report in "miljoner kronor" with a table in "tkr" whose deficits are in brackets
("(9 400)"), footer with the nämnd's meeting date in November: the full-year deficit in a sentence of its own
and the change since September with its cause in the next paragraph; plain subheadings over paragraphs that name
the area in varied ways: rent revenue "5,3 miljoner kronor högre än budgeterat", "Inom media överskrids
budgeten med 9,4 miljoner kronor" with a percentage tariff rise that is not the amount, "prognostiseras till
5,4 miljoner kronor under budget", "visar ett underskott på 9,7 miljoner kronor", a reason-only surplus (the
row's "4 200"), "håller i stort sin budget" beside a row of 900 (boilerplate), an amount between commas
("Kostnaderna för tomställda lokaler, 6,3 miljoner kronor över budget, avser"); investments "85 miljoner kronor
lägre än budget", a school "cirka 12 miljoner kronor dyrare än beslutad projektbudget" and two projects as a
"respektive" pair; two actions, one with its effect, and a risk with an amount (other). 11 scored causes.
DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("VÄSTERÅS STAD", "Fastighetsnämnden"),
        footer=lambda n, m: (
            "Månadsrapport oktober 2025",
            "Fastighetsnämnden 2025-11-20",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår 2025 per område, tkr (underskott inom parentes)",
        header=(("Område", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hyresintäkter", "1 184 000", "1 189 300", "5 300"),
            ("Media", "162 500", "171 900", "(9 400)"),
            ("Planerat underhåll", "118 000", "112 600", "5 400"),
            ("Felavhjälpande underhåll", "74 000", "83 700", "(9 700)"),
            ("Kapitalkostnader", "402 300", "398 100", "4 200"),
            ("Personal och administration", "96 800", "95 900", "900"),
            ("Tomställda lokaler", "6 000", "12 300", "(6 300)"),
            ("Resultat", "", "", "(9 600)"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Fastighetsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Fastighetsnämnden prognostiserar ett underskott på 9,6 miljoner kronor för helåret.",
            C(None, "9,6 miljoner kronor", "-"),
        ),
        P(
            "Jämfört med septemberprognosen är det en försämring med 2,2 miljoner kronor, som beror på en vattenskada i "
            "en förskola i Bäckby som kräver omfattande sanering.",
            F(None, "2,2 miljoner kronor", "-", "ovrigt"),
        ),
        table,
        Space(6),
        H("Intäkter", 3),
        P(
            "Hyresintäkterna blir 5,3 miljoner kronor högre än budgeterat, främst därför att två nya förskolor togs i "
            "drift tidigare än planerat och debiteras hyra från september.",
            C("Hyresintäkter", "5,3 miljoner kronor", "+", "avgifter_intakter", "periodisering"),
        ),
        H("Driftkostnader", 3),
        P(
            "Inom media överskrids budgeten med 9,4 miljoner kronor. Fjärrvärmetaxan höjdes med 8 procent från januari, "
            "och elförbrukningen har ökat i de nya skolbyggnaderna.",
            C(
                "Media",
                "9,4 miljoner kronor",
                "-",
                "prisokningar",
                "volymer",
                note="Area after 'Inom'; the tariff percentage is not the amount.",
            ),
        ),
        P(
            "Det planerade underhållet prognostiseras till 5,4 miljoner kronor under budget, eftersom flera takbyten har "
            "flyttats till 2026 för att frigöra resurser till det akuta underhållet.",
            C("Planerat underhåll", "5,4 miljoner kronor", "+", "periodisering"),
        ),
        P(
            "Felavhjälpande underhåll visar ett underskott på 9,7 miljoner kronor till följd av omfattande "
            "skadegörelse på skolor under sommaren och vattenskadan i Bäckby.",
            C(
                "Felavhjälpande underhåll",
                "9,7 miljoner kronor",
                "-",
                "ovrigt",
                note="Vandalism and water damage.",
            ),
        ),
        P(
            "Kapitalkostnaderna blir lägre än budget, då flera investeringsprojekt aktiveras senare än planerat.",
            C(
                "Kapitalkostnader",
                "4 200",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed.",
            ),
        ),
        P(
            "Personal och administration håller i stort sin budget.",
            BP("Personal och administration", note="Although the row shows 900."),
        ),
        P(
            "Kostnaderna för tomställda lokaler, 6,3 miljoner kronor över budget, avser främst den tidigare "
            "skolbyggnaden i Hammarby som står tom i väntan på försäljning.",
            C("Tomställda lokaler", "6,3 miljoner kronor", "-", "lokaler"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för året är 610 miljoner kronor, 85 miljoner kronor lägre än budget.",
            C(
                "Investeringar",
                "85 miljoner kronor",
                "+",
                note="Investment under-spending, no reason: positive.",
            ),
        ),
        P(
            "Nybyggnationen av grundskolan i Barkarö blir cirka 12 miljoner kronor dyrare än beslutad projektbudget, "
            "på grund av högre entreprenadpriser.",
            C(
                "Grundskolan i Barkarö",
                "cirka 12 miljoner kronor",
                "-",
                "prisokningar",
                note="Investment overrun.",
            ),
        ),
        P(
            "Ombyggnaden av Skultuna förskola och renoveringen av idrottshallen i Dingtuna förbrukar 40 respektive 18 "
            "miljoner kronor mindre än budgeterat i år, eftersom tidplanerna har förskjutits.",
            C(
                "Skultuna förskola",
                "40",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Idrottshallen i Dingtuna", "18 miljoner kronor", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder och risker", 2),
        PS(
            (
                "Förvaltningen har intensifierat arbetet med att hyra ut eller sälja tomställda lokaler, vilket "
                "beräknas minska kostnaderna med 1,5 miljoner kronor under 2026.",
                A("Tomställda lokaler", "1,5 miljoner kronor", "lokaler"),
            ),
            (
                "Kameraövervakning installeras vid de skolor som har drabbats hårdast av skadegörelse.",
                A("Felavhjälpande underhåll", None, "ovrigt"),
            ),
        ),
        P(
            "Elpriset under vintern är osäkert och kan påverka prognosen med upp till 3 miljoner kronor.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="vasteras-fastn-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Fastighetsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Fastighetsnämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
