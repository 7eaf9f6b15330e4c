"""Malmö stad, Gymnasie- och vuxenutbildningsnämnden, delårsrapport januari–augusti 2025.

An education committee's interim report in mnkr, Liberation Serif 10.5 pt, footer with the nämnd's meeting date
in September: the period's result and the full year's "överskott om 6,0 mnkr" in one sentence (the full year's
is the amount), the period's larger surplus explained in the next sentence (amount null), the change since
April with its cause; a table with U+2212 minus signs; two columns of bold run-in verksamheter ending in a full
stop: a deficit with a "varav" part in the next sentence ("Av underskottet avser 1,5 mnkr"), "går 1,1 mnkr
back", a demonym in a surplus that comes last in its sentence ("vilket ger ett överskott på 3,6 mnkr"), "Här
blir nettokostnaden 5,3 mnkr lägre än budget" and a reason-only surplus with a buffer (the row's "+2,4");
investments "13,5 mnkr lägre än ramen"; an action without amount, a pupil count against last year and a
grant risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Malmö stad", "Gymnasie- och vuxenutbildningsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025 – GVN 2025-09-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomiskt utfall och prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunala gymnasieskolor", "1 184,6", "801,2", "1 188,8", "−4,2"),
            ("Anpassad gymnasieskola", "96,3", "66,0", "97,4", "−1,1"),
            ("Köpta gymnasieplatser", "612,0", "398,5", "608,4", "+3,6"),
            ("Vuxenutbildning", "318,4", "196,7", "313,1", "+5,3"),
            ("Förvaltningsgemensamt", "74,2", "45,9", "71,8", "+2,4"),
            ("Summa", "2 285,5", "1 508,3", "2 279,5", "+6,0"),
        ),
        widths=(160.0, 70.0, 72.0, 72.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="times-bold", after=2),
        Title("Gymnasie- och vuxenutbildningsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämnden redovisar ett resultat för januari–augusti på +14,3 mnkr och prognostiserar ett överskott om "
                "6,0 mnkr för helåret.",
                C(
                    None,
                    "6,0 mnkr",
                    "+",
                    note="The period's result and the full year's deviation in one sentence: the full year's.",
                ),
            ),
            (
                "Periodens överskott är större än helårets eftersom kostnaderna för läromedel och inventarier till "
                "stor del belastar hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "material_hjalpmedel",
                    note="The period's reason with no amount of its own: null.",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i april är det en förbättring med 2,5 mnkr, som främst beror på att statsbidraget för "
            "regional yrkesvux blivit högre än beräknat.",
            F(None, "2,5 mnkr", "+", "statsbidrag"),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        LP(
            "Kommunala gymnasieskolor.",
            "Prognosen är ett underskott på 4,2 mnkr. Lärarlönerna har ökat mer än den kompensation nämnden fått i "
            "budgeten, och sjukfrånvaron på två skolor har krävt timvikarier. Av underskottet avser 1,5 mnkr högre "
            "kostnader för skolmåltider efter den nya upphandlingen.",
            C(
                "Kommunala gymnasieskolor",
                "4,2 mnkr",
                "-",
                "lonekostnader",
                "sjukfranvaro",
                "vikarier",
                "prisokningar",
                note="A 'varav' part in the last sentence: one item with the total.",
            ),
        ),
        LP(
            "Anpassad gymnasieskola.",
            "Fler elever med omfattande stödbehov än budgeterat gör att verksamheten går 1,1 mnkr back.",
            C("Anpassad gymnasieskola", "1,1 mnkr", "-", "volymer"),
        ),
        LP(
            "Köpta gymnasieplatser.",
            "Färre malmöungdomar än beräknat har valt skolor i andra kommuner och hos fristående huvudmän, vilket ger "
            "ett överskott på 3,6 mnkr.",
            C("Köpta gymnasieplatser", "3,6 mnkr", "+", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxenutbildning.",
            "Här blir nettokostnaden 5,3 mnkr lägre än budget. Statsbidragen för regional yrkesvux har ökat samtidigt "
            "som alla upphandlade utbildningsplatser inte har fyllts.",
            C("Vuxenutbildning", "5,3 mnkr", "+", "statsbidrag", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Förvaltningsgemensamt.",
            "Överskottet härrör från vakanta tjänster inom förvaltningens IT-enhet och en buffert som inte har "
            "fördelats till skolorna.",
            C(
                "Förvaltningsgemensamt",
                "+2,4",
                "+",
                "vakanser",
                "reserver",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram för 2025 är 62,0 mnkr. Prognosen uppgår till 48,5 mnkr, det vill säga 13,5 mnkr "
            "lägre än ramen, eftersom inredningen av den nya gymnasieskolan i Hyllie blir klar först under 2026.",
            C("Investeringar", "13,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Rektorerna har fått i uppdrag att anpassa organisationen inför höstterminen 2026 till det minskade "
            "elevunderlaget på de yrkesinriktade programmen.",
            A("Kommunala gymnasieskolor", None, "omstallning"),
        ),
        H("Elevutveckling och risker", 2),
        P(
            "Antalet elever i nämndens gymnasieskolor var 11 480 i september, 210 fler än hösten 2024.",
            O(None, "volymer", note="A pupil count against the previous year: other."),
        ),
        P(
            "Prognosen för vuxenutbildningen är osäker eftersom statsbidragen för 2026 ännu inte har beslutats.",
            O("Vuxenutbildning", "statsbidrag", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-gvn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Gymnasie- och vuxenutbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Gymnasie- och vuxenutbildningsnämnden",
            "author": "Malmö stad",
        },
        style=style,
        blocks=blocks,
    )
