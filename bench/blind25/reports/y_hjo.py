"""Hjo kommun, Barn- och utbildningsnämnden, budgetuppföljning per september 2025.

A school committee's budget follow-up whose result table is pasted as an image (its figures are not in the
text layer): the full year "ligger 2,75 mnkr över tilldelad ram" with its share of the budget in the same
paragraph; then two columns of headings that carry the verksamhet and a signed amount in mnkr ("Förskola
+1,2 mnkr", "Grundsärskola −0,65 mnkr"), one with a placement's cost for the year that is a part, not the
amount ("780 tkr"), one with a price-list increase in percent; the change since the previous follow-up
("förbättrats med 0,35 mnkr"); investments that "beräknas förbrukas fullt ut" (boilerplate); an action
without an effect and one with "250 tkr"; children enrolled against a year earlier (other). The period
"förbrukat 1,9 mnkr mer än vad som motsvarar periodens budget" in a paragraph of its own. 8 scored causes.
DejaVu Serif 10 pt, DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its signed amount (the table is an image)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Hjo kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Budgetuppföljning september 2025", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "58 300", "57 100", "1 200"),
            ("Grundskola och fritidshem", "112 600", "115 500", "−2 900"),
            ("Grundsärskola", "6 900", "7 550", "−650"),
            ("Gymnasieskola", "41 800", "42 900", "−1 100"),
            ("Vuxenutbildning", "5 200", "4 900", "300"),
            ("Gemensam administration", "13 900", "13 500", "400"),
            ("Summa", "238 700", "241 450", "−2 750"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Budgetuppföljning per september 2025", size=18, font="sans-bold", after=10),
        P(
            "Uppföljningen avser barn- och utbildningsnämndens verksamheter: förskola, grundskola med fritidshem, "
            "grundsärskola, gymnasieskola och vuxenutbildning samt gemensam administration."
        ),
        H("Prognos för helåret", 2),
        P(
            "Nämnden visar en helårsprognos som ligger 2,75 mnkr över tilldelad ram. Det motsvarar 1,1 procent av "
            "nämndens budget.",
            C(None, "2,75 mnkr", "-", note="'Över tilldelad ram': a deficit. The percentage restates it."),
        ),
        P(
            "Till och med september har nämnden förbrukat 1,9 mnkr mer än vad som motsvarar periodens budget.",
            C(
                None,
                "1,9 mnkr",
                "-",
                note="The period against its budget in a paragraph of its own: a cause.",
            ),
        ),
        table,
        Space(6),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Förskola +1,2 mnkr",
            "Barnantalet har minskat mer än befolkningsprognosen visade, och avdelningen Lärkan på Sjöhagens "
            "förskola har stängts efter sommaren.",
            C("Förskola", "+1,2 mnkr", "+", "volymer", note=HEAD),
        ),
        HP(
            "Grundskola och fritidshem −2,9 mnkr",
            "Fler elever än beräknat har behov av särskilt stöd, och till höstterminen har tre elevassistenter "
            "anställts utöver budget. Kostnaden för en elev i resursskola i Skövde uppgår till 780 tkr för "
            "helåret.",
            C(
                "Grundskola och fritidshem",
                "−2,9 mnkr",
                "-",
                "volymer",
                "bemanning",
                "kopt_verksamhet",
                note=HEAD + " The 780 tkr for one pupil is a part, not the amount.",
            ),
        ),
        HP(
            "Grundsärskola −0,65 mnkr",
            "Två nya elever har skrivits in under hösten, och skolskjutsen till Tibro för dessa elever fanns inte "
            "med i budgeten.",
            C("Grundsärskola", "−0,65 mnkr", "-", "volymer", note=HEAD),
        ),
        HP(
            "Gymnasieskola −1,1 mnkr",
            "Interkommunala ersättningar till andra huvudmän ökar, eftersom fler hjobor än väntat har valt "
            "utbildningar i Skövde och Falköping. Samtidigt har prislistan för programmen räknats upp med 4,2 "
            "procent.",
            C("Gymnasieskola", "−1,1 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar", note=HEAD),
        ),
        HP(
            "Vuxenutbildning +0,3 mnkr",
            "Statsbidraget för regional yrkesvux blev högre än budgeterat.",
            C("Vuxenutbildning", "+0,3 mnkr", "+", "statsbidrag", note=HEAD),
        ),
        HP(
            "Gemensam administration +0,4 mnkr",
            "Tjänsten som utvecklingsstrateg var vakant under våren, och kostnaderna för kompetensutveckling har "
            "varit lägre än planerat.",
            C("Gemensam administration", "+0,4 mnkr", "+", "vakanser", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Jämfört med föregående uppföljning har prognosen förbättrats med 0,35 mnkr, sedan förskolan stängt en "
            "avdelning.",
            F(None, "0,35 mnkr", "+", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 2,0 mnkr beräknas förbrukas fullt ut, främst till möbler och digitala "
            "skärmar i Sjöhagens skola.",
            BP("Investeringar", note="Investments used in full: no deviation, boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett tillfälligt stopp för nyanställningar av elevassistenter och prövar varje "
            "ny insats mot elevhälsans bedömning.",
            A("Grundskola och fritidshem", None, "bemanning", note="An action without an effect."),
        ),
        P(
            "Rektorerna har dessutom fått i uppdrag att minska inköpen av läromedel och förbrukningsmaterial med "
            "sammantaget 250 tkr under resten av året.",
            A("Grundskola och fritidshem", "250 tkr", "material_hjalpmedel"),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet inskrivna barn i förskolan var i september 412, att jämföra med 437 ett år tidigare.",
            O("Förskola", "volymer", note="Children against a year earlier: other."),
        ),
    ]
    return ReportSpec(
        file="hjo-bun-budgetuppfoljning-2025-09.pdf",
        report={
            "municipality": "Hjo",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-09"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning september 2025", "author": "Hjo kommun"},
        style=style,
        blocks=blocks,
    )
