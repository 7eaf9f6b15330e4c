"""Malmö stad, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole city).

A whole-city interim report in "miljoner kronor", footer with the kommunstyrelse's meeting date in
September: the full year "188 miljoner kronor lägre än det budgeterade resultatet" after two levels, one
sentence splitting it into the nämnder's "underskott på sammanlagt 356 miljoner kronor" and the finance
function's "+168" (two items); a table per nämnd with U+2212 minus; under a generic heading
("Stadskontorets kommentar") bullets per nämnd in varied shapes: "redovisar en prognos som innebär ett
underskott på 118 miljoner kronor", a possessive "Hälsa-, vård- och omsorgsnämndens underskott om 96
miljoner kronor", "För Arbetsmarknads- och socialnämnden beräknas kostnaderna överskrida budgetramen",
"prognostiserar −58 miljoner kronor", "ett positivt utfall jämfört med budget", two nämnder as a "respektive"
pair, "drygt tio miljoner kronor sämre än budget" in words and "håller sin budget" (boilerplate); tax revenue,
pensions and the finance net as a "respektive" pair (no tags), the change since April, investments "1 150 miljoner kronor lägre än investeringsbudgeten", an
action with no amount, balanskrav and a year-on-year net cost comparison with "beror på" (others).
Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-09-24", "STK-2025-1187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per nämnd 2025, miljoner kronor",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskolenämnden", "4 210", "4 255", "−45"),
            ("Grundskolenämnden", "7 940", "8 058", "−118"),
            ("Gymnasie- och vuxenutbildningsnämnden", "2 615", "2 625", "−10"),
            ("Hälsa-, vård- och omsorgsnämnden", "5 380", "5 476", "−96"),
            ("Funktionsstödsnämnden", "2 870", "2 928", "−58"),
            ("Arbetsmarknads- och socialnämnden", "3 460", "3 534", "−74"),
            ("Tekniska nämnden", "1 150", "1 128", "+22"),
            ("Stadsbyggnadsnämnden", "205", "191", "+14"),
            ("Servicenämnden", "312", "303", "+9"),
            ("Kulturnämnden", "720", "720", "0"),
            ("Summa nämnder", "", "", "−356"),
            ("Finansförvaltningen", "", "", "+168"),
            ("Malmö stad totalt", "", "", "−188"),
        ),
        widths=(210.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Malmö stad – sammanfattning från stadskontoret", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat och prognos", 1),
        P(
            "Periodens resultat uppgår till 1 124 miljoner kronor. För helåret prognostiseras ett resultat på 412 "
            "miljoner kronor, vilket är 188 miljoner kronor lägre än det budgeterade resultatet på 600 miljoner "
            "kronor.",
            C(None, "188 miljoner kronor", "-", note="The full year after two levels."),
        ),
        P(
            "Nämnderna prognostiserar ett underskott på sammanlagt 356 miljoner kronor mot sina kommunbidrag, medan "
            "finansförvaltningen väntas bidra med +168 miljoner kronor.",
            C(
                "Nämnderna",
                "356 miljoner kronor",
                "-",
                note="One sentence, two areas with their own amounts: two items.",
                also=(C("Finansförvaltningen", "+168 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 131 miljoner kronor högre än budget, främst "
            "till följd av att lönesumman i riket har utvecklats starkare än vad SKR antog i februari.",
            C("Skatteintäkter och generella statsbidrag", "131 miljoner kronor", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot beräknas bli 22 respektive 15 miljoner kronor bättre än budget.",
            C(
                "Pensionskostnader",
                "22",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "15 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med uppföljningsrapporten per april har prognosen försämrats med 64 miljoner kronor, framför "
            "allt på grund av ökade kostnader för placeringar inom Arbetsmarknads- och socialnämnden.",
            F(None, "64 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        H("Stadskontorets kommentar", 2),
        P("Nedan kommenteras nämndernas prognoser i korthet."),
        Bullets(
            (
                "Förskolenämnden: −45 miljoner kronor. Färre barn än planerat är inskrivna i förskolan, vilket ger "
                "lägre ersättning medan kostnaderna för lokalerna ligger kvar.",
                "Grundskolenämnden redovisar en prognos som innebär ett underskott på 118 miljoner kronor, främst "
                "till följd av fler elever i behov av särskilt stöd och lägre riktade statsbidrag än beräknat.",
                "Hälsa-, vård- och omsorgsnämndens underskott om 96 miljoner kronor förklaras av fler beviljade "
                "hemtjänsttimmar och högre kostnader för bemanningssjuksköterskor.",
                "För Arbetsmarknads- och socialnämnden beräknas kostnaderna överskrida budgetramen med 74 miljoner "
                "kronor. Det beror på att fler barn och unga har placerats på HVB och i familjehem.",
                "Funktionsstödsnämnden prognostiserar −58 miljoner kronor, en följd av nya beslut om bostad med "
                "särskild service enligt LSS som verkställs genom köpta platser.",
                "Gymnasie- och vuxenutbildningsnämnden beräknas redovisa ett resultat som är drygt tio miljoner "
                "kronor sämre än budget, då antalet elever i gymnasiesärskolan har ökat.",
                "Tekniska nämnden visar ett positivt utfall jämfört med budget med 22 miljoner kronor, eftersom "
                "kapitalkostnaderna blir lägre när flera investeringsprojekt har skjutits fram.",
                "Servicenämnden och Stadsbyggnadsnämnden bedöms få överskott på 9 respektive 14 miljoner kronor, i "
                "båda fallen främst genom vakanta tjänster.",
                "Kulturnämnden håller sin budget.",
            ),
            labels=(
                C("Förskolenämnden", "−45 miljoner kronor", "-", "volymer", "lokaler"),
                C("Grundskolenämnden", "118 miljoner kronor", "-", "volymer", "statsbidrag"),
                C(
                    "Hälsa-, vård- och omsorgsnämnden",
                    "96 miljoner kronor",
                    "-",
                    "volymer",
                    "inhyrd_personal",
                    note="A possessive names the area.",
                ),
                C(
                    "Arbetsmarknads- och socialnämnden",
                    "74 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                ),
                C("Funktionsstödsnämnden", "−58 miljoner kronor", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Gymnasie- och vuxenutbildningsnämnden",
                    "drygt tio miljoner kronor",
                    "-",
                    "volymer",
                    value=10_000_000,
                    note="An amount in words: the stated figure.",
                ),
                C("Tekniska nämnden", "22 miljoner kronor", "+", "periodisering"),
                C(
                    "Servicenämnden",
                    "9",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    note="A 'respektive' pair: one item per nämnd, the shared cause on both.",
                    also=(C("Stadsbyggnadsnämnden", "14 miljoner kronor", "+", "vakanser"),),
                ),
                BP("Kulturnämnden"),
            ),
            glyph="•",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret beräknas till 4 850 miljoner kronor, vilket är 1 150 miljoner kronor "
            "lägre än investeringsbudgeten. Avvikelsen beror främst på att byggstarten för två nya grundskolor och "
            "en simhall har senarelagts.",
            C("Investeringar", "1 150 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett de nämnder som prognostiserar underskott i uppdrag att senast i oktober "
            "redovisa åtgärder för en budget i balans 2026.",
            A(None, None),
        ),
        H("Balanskrav och nettokostnader", 2),
        PS(
            (
                "Balanskravet uppfylls med prognosen, eftersom resultatet efter balanskravsjusteringar beräknas "
                "till 385 miljoner kronor.",
                O(None, note="Balanskrav: other."),
            ),
            (
                "Nettokostnaderna har ökat med 4,6 procent jämfört med samma period 2024, vilket främst beror på "
                "löneökningar och högre pensionskostnader.",
                O(None, "lonekostnader", note="Net costs against the previous year: other."),
            ),
        ),
    ]
    return ReportSpec(
        file="malmo-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Malmö stad",
            "author": "Malmö stad, stadskontoret",
        },
        style=style,
        blocks=blocks,
    )
