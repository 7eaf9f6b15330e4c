"""Region Stockholm, Tiohundranämnden, månadsrapport oktober 2025.

The health-care and elderly-care committee for Norrtälje (a joint committee hosted by the region) in DejaVu
Sans Condensed 9.5 pt, footer with the November meeting: the period's result against a periodised budgeted
result with the deviation "−34,6 mnkr" in a third sentence (one item), the full year "underskott på 41 mnkr
mot budget" and, in the next sentence, the change since September with its cause (a forecast change); a result
table pasted as an image (every amount in the prose); three areas "−14,5, −12,8 respektive −11,2 miljoner
kronor" whose separate causes follow in the next sentence (three items with the same text, each its own
tags); drugs "5,4 mnkr över budget"; two surpluses as a "respektive" pair; sick pay "4,6 procent högre än
budget" (a percentage beside an image table: amount null); hired staff against last year (other), an
action on a full-year basis and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

IMAGE = "The result table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Stockholm", "Tiohundranämnden"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Nämndsammanträde 2025-11-20", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hälso- och sjukvård", "1 182,0", "1 196,5", "-14,5"),
            ("Vård och omsorg", "903,4", "916,2", "-12,8"),
            ("Köpt vård utanför Norrtälje", "212,6", "223,8", "-11,2"),
            ("Läkemedel", "161,0", "166,4", "-5,4"),
            ("Hjälpmedel", "38,2", "37,3", "0,9"),
            ("Nämnd och förvaltning", "24,5", "22,5", "2,0"),
            ("Summa", "2 521,7", "2 562,7", "-41,0"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="cond-bold", after=2),
        Title("Tiohundranämnden", size=12, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Tiohundranämnden redovisar efter oktober ett resultat på −38,6 mnkr, att jämföra med ett periodiserat "
            "budgeterat resultat på −4,0 mnkr. Avvikelsen mot budget för perioden är därmed −34,6 mnkr.",
            C(
                None,
                "−34,6 mnkr",
                "-",
                note="The period: the result, the budgeted result and the deviation, one item.",
            ),
        ),
        Para(
            (
                (
                    "Helårsprognosen är ett underskott på 41 mnkr mot budget.",
                    C(None, "41 mnkr", "-", note="The full year, in a sentence of its own."),
                ),
                (
                    "Det är 6 mnkr sämre än prognosen efter september, främst på grund av högre kostnader för vård "
                    "vid sjukhusen i Stockholm.",
                    F(None, "6 mnkr", "-", "kopt_verksamhet"),
                ),
            )
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Para(
            (
                (
                    "Hälso- och sjukvård, vård och omsorg samt köpt vård utanför Norrtälje prognostiserar −14,5, −12,8 "
                    "respektive −11,2 miljoner kronor. Inom hälso- och sjukvården beror underskottet på hyrläkare på "
                    "akutmottagningen, inom vård och omsorg på fler beviljade hemtjänsttimmar, och den köpta vården "
                    "ökar till följd av fler remisser till universitetssjukhusen.",
                    C(
                        "Hälso- och sjukvård",
                        "−14,5",
                        "-",
                        "inhyrd_personal",
                        unit="mnkr",
                        note=IMAGE
                        + " Three areas with 'respektive' amounts and each its own cause in the next "
                        "sentence: three items, same text, each with its own tags.",
                        also=(
                            C("Vård och omsorg", "−12,8", "-", "volymer", unit="mnkr"),
                            C(
                                "Köpt vård utanför Norrtälje",
                                "−11,2 miljoner kronor",
                                "-",
                                "kopt_verksamhet",
                                "volymer",
                            ),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Läkemedelskostnaderna ligger 5,4 mnkr över budget. Det förklaras av ökad förskrivning av nya "
            "diabetesläkemedel och av att rabatterna i läkemedelsavtalen har blivit lägre än beräknat.",
            C(
                "Läkemedel",
                "5,4 mnkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="Drugs are material_hjalpmedel.",
            ),
        ),
        Para(
            (
                (
                    "Hjälpmedelsverksamheten och nämndens egen förvaltning går med överskott om 0,9 respektive 2,0 "
                    "mnkr, främst på grund av lägre volymer av förskrivna hjälpmedel och en vakant tjänst som "
                    "utredare.",
                    C(
                        "Hjälpmedel",
                        "0,9",
                        "+",
                        "volymer",
                        "material_hjalpmedel",
                        unit="mnkr",
                        note="A 'respektive' pair with a cause each: two items, each with its own tags.",
                        also=(C("Nämnd och förvaltning", "2,0 mnkr", "+", "vakanser"),),
                    ),
                ),
            )
        ),
        H("Personal och bemanning", 2),
        P(
            "Kostnaden för sjuklön är 4,6 procent högre än budget för perioden, främst inom hemtjänsten.",
            C(
                "Sjuklön",
                None,
                "-",
                "sjukfranvaro",
                note="A percentage only, beside a table pasted as an image: amount null.",
            ),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgår till 27 mnkr hittills i år, att jämföra med 19 mnkr samma period "
            "2024.",
            O(None, "inhyrd_personal", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Tiohundra AB har tagit fram en handlingsplan för att ersätta hyrläkare med egna anställda under 2026. "
            "Planen beräknas minska kostnaderna med 9 mnkr på helårsbasis.",
            A("Hälso- och sjukvård", "9 mnkr", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Den nya ersättningsmodellen för hemtjänst kan ge ytterligare kostnader under november och december.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-tiohundranamnden-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Region Stockholm", "Norrtälje"],
            "committee": ["Tiohundranämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Tiohundranämnden", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
