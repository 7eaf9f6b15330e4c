"""Robertsfors kommun, Barn- och utbildningsnämnden, ekonomisk lägesrapport oktober 2025.

A school committee's month report whose verksamhet table is pasted as an image (its figures have no text
layer), footer with the nämnd's meeting date in November: the full year "drygt tre miljoner kronor" in words,
the period "2 480 tkr högre än periodiserad budget" (negative), the change since August with its cause; then
paragraphs that name the area in varied ways ("För grundskolan beräknas kostnaderna överstiga budget med 2,75
miljoner kronor" with a "i nivå med budget" clause about staff inside, "Gymnasieskolan … visar ett negativt
resultat mot budget" with reasons and no amount (null: the cell is only in the image), "Skolskjutsarna blir
580 tkr dyrare än planerat", "Förskolan har ett överskott om 800 tkr", a possessive reason-only surplus
(null), "bedöms klara sin budget" (boilerplate)); a project "150 tkr billigare än budgeterat", an action
without an amount and an outlook (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "A reason only, the table pasted as an image with no text layer: amount null."


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
        header=lambda n, m: ("Robertsfors kommun", "Ekonomisk lägesrapport oktober 2025"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-11-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "38 400", "37 600", "800"),
            ("Grundskola F–9", "61 200", "63 950", "−2 750"),
            ("Gymnasieskola", "21 700", "22 640", "−940"),
            ("Skolskjuts", "7 300", "7 880", "−580"),
            ("Fritidshem", "5 900", "5 550", "350"),
            ("Kost", "9 400", "9 400", "0"),
            ("Summa", "143 900", "147 020", "−3 120"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.9, 0.9, 0.9),
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk lägesrapport per oktober 2025", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="cond", after=12),
        H("Helårsprognos", 2),
        P(
            "Nämndens prognos för helåret är ett underskott mot budget på drygt tre miljoner kronor.",
            C(
                None,
                "drygt tre miljoner kronor",
                "-",
                value=3_000_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        P(
            "Utfallet för januari–oktober är 2 480 tkr högre än periodiserad budget.",
            C(
                None,
                "2 480 tkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Jämfört med prognosen i augusti är det en försämring med 640 tkr, som beror på att ytterligare två elever "
            "har placerats i resursskola i Umeå.",
            F(None, "640 tkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "För grundskolan beräknas kostnaderna överstiga budget med 2,75 miljoner kronor. Tilläggsbelopp till "
            "fristående skolor och en ny placering i resursskola står för den största delen, medan "
            "personalkostnaderna på skolorna i tätorten ligger i nivå med budget.",
            C(
                "Grundskola",
                "2,75 miljoner kronor",
                "-",
                "kopt_verksamhet",
                note="The area after 'För'; the staff-cost clause is part of the explanation.",
            ),
        ),
        P(
            "Gymnasieskolan, där kommunen köper samtliga platser av andra huvudmän, visar ett negativt resultat mot "
            "budget. Fler ungdomar än beräknat läser naturvetenskapliga och tekniska program, som har en högre "
            "prislapp.",
            C("Gymnasieskola", None, "-", "volymer", "kopt_verksamhet", note=IMAGE),
        ),
        P(
            "Skolskjutsarna blir 580 tkr dyrare än planerat sedan en extra tur till Ånäset har satts in, efter att "
            "hållplatsen vid E4 har bedömts som trafikfarlig.",
            C("Skolskjuts", "580 tkr", "-", "ovrigt", note="A route added for traffic safety: ovrigt."),
        ),
        P(
            "Förskolan har ett överskott om 800 tkr tack vare att barngrupperna i Bygdeå har varit mindre än planerat "
            "under hösten.",
            C("Förskola", "800 tkr", "+", "volymer"),
        ),
        P(
            "Fritidshemmens överskott kommer av lägre personalkostnader sedan en avdelning har slagits samman med "
            "förskoleklassen.",
            C("Fritidshem", None, "+", "omstallning", note=IMAGE),
        ),
        P("Kostenheten bedöms klara sin budget.", BP("Kost")),
        H("Investeringar", 2),
        P(
            "Projektet ny lekmiljö vid förskolan i Robertsfors blir 150 tkr billigare än budgeterat, eftersom "
            "markarbetena kunde utföras av kommunens egen personal.",
            C("Ny lekmiljö vid förskolan i Robertsfors", "150 tkr", "+", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en ny skolskjutsplan och att pröva samordning av "
            "turer med kollektivtrafiken från januari 2026.",
            A("Skolskjuts", None),
        ),
        P(
            "Underskottet bedöms inte kunna hämtas hem under 2025.",
            O(None, note="An outlook: other."),
        ),
    ]
    return ReportSpec(
        file="robertsfors-bun-ekonomisk-lagesrapport-2025-10.pdf",
        report={
            "municipality": "Robertsfors",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={
            "title": "Ekonomisk lägesrapport oktober 2025 Barn- och utbildningsnämnden",
            "author": "Robertsfors kommun",
        },
        style=style,
        blocks=blocks,
    )
