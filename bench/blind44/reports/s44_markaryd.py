"""Markaryds kommun, Miljö- och byggnadsnämnden, delårsrapport januari–augusti 2025.

A small committee's interim report in tkr, Liberation Sans Narrow 10.5 pt, footer with the nämnd's meeting
date in September: the period "290 tkr lägre än den periodiserade budgeten" (positive), the full year "ett
underskott på 420 tkr" and the period surplus's timing reason (amount null) in three sentences; a reading note
that brackets mean a deficit and a table with "(570)", "(100)"; bold run-in verksamheter with a colon:
bygglov "ett budgetunderskott om 570 tkr" after two sentences of reasons with a vacancy that lowers the cost,
a reason-only deficit (the row's "(100)"), supervision fees "70 tkr över budget", a GIS surplus, and the
nämnd's own costs that "följer budget" (boilerplate); the change since April with its cause, a vacancy left
unfilled (action) and the number of building permits against 2024 (other). 7 scored causes.

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
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 76.0, 70.0, 72.0),
        header=lambda n, m: ("Markaryds kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Miljö- och byggnadsnämnden | Sammanträde 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        header=(("Verksamhet, tkr", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd", "410", "262", "380", "30"),
            ("Bygglov och tillsyn", "1 850", "1 318", "2 420", "(570)"),
            ("Miljö- och hälsoskydd", "2 960", "1 841", "2 890", "70"),
            ("Livsmedelskontroll", "540", "402", "640", "(100)"),
            ("Kart och GIS", "1 480", "117", "1 330", "150"),
            ("Summa", "7 240", "3 940", "7 660", "(420)"),
        ),
        widths=(150.0, 70.0, 78.0, 72.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Miljö- och byggnadsnämnden", size=12, font="narrow", after=14),
        H("Verksamheten under perioden", 2),
        P(
            "Nämnden ansvarar för bygglov, miljö- och hälsoskydd, livsmedelskontroll och kommunens kartverksamhet. "
            "Under våren infördes en ny e-tjänst för bygglovsansökningar."
        ),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Nämndens nettokostnader för perioden uppgick till 3 940 tkr, vilket är 290 tkr lägre än den "
                "periodiserade budgeten.",
                C(
                    None,
                    "290 tkr",
                    "+",
                    note="A net cost under the periodised budget: a positive period deviation.",
                ),
            ),
            (
                "För helåret bedöms nämnden redovisa ett underskott på 420 tkr.",
                C(None, "420 tkr", "-"),
            ),
            (
                "Periodens överskott förklaras främst av att kostnaden för den nya e-tjänsten faktureras först i "
                "höst.",
                C(
                    None,
                    None,
                    "+",
                    "it_digitalisering",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P("Belopp inom parentes avser underskott mot budget.", size=9.0),
        table,
        LP(
            "Bygglov och tillsyn:",
            "Intäkterna från bygglov har minskat kraftigt under året i takt med att bostadsbyggandet i kommunen "
            "har avstannat. En handläggartjänst har hållits vakant sedan maj, men verksamheten beräknas ändå få "
            "ett budgetunderskott om 570 tkr för helåret.",
            C(
                "Bygglov och tillsyn",
                "570 tkr",
                "-",
                "avgifter_intakter",
                "vakanser",
                note="The amount after two sentences of reasons; the vacancy lowers the cost.",
            ),
        ),
        LP(
            "Livsmedelskontroll:",
            "Kontrollen har behövt köpa handläggning från en grannkommun medan en inspektör varit sjukskriven.",
            C(
                "Livsmedelskontroll",
                "(100)",
                "-",
                "sjukfranvaro",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the table row's bracketed cell.",
            ),
        ),
        LP(
            "Miljö- och hälsoskydd:",
            "Tillsynsavgifterna hamnar 70 tkr över budget, eftersom fler lantbruk än planerat har fått "
            "tillsynsbesök under året.",
            C("Miljö- och hälsoskydd", "70 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Kart och GIS:",
            "Ett överskott på 150 tkr väntas, eftersom licenserna för det nya kartsystemet har blivit billigare än "
            "beräknat.",
            C("Kart och GIS", "150 tkr", "+", "it_digitalisering"),
        ),
        LP(
            "Nämnd:",
            "Nämndens egna kostnader för arvoden och utbildning följer budget.",
            BP("Nämnd", note="'Följer budget' beside a row of 30."),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 260 tkr, på grund av de minskade "
            "bygglovsintäkterna.",
            F(None, "260 tkr", "-", "avgifter_intakter"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att inte återbesätta den vakanta handläggartjänsten inom bygglov under 2025.",
            A("Bygglov och tillsyn", None, "vakanser"),
        ),
        H("Volymer", 2),
        P(
            "Antalet inkomna bygglovsärenden till och med augusti var 112, jämfört med 164 under samma period 2024.",
            O("Bygglov och tillsyn", "volymer", note="Cases against the previous year."),
        ),
    ]
    return ReportSpec(
        file="markaryd-mbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Miljö- och byggnadsnämnden", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
