"""Täby kommun, Socialnämnden, månadsuppföljning november 2025.

A social committee's month report in Liberation Sans (Arial) whose header carries the nämnd's meeting date in
December: the full year "underskott på 9 850 tkr" with a percentage of the budget beside it, and a worsening
since October with its cause (a forecast change); a table in tkr whose deficits carry a trailing minus ("6
600-"); headings that carry the area and amount with U+2212 or in brackets ("Barn och unga, −6 600 tkr",
"Vuxna (−3 150 tkr)"); a plain heading whose paragraph says "överstiga budget med 2,4 miljoner kronor"
followed by a count of households against last year (other); a reason-only surplus (the row's "1 550"), a
surplus that "ger ett överskott på 750 tkr", "bedöms gå jämnt ut" (boilerplate); two kostnadsslag paragraphs
(personnel "0,9 mnkr under budget", revenue "1 100 tkr högre än budgeterat"), an action with an effect from
next year and a risk (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("TÄBY KOMMUN", "Socialnämnden 2025-12-16"),
        footer=lambda n, m: ("Månadsuppföljning november 2025", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025 (tkr)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "12 400", "11 650", "750"),
            ("Barn och unga", "78 300", "84 900", "6 600-"),
            ("Vuxna", "41 200", "44 350", "3 150-"),
            ("Ekonomiskt bistånd", "36 900", "39 300", "2 400-"),
            ("Funktionsnedsättning", "205 600", "204 050", "1 550"),
            ("Bostadssociala insatser", "9 800", "9 800", "0"),
            ("Totalt", "384 200", "394 050", "9 850-"),
        ),
        widths=(178.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=17, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 9 850 tkr för 2025, vilket motsvarar 2,1 procent av "
                "nämndens budget.",
                C(
                    None,
                    "9 850 tkr",
                    "-",
                    note="A percentage of the budget beside the amount is not the amount.",
                ),
            ),
            (
                "Prognosen har försämrats med 1 200 tkr sedan oktober, främst på grund av två nya placeringar av "
                "barn enligt LVU.",
                F(None, "1 200 tkr", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        HP(
            "Barn och unga, −6 600 tkr",
            "Kostnaderna för köpt vård är betydligt högre än budgeterat. Fler barn har placerats i familjehem och "
            "på HVB än vad budgeten räknade med, och konsulentstödda familjehem har blivit dyrare.",
            C("Barn och unga", "−6 600 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Vuxna (−3 150 tkr)",
            "Avvikelsen kan härledas till externa placeringar inom missbruksvården och till att behovet av skyddat "
            "boende för våldsutsatta har ökat.",
            C("Vuxna", "−3 150 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ekonomiskt bistånd", 3),
        PS(
            (
                "Utbetalningarna av försörjningsstöd beräknas överstiga budget med 2,4 miljoner kronor. Fler hushåll "
                "har ett långvarigt behov av bistånd och hushållen är i genomsnitt större än tidigare.",
                C("Ekonomiskt bistånd", "2,4 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
            ),
            (
                "I november fick 412 hushåll ekonomiskt bistånd, jämfört med 371 hushåll i november 2024.",
                O("Ekonomiskt bistånd", note="A volume against the previous year: other."),
            ),
        ),
        H("Funktionsnedsättning", 3),
        P(
            "Verksamhetsområdet visar ett överskott. Det förklaras av att den nya gruppbostaden öppnade först i "
            "september i stället för i maj och av att Försäkringskassan har höjt assistansersättningen retroaktivt.",
            C(
                "Funktionsnedsättning",
                "1 550",
                "+",
                "periodisering",
                "ersattning_fk",
                unit="tkr",
                table=True,
                note="A reason-only passage: the row's cell.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Inom nämnd och förvaltningsledning har två tjänster som utredare varit vakanta sedan sommaren, vilket "
            "ger ett överskott på 750 tkr.",
            C("Nämnd och förvaltningsledning", "750 tkr", "+", "vakanser"),
        ),
        H("Bostadssociala insatser", 3),
        P("Bostadssociala insatser bedöms gå jämnt ut.", BP("Bostadssociala insatser")),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna ligger 0,9 mnkr under budget, eftersom sjukfrånvaron har varit lägre än tidigare år "
            "och färre timvikarier har behövts.",
            C("Personalkostnader", "0,9 mnkr", "+", "sjukfranvaro", "vikarier"),
        ),
        P(
            "Intäkterna blir 1 100 tkr högre än budgeterat tack vare ett riktat statsbidrag för förebyggande arbete "
            "som inte fanns med i budgeten.",
            C("Intäkter", "1 100 tkr", "+", "statsbidrag"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har förstärkt öppenvården för barn och unga så att fler placeringar på HVB kan ersättas "
            "med insatser på hemmaplan. Effekten beräknas till 1,8 mnkr på helårsbasis från 2026.",
            A("Barn och unga", "1,8 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Det finns en risk att ytterligare placeringar tillkommer under december, vilket i så fall försämrar "
            "prognosen.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="taby-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Socialnämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
