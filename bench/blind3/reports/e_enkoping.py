"""Enköpings kommun, Vård- och omsorgsnämnden, månadsuppföljning november 2025.

An elderly-care committee's month report in whole kronor: the full-year deficit with October's figure
in brackets ("(oktober: −9 112 400 kronor)"), the change since October with its reasons, a reading note
stating the sign convention (not labelled), a table per verksamhet in kr with October's deviation as a
column ("−1 172 630"), then bold run-in area labels with a paragraph each: hemtjänst with its amount in
mnkr, särskilt boende stated without cue words ("väntas kosta något mer än budgeterat", amount from the
table row), korttidsvård with its amount in kronor at the end, hemsjukvård with the amount only in
the table, a surplus "cirka 0,5 mnkr"; a row without comment; actions as a dashed list (one with a
monthly effect), a sick-leave KPI against the previous year (not labelled) and a price risk for next
year (other). Liberation Sans (Arial) 9.5 pt with wide margins.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Amount from the table row (kr); the paragraph gives none."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(80.0, 80.0, 80.0, 76.0),
        header=lambda n, m: ("Enköpings kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "", f"{n}/{m}"),
        header_size=8.0,
    )
    areas = Table(
        caption="Prognos per verksamhet, kronor",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "2025", "2025", "november", "oktober"),
        ),
        rows=(
            ("Nämnd och ledning", "14 250 000", "13 860 400", "389 600", "402 000"),
            ("Bistånd och myndighet", "12 100 000", "11 600 000", "500 000", "260 000"),
            ("Hemtjänst", "148 600 000", "154 272 300", "−5 672 300", "−5 301 900"),
            ("Särskilt boende", "236 400 000", "239 050 800", "−2 650 800", "−2 488 100"),
            ("Korttidsvård", "18 900 000", "20 072 630", "−1 172 630", "−824 300"),
            ("Hemsjukvård", "41 300 000", "42 540 070", "−1 240 070", "−1 160 100"),
            ("Summa", "471 550 000", "481 396 200", "−9 846 200", "−9 112 400"),
        ),
        widths=(118.0, 70.0, 70.0, 88.0, 88.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="arial-bold"),
        Title("Vård- och omsorgsnämnden", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Vård- och omsorgsnämnden prognostiserar ett underskott på 9 846 200 kronor för 2025 (oktober: "
            "−9 112 400 kronor).",
            C(None, "9 846 200 kronor", "-", note="The bracket is October's forecast."),
        ),
        P(
            "Försämringen med 733 800 kronor sedan oktober beror främst på att två brukare med omfattande behov har "
            "flyttat in på korttidsboendet Ekbacken och att sjuklönekostnaderna steg i november.",
            F(None, "733 800 kronor", "-", "volymer", "sjukfranvaro"),
        ),
        P(
            "Belopp i tabellen anges i kronor. Ett negativt belopp i kolumnerna för avvikelse innebär ett "
            "underskott mot budget.",
            size=8.5,
        ),
        areas,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst.",
            "Beviljad tid har ökat under hela hösten och uppgick i november till 43 200 timmar, 3 900 timmar mer "
            "än den budgeterade nivån per månad. Underskottet beräknas till 5,7 mnkr. Delade turer och fler timvikarier i "
            "grupperna på landsbygden har också bidragit.",
            C(
                "Hemtjänst",
                "5,7 mnkr",
                "-",
                "volymer",
                "bemanning",
                "vikarier",
                note="The prose rounds the table's −5 672 300 kr.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Verksamheten väntas kosta något mer än budgeterat. Nattbemanningen på Lillsidan och Brunnsgården har "
            "förstärkts sedan i våras, då fler boende har en demenssjukdom med oro nattetid.",
            C(
                "Särskilt boende",
                "−2 650 800",
                "-",
                "bemanning",
                unit="kr",
                table=True,
                note="No cue word. " + ROW,
            ),
        ),
        LP(
            "Korttidsvård.",
            "Ekbacken har haft en beläggning på 104 procent i genomsnitt, och extra personal har satts in för två "
            "brukare med omfattande behov. Prognosen är −1 172 630 kronor.",
            C("Korttidsvård", "−1 172 630 kronor", "-", "volymer", "bemanning"),
        ),
        LP(
            "Hemsjukvård.",
            "Kostnaderna för hjälpmedel och inkontinensartiklar har ökat mer än budgeterat, och sjuksköterskor från "
            "bemanningsföretag har behövts under semesterperioden.",
            C(
                "Hemsjukvård",
                "−1 240 070",
                "-",
                "material_hjalpmedel",
                "inhyrd_personal",
                unit="kr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Bistånd och myndighet.",
            "Två handläggartjänster har stått vakanta sedan augusti, och överskottet blir cirka 0,5 mnkr.",
            C("Bistånd och myndighet", "cirka 0,5 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Planeringen av hemtjänsten samordnas mellan grupperna i centrala Enköping från december, med en "
                "beräknad besparing om 150 000 kronor per månad.",
                "Biståndsenheten följer varje vecka upp alla beslut om korttidsplats.",
            ),
            labels=(
                A("Hemtjänst", "150 000 kronor", "bemanning", note="Effect per month."),
                A("Korttidsvård"),
            ),
            glyph="–",
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i nämndens verksamheter var 8,9 procent i oktober, jämfört med 7,6 procent i oktober "
            "2024. Korttidsfrånvaron har ökat mest."
        ),
        H("Risker inför 2026", 2),
        P(
            "Avtalet med den privata utföraren av särskilt boende på Solbacka ska omförhandlas till 2026. "
            "Indexuppräkningen kan bli högre än vad som ryms i nämndens budget för nästa år.",
            O("Särskilt boende", "prisokningar", "kopt_verksamhet", note="Risk for next year."),
        ),
    ]
    return ReportSpec(
        file="enkoping-von-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning november 2025 Vård- och omsorgsnämnden",
            "author": "Enköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
