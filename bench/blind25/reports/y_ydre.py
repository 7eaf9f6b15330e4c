"""Ydre kommun, Kommunstyrelsen, befolkningsprognos 2026–2035 med konsekvenser för verksamheterna.

Not a budget follow-up at all: a population forecast written as background for the budget dialogue. It is
full of what a follow-up looks like: population against the previous year, a projected need for resources
"cirka 9 mnkr per år" in elderly care and room to lower pre-school costs "omkring 1,5 mnkr", a cost increase
in home care between two years with "beror på", tax revenue per ten inhabitants, and a comparison with the
previous population forecast ("35 fler än i den förra prognosen", with "beror främst på") that is not a
budget forecast change. Every labelled passage is `other`: the document has no cause. The age table, the
method paragraph and the proposal are unlabelled. Liberation Serif 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A population forecast, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 80.0, 74.0, 76.0),
        header=lambda n, m: ("Ydre kommun", "Kommunstyrelsens förvaltning"),
        footer=lambda n, m: ("Befolkningsprognos 2026–2035", "", f"{n} ({m})"),
        header_size=8.5,
    )
    ages = Table(
        caption="Tabell 1. Befolkning per åldersgrupp, utfall 2025 och prognos",
        header=(("Ålder", "2025", "2030", "2035"),),
        rows=(
            ("0–5 år", "186", "166", "171"),
            ("6–15 år", "352", "347", "329"),
            ("16–19 år", "148", "142", "139"),
            ("20–64 år", "1 852", "1 769", "1 716"),
            ("65–79 år", "726", "744", "673"),
            ("80 år och äldre", "297", "322", "402"),
            ("Totalt", "3 561", "3 490", "3 430"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Befolkningsprognos 2026–2035", size=20, font="arial-bold", after=2),
        Title("Ydre kommun – underlag till budgetdialogen", size=12.5, font="times-italic", after=14),
        H("Sammanfattning", 2),
        P(
            "Ydre kommun hade den 31 december 2025 3 561 invånare, 24 färre än ett år tidigare.",
            O(None, "volymer", note="Population against the previous year: " + NOT_BUDGET),
        ),
        P(
            "Prognosen visar en fortsatt svag minskning till omkring 3 430 invånare 2035, men med en kraftig "
            "förskjutning mot de äldsta åldersgrupperna."
        ),
        H("Metod", 2),
        P(
            "Prognosen är framtagen med en kohortmodell som utgår från befolkningen per ettårsklass och antaganden "
            "om fruktsamhet, dödlighet och flyttningar. Antagandena bygger på utfallet 2016–2025."
        ),
        ages,
        H("Konsekvenser för verksamheterna", 2),
        P(
            "Antalet invånare som är 80 år eller äldre beräknas öka från 297 till 402 till 2035. Med dagens kostnad "
            "per invånare i den åldersgruppen motsvarar det ett ökat resursbehov inom äldreomsorgen på cirka 9 mnkr "
            "per år i slutet av perioden.",
            O(
                "Äldreomsorg",
                "volymer",
                amount="cirka 9 mnkr",
                note="A projected need, not a deviation: other.",
            ),
        ),
        P(
            "Kostnaden för hemtjänsten har ökat med 11 procent mellan 2023 och 2025, vilket till stor del beror på "
            "fler brukare över 85 år.",
            O("Hemtjänst", "volymer", note="A cost increase between two years with 'beror på': other."),
        ),
        P(
            "Barnkullarna har varit små sedan 2021, och antalet barn i förskoleåldern väntas minska med ett "
            "tjugotal fram till 2030. Det ger utrymme att minska förskolans kostnader med omkring 1,5 mnkr, "
            "förutsatt att verksamheten anpassas.",
            O(
                "Förskola",
                "volymer",
                amount="omkring 1,5 mnkr",
                note="A possible saving, not a deviation: other.",
            ),
        ),
        P(
            "Elevunderlaget i grundskolan är i stort sett oförändrat under perioden, men årskullarna varierar "
            "mellan 28 och 45 elever, vilket gör det svårt att planera klasser och lärartjänster.",
            O("Grundskola", "volymer", note=NOT_BUDGET),
        ),
        P(
            "Skatteintäkterna påverkas av att antalet invånare i arbetsför ålder minskar. En minskning med tio "
            "invånare i åldern 20–64 år motsvarar ungefär 0,6 mnkr lägre skatteintäkter och utjämning per år.",
            O(None, note="A rule of thumb for tax revenue: " + NOT_BUDGET),
        ),
        H("Jämförelse med föregående prognos", 2),
        P(
            "Jämfört med befolkningsprognosen från 2024 är antalet invånare 2030 nu beräknat till 3 490, vilket är "
            "35 fler än i den förra prognosen. Skillnaden beror främst på att inflyttningen från andra länder har "
            "blivit högre än antaget.",
            O(
                None,
                "volymer",
                note="A change against the previous population forecast, not a budget forecast change: other.",
            ),
        ),
        H("Förslag till fortsatt hantering", 2),
        P(
            "Förvaltningen föreslår att prognosen används som planeringsunderlag i budgetarbetet för 2027–2029 och "
            "att nämnderna i sina budgetskrivelser redovisar hur verksamheterna anpassas till de förändrade "
            "behoven."
        ),
    ]
    return ReportSpec(
        file="ydre-ks-befolkningsprognos-2026-2035.pdf",
        report={
            "municipality": "Ydre",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "befolkningsprognos",
        },
        metadata={"title": "Befolkningsprognos 2026–2035", "author": "Ydre kommun"},
        style=style,
        blocks=blocks,
    )
