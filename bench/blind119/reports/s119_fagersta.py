"""Fagersta kommun, Kommunstyrelsen, månadsrapport oktober 2025 (whole kommun).

A whole-kommun month report with a footer carrying the kommunstyrelse's meeting date in November: the
period against the periodised budget with its timing reason in the next sentence (one item), the full year
as a result "9,4 mkr lägre än det budgeterade resultatet" after the level, one sentence splitting it into
the nämnder's "underskott mot sina ramar på 18,7 mkr" and the finance function's "överskott på 9,3 mkr" (two
items), the change since August, a nämnd table with hyphen-minus deviations, then bullets under a generic
heading ("Ekonomiavdelningens kommentar") in varied shapes: "redovisar ett överskott på 1,6 mkr", a
possessive "Barn- och bildningsnämndens prognos landar på −4,2 mkr" with the reasons after it, "överskrider
sin ram med 13,9 mkr, varav …" (one item, the total), "För Tekniska nämnden blir det ett underskott: 2,4 mkr"
and "Övriga nämnder bedöms hålla sina budgetar" (boilerplate, the row says 0,2); the taxes, then pensions and
the finance net as a "respektive" pair; an action with its effect and a risk; investments "31,5 mkr lägre än
budgeterat" and a project overrun; the balanskrav (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Fagersta kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-18", "Dnr KS 2025/214", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "116,8", "1,6"),
            ("Barn- och bildningsnämnden", "312,5", "316,7", "-4,2"),
            ("Socialnämnden", "398,0", "411,9", "-13,9"),
            ("Tekniska nämnden", "46,3", "48,7", "-2,4"),
            ("Övriga nämnder", "6,9", "6,7", "0,2"),
            ("Summa nämnder", "882,1", "900,8", "-18,7"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="sans-bold", after=2),
        Title("Fagersta kommun – ekonomisk uppföljning januari–oktober", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat för perioden januari–oktober uppgår till 41,2 mkr, vilket är 8,7 mkr bättre än "
            "periodiserad budget. Skillnaden beror främst på att semesterlöneskulden minskar under sommaren och att "
            "planerat underhåll ännu inte har utförts.",
            C(
                None,
                "8,7 mkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period against the periodised budget with its timing reason in the next sentence: one item.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 12,6 mkr. Det är 9,4 mkr lägre än det budgeterade "
            "resultatet på 22,0 mkr.",
            C(
                None,
                "9,4 mkr",
                "-",
                note="The full year against the budgeted result: the levels are not the amount.",
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott mot sina ramar på 18,7 mkr, medan "
            "finansförvaltningen väntas ge ett överskott på 9,3 mkr.",
            C(
                "Nämnderna",
                "18,7 mkr",
                "-",
                note="One sentence splits the result into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "9,3 mkr", "+"),),
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten per augusti har helårsprognosen försämrats med 3,2 mkr, "
            "framför allt inom socialnämnden.",
            F(None, "3,2 mkr", "-"),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 2),
        P("Nedan kommenteras nämndernas prognoser i korthet. Nämndernas egna rapporter finns som bilagor."),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 1,6 mkr, främst till följd av vakanta tjänster inom "
                "ekonomi- och personalavdelningarna under våren.",
                "Barn- och bildningsnämndens prognos landar på −4,2 mkr. Fler barn i förskolan än planerat och ökade "
                "kostnader för elever som går i andra kommuners skolor förklarar underskottet.",
                "Socialnämnden överskrider sin ram med 13,9 mkr, varav försörjningsstödet står för 4,1 mkr. Resten "
                "förklaras av externa placeringar av barn och unga samt av hyrsjuksköterskor inom hemsjukvården.",
                "För Tekniska nämnden blir det ett underskott: 2,4 mkr. Snörika månader i början av året gav höga "
                "kostnader för vinterväghållningen.",
                "Övriga nämnder bedöms hålla sina budgetar.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,6 mkr", "+", "vakanser"),
                C(
                    "Barn- och bildningsnämnden",
                    "−4,2 mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Pupils in other kommuners' schools: kopt_verksamhet.",
                ),
                C(
                    "Socialnämnden",
                    "13,9 mkr",
                    "-",
                    "ekonomiskt_bistand",
                    "kopt_verksamhet",
                    "inhyrd_personal",
                    note="'Varav' a part: one item with the total.",
                ),
                C("Tekniska nämnden", "2,4 mkr", "-", "ovrigt", note="Snow: ovrigt."),
                BP("Övriga nämnder", note="Although the row says 0,2."),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 6,1 mkr högre än budget, enligt SKR:s "
            "oktoberprognos.",
            C("Skatteintäkter och generella statsbidrag", "6,1 mkr", "+", note="Finance items get no tag."),
        ),
        P(
            "Pensionskostnaderna och finansnettot blir 2,3 respektive 0,9 mkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "2,3",
                "+",
                unit="mkr",
                note="A 'respektive' pair: one item per area.",
                also=(C("Finansnetto", "0,9 mkr", "+"),),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Socialnämnden har i september beslutat om en åtgärdsplan med bland annat fler hemmaplanslösningar för "
            "barn och unga. Planen beräknas minska kostnaderna med 2,5 mkr under resten av året.",
            A("Socialnämnden", "2,5 mkr", "kopt_verksamhet"),
        ),
        P(
            "Prognosen är osäker när det gäller placeringskostnaderna, där en enda ny placering kan kosta mer än "
            "2 mkr per år.",
            O("Socialnämnden", note="A risk: other."),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringarna beräknas uppgå till 54,5 mkr för helåret, vilket är 31,5 mkr lägre än budgeterat. "
                "Upphandlingen av den nya förskolan i Västanfors har överklagats och byggstarten skjuts till våren "
                "2026.",
                C("Investeringar", "31,5 mkr", "+", "periodisering"),
            ),
        ),
        P(
            "Ombyggnaden av simhallen blir däremot dyrare än planerat: projektet beräknas överskrida sin budget med "
            "3,8 mkr på grund av fuktskador som upptäcktes vid rivningen.",
            C("Ombyggnaden av simhallen", "3,8 mkr", "-", "ovrigt", note="An investment overrun: negative."),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 11,8 mkr efter justering för realisationsvinster, och kommunen "
            "uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="fagersta-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Fagersta",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Fagersta kommun"},
        style=style,
        blocks=blocks,
    )
