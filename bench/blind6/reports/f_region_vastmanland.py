"""Region Västmanland, Regionstyrelsen, månadsrapport september 2025 (the whole region).

A region's month report with a footer carrying the meeting date in October: the accumulated result
against the periodised budget, the full-year forecast result and its deviation in one sentence (the
deviation is the amount) followed by the improvement since August with its cause (two items in one
paragraph), a table per förvaltning in mnkr with two header lines holding the period's deviation, the
full year's and August's; then two columns to the end: a heading that carries the förvaltning and its
amount over a paragraph whose causes have part amounts and a "varav" that splits a cost, not an area (no
item of its own); a plain heading over a "varav" sentence that splits a förvaltning into two areas with
their own amounts (three items, same text) and a paragraph that gives each area's cause in a sentence of
its own (two items, amounts null: none in the passage, no table row); folktandvården under a heading with
its amount (lower fees, vacant dentists); two förvaltningar in a "respektive" sentence with the unit
after each amount, their causes in the next sentence (two items, the whole paragraph each, tags split by
area); two rows without a comment; an assignment to cut agency staff with its effect (action), the
investment forecast under budget from two delays, a winter risk with a range that runs over the page
break (other), and a narrow production table with its comment, which compares with last year (not
labelled). DejaVu Sans 9 pt with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 9.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(58.0, 72.0, 58.0, 70.0),
        gutter=22.0,
        header=lambda n, m: ("Region Västmanland", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-10-29", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per förvaltning, mnkr",
        header=(
            ("", "Avvikelse", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Förvaltning", "jan–sep", "helår", "helår", "helår", "augusti"),
        ),
        rows=(
            ("Sjukhusvården", "−148", "6 420", "6 655", "−235", "−238"),
            ("Primärvård och psykiatri", "−41", "2 310", "2 372", "−62", "−60"),
            ("Folktandvården", "−6", "412", "420", "−8", "−9"),
            ("Kollektivtrafikförvaltningen", "9", "905", "893", "12", "10"),
            ("Regionservice", "7", "38", "28", "10", "8"),
            ("Regionledning och gemensamt", "11", "310", "296", "14", "12"),
            ("Finansförvaltningen", "12", "", "", "24", "12"),
            ("Summa", "−156", "", "", "−245", "−265"),
        ),
        widths=(170.0, 56.0, 56.0, 56.0, 68.0, 68.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    production = Table(
        caption="Produktion januari–september",
        header=(("", "2025", "2024", "Mål"),),
        rows=(
            ("Läkarbesök, primärvård", "312 400", "318 900", "–"),
            ("Operationer", "19 870", "17 530", "–"),
            ("Bedömning inom 3 dagar, %", "82", "79", "90"),
            ("Resenärer i busstrafiken, tusental", "9 810", "9 440", "–"),
        ),
        widths=(134.0, 36.0, 36.0, 22.0),
        rules=True,
        size=7.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="serif-bold"),
        Title("Region Västmanland – ekonomiskt läge januari–september", size=11, font="sans", after=12),
        H("Sammanfattning", 1),
        P(
            "Regionens resultat för januari–september uppgår till −112 mnkr, vilket är 156 mnkr sämre än periodiserad "
            "budget.",
            C(None, "156 mnkr", "-", note="The period result against the periodised budget."),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott på 185 mnkr, 245 mnkr sämre än det budgeterade resultatet.",
                C(
                    None,
                    "245 mnkr",
                    "-",
                    note="The forecast result (−185) and its deviation (245): the deviation.",
                ),
            ),
            (
                "Det är en förbättring med 20 mnkr sedan augusti, främst tack vare ett högre skatteunderlag i SKR:s "
                "senaste prognos.",
                F(None, "20 mnkr", "+", note="Tax base: no cause tag."),
            ),
        ),
        table,
        Columns(2),
        H("Förvaltningarnas avvikelser", 1),
        HP(
            "Sjukhusvården −235 mnkr",
            "Underskottet har flera orsaker. Inhyrda läkare och sjuksköterskor kostar 88 mnkr mer än budget, varav 54 "
            "mnkr avser sjuksköterskor inom akutsjukvården. Läkemedelskostnaderna överstiger budget med 61 mnkr, "
            "framför allt för nya cancerläkemedel, och vården som köps från andra regioner ligger 47 mnkr över budget.",
            C(
                "Sjukhusvården",
                "−235 mnkr",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                "kopt_verksamhet",
                note="Heading amount; 88, 54, 61 and 47 mnkr are parts. The 'varav' splits a cost, not an area: no "
                "item of its own. Drugs tagged as in the fifth set (material_hjalpmedel).",
            ),
        ),
        H("Primärvård och psykiatri", 2),
        P(
            "Förvaltningen prognostiserar ett underskott på 62 mnkr, varav primärvården −45 mnkr och psykiatrin −17 "
            "mnkr.",
            C(
                "Primärvård och psykiatri",
                "62 mnkr",
                "-",
                note="A 'varav' sentence that splits the förvaltning into two areas: three items, same text.",
                also=(
                    C("Primärvården", "−45 mnkr", "-"),
                    C("Psykiatrin", "−17 mnkr", "-"),
                ),
            ),
        ),
        PS(
            (
                "Primärvårdens underskott beror på att vårdcentralerna i egen regi har fortsatt svårt att rekrytera "
                "specialister i allmänmedicin och därför är beroende av hyrläkare.",
                C(
                    "Primärvården",
                    None,
                    "-",
                    "vakanser",
                    "inhyrd_personal",
                    note="The cause in a sentence of its own: no amount in it and no table row for the area.",
                ),
            ),
            (
                "Psykiatrins underskott förklaras av att fler patienter vårdas enligt LRV, vilket har krävt köpta "
                "platser i andra regioner.",
                C(
                    "Psykiatrin",
                    None,
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The cause in a sentence of its own: no amount in it and no table row for the area.",
                ),
            ),
        ),
        HP(
            "Folktandvården −8 mnkr",
            "Folktandvårdens underskott beror på lägre patientavgifter inom vuxentandvården, då flera tandläkartjänster "
            "har varit vakanta och färre patienter har kunnat tas emot.",
            C("Folktandvården", "−8 mnkr", "-", "avgifter_intakter", "vakanser"),
        ),
        H("Övriga förvaltningar", 2),
        P(
            "Kollektivtrafikförvaltningen och Regionservice visar överskott på 12 mnkr respektive 10 mnkr. "
            "Biljettintäkterna har ökat mer än budgeterat efter prisjusteringen i januari, och Regionservice har haft "
            "vakanta tjänster inom IT och lokalvård.",
            C(
                "Kollektivtrafikförvaltningen",
                "12 mnkr",
                "+",
                "avgifter_intakter",
                note="'Respektive', the causes in the next sentence: two items, the whole paragraph each, tags split.",
                also=(C("Regionservice", "10 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Åtgärder", 1),
        P(
            "Regionstyrelsen har gett sjukhusvården i uppdrag att minska kostnaderna för inhyrd "
            "personal med 40 mnkr på helårsbasis. Under hösten avslutas avtalen med bemanningsföretag för "
            "sjuksköterskor inom akutsjukvården, och de ersätts med en intern bemanningspool.",
            A("Sjukhusvården", "40 mnkr", "inhyrd_personal", "bemanning"),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsutgifterna beräknas till 640 mnkr, vilket är 210 mnkr lägre än investeringsbudgeten. "
            "Byggstarten för det nya vårdbyggnadet vid sjukhuset i Västerås har senarelagts ett halvår i väntan på "
            "bygglov, och leveransen av nya elbussar till kollektivtrafiken har försenats.",
            C(
                "Investeringar",
                "210 mnkr",
                "+",
                "periodisering",
                note="Investments under budget: two delays.",
            ),
        ),
        H("Risker", 1),
        P(
            "Prognosen innehåller ingen reserv för vårdplatsbrist under vintern. Blir influensasäsongen lika svår som "
            "förra vintern kan behovet av inhyrd personal öka med ytterligare 15–20 mnkr.",
            O(None, "inhyrd_personal", note="Risk, with a range."),
        ),
        H("Tillgänglighet och produktion", 1),
        production,
        P(
            "Andelen patienter som fick en medicinsk bedömning i primärvården inom tre dagar var 82 procent, mot målet "
            "90 procent. Antalet operationer i specialiserad vård var 2 340 fler än under motsvarande period 2024, "
            "främst inom ortopedi och ögonsjukvård."
        ),
    ]
    return ReportSpec(
        file="region-vastmanland-rs-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Region Västmanland",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025 Regionstyrelsen", "author": "Region Västmanland"},
        style=style,
        blocks=blocks,
    )
