"""Boxholms kommun, Kommunstyrelsen, bokslutsrapport 2025 (the whole kommun's year end).

A small kommun's year-end report in DejaVu Sans with serif headings, footer with the kommunstyrelse's meeting
date in March: the result as a level, the budgeted level and "en positiv budgetavvikelse på 2,8 mkr" (one
item), the outcome against the interim report's forecast with its cause (forecast change), one sentence
with the sektorer's "0,6 mkr lägre än budget" and taxes, grants and finance net "2,6 mkr bättre än
budgeterat" (two items) and the common items that "belastade resultatet med ytterligare 0,4 mkr"; a
resultaträkning with hyphen-minus; tax revenue "2,7 mkr högre än budgeterat" and finance costs that
"överskred budget med 1,0 mkr" in two sentences (two items, no tags); en-dash bullets per sektor under a
generic heading in varied shapes ("Sektor utbildning: överskott 1,9 mkr.", "redovisar ett underskott på 2,6
mkr", "+0,9 mkr, där", "slutar på +0,4 mkr"); investments "18,3 mkr mot en budget på 27,5 mkr" (9,2 never
written out); an action with its effect, the balance requirement and equity and net cost growth against 2024
with "beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Boxholms kommun", "Bokslutsrapport 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-10", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, mkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "78,4", "84,1", "5,7"),
            ("Verksamhetens kostnader", "-412,6", "-419,7", "-7,1"),
            ("Avskrivningar", "-14,9", "-13,3", "1,6"),
            ("Verksamhetens nettokostnader", "-349,1", "-348,9", "0,2"),
            ("Skatteintäkter", "268,7", "271,4", "2,7"),
            ("Generella statsbidrag och utjämning", "87,6", "88,1", "0,5"),
            ("Finansiella intäkter", "1,2", "1,6", "0,4"),
            ("Finansiella kostnader", "-4,4", "-5,4", "-1,0"),
            ("Årets resultat", "4,0", "6,8", "2,8"),
        ),
        widths=(190.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({3, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Boxholms kommun – Kommunstyrelsen", size=12.5, font="sans", after=12),
        H("Årets resultat", 2),
        P(
            "Kommunens resultat för 2025 blev 6,8 mkr. Budgeterat resultat var 4,0 mkr, vilket innebär en positiv "
            "budgetavvikelse på 2,8 mkr.",
            C(None, "2,8 mkr", "+", note="Two levels, then the deviation: one item."),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten är resultatet 3,5 mkr bättre. Förbättringen beror framför allt på "
            "att slutavräkningen av skatteintäkterna blev mer positiv än i SKR:s augustiprognos.",
            F(None, "3,5 mkr", "+"),
        ),
        PS(
            (
                "Sektorernas nettokostnader blev 0,6 mkr lägre än budget, medan skatteintäkter, statsbidrag och "
                "finansnetto sammantaget blev 2,6 mkr bättre än budgeterat.",
                C(
                    "Sektorerna",
                    "0,6 mkr",
                    "+",
                    note="The result split into the sektorer and the finance items: two items.",
                    also=(C("Skatteintäkter, statsbidrag och finansnetto", "2,6 mkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Kommungemensamma poster, främst pensioner, belastade resultatet med ytterligare 0,4 mkr.",
                C("Kommungemensamma poster", "0,4 mkr", "-", note="Pensions: no cause tag."),
            ),
        ),
        table,
        PS(
            (
                "Skatteintäkterna blev 2,7 mkr högre än budgeterat.",
                C("Skatteintäkter", "2,7 mkr", "+", note=NO_TAG),
            ),
            (
                "De finansiella kostnaderna överskred budget med 1,0 mkr till följd av högre räntor på kommunens lån.",
                C("Finansiella kostnader", "1,0 mkr", "-", note=NO_TAG + " Interest rates are finance."),
            ),
        ),
        H("Sektorernas resultat", 2),
        H("Kommentarer", 3),
        Bullets(
            (
                "Sektor utbildning: överskott 1,9 mkr. Färre barn i förskolan och lägre kostnader för elever i andra "
                "kommuners gymnasieskolor än budgeterat.",
                "Sektor omsorg redovisar ett underskott på 2,6 mkr. Hemtjänsten har ökat kraftigt och bemanningen på "
                "Ekhagens särskilda boende har förstärkts nattetid. Statsbidragen blev samtidigt lägre än budgeterat.",
                "Sektor samhällsbyggnad +0,9 mkr, där lägre kostnader för vinterväghållning under den milda vintern i "
                "början av året är den viktigaste förklaringen.",
                "Kommunledning och stöd, inklusive kultur och fritid, slutar på +0,4 mkr. Förklaringen är vakanser på "
                "ekonomi- och personalavdelningen.",
            ),
            labels=(
                C("Sektor utbildning", "1,9 mkr", "+", "volymer", "kopt_verksamhet"),
                C("Sektor omsorg", "2,6 mkr", "-", "volymer", "bemanning", "statsbidrag"),
                C("Sektor samhällsbyggnad", "+0,9 mkr", "+", "ovrigt", note="A mild winter: ovrigt."),
                C("Kommunledning och stöd", "+0,4 mkr", "+", "vakanser"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Årets investeringar uppgick till 18,3 mkr mot en budget på 27,5 mkr. Den största avvikelsen avser den nya "
            "förskolan i Strålsnäs, vars byggstart har flyttats till våren 2026.",
            C(
                "Investeringar",
                "18,3 mkr mot en budget på 27,5 mkr",
                "+",
                "periodisering",
                value=9_200_000,
                note="Under-spending of 9,2 mkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sektor omsorg har under hösten infört en ny bemanningsmodell i hemtjänsten, som väntas minska kostnaderna "
            "med 0,8 mkr under 2026.",
            A("Sektor omsorg", "0,8 mkr", "bemanning"),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet uppgår till 6,1 mkr. Kommunens egna kapital ökar därmed till 112,4 mkr.",
            O(None, note="Balance requirement and equity: other."),
        ),
        P(
            "Nettokostnaderna ökade med 4,8 procent jämfört med 2024, vilket främst beror på löneökningar och fler "
            "brukare i hemtjänsten.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="boxholm-ks-bokslutsrapport-2025.pdf",
        report={
            "municipality": "Boxholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslutsrapport 2025", "author": "Boxholms kommun"},
        style=style,
        blocks=blocks,
    )
