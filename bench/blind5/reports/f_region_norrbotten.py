"""Region Norrbotten, Regionstyrelsen, månadsrapport maj 2025 (the whole region).

A region's month report with numbered headings and a footer with the meeting date in June: the
accumulated result against the periodised budget, the full-year forecast whose deviation is in the next
sentence ("Det innebär en negativ avvikelse … på 390 mnkr") and "oförändrad jämfört med april"
(boilerplate) in one paragraph, a table per område in mnkr with April's deviation; then two columns to
the end: headings that carry the område and its amount over a paragraph with part amounts (agency
staff, care bought from other regions, new cancer drugs) and one without cue words (hyrläkare, more and
dearer patient journeys), psykiatri under a plain heading with its amount in words ("drygt fyrtio
miljoner kronor"), two bold run-in lines under "Övriga områden" (one with its amount, one telegraphic
with the amount only in the table), finansförvaltningen in one "varav" sentence with three amounts
(three items); an action programme with its effect already in the forecast, agency staff against last
year (other), sick leave (not labelled), the investment forecast against the investment budget with the
170 mnkr not written out, liquidity with a ± range on the forecast (other), and an access and production
table with its comment (not labelled). Liberation Sans (Arial) 9.5 pt, a header with a rule.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(58.0, 72.0, 58.0, 70.0),
        gutter=22.0,
        header=lambda n, m: ("Region Norrbotten", "Månadsrapport maj 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-06-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    areas = Table(
        caption="Helårsprognos per område, mnkr",
        header=(("Område", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Specialiserad vård", "4 812", "5 060", "−248", "−251"),
            ("Nära vård", "3 145", "3 311", "−166", "−160"),
            ("Psykiatri och habilitering", "1 208", "1 248", "−40", "−43"),
            ("Regional utveckling", "612", "600", "12", "10"),
            ("Gemensamma funktioner", "954", "937", "17", "14"),
            ("Finansförvaltning", "", "", "35", "40"),
            ("Totalt", "", "", "−390", "−390"),
        ),
        widths=(180.0, 66.0, 66.0, 70.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    production = Table(
        caption="Tillgänglighet och produktion, januari–maj",
        header=(("", "2025", "2024", "Mål"),),
        rows=(
            ("Läkarbesök, specialiserad vård", "148 200", "145 300", "–"),
            ("Vårdtillfällen", "15 840", "16 010", "–"),
            ("Första besök inom 90 dagar, %", "71", "68", "80"),
            ("Operation inom 90 dagar, %", "64", "61", "80"),
            ("Kontakt samma dag, %", "88", "86", "90"),
        ),
        widths=(128.0, 38.0, 38.0, 24.0),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=19, font="arial-bold"),
        Title("Regionstyrelsen – ekonomi och verksamhet januari–maj", size=11, font="arial", after=12),
        H("1 Ekonomiskt resultat", 1),
        P(
            "Regionens ackumulerade resultat efter maj är −86 mnkr, vilket är 129 mnkr sämre än periodiserad "
            "budget.",
            C(None, "129 mnkr", "-", note="The period result against the periodised budget."),
        ),
        PS(
            (
                "Helårsprognosen är −240 mnkr. Det innebär en negativ avvikelse mot det budgeterade resultatet på 390 "
                "mnkr.",
                C(
                    None,
                    "390 mnkr",
                    "-",
                    note="The forecast result, then its deviation in the next sentence.",
                ),
            ),
            ("Prognosen är oförändrad jämfört med april.", BF(None)),
        ),
        areas,
        Columns(2),
        H("2 Kommentarer per område", 2),
        HP(
            "Specialiserad vård −248 mnkr",
            "Bemanningsläget är fortsatt ansträngt. Inhyrda läkare och sjuksköterskor kostar 96 mnkr mer än "
            "budgeterat, och vården som köps från andra regioner ligger 61 mnkr över budget. "
            "Läkemedelskostnaderna ökar också, framför allt för nya cancerläkemedel.",
            C(
                "Specialiserad vård",
                "−248 mnkr",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
                note="Heading amount; 96 and 61 mnkr are parts.",
            ),
        ),
        HP(
            "Nära vård −166 mnkr",
            "Hälsocentralerna i inlandet är fortsatt beroende av hyrläkare. Sjukresorna har blivit fler, och priset "
            "per resa har stigit sedan det nya avtalet för taxiresor började gälla i februari.",
            C(
                "Nära vård",
                "−166 mnkr",
                "-",
                "inhyrd_personal",
                "volymer",
                "prisokningar",
                note="No cue word.",
            ),
        ),
        H("Psykiatri och habilitering", 3),
        P(
            "Psykiatrin redovisar ett underskott på drygt fyrtio miljoner kronor. Det beror främst på köpta platser "
            "inom rättspsykiatrin och på att två överläkartjänster har bemannats med hyrläkare.",
            C(
                "Psykiatri",
                "drygt fyrtio miljoner kronor",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                value=40_000_000,
                note="Amount in words (table −40). The heading says 'Psykiatri och habilitering', the sentence "
                "'Psykiatrin': the area is the part both share.",
            ),
        ),
        H("Övriga områden", 3),
        LP(
            "Regional utveckling +12 mnkr.",
            "Medfinansieringen av två EU-projekt behövs först 2026, eftersom projekten har startat senare än "
            "planerat.",
            C("Regional utveckling", "+12 mnkr", "+", "periodisering"),
        ),
        LP(
            "Gemensamma funktioner.",
            "Vakanser inom IT och ekonomi.",
            C(
                "Gemensamma funktioner",
                "17",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Telegraphic; the amount is the table row's.",
            ),
        ),
        H("Finansförvaltning", 3),
        P(
            "Finansförvaltningen visar +35 mnkr, varav skatteintäkter +52 mnkr och pensionskostnader −17 mnkr.",
            C(
                "Finansförvaltning",
                "+35 mnkr",
                "+",
                note="A 'varav' sentence: the total and two parts with their own amounts (three items).",
                also=(
                    C("Skatteintäkter", "+52 mnkr", "+"),
                    C("Pensionskostnader", "−17 mnkr", "-"),
                ),
            ),
        ),
        H("3 Åtgärder", 2),
        P(
            "Regionstyrelsen beslutade i februari om ett åtgärdsprogram med bland annat anställningsprövning, "
            "minskad användning av hyrpersonal och samordning av vårdplatser mellan sjukhusen. Effekten under 2025 "
            "beräknas till 60 mnkr och ingår i prognosen.",
            A(None, "60 mnkr", "inhyrd_personal", "bemanning"),
        ),
        H("4 Personal", 2),
        P(
            "Kostnaden för inhyrd personal var 214 mnkr under januari–maj, vilket är 9 mnkr lägre än under samma "
            "period 2024.",
            O(None, "inhyrd_personal", note="Against the previous year, not the budget."),
        ),
        P("Sjukfrånvaron var 6,9 procent under perioden, vilket är i nivå med samma period 2024."),
        H("5 Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 610 mnkr, mot en investeringsbudget på 780 mnkr. Ombyggnaden av "
            "akutmottagningen i Gällivare har skjutits upp ett år i väntan på en ny lokalförsörjningsplan, och "
            "leveranserna av ambulanser har försenats hos tillverkaren.",
            C(
                "Investeringar",
                "610 mnkr, mot en investeringsbudget på 780 mnkr",
                "+",
                "periodisering",
                value=170_000_000,
                note="Investment forecast under budget by 170 mnkr (not written out): delays.",
            ),
        ),
        H("6 Likviditet och osäkerhet", 2),
        P(
            "Likviditeten uppgick till 1 120 mnkr vid utgången av maj. Prognosen bedöms ha en osäkerhet på ±50 "
            "mnkr, framför allt beroende på läkemedelskostnaderna och behovet av hyrpersonal under sommaren.",
            O(
                None,
                "material_hjalpmedel",
                "inhyrd_personal",
                note="Liquidity and the forecast's uncertainty.",
            ),
        ),
        H("7 Tillgänglighet och produktion", 2),
        production,
        P(
            "Antalet besök i specialiserad vård ökade med 2 procent jämfört med samma period 2024, medan antalet "
            "vårdtillfällen minskade något. Andelen patienter som fick ett första besök inom 90 dagar var 71 "
            "procent, mot målet 80 procent."
        ),
    ]
    return ReportSpec(
        file="region-norrbotten-rs-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Region Norrbotten",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2025 Regionstyrelsen", "author": "Region Norrbotten"},
        style=style,
        blocks=blocks,
    )
