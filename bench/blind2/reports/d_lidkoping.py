"""Räddningstjänstförbundet Kinne–Kålland (Lidköping and Götene), Direktionen, delårsrapport januari–augusti
2025.

A small kommunalförbund with few deviations: the period result against the periodised budget, the
full-year result against the budgeted result ("0,6 mnkr mot budgeterade 0,9 mnkr" states a 0,3 mnkr
deviation), a result table in tkr, then two columns of bold run-in kontogrupper: tillsyn revenue under
budget, false-alarm fees and training sales over, personnel (a forest fire's overtime offset by
vacancies), material and a fire-damaged truck, premises "i nivå med budget" (boilerplate), capital costs
lowered by a delayed vehicle; the investment forecast against budget and a carry-over proposal, the
members' contributions, a pension risk and call-outs against the previous year (other); an introduction
and a response-time goal left unlabelled. Liberation Sans Narrow.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, O

FIRE = "The forest fire (an event outside the vocabulary) is tagged ovrigt."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=5.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(56.0, 70.0, 56.0, 70.0),
        gutter=22.0,
        header=lambda n, m: ("Räddningstjänstförbundet Kinne–Kålland", "Delårsrapport 2025"),
        footer=lambda n, m: ("", f"{n}", ""),
    )
    result = Table(
        caption="Resultaträkning, tkr (positiv avvikelse = bättre än budget)",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "74 200", "74 200", "0"),
            ("Tillsyn och tillstånd", "2 450", "2 100", "−350"),
            ("Automatiska brandlarm", "1 300", "1 500", "200"),
            ("Utbildning och externa uppdrag", "1 800", "2 300", "500"),
            ("Summa intäkter", "79 750", "80 100", "350"),
            ("Personalkostnader", "−55 600", "−56 050", "−450"),
            ("Lokalkostnader", "−8 900", "−8 900", "0"),
            ("Fordon, material och förbrukning", "−6 400", "−6 850", "−450"),
            ("Övriga kostnader", "−3 250", "−3 250", "0"),
            ("Kapitalkostnader", "−4 700", "−4 450", "250"),
            ("Summa kostnader", "−78 850", "−79 500", "−650"),
            ("Resultat", "900", "600", "−300"),
        ),
        widths=(190.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({4, 10, 11}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold"),
        Title("Räddningstjänstförbundet Kinne–Kålland · Direktionen", size=11.5, font="narrow", after=12),
        P(
            "Räddningstjänstförbundet Kinne–Kålland är ett kommunalförbund som ansvarar för räddningstjänst och "
            "förebyggande verksamhet i Lidköpings och Götene kommuner. Förbundet har 48 heltidsanställda och 64 "
            "medarbetare i räddningstjänst i beredskap, fördelade på tre stationer."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Resultatet för januari–augusti är 1,9 mnkr, vilket är 0,4 mnkr bättre än periodiserad budget, "
            "främst eftersom kapitalkostnaderna för det nya höjdfordonet ännu inte belastar resultatet.",
            C(None, "0,4 mnkr", "+", "periodisering", note="Period result against the periodised budget."),
        ),
        P(
            "Helårsprognosen är ett resultat på 0,6 mnkr mot budgeterade 0,9 mnkr. Sommarens skogsbrand vid "
            "Kinnekulle har gett kostnader för övertid, förstärkt beredskap och förbrukningsmaterial som inte "
            "ryms i budgeten.",
            C(
                None,
                "0,6 mnkr mot budgeterade 0,9 mnkr",
                "-",
                "overtid",
                "material_hjalpmedel",
                "ovrigt",
                value=300_000,
                note="Result against the budgeted result: a deviation of 0,3 mnkr (table Resultat −300). "
                + FIRE,
            ),
        ),
        result,
        Columns(2),
        H("Kommentarer per kontogrupp", 2),
        LP(
            "Tillsyn och tillstånd.",
            "Intäkterna från tillsyn enligt LSO och tillstånd enligt LBE beräknas bli cirka 350 tkr lägre än "
            "budgeterat. Två av tre tillsynsförrättare har varit föräldralediga under våren och färre tillsyner "
            "har kunnat genomföras.",
            C("Tillsyn och tillstånd", "cirka 350 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Automatiska brandlarm.",
            "Ersättningen för obefogade larm ligger ungefär 200 tkr över budget. Antalet felaktiga larm har ökat "
            "vid två industrianläggningar i Lidköping.",
            C(
                "Automatiska brandlarm",
                "ungefär 200 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="Second sentence gives the cause without a cue word.",
            ),
        ),
        LP(
            "Utbildning och externa uppdrag.",
            "Företag och kommunala förvaltningar har beställt fler utbildningar i brandskydd och "
            "hjärt-lungräddning än väntat, vilket ger 500 tkr mer i intäkter.",
            C("Utbildning och externa uppdrag", "500 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna väntas överstiga budget med 450 tkr. Under tio dygn i juli krävde branden vid "
            "Kinnekulle förstärkt beredskap, med övertid för heltidsstyrkan och extra timmar för personalen i "
            "beredskap. Två vakanta heltidstjänster sedan mars minskar underskottet.",
            C(
                "Personalkostnader",
                "450 tkr",
                "-",
                "overtid",
                "vakanser",
                "ovrigt",
                note="Net of overtime (fire) and vacancies. " + FIRE,
            ),
        ),
        LP(
            "Fordon och material.",
            "Förbrukningen av slang, skum och skyddsutrustning vid branden samt reparationen av en tankbil som "
            "skadades under insatsen kostar ca 450 tkr mer än budgeterat.",
            C(
                "Fordon och material",
                "ca 450 tkr",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                note="Damage to a vehicle during the fire: ovrigt.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Kostnaderna för stationerna i Lidköping, Götene och Källby ligger i nivå med budget.",
            BP("Lokalkostnader"),
        ),
        LP(
            "Kapitalkostnader.",
            "Kapitalkostnaderna blir 250 tkr lägre än budgeterat eftersom höjdfordonet levereras först i januari "
            "2026.",
            C("Kapitalkostnader", "250 tkr", "+", "periodisering"),
        ),
        H("Finansiering", 2),
        P(
            "Medlemskommunernas bidrag, 74,2 mnkr, betalas ut med en tolftedel per månad. Lidköpings kommun svarar "
            "för 71 procent och Götene kommun för 29 procent.",
            O("Medlemsbidrag", amount="74,2 mnkr", note="Financing statement (members' contributions)."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 3,3 mnkr mot budgeterade 9,5 mnkr. Höjdfordonet, 6,2 mnkr, levereras "
            "först i januari 2026.",
            C(
                "Investeringar",
                "3,3 mnkr mot budgeterade 9,5 mnkr",
                "+",
                "periodisering",
                value=6_200_000,
                note="Investment forecast under budget by 6,2 mnkr (the delayed vehicle).",
            ),
        ),
        P(
            "Direktionen föreslås besluta att medlen för höjdfordonet förs över till investeringsbudgeten 2026.",
            O("Investeringar", "reserver", note="Carry-over of investment funds: a financing proposal."),
        ),
        H("Risker och omvärld", 2),
        P(
            "Den särskilda avtalspensionen för räddningstjänstpersonal beräknas av KPA två gånger per år. En ny "
            "beräkning i oktober kan ändra pensionskostnaden med flera hundra tusen kronor.",
            O("Pensionskostnader", note="Risk."),
        ),
        P(
            "Förbundet genomförde 412 räddningsinsatser under perioden, 14 procent fler än samma period 2024. "
            "Ökningen beror främst på fler bränder i skog och mark under den torra sommaren.",
            O(None, "volymer", note="Comparison with the previous year with 'beror på': other."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Första enhet var på plats inom tio minuter vid 91 procent av larmen i tätort, mot målet 90 procent. "
            "Under perioden har 1 160 elever i årskurs 2 och 5 deltagit i förbundets skolinformation."
        ),
    ]
    return ReportSpec(
        file="lidkoping-rtj-kinne-kalland-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Lidköping", "Räddningstjänstförbundet Kinne–Kålland"],
            "committee": ["Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Räddningstjänstförbundet Kinne–Kålland",
        },
        style=style,
        blocks=blocks,
    )
