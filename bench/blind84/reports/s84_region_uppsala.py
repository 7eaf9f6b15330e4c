"""Region Uppsala, Hälso- och sjukvårdsstyrelsen, månadsrapport oktober 2025.

A region's health-care month report in "mnkr" and "miljoner kronor", footer with the styrelse's meeting date in
November: the period "en negativ avvikelse mot periodens budget på 241 mnkr" and the full year "en negativ
avvikelse på 310 mnkr" as two sentences of one paragraph (two causes), the change since September with its
cause; a result table with en dashes as minus signs and the period's and the full year's deviation side by
side; headings that carry the area and amount with an en dash ("Område Akut och kirurgi –118 mnkr", "Område
Nära vård +12 mnkr") over reason-only paragraphs, then plain paragraphs: ambulance care "avviker negativt med
10 mnkr, vilket kan härledas till", drugs "överstiger budget med 63 miljoner kronor för helåret" under a plain
heading, bought care "prognostiseras till 49 mnkr över budget" and aids "ger däremot ett överskott på 6
mnkr"; hired staff against last year and a risk with a range (others), and an action with a full-year
effect, and personnel costs "2,1 procent över budget" (a percentage only and no table row: amount null).
10 scored causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


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
        header=lambda n, m: ("Region Uppsala", "Hälso- och sjukvårdsstyrelsen"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Sammanträde 2025-11-25", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomiskt resultat per område och kostnadsslag, mnkr",
        header=(("", "Avvikelse jan–okt", "Prognos avvikelse helår"),),
        rows=(
            ("Område Akut och kirurgi", "–96", "–118"),
            ("Område Medicin och psykiatri", "–71", "–88"),
            ("Område Nära vård", "22", "12"),
            ("Ambulanssjukvård", "–8", "–10"),
            ("Läkemedel", "–52", "–63"),
            ("Köpt vård", "–41", "–49"),
            ("Hjälpmedel", "5", "6"),
            ("Summa", "–241", "–310"),
        ),
        widths=(190.0, 100.0, 120.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Hälso- och sjukvårdsstyrelsen", size=12, font="cond", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Hälso- och sjukvårdsstyrelsens resultat för januari–oktober är –286 mnkr, en negativ avvikelse mot "
                "periodens budget på 241 mnkr.",
                C(None, "241 mnkr", "-", note="The period against budget, a sentence of its own."),
            ),
            (
                "För helåret prognostiseras en negativ avvikelse på 310 mnkr.",
                C(None, "310 mnkr", "-", note="The full year, a sentence of its own: a second cause."),
            ),
        ),
        P(
            "Prognosen har försämrats med 24 mnkr sedan september, främst på grund av högre kostnader för "
            "hyrsjuksköterskor under hösten.",
            F(None, "24 mnkr", "-", "inhyrd_personal"),
        ),
        table,
        H("Områdenas avvikelser", 2),
        HP(
            "Område Akut och kirurgi –118 mnkr",
            "Området har under hela året haft svårt att rekrytera operationssjuksköterskor och "
            "anestesisjuksköterskor och har därför använt bemanningsföretag i större omfattning än planerat. "
            "Övertiden är också högre än budgeterat.",
            C(
                "Område Akut och kirurgi",
                "–118 mnkr",
                "-",
                "vakanser",
                "inhyrd_personal",
                "overtid",
                note="The heading carries the area and amount.",
            ),
        ),
        HP(
            "Område Medicin och psykiatri –88 mnkr",
            "Underskottet förklaras av en hög beläggning på medicinklinikerna, där överbeläggningarna har krävt "
            "extra personal nattetid, samt av dyrare rättspsykiatrisk vård som har köpts från andra regioner.",
            C("Område Medicin och psykiatri", "–88 mnkr", "-", "volymer", "bemanning", "kopt_verksamhet"),
        ),
        HP(
            "Område Nära vård +12 mnkr",
            "Överskottet beror framför allt på vakanta tjänster inom vårdcentralerna och på att fler invånare än "
            "beräknat har listat sig hos regionens egna vårdcentraler.",
            C("Område Nära vård", "+12 mnkr", "+", "vakanser", "volymer"),
        ),
        P(
            "Ambulanssjukvården avviker negativt med 10 mnkr, vilket kan härledas till ett nytt avtal om "
            "fordonsleasing och ökade bränslekostnader.",
            C(
                "Ambulanssjukvård",
                "10 mnkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="Vehicles are material_hjalpmedel, dearer fuel prisokningar.",
            ),
        ),
        H("Läkemedel", 3),
        P(
            "Kostnaderna för läkemedel inom förmånen och rekvisitionsläkemedel överstiger budget med 63 miljoner "
            "kronor för helåret. Det är främst nya behandlingar inom onkologi och reumatologi som driver "
            "kostnaderna.",
            C(
                "Läkemedel",
                "63 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="Drugs: material_hjalpmedel.",
            ),
        ),
        H("Köpt vård och hjälpmedel", 3),
        P(
            "Köpt vård prognostiseras till 49 mnkr över budget eftersom fler patienter remitteras till privata "
            "vårdgivare för att vårdgarantin ska kunna hållas.",
            C("Köpt vård", "49 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Hjälpmedelsverksamheten ger däremot ett överskott på 6 mnkr, då förskrivningen av hörapparater har varit "
            "lägre än beräknat.",
            C("Hjälpmedel", "6 mnkr", "+", "material_hjalpmedel", "volymer"),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna ligger sammantaget 2,1 procent över budget, vilket främst beror på övertid och "
            "extra pass under sommaren.",
            C(
                "Personalkostnader",
                None,
                "-",
                "overtid",
                "bemanning",
                note="A percentage only, and no row for personnel costs in the table: amount null.",
            ),
        ),
        P(
            "Kostnaden för inhyrd personal uppgår till 214 mnkr efter oktober, vilket är 38 mnkr mer än samma period "
            "förra året.",
            O(None, "inhyrd_personal", note="Against the previous year, not the budget: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat om ett tak för inhyrda sjuksköterskor per område från och med november. "
            "Åtgärden väntas minska kostnaderna med 18 miljoner kronor på helårsbasis.",
            A(None, "18 miljoner kronor", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker. Om vinterns infektionssäsong blir lika kraftig som förra året kan underskottet öka "
            "med ytterligare 20–30 mnkr.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-hss-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Hälso- och sjukvårdsstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Hälso- och sjukvårdsstyrelsen",
            "author": "Region Uppsala",
        },
        style=style,
        blocks=blocks,
    )
