"""Boxholms kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A small kommun's month report in tkr and mnkr with U+2212 minus signs, run by sektorer under one
kommunstyrelse, footer with the kommunstyrelse's meeting date in October: the period's result as a level with
no budget comparison (other), the full year in two sentences ("att jämföra med ett budgeterat resultat om 9,0
mnkr. Avvikelsen mot budget blir därmed −5,3 mnkr"), one sentence splitting it into the sektorer's deficit and
the finance side's surplus (two items), the change since August in a sentence that opens with August's level;
a sektor table whose deviation column is "prognos minus budget", so "+3 450" is a deficit and "−450" a
surplus; under a generic heading one bullet per sektor: reasons only with "klara sin ram" (the table's
"+3 450", direction negative), "gå 4 200 tkr över budget", "pekar mot ett underskott på 1 350 tkr, varav 600
tkr avser skolskjuts" (the total), "hamnar 950 tkr bättre än budget", a surplus with no amount (the table's
"−450", direction positive) and "bedöms följa budget" (boilerplate); tax revenue and the finance net in two
sentences (no tags); investments "12,5 mnkr lägre än de 31,5 mnkr som finns i budget"; an action with its
effect, and sick leave against last year and the balanskrav with a goal not met (others). 11 scored causes.
Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."
SIGN = "The table's deviation is prognos minus budget: '+' is a higher cost than budget."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Boxholms kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-21", "Dnr KS 2025/212", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    sectors = Table(
        caption="Tabell 2. Nettokostnad per sektor 2025, tkr (avvikelse = prognos minus budget, plus = högre kostnad)",
        header=(("Sektor", "Budget", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunledningskontoret", "38 200", "37 750", "−450", "−400"),
            ("Sektor Utbildning", "142 600", "143 950", "+1 350", "+1 300"),
            ("Sektor Omsorg", "128 900", "132 350", "+3 450", "+3 300"),
            ("Sektor Socialtjänst", "41 300", "45 500", "+4 200", "+3 500"),
            ("Sektor Samhällsbyggnad", "33 700", "32 750", "−950", "−900"),
            ("Kultur och fritid", "12 400", "12 400", "0", "0"),
            ("Summa sektorer", "397 100", "404 700", "+7 600", "+6 800"),
        ),
        widths=(160.0, 66.0, 66.0, 66.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning för Boxholms kommun", size=12, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Resultatet för januari–september uppgår till 21,6 mnkr, vilket är i linje med tidigare år eftersom "
            "semesterlöneskulden minskar under sommaren.",
            O(None, note="The period's result as a level, with no budget comparison: other."),
        ),
        P(
            "Helårsprognosen landar på 3,7 mnkr, att jämföra med ett budgeterat resultat om 9,0 mnkr. Avvikelsen "
            "mot budget blir därmed −5,3 mnkr.",
            C(
                None,
                "−5,3 mnkr",
                "-",
                note="The forecast and the budgeted result first, the deviation in the next sentence: one item.",
            ),
        ),
        P(
            "Sektorerna redovisar sammantaget ett prognostiserat underskott på 7,6 mnkr, medan finansieringen "
            "(skatteintäkter, generella statsbidrag och finansnetto) väntas ge ett tillskott på 2,3 mnkr jämfört "
            "med budget.",
            C(
                "Sektorerna",
                "7,6 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansiering", "2,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "I augusti låg prognosen på −4,4 mnkr. Försämringen med 0,9 mnkr beror till största delen på att "
            "ytterligare en placering av ett barn på HVB har verkställts.",
            F(
                None,
                "0,9 mnkr",
                "-",
                "kopt_verksamhet",
                note="August's level opens the passage; the change is the amount.",
            ),
        ),
        sectors,
        Space(8),
        H("Sektorernas kommentarer", 2),
        Bullets(
            (
                "Sektor Omsorg: Hemtjänsten har sedan juni utfört betydligt fler timmar än budgeterat, och "
                "nattbemanningen på Lindgårdens särskilda boende har förstärkts efter två nya beslut. Sektorn kommer "
                "därför inte att klara sin ram.",
                "Sektor Socialtjänst beräknas gå 4 200 tkr över budget. Externa placeringar av barn och unga driver "
                "kostnaden, men även försörjningsstödet har ökat under hösten.",
                "Sektor Utbildning pekar mot ett underskott på 1 350 tkr, varav 600 tkr avser skolskjuts. Fler "
                "elever än väntat har valt gymnasieprogram i Linköping och Mjölby, vilket ökar de interkommunala "
                "ersättningarna.",
                "Sektor Samhällsbyggnad hamnar 950 tkr bättre än budget, eftersom flera investeringar har blivit "
                "försenade och kapitalkostnaderna därmed blir lägre.",
                "Kommunledningskontoret: Ett mindre överskott väntas, som till största delen beror på att tjänsten "
                "som ekonomichef var vakant under våren.",
                "Kultur och fritid: Verksamheten bedöms följa budget.",
            ),
            labels=(
                C(
                    "Sektor Omsorg",
                    "+3 450",
                    "-",
                    "volymer",
                    "bemanning",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's cell as printed. " + SIGN,
                ),
                C("Sektor Socialtjänst", "4 200 tkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Sektor Utbildning",
                    "1 350 tkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A 'varav' part (skolskjuts 600 tkr): one item with the total.",
                ),
                C(
                    "Sektor Samhällsbyggnad",
                    "950 tkr",
                    "+",
                    "periodisering",
                    note="Delayed investments give lower capital costs: periodisering.",
                ),
                C(
                    "Kommunledningskontoret",
                    "−450",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="A surplus with no amount in the prose: the table's '−450' is a lower cost. " + SIGN,
                ),
                BP("Kultur och fritid"),
            ),
        ),
        H("Finansiering", 2),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen blir enligt SKR:s augustiprognos 1,6 mnkr högre än "
                "budgeterat.",
                C("Skatteintäkter och generella statsbidrag", "1,6 mnkr", "+", note=NO_TAG),
            ),
            (
                "Finansnettot blir 0,7 mnkr bättre än budget tack vare högre ränteintäkter på kommunens likvida "
                "medel.",
                C("Finansnetto", "0,7 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 12,5 mnkr lägre än de 31,5 mnkr som finns i budget. Huvuddelen av "
            "skillnaden förklaras av att ombyggnaden av Fågelsångsskolan har skjutits till 2026.",
            C(
                "Investeringar",
                "12,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive; the budget level is not the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sektor Socialtjänst har tagit fram en handlingsplan där fler insatser ska ges på hemmaplan i stället "
            "för genom placeringar. Effekten beräknas till 800 tkr under resten av året.",
            A("Sektor Socialtjänst", "800 tkr", "kopt_verksamhet"),
        ),
        H("Personal och finansiella mål", 2),
        P(
            "Sjukfrånvaron i kommunen var 6,8 procent till och med augusti, vilket är 0,4 procentenheter lägre än "
            "under samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Med en prognos på 3,7 mnkr uppfylls balanskravet, men det finansiella målet om ett resultat som "
            "motsvarar 2 procent av skatter och generella statsbidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="boxholm-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Boxholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Boxholms kommun"},
        style=style,
        blocks=blocks,
    )
