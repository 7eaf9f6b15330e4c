"""Töreboda kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report whose footer carries the arbetsutskott's meeting date in November: the
full year's "underskott på 5,2 mnkr (−4,6 mnkr i september)" (the bracket is last month's), the period
"3,9 mnkr högre än den periodiserade budgeten" in its own sentence (a cause), a change since last month
with the amount in a parenthetic phrase ("Försämringen sedan föregående månad, 0,6 mnkr, beror på"); a
verksamhet table in tkr with September's deviation; bold run-in verksamheter with a colon: a
"Budgetöverdraget på 4,6 mnkr" with care days against budgeted days (not amounts), ekonomiskt bistånd whose
amount comes at the end of a long sentence ("väntas överskrida budgeten med 1,2 mnkr") followed by households
against last year (other), LSS "ger därmed ett plus mot budget på 400 tkr", personlig assistans with a
reason and a direction only (the row's "−250"), and a lead naming two areas with "50 respektive 350 tkr"
(two items); an action whose effect is in words ("en dryg miljon kronor") with a sentence saying it is not
in the forecast, and a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Töreboda kommun – Socialnämnden", "Månadsrapport oktober"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2025-11-12", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Nämnd och ledning", "4 100", "3 750", "350", "350"),
            ("Individ- och familjeomsorg", "21 800", "26 350", "−4 550", "−3 950"),
            ("Ekonomiskt bistånd", "9 600", "10 800", "−1 200", "−1 200"),
            ("LSS", "38 500", "38 100", "400", "400"),
            ("Personlig assistans", "11 200", "11 450", "−250", "−250"),
            ("Socialpsykiatri", "7 300", "7 250", "50", "50"),
            ("Summa", "92 500", "97 700", "−5 200", "−4 600"),
        ),
        widths=(150.0, 70.0, 72.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Socialnämnden – ekonomiskt utfall och helårsprognos", size=11.5, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden beräknar för helåret ett underskott på 5,2 mnkr (−4,6 mnkr i september). Underskottet "
            "ligger framför allt inom individ- och familjeomsorgen.",
            C(
                None,
                "5,2 mnkr",
                "-",
                note="The bracket is September's figure, not the amount. Area named only.",
            ),
        ),
        P(
            "Utfallet till och med oktober är 3,9 mnkr högre än den periodiserade budgeten.",
            C(None, "3,9 mnkr", "-", note="The period against the periodised budget in its own sentence."),
        ),
        P(
            "Försämringen sedan föregående månad, 0,6 mnkr, beror på ett nytt skyddat boende för en kvinna med tre "
            "barn.",
            F(None, "0,6 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Verksamheternas kommentarer", 2),
        LP(
            "Individ- och familjeomsorg:",
            "Budgetöverdraget på 4,6 mnkr förklaras av institutionsplaceringar av barn och unga. Antalet vårddygn "
            "på HVB är hittills i år 1 430 mot budgeterade 900. Därtill kommer det skyddade boendet som tillkom i "
            "oktober.",
            C(
                "Individ- och familjeomsorg",
                "4,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Care days against budgeted days are volumes, not amounts.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna ligger på en högre nivå än budgeterat, främst till hushåll där den vuxne är "
            "sjukskriven utan sjukpenning eller väntar på etableringsersättning, och helåret väntas överskrida "
            "budgeten med 1,2 mnkr.",
            C("Ekonomiskt bistånd", "1,2 mnkr", "-", "ekonomiskt_bistand"),
            (
                "Jämfört med oktober i fjol har antalet hushåll ökat från 112 till 131.",
                O("Ekonomiskt bistånd", "volymer", note="Households against last year: other."),
            ),
        ),
        LP(
            "LSS:",
            "Ett boende med särskild service har haft två lediga lägenheter sedan i våras, vilket har gjort det "
            "möjligt att minska nattbemanningen. Verksamheten ger därmed ett plus mot budget på 400 tkr.",
            C("LSS", "400 tkr", "+", "volymer", "bemanning"),
        ),
        LP(
            "Personlig assistans:",
            "Försäkringskassan har omprövat rätten till assistansersättning för en brukare, och kommunen bär sedan "
            "augusti hela kostnaden. Verksamheten redovisar därför ett underskott.",
            C(
                "Personlig assistans",
                "−250",
                "-",
                "ersattning_fk",
                unit="tkr",
                table=True,
                note="A reason and a direction only: the table row's cell.",
            ),
        ),
        LP(
            "Socialpsykiatri och nämnd och ledning:",
            "Mindre överskott, 50 respektive 350 tkr, främst på grund av lägre kostnader för utbildning och resor.",
            C(
                "Socialpsykiatri",
                "50",
                "+",
                unit="tkr",
                note="Two areas in the run-in lead with 'respektive' amounts: two items with the same text. Lower "
                "costs for training and travel fit no tag.",
                also=(C("Nämnd och ledning", "350 tkr", "+"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Ett förstärkt öppenvårdsteam för familjer startar i december. Förvaltningen räknar med att kunna "
                "flytta hem två ungdomar från HVB under första kvartalet 2026, vilket skulle minska kostnaderna med "
                "en dryg miljon kronor på årsbasis.",
                A(
                    "Individ- och familjeomsorg",
                    "en dryg miljon kronor",
                    "kopt_verksamhet",
                    value=1_000_000,
                    note="The effect in words: the stated figure.",
                ),
            ),
            ("Ingen effekt av åtgärden är inräknad i prognosen för 2025.", None),
        ),
        H("Risker", 2),
        Para(
            (
                (
                    "Två ärenden om placering enligt LVU är under utredning. Om de leder till placering kan "
                    "underskottet öka med upp till 1,5 mnkr redan i år.",
                    O("Individ- och familjeomsorg", note="A risk with a possible amount: other."),
                ),
            )
        ),
    ]
    return ReportSpec(
        file="toreboda-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Töreboda",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Töreboda kommun"},
        style=style,
        blocks=blocks,
    )
