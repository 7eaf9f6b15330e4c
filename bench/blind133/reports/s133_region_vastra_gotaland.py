"""Västra Götalandsregionen, Norra hälso- och sjukvårdsnämnden, månadsrapport mars 2026.

A region's purchasing health-care committee's month report in mnkr, footer with the meeting date in April:
the period's result against budget and the full year's "underskott på 54,0 mnkr" in two sentences, the
period's timing reason apart (amount null), a result table whose deficits are in brackets ("(28,8)"), then
plain headings: primary care whose paragraph ends with "Avvikelsen mot budget beräknas till 28,8 mnkr", a
reason-only out-of-region care (the row's "(26,4)"), "visar ett underskott om 5,7 mnkr, vilket beror på",
dental care "9,3 mnkr billigare än budget", aids "2,4 mnkr högre än budget", the hospital agreement that
"följer överenskommelsen" (boilerplate); the change since February with its area, an action with a
full-year effect, the central buffer (other) and visits against March 2025 (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Norra hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Månadsrapport mars 2026, nämndens sammanträde 2026-04-23", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår 2026 per område, mnkr (underskott inom parentes)",
        header=(("Område", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Vårdöverenskommelse NU-sjukvården", "2 614,0", "2 614,0", "0,0"),
            ("Vårdval vårdcentral", "1 102,5", "1 131,3", "(28,8)"),
            ("Vårdval rehab", "141,2", "146,9", "(5,7)"),
            ("Tandvård", "286,4", "277,1", "9,3"),
            ("Utomregional vård", "92,0", "118,4", "(26,4)"),
            ("Hjälpmedel", "64,1", "66,5", "(2,4)"),
            ("Folkhälsa och samverkan", "38,3", "38,3", "0,0"),
            ("Summa", "4 338,5", "4 392,5", "(54,0)"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="sans-bold", after=2),
        Title("Norra hälso- och sjukvårdsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Nämnden redovisar efter mars ett resultat på −14,6 mnkr jämfört med periodens budget.",
                C(None, "−14,6 mnkr", "-", note="The period against budget, a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett underskott på 54,0 mnkr.",
                C(None, "54,0 mnkr", "-", note="The full year, a sentence of its own."),
            ),
        ),
        P(
            "Periodens underskott förklaras till stor del av att utomregional vård faktureras med två månaders "
            "eftersläpning, så att årets första månader belastas med vård som utfördes hösten 2025.",
            C(
                None,
                None,
                "-",
                "kopt_verksamhet",
                "periodisering",
                note="The period's timing reason apart: null.",
            ),
        ),
        table,
        H("Vårdval vårdcentral", 3),
        P(
            "Kostnaderna inom vårdval vårdcentral ökar snabbare än budgeterat. Antalet listade invånare har ökat, och "
            "ersättningen för vårdtyngd har räknats upp mer än nämnden fått kompensation för. Avvikelsen mot budget "
            "beräknas till 28,8 mnkr.",
            C(
                "Vårdval vårdcentral",
                "28,8 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="The amount comes last.",
            ),
        ),
        H("Utomregional vård", 3),
        P(
            "Fler patienter än beräknat har remitterats till vårdgivare i andra regioner för ortopedi och ögonoperationer "
            "för att vårdgarantin ska kunna hållas.",
            C(
                "Utomregional vård",
                "(26,4)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's bracketed cell.",
            ),
        ),
        H("Vårdval rehab", 3),
        P(
            "Vårdval rehab visar ett underskott om 5,7 mnkr, vilket beror på att två nya mottagningar har "
            "etablerat sig i området sedan årsskiftet och att besöken ökat.",
            C("Vårdval rehab", "5,7 mnkr", "-", "volymer"),
        ),
        H("Tandvård", 3),
        P(
            "Tandvården beräknas bli 9,3 mnkr billigare än budget, eftersom färre uppsökande munhälsobedömningar och "
            "mindre nödvändig tandvård än väntat har utförts.",
            C("Tandvård", "9,3 mnkr", "+", "volymer"),
        ),
        H("Hjälpmedel", 3),
        P(
            "Hjälpmedelskostnaderna är 2,4 mnkr högre än budget, framför allt för hörapparater och elrullstolar.",
            C("Hjälpmedel", "2,4 mnkr", "-", "material_hjalpmedel"),
        ),
        H("Vårdöverenskommelse NU-sjukvården", 3),
        P(
            "Ersättningen till NU-sjukvården följer överenskommelsen.",
            BP("Vårdöverenskommelse NU-sjukvården"),
        ),
        H("Förändring jämfört med februari", 2),
        P(
            "Jämfört med februari har helårsprognosen försämrats med 7,4 mnkr, i huvudsak inom utomregional vård.",
            F(None, "7,4 mnkr", "-", note="The area is named, no reason: no tags."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att tillsammans med NU-sjukvården se över remissflödena, så att "
            "mer av vården kan utföras inom regionen. Målet är att minska kostnaden för utomregional vård med 10 mnkr "
            "på helårsbasis.",
            A("Utomregional vård", "10 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Regionstyrelsen har meddelat att nämndernas underskott inte kommer att täckas av regionens centrala buffert "
            "under 2026.",
            O(None, "reserver", note="Financing: the central buffer."),
        ),
        P(
            "Antalet besök på vårdcentral ökade med 3,2 procent jämfört med mars 2025.",
            O("Vårdval vårdcentral", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-hsn-norra-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Norra hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden Norra"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport mars 2026 Norra hälso- och sjukvårdsnämnden",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
