"""Kalmar kommun, Utbildningsnämnden, månadsuppföljning februari 2026.

An upper-secondary and adult-education committee's month report in tkr, footer with the nämnd's meeting date
in March: the full year "en negativ avvikelse med 6 400 tkr (–5 900 tkr i januari)" with last month's figure in
brackets; a table with the deviation in February and January side by side; bullets under a generic heading
whose amounts come in varied shapes and units: "beräknas gå 7,8 mnkr över budget" in a tkr report, a cost "blir
3 600 tkr högre än budgeterat" after a definition, two verksamheter as a "respektive" pair with separate reasons
("4 200 respektive 600 tkr"), "bedöms klara sin budget" (boilerplate) and "Ledning och stöd: +200 tkr" after a
colon; the change since January with its cause, an investment overrun "1,1 mnkr mer än budgeterat", an action
without an amount, an uncertainty about a grant and pupil numbers against last year with "beror på" (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Kalmar kommun", "Månadsuppföljning februari 2026 – Utbildningsnämnden"),
        footer=lambda n, m: ("Utbildningsnämndens sammanträde 2026-03-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avv. feb", "Avv. jan"),),
        rows=(
            ("Gymnasieskola egen regi", "402 500", "410 300", "–7 800", "–7 100"),
            ("Interkommunal ersättning gymnasium", "96 200", "99 800", "–3 600", "–3 400"),
            ("Gymnasiesärskola", "28 700", "28 700", "0", "0"),
            ("Vuxenutbildning", "74 300", "70 100", "4 200", "4 000"),
            ("SFI", "31 600", "31 000", "600", "600"),
            ("Ledning och stöd", "22 900", "22 700", "200", "0"),
            ("Summa", "656 200", "662 600", "–6 400", "–5 900"),
        ),
        widths=(170.0, 66.0, 66.0, 62.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="cond-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="cond", after=12),
        H("Prognos", 2),
        P(
            "Utbildningsnämndens helårsprognos efter februari visar en negativ avvikelse med 6 400 tkr (–5 900 tkr i "
            "januari).",
            C(None, "6 400 tkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Gymnasieskolan i egen regi beräknas gå 7,8 mnkr över budget. Elevantalet på de yrkesinriktade "
                "programmen har ökat, och kostnaderna för material inom fordons- och industriprogrammen är högre än "
                "tidigare år.",
                "Kostnaden för interkommunal ersättning, det vill säga för elever från Kalmar som studerar i andra "
                "kommuner eller på fristående gymnasieskolor, blir 3 600 tkr högre än budgeterat.",
                "För vuxenutbildningen och SFI beräknas överskott på 4 200 respektive 600 tkr, eftersom statsbidraget "
                "för regional yrkesvux blev större än beräknat och två SFI-lärare är tjänstlediga utan ersättare.",
                "Gymnasiesärskolan bedöms klara sin budget.",
                "Ledning och stöd: +200 tkr, en följd av lägre kostnader för konferenser och resor.",
            ),
            labels=(
                C(
                    "Gymnasieskola egen regi",
                    "7,8 mnkr",
                    "-",
                    "volymer",
                    "material_hjalpmedel",
                    note="mnkr in a tkr report.",
                ),
                C("Interkommunal ersättning gymnasium", "3 600 tkr", "-", "kopt_verksamhet"),
                C(
                    "Vuxenutbildning",
                    "4 200",
                    "+",
                    "statsbidrag",
                    unit="tkr",
                    note="A 'respektive' pair with a reason each: two items, each with its own tag.",
                    also=(C("SFI", "600 tkr", "+", "vakanser"),),
                ),
                BP("Gymnasiesärskola"),
                C("Ledning och stöd", "+200 tkr", "+", note="Lower conference costs: no tag fits."),
            ),
        ),
        P(
            "Jämfört med januari har prognosen försämrats med 500 tkr, främst inom gymnasieskolan där ytterligare en "
            "introduktionsklass har startats.",
            F(None, "500 tkr", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i utrustning till fordonsprogrammet prognostiseras till 5,6 mnkr, vilket är 1,1 mnkr "
            "mer än budgeterat, då en ny lastbil för körutbildningen måste köpas i förtid.",
            C(
                "Investeringar",
                "1,1 mnkr",
                "-",
                "material_hjalpmedel",
                "periodisering",
                note="An investment overrun after its level.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över klasstorlekarna inför höstterminen och har infört stopp för nyanställningar inom "
            "administrationen.",
            A(None, None, "vakanser", "bemanning"),
        ),
        P(
            "Statsbidraget för regional yrkesvux under hösten är ännu inte beslutat, vilket är en osäkerhet i "
            "prognosen.",
            O("Vuxenutbildning", "statsbidrag", note="An uncertainty: other."),
        ),
        H("Elevantal", 2),
        P(
            "Antalet gymnasieelever folkbokförda i Kalmar var 3 210 i februari, 95 fler än i februari 2025, vilket "
            "beror på stora årskullar.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-un-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Utbildningsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
