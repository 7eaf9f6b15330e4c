"""Markaryds kommun, Barn- och utbildningsnämnden, bokslut 2025.

A small kommun's education committee's year-end report (period = the year), footer with the date the nämnd
adopted it in February: the result "−4 870 tkr jämfört med budget" and the outcome against the interim
forecast without a cause (a forecast change), personnel costs and revenue in one sentence ("3,9 miljoner
kronor" over, revenue "1,2 miljoner kronor högre": two items); a table in tkr with hyphen-minus and last
year's deviation beside this year's; bold run-in verksamheter ending in a colon: "Underskottet på drygt 1,6
miljoner kronor", a reason-only grundskola (the row's "-3 350"), revenue-side reasons for a gymnasium
surplus "820 tkr lägre än budget", elevhälsa's "en och en halv miljon kronor mer än budgeterat" in words, a
reason-only surplus (the row's "800") and "bedrivits inom budget" (boilerplate); grants against last year, a
goal not met with "Det beror" (others), investments with 0,2 mnkr never written out and an action for next
year. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason-only run-in paragraph: the table row's cell as printed."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Markaryds kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden", "Fastställd 2026-02-11", f"{n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse 2025", "Avvikelse 2024"),),
        rows=(
            ("Förskola", "52 300", "53 940", "-1 640", "-820"),
            ("Grundskola F–9", "108 600", "111 950", "-3 350", "-2 100"),
            ("Gymnasieskola", "41 200", "40 380", "820", "310"),
            ("Vuxenutbildning", "6 400", "6 400", "0", "-140"),
            ("Elevhälsa", "7 900", "9 400", "-1 500", "-260"),
            ("Nämnd och ledning", "5 100", "4 300", "800", "450"),
            ("Summa", "221 500", "226 370", "-4 870", "-2 560"),
        ),
        widths=(150.0, 72.0, 72.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif-cond", after=14),
        H("Årets resultat", 2),
        Para(
            (
                (
                    "Barn- och utbildningsnämnden redovisar för 2025 ett resultat på −4 870 tkr jämfört med budget.",
                    C(None, "−4 870 tkr", "-"),
                ),
                (
                    "Det är 1 130 tkr bättre än prognosen i delårsrapporten per augusti.",
                    F(None, "1 130 tkr", "+", note="Against the interim forecast, no cause."),
                ),
            )
        ),
        P(
            "Personalkostnaderna överskred budget med 3,9 miljoner kronor, medan intäkterna blev 1,2 miljoner kronor "
            "högre än budgeterat.",
            C(
                "Personalkostnader",
                "3,9 miljoner kronor",
                "-",
                note="Two kostnadsslag in one sentence: two items, same text.",
                also=(C("Intäkter", "1,2 miljoner kronor", "+"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Förskola:",
            "Underskottet på drygt 1,6 miljoner kronor beror på att förskolan i Strömsnäsbruk hade fler barn än "
            "planerat under hela hösten och att en extra avdelning öppnades i en tillfällig paviljong.",
            C("Förskola", "drygt 1,6 miljoner kronor", "-", "volymer", "lokaler"),
        ),
        LP(
            "Grundskola F–9:",
            "Fler elever i behov av särskilt stöd och en ökad efterfrågan på modersmålsundervisning har gett högre "
            "kostnader än budgeterat. Därtill har sjukfrånvaron bland lärarna lett till stora kostnader för "
            "vikarier.",
            C(
                "Grundskola F–9",
                "-3 350",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Gymnasieskola:",
            "Färre elever än beräknat valde program på annan ort, och de interkommunala ersättningarna blev därför "
            "820 tkr lägre än budget.",
            C("Gymnasieskola", "820 tkr", "+", "kopt_verksamhet", "volymer", note="Lower costs: positive."),
        ),
        LP(
            "Elevhälsa:",
            "Elevhälsan har under året anlitat skolpsykolog och skolläkare via bemanningsföretag, eftersom tjänsterna "
            "inte har gått att rekrytera. Det har kostat en och en halv miljon kronor mer än budgeterat.",
            C(
                "Elevhälsa",
                "en och en halv miljon kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                value=1_500_000,
                note="Amount in words.",
            ),
        ),
        LP(
            "Nämnd och ledning:",
            "Överskottet förklaras av att en rektorstjänst och en tjänst som utvecklingsledare har stått vakanta under "
            "delar av året.",
            C("Nämnd och ledning", "800", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Vuxenutbildning:",
            "Verksamheten har bedrivits inom budget.",
            BP("Vuxenutbildning"),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har under 2025 tagit emot riktade statsbidrag på 9,2 miljoner kronor, vilket är 0,4 miljoner "
            "kronor mindre än 2024.",
            O(None, "statsbidrag", note="Against the previous year."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,5 miljoner kronor har 2,3 miljoner kronor använts, främst till inventarier "
            "i den nya paviljongen.",
            C(
                "Investeringar",
                "2,5 miljoner kronor har 2,3 miljoner kronor",
                "+",
                value=200_000,
                note="Under-spending of 0,2 mnkr, never written out: the computed value. No reason given.",
            ),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever i årskurs 9 med behörighet till gymnasieskolans nationella program var 81 procent, "
            "vilket är lägre än målet på 85 procent. Det beror bland annat på att flera elever kom till Sverige "
            "under högstadietiden.",
            O(None, note="A goal not met, with 'Det beror': other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att samla grundsärskolans undervisning till en enhet från höstterminen 2026, "
            "vilket beräknas minska kostnaderna med 600 tkr per år.",
            A(None, "600 tkr", "omstallning"),
        ),
    ]
    return ReportSpec(
        file="markaryd-bun-bokslut-2025.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Barn- och utbildningsnämnden", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
