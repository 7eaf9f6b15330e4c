"""Västerås stad, Äldrenämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in "miljoner kronor" and mnkr, footer with the adoption date in
February: the result "−23,6 miljoner kronor jämfört med budget", the interim forecast with a reason for the
worse outcome (a forecast change whose amount is never written: null), net cost growth against 2024 (other),
fee revenue "2,2 miljoner kronor lägre än budgeterat" as an account item, a table in mnkr with en-dash
minus signs; then two columns of plain headings with the amount in varied places: "landade hemtjänsten 19,4
miljoner kronor över budget" after its reasons, "Boendena kostade 7,6 miljoner kronor mer än budgeterat"
with three causes, "Ett överskott på 3,9 miljoner kronor uppstod när", "gick 1,4 miljoner kronor bättre än
budget", a reason-only deficit (the row's "–4,9") and "ett överskott om tre miljoner kronor" in words;
investments "14,2 miljoner kronor mot budgeterade 21,0 miljoner kronor" (6,8 never written out); an action
with its effect, sick leave against 2024 and the pending decision on carrying the result over (others).
Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        gutter=20.0,
        header=lambda n, m: ("Västerås stad", "Äldrenämnden – Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Beslutad av äldrenämnden 2026-02-19", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "612,0", "631,4", "–19,4"),
            ("Vård- och omsorgsboende", "1 045,3", "1 052,9", "–7,6"),
            ("Korttidsboende", "64,2", "60,3", "3,9"),
            ("Dagverksamhet", "28,5", "27,1", "1,4"),
            ("Hälso- och sjukvård", "96,8", "101,7", "–4,9"),
            ("Nämnd och förvaltning", "52,1", "49,1", "3,0"),
            ("Summa", "1 898,9", "1 922,5", "–23,6"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Äldrenämnden", size=13, font="times", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Äldrenämnden redovisar för 2025 ett resultat på −23,6 miljoner kronor jämfört med budget.",
            C(None, "−23,6 miljoner kronor", "-"),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 19,0 miljoner kronor. Det försämrade "
            "resultatet beror främst på att hemtjänsten fick fler beviljade timmar under hösten än prognosen "
            "byggde på.",
            F(
                None,
                None,
                "-",
                "volymer",
                note="The outcome against the interim forecast: the change (4,6) is never written, the earlier "
                "forecast's level is not the amount.",
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        P(
            "Avgiftsintäkterna blev 2,2 miljoner kronor lägre än budgeterat, eftersom fler brukare fick sänkt "
            "avgift efter höjningen av förbehållsbeloppet.",
            C("Avgiftsintäkter", "2,2 miljoner kronor", "-", "avgifter_intakter"),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        H("Hemtjänst", 3),
        P(
            "Antalet beviljade hemtjänsttimmar var 6 procent fler än budgeterat, och andelen brukare som behöver "
            "dubbelbemanning har ökat. Sammantaget landade hemtjänsten 19,4 miljoner kronor över budget.",
            C(
                "Hemtjänst",
                "19,4 miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                note="The reasons first, the amount in the last sentence.",
            ),
        ),
        H("Vård- och omsorgsboende", 3),
        P(
            "Boendena kostade 7,6 miljoner kronor mer än budgeterat. Sjukfrånvaron var fortsatt hög på flera "
            "boenden, och vikarier och övertid användes för att klara bemanningen. Hyran för det nya boendet i "
            "Vallby blev dessutom högre än beräknat.",
            C(
                "Vård- och omsorgsboende",
                "7,6 miljoner kronor",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "lokaler",
            ),
        ),
        H("Korttidsboende", 3),
        P(
            "Ett överskott på 3,9 miljoner kronor uppstod när en avdelning på Hammarby korttidsboende hölls stängd "
            "under våren i väntan på ombyggnad.",
            C(
                "Korttidsboende",
                "3,9 miljoner kronor",
                "+",
                "ovrigt",
                note="A closure for rebuilding: ovrigt.",
            ),
        ),
        H("Dagverksamhet", 3),
        P(
            "Dagverksamheten gick 1,4 miljoner kronor bättre än budget. Antalet besökare har inte nått upp till "
            "den nivå som budgeten byggde på.",
            C("Dagverksamhet", "1,4 miljoner kronor", "+", "volymer"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Kostnaderna för inkontinenshjälpmedel och för sjuksköterskor från bemanningsföretag under sommaren "
            "blev högre än budgeterat.",
            C(
                "Hälso- och sjukvård",
                "–4,9",
                "-",
                "material_hjalpmedel",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Nämnd och förvaltning", 3),
        P(
            "Vakanta tjänster inom myndighetsavdelningen och lägre kostnader för konsulter gav ett överskott om "
            "tre miljoner kronor.",
            C(
                "Nämnd och förvaltning",
                "tre miljoner kronor",
                "+",
                "vakanser",
                "inhyrd_personal",
                value=3_000_000,
                note="An amount in words.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 14,2 miljoner kronor mot budgeterade 21,0 miljoner kronor. Inköpet av "
            "larm och välfärdsteknik till de nya boendeplatserna har skjutits till 2026.",
            C(
                "Investeringar",
                "14,2 miljoner kronor mot budgeterade 21,0 miljoner kronor",
                "+",
                "periodisering",
                "it_digitalisering",
                value=6_800_000,
                note="Under-spending of 6,8 miljoner kronor never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten infördes en central bemanningsenhet för korttidsfrånvaro, som beräknas minska "
            "kostnaderna för vikarier och övertid med 5 miljoner kronor 2026.",
            A("Vård- och omsorgsboende", "5 miljoner kronor", "vikarier", "overtid"),
        ),
        H("Personal och resultatöverföring", 2),
        P(
            "Sjukfrånvaron i nämndens verksamheter var 8,9 procent, 0,4 procentenheter lägre än 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Kommunstyrelsen beslutar i april om nämndens underskott ska föras över till 2026.",
            O(None, "reserver", note="Carrying the result over: other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-aln-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Äldrenämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
