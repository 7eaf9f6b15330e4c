"""Region Skåne, Kollektivtrafiknämnden, månadsrapport september 2025.

A region's public-transport committee's month report in "miljoner kronor", footer with the nämnd's meeting date
in October: the period "41 miljoner kronor sämre än budget för perioden" after the period's result and the full
year "ett underskott om 118 miljoner kronor jämfört med budget" in two sentences (two items), the change since
August with its cause; a kostnadsslag table whose deviation column prints deficits with a trailing minus
("34-"); bold run-in areas ending in a full stop: revenue "34 miljoner kronor lägre än budgeterat", a
reason-only bus paragraph (the row's "51-"), "Kostnaderna överstiger budget med 22 miljoner kronor" with the
reasons in the next sentence, "gör att kostnaderna blir 26 miljoner kronor högre än budget", a surplus from
vacancies and consultants, "bedöms bli i nivå med budget" (boilerplate); investments "412 miljoner kronor, att
jämföra med budgeterade 556 miljoner kronor" (144 never written out); an action for next year and a risk with
an amount (other). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Skåne – Skånetrafiken", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kollektivtrafiknämnden 2025-10-23", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, miljoner kronor",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Biljettintäkter", "2 410", "2 376", "34-"),
            ("Busstrafik", "-3 020", "-3 071", "51-"),
            ("Tågtrafik", "-2 640", "-2 662", "22-"),
            ("Serviceresor", "-810", "-836", "26-"),
            ("Personal och administration", "-512", "-497", "15"),
            ("Kapitalkostnader", "-428", "-428", "0"),
            ("Summa", "", "", "118-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="narrow-bold", after=2),
        Title("Kollektivtrafiknämnden", size=12.5, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kollektivtrafiknämnden redovisar ett resultat per september på −96 miljoner kronor, vilket är 41 "
                "miljoner kronor sämre än budget för perioden.",
                C(None, "41 miljoner kronor", "-", note="The period: the deviation, not the result level."),
            ),
            (
                "För helåret prognostiseras ett underskott om 118 miljoner kronor jämfört med budget.",
                C(None, "118 miljoner kronor", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P(
            "Prognosen har försämrats med 22 miljoner kronor jämfört med augustirapporten, som en följd av att "
            "Trafikverkets ersättning för inställda tåg under banarbetena blev lägre än beräknat.",
            F(None, "22 miljoner kronor", "-", "ovrigt"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Biljettintäkter.",
            "Resandet har återhämtat sig långsammare än väntat efter prisjusteringen i januari, och intäkterna "
            "beräknas bli 34 miljoner kronor lägre än budgeterat.",
            C("Biljettintäkter", "34 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Busstrafik.",
            "Indexuppräkningen av trafikavtalen blev högre än budgeterat och drivmedelskostnaderna har stigit, "
            "vilket ger en negativ avvikelse.",
            C(
                "Busstrafik",
                "51-",
                "-",
                "prisokningar",
                unit="mkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Tågtrafik.",
            "Kostnaderna överstiger budget med 22 miljoner kronor. Fler ersättningsbussar vid banarbeten och "
            "högre banavgifter förklarar avvikelsen.",
            C(
                "Tågtrafik",
                "22 miljoner kronor",
                "-",
                "ovrigt",
                "prisokningar",
                note="Replacement buses for track works are ovrigt, higher track fees prisokningar.",
            ),
        ),
        LP(
            "Serviceresor.",
            "Antalet färdtjänstresor och sjukresor har ökat med 9 procent, vilket gör att kostnaderna blir 26 "
            "miljoner kronor högre än budget.",
            C("Serviceresor", "26 miljoner kronor", "-", "volymer"),
        ),
        LP(
            "Personal och administration.",
            "Vakanta tjänster och lägre konsultkostnader ger ett överskott på 15 miljoner kronor.",
            C("Personal och administration", "15 miljoner kronor", "+", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Kapitalkostnader.",
            "Kapitalkostnaderna bedöms bli i nivå med budget.",
            BP("Kapitalkostnader"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 412 miljoner kronor, att jämföra med budgeterade 556 miljoner "
            "kronor. Leveransen av 14 nya elbussar har försenats och flyttas till 2026.",
            C(
                "Investeringar",
                "412 miljoner kronor, att jämföra med budgeterade 556 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=144_000_000,
                note="Under-spending of 144 miljoner kronor, never written out: the computed value. Vehicles "
                "are material_hjalpmedel.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att minska kostnaderna för ersättningstrafik med 10 miljoner "
            "kronor under 2026.",
            A("Tågtrafik", "10 miljoner kronor"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker för tågtrafiken, där utfallet av en tvist med en operatör om vitesbelopp kan "
            "påverka resultatet med upp till 30 miljoner kronor.",
            O("Tågtrafik", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-ktn-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Kollektivtrafiknämnden", "Skånetrafiken"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025 Kollektivtrafiknämnden", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
