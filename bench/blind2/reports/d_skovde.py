"""Skövde kommun, Gymnasienämnden, budgetuppföljning september 2025.

An upper-secondary committee: a net surplus explained in the summary with August's figure in brackets, a
forecast change from the autumn pupil count, a period deviation caused by a state grant not yet paid
(timing), a table per verksamhet in tkr with "±0", headings that carry the area, amount and last
month's figure ("… −3,8 mnkr (−3,5)"), interkommunala ersättningar both as cost and revenue, an amount
in words ("drygt en miljon kronor") and a "ca", bold run-in lines (one "±0 (±0)", boilerplate), a
delayed grant decision (risk), an action with its effect next year, a building project over its
investment budget, another "följer budget" (boilerplate) and pupils against the previous year (other);
a sign-convention note and an exam-rate goal are left unlabelled. DejaVu Serif body, Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 72.0, 64.0, 72.0),
        header=lambda n, m: ("Skövde kommun", "Gymnasienämnden"),
        footer=lambda n, m: ("Budgetuppföljning september 2025", "", f"Sida {n}"),
    )
    areas = Table(
        caption="Prognos per verksamhet, tkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "2025", "2025", "september", "augusti"),
        ),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "24 300", "24 300", "±0", "±0"),
            ("Gymnasieskolan i egen regi", "318 400", "322 200", "−3 800", "−3 500"),
            ("Interkommunala ersättningar och fristående skolor", "142 600", "134 700", "7 900", "6 800"),
            ("Anpassad gymnasieskola", "21 900", "23 000", "−1 100", "−1 100"),
            ("Vuxenutbildning", "38 700", "39 600", "−900", "−900"),
            ("Språkintroduktion", "16 200", "15 600", "600", "600"),
            ("Summa", "562 100", "559 400", "2 700", "1 900"),
        ),
        widths=(226.0, 58.0, 58.0, 62.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning september 2025", size=19, font="arial-bold"),
        Title("Gymnasienämnden", size=12, font="arial", after=14),
        H("1 Sammanfattning", 1),
        PS(
            (
                "Gymnasienämnden prognostiserar ett överskott på 2,7 mnkr (1,9 mnkr i augusti). Överskottet är "
                "ett netto: färre skövdeelever i andra kommuners och fristående gymnasieskolor väger mer än väl "
                "upp underskottet i den egna gymnasieskolan.",
                C(
                    None,
                    "2,7 mnkr",
                    "+",
                    "volymer",
                    "kopt_verksamhet",
                    note="Bracket: August's forecast. Fewer pupils bought from other schools (kopt_verksamhet).",
                ),
            ),
            (
                "Förbättringen med 0,8 mnkr sedan augusti kommer från höstterminens elevräkning, som visade färre "
                "elever i fristående gymnasieskolor än beräknat.",
                F(None, "0,8 mnkr", "+", "volymer", "kopt_verksamhet"),
            ),
        ),
        P(
            "Utfallet till och med september är 3,1 mnkr sämre än periodiserad budget. Det beror främst på att "
            "statsbidraget för likvärdig skola ännu inte har betalats ut; utbetalningen väntas i november och "
            "påverkar inte helårsprognosen.",
            C(
                None,
                "3,1 mnkr",
                "-",
                "statsbidrag",
                "periodisering",
                note="Period deviation against the periodised budget, caused by a delayed grant payment (timing).",
            ),
        ),
        H("2 Ekonomiskt utfall per verksamhet", 1),
        P("Avvikelse beräknas som budget minus prognos; ett positivt belopp är ett överskott."),
        areas,
        HP(
            "Gymnasieskolan i egen regi −3,8 mnkr (−3,5)",
            "Billingegymnasiet har i höst 46 färre elever än budgeterat på de högskoleförberedande programmen, "
            "vilket ger lägre elevpeng till skolan, men lärarorganisationen var redan lagd för läsåret. Till det "
            "kommer drygt en halv miljon kronor i högre hyra för de tillfälliga paviljongerna vid Västra "
            "skolgården.",
            C(
                "Gymnasieskolan i egen regi",
                "−3,8 mnkr",
                "-",
                "volymer",
                "bemanning",
                "lokaler",
                note="Heading carries area and amount; the bracket is August's. 'Drygt en halv miljon' is a part.",
            ),
        ),
        HP(
            "Interkommunala ersättningar och fristående skolor +7,9 mnkr (+6,8)",
            "I höst går 1 084 skövdeelever i andra kommuners och fristående gymnasieskolor, vilket är 58 färre än "
            "budgeterat. Samtidigt har fler elever från grannkommunerna valt Skövdes gymnasieskolor, och de "
            "interkommunala intäkterna blir därmed högre.",
            C(
                "Interkommunala ersättningar och fristående skolor",
                "+7,9 mnkr",
                "+",
                "volymer",
                "kopt_verksamhet",
                "avgifter_intakter",
                note="No cue word for the cost side. IKE revenue from other kommuner: avgifter_intakter.",
            ),
        ),
        H("Anpassad gymnasieskola", 3),
        P(
            "Kostnaderna för den anpassade gymnasieskolan blir drygt en miljon kronor högre än budgeterat. Tre "
            "elever med omfattande stödbehov har tillkommit under hösten, två av dem i en annan kommuns "
            "verksamhet.",
            C(
                "Anpassad gymnasieskola",
                "drygt en miljon kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                value=1_000_000,
                note="Amount in words; table −1 100 tkr.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen redovisar ett underskott på ca 0,9 mnkr. Skolverket beviljade statsbidrag för 140 "
            "av de 220 yrkesvuxplatser som söktes, men utbildningarna hade redan startat med fler deltagare.",
            C("Vuxenutbildning", "ca 0,9 mnkr", "-", "statsbidrag"),
        ),
        P(
            "Beslut om statsbidrag för yrkesvux under våren 2026 väntas först i december. Uteblir det kan "
            "kursstarterna i januari behöva skjutas upp.",
            O("Vuxenutbildning", "statsbidrag", note="Risk: a delayed grant decision for next year."),
        ),
        H("Övriga verksamheter", 3),
        LP(
            "Språkintroduktion: +0,6 mnkr (+0,6).",
            "Färre nyanlända ungdomar än beräknat har skrivits in på programmet.",
            C("Språkintroduktion", "+0,6 mnkr", "+", "volymer"),
        ),
        LP(
            "Nämnd och förvaltningsgemensamt: ±0 (±0).",
            "Verksamheten följer budget.",
            BP("Nämnd och förvaltningsgemensamt", "±0", value=0),
        ),
        H("3 Åtgärder", 1),
        P(
            "Inför vårterminen anpassas lärarorganisationen på Billingegymnasiet till det lägre elevantalet. "
            "Effekten för 2025 är liten men beräknas till ca 2 mnkr för helåret 2026.",
            A("Gymnasieskolan i egen regi", "ca 2 mnkr", "bemanning", "volymer"),
        ),
        H("4 Investeringar", 1),
        P(
            "Ombyggnaden av naturvetenskapssalarna på Billingegymnasiet beräknas kosta 14,8 mnkr mot budgeterade "
            "11,5 mnkr. När innertaken revs visade det sig att ventilationen behövde bytas i hela byggnadsdelen.",
            C(
                "Investeringar",
                "14,8 mnkr mot budgeterade 11,5 mnkr",
                "-",
                "lokaler",
                value=3_300_000,
                note="Investment project over its budget by 3,3 mnkr; the reason is given without a cue word.",
            ),
        ),
        P(
            "Övriga investeringar i inventarier och IT-utrustning, 2,4 mnkr, följer budget.",
            BP("Övriga investeringar"),
        ),
        H("5 Elever och måluppfyllelse", 1),
        P(
            "Antalet elever i den egna gymnasieskolan är 2 412, vilket är 31 fler än hösten 2024.",
            O("Gymnasieskolan i egen regi", "volymer", note="Comparison with the previous year."),
        ),
        P(
            "Andelen elever med examen inom tre år var 79 procent läsåret 2024/25. Nämndens mål är att andelen "
            "ska öka till 82 procent till 2027."
        ),
    ]
    return ReportSpec(
        file="skovde-gyn-budgetuppfoljning-2025-09.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Gymnasienämnden"],
            "period": ["2025-09"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Gymnasienämnden Budgetuppföljning september 2025", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
