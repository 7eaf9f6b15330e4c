"""Örnsköldsviks kommun, Barn- och utbildningsnämnden, månadsrapport november 2025.

A school committee's month report dated in December, with a reading note that declares tkr and brackets for
deficits: the full year "helårsresultat på −9,6 mnkr (−10,4 mnkr i oktober)" and the change since October with
its cause in the next sentence (its own item); a table with bracketed deficits ("(4 250)"); bold run-in
verksamheter ending in a full stop: a reason-only deficit (the row's "(4 250)") with a child count that is not
an amount, "Grundskolan redovisar ett underskott på 6,5 mnkr" (the row rounds), "Ett överskott om 450 tkr beror
på", "drygt en miljon kronor i överskott" in words, two verksamheter as a "respektive" pair under one lead with
a reason each, and a reason-only surplus (the row's "800"); an action with its effect, investments "väntas
förbrukas fullt ut" (boilerplate) and sick leave against last year (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Örnsköldsviks kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Upprättad 2025-12-09", f"{n} / {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "312 600", "316 850", "(4 250)"),
            ("Grundskola F–9", "598 200", "604 740", "(6 540)"),
            ("Grundsärskola", "38 400", "37 950", "450"),
            ("Gymnasieskola", "212 000", "210 800", "1 200"),
            ("Elevhälsa", "41 300", "42 060", "(760)"),
            ("Skolskjuts", "36 900", "37 400", "(500)"),
            ("Nämnd och förvaltning", "24 100", "23 300", "800"),
            ("Summa", "1 263 500", "1 273 100", "(9 600)"),
        ),
        widths=(170.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="cond-bold", after=3),
        Title("Barn- och utbildningsnämnden", size=12.5, font="cond", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden beräknar ett helårsresultat på −9,6 mnkr (−10,4 mnkr i oktober).",
                C(None, "−9,6 mnkr", "-", note="The full year; the bracketed figure is last month's."),
            ),
            (
                "Prognosen har förbättrats med 0,8 mnkr sedan förra månaden, främst genom att vikariekostnaderna i "
                "förskolan har minskat.",
                F(None, "0,8 mnkr", "+", "vikarier"),
            ),
        ),
        P(
            "Läsanvisning: beloppen i tabellen anges i tusen kronor (tkr). Underskott redovisas inom parentes.",
            size=9.0,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Förskola.",
            "Antalet inskrivna barn är högre än den volym som budgeten bygger på, i genomsnitt 64 fler barn per månad, "
            "vilket har krävt fler tjänster. Vikariekostnaderna vid sjukfrånvaro har också varit höga under året.",
            C(
                "Förskola",
                "(4 250)",
                "-",
                "volymer",
                "vikarier",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note=ROW + " The child count is not an amount.",
            ),
        ),
        LP(
            "Grundskola F–9.",
            "Grundskolan redovisar ett underskott på 6,5 mnkr. Det beror på att kostnaderna för elever i fristående "
            "skolor och i andra kommuner ökar, samtidigt som skolpengen till de egna skolorna inte har kunnat "
            "justeras ned i samma takt.",
            C(
                "Grundskola F–9",
                "6,5 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The prose rounds the row's (6 540): the prose amount.",
            ),
        ),
        LP(
            "Grundsärskola.",
            "Ett överskott om 450 tkr beror på att två elever har flyttat från kommunen under hösten.",
            C("Grundsärskola", "450 tkr", "+", "volymer"),
        ),
        LP(
            "Gymnasieskola.",
            "Gymnasieskolan väntas lämna drygt en miljon kronor i överskott. Statsbidraget för lärlingsutbildning "
            "blev högre än beräknat och två lärartjänster har inte kunnat tillsättas.",
            C(
                "Gymnasieskola",
                "drygt en miljon kronor",
                "+",
                "statsbidrag",
                "vakanser",
                value=1_000_000,
                note="An amount in words with 'drygt': the stated figure.",
            ),
        ),
        LP(
            "Elevhälsa och skolskjuts.",
            "Elevhälsan och skolskjutsen överskrider budget med 760 respektive 500 tkr. För elevhälsan förklaras det "
            "av en inhyrd skolpsykolog under en vakans, för skolskjutsen av fler elever med beslut om särskild "
            "skolskjuts.",
            C(
                "Elevhälsa",
                "760",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair under one lead: two items, each with its own reasons.",
                also=(C("Skolskjuts", "500 tkr", "-", "volymer"),),
            ),
        ),
        LP(
            "Nämnd och förvaltning.",
            "Lägre kostnader för kompetensutveckling och en vakant tjänst som utvecklingsledare ger ett överskott.",
            C("Nämnd och förvaltning", "800", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen fortsätter med den beslutade åtgärdsplanen: restriktivitet vid tillsättning av vikarier, "
            "samordning av förskolegrupper under loven och en översyn av skolskjutsplaneringen. Åtgärderna beräknas "
            "ge 1,4 mnkr under december.",
            A(None, "1,4 mnkr", "vikarier", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 14,0 mnkr väntas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen har ökat från 7,1 till 7,8 procent jämfört med november föregående år.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ornskoldsvik-bun-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Örnsköldsvik",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Örnsköldsviks kommun"},
        style=style,
        blocks=blocks,
    )
