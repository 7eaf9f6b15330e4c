"""Region Blekinge, Regionstyrelsen, månadsrapport juni 2025 (the whole region).

A region's month report in "miljoner kronor" and "mnkr": the period's level and its deviation "64 miljoner
kronor bättre än budget" with a holiday-pay timing reason (one item), the full year "38 miljoner kronor lägre
än det budgeterade resultatet" beside two levels, one sentence splitting it into the verksamheter's overrun
and the financing's surplus (two items), the change since April; a table with the deviation in June and April
side by side; en-dash bullets under a generic heading in varied shapes ("Somatisk vård: −92 mnkr." with a
list of reasons without a verb, "redovisar ett underskott om 41 mnkr, som framför allt kan härledas till",
a possessive "Primärvårdens negativa avvikelse på 29 mnkr" with a remark on the change, two areas as "−6
respektive −12 mnkr" with a reason each, "går 9 mnkr bättre än budget"); tax revenue and the finance net in
one sentence (two items, no tags); investments "95 miljoner kronor lägre än budget"; an action with its effect,
balanskrav and staff numbers against last year (others). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Blekinge", "Månadsrapport juni 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-08-27", "Dnr 2025/00891", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, avvikelse mot budget, mnkr",
        header=(("Verksamhetsområde", "Prognos juni", "Prognos april"),),
        rows=(
            ("Somatisk vård", "−92", "−88"),
            ("Psykiatri och habilitering", "−41", "−39"),
            ("Primärvård", "−29", "−31"),
            ("Tandvård", "−6", "−4"),
            ("Regional utveckling och kollektivtrafik", "+9", "+5"),
            ("Regiongemensamt", "−12", "−10"),
            ("Summa verksamheter", "−171", "−167"),
            ("Skatteintäkter, statsbidrag och finansnetto", "+133", "+117"),
            ("Regionen totalt", "−38", "−50"),
        ),
        widths=(230.0, 90.0, 90.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport juni 2025", size=20, font="arial-bold", after=2),
        Title("Region Blekinge – Regionstyrelsen", size=12.5, font="arial", after=14),
        H("Regionens ekonomiska resultat", 2),
        P(
            "Regionen redovisar ett resultat på 118 miljoner kronor för januari–juni. Periodens resultat är 64 "
            "miljoner kronor bättre än budget, vilket till stor del beror på att semesterlöneskulden ännu inte har "
            "reducerats.",
            C(
                None,
                "64 miljoner kronor",
                "+",
                "lonekostnader",
                "periodisering",
                note="The period's level and deviation with a holiday-pay timing reason.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 42 miljoner kronor, vilket är 38 miljoner kronor lägre än "
            "det budgeterade resultatet på 80 miljoner kronor.",
            C(None, "38 miljoner kronor", "-", note="Between two levels."),
        ),
        P(
            "Verksamheternas nettokostnader beräknas överskrida budget med 171 miljoner kronor, medan "
            "skatteintäkter, generella statsbidrag och finansnetto ger ett överskott på 133 miljoner kronor.",
            C(
                "Verksamheterna",
                "171 miljoner kronor",
                "-",
                note="One sentence split into the verksamheter and the financing: two items.",
                also=(
                    C(
                        "Skatteintäkter, generella statsbidrag och finansnetto",
                        "133 miljoner kronor",
                        "+",
                        note=NO_TAG,
                    ),
                ),
            ),
        ),
        P(
            "Prognosen är 12 miljoner kronor bättre än i april, tack vare SKR:s nya skatteunderlagsprognos.",
            F(None, "12 miljoner kronor", "+"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Bullets(
            (
                "Somatisk vård: −92 mnkr. Hyrläkare och hyrsjuksköterskor på akutmottagningen och "
                "medicinkliniken, övertid samt fler vårddagar än planerat.",
                "Psykiatri och habilitering redovisar ett underskott om 41 mnkr, som framför allt kan härledas till "
                "svårigheter att rekrytera psykiatriker och därmed kostnader för inhyrda läkare, men även till fler "
                "externa vårdplatser inom rättspsykiatrin.",
                "Primärvårdens negativa avvikelse på 29 mnkr har minskat något sedan april. Den beror på höga "
                "läkemedelskostnader inom hälsovalet och på att ersättningen till privata vårdcentraler har blivit "
                "högre när fler invånare har listat sig där.",
                "Tandvård och Regiongemensamt visar −6 respektive −12 mnkr, där lägre intäkter från "
                "vuxentandvården och högre IT-kostnader för det nya vårdinformationssystemet är de huvudsakliga "
                "orsakerna.",
                "Regional utveckling och kollektivtrafik går 9 mnkr bättre än budget genom ökade biljettintäkter "
                "och att den utökade expressbusstrafiken har startat senare än planerat.",
            ),
            labels=(
                C("Somatisk vård", "−92 mnkr", "-", "inhyrd_personal", "overtid", "volymer"),
                C(
                    "Psykiatri och habilitering",
                    "41 mnkr",
                    "-",
                    "vakanser",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                ),
                C(
                    "Primärvård",
                    "29 mnkr",
                    "-",
                    "material_hjalpmedel",
                    "kopt_verksamhet",
                    "volymer",
                    note="Drugs are material_hjalpmedel; the remark on the change is inside the item.",
                ),
                C(
                    "Tandvård",
                    "−6",
                    "-",
                    "avgifter_intakter",
                    unit="mnkr",
                    note="Two areas as a 'respektive' pair, a reason each: two items.",
                    also=(C("Regiongemensamt", "−12 mnkr", "-", "it_digitalisering"),),
                ),
                C(
                    "Regional utveckling och kollektivtrafik",
                    "9 mnkr",
                    "+",
                    "avgifter_intakter",
                    "periodisering",
                ),
            ),
            glyph="–",
        ),
        H("Finansiering", 3),
        P(
            "Skatteintäkter och generella statsbidrag blir 104 miljoner kronor högre än budget och finansnettot 29 "
            "miljoner kronor bättre, främst tack vare en god avkastning på pensionsmedelsportföljen.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "104 miljoner kronor",
                "+",
                note=NO_TAG + " Two parts in one sentence: two items.",
                also=(C("Finansnetto", "29 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 410 miljoner kronor för helåret, vilket är 95 miljoner kronor "
            "lägre än budget. Förseningen av ombyggnaden av operationsavdelningen i Karlshamn förklarar "
            "huvuddelen.",
            C("Investeringar", "95 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen beslutade i maj om ett tillfälligt anställningsstopp för administrativ personal och om "
            "att halvera kostnaderna för resor och konferenser under hösten, vilket beräknas ge 8 miljoner kronor.",
            A(None, "8 miljoner kronor"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas bli positivt även efter att orealiserade vinster i "
            "pensionsmedelsportföljen har räknats bort.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Antalet årsarbetare har ökat med 95 jämfört med juni 2024, vilket beror på att fler sjuksköterskor har "
            "anställts i egen regi.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-blekinge-rs-manadsrapport-2025-06.pdf",
        report={
            "municipality": "Region Blekinge",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-06"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport juni 2025", "author": "Region Blekinge"},
        style=style,
        blocks=blocks,
    )
