"""Värmdö kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "miljoner kronor" and "mnkr" with U+2212 minus signs, whose footer carries
the arbetsutskott's meeting date in November: the period's result against the periodised budget (a
sentence of its own, a cause), the full year "sämre än budgeterat resultat" (the deviation is the amount),
one sentence splitting it into the nämnder's negative deviation with September's figure in brackets and the
finance function's "+14,7" (two items), the change since September with its cause; a nämnd table with
September's deviation; under a generic heading ("Nämndernas kommentarer") one bullet per nämnd in varied
shapes: "Socialnämnden −19,2 mnkr." with "kostar mer än planerat" and a year-on-year figure inside, "en
prognos som överstiger ramen med 14,6 mnkr" with three causes, "Omsorgsnämnden: blir dyrare än beräknat",
a possessive "Samhällsbyggnadsnämndens underskott", a bracketed September figure, "ett positivt utfall
jämfört med budget" in a bullet that runs over the page break, an amount in words ("drygt en miljon kronor") and one nämnd that "bedöms hålla
budget" (boilerplate); tax revenue, then pensions and the finance net as a "respektive" pair (two items,
no tags); investments "118 mnkr inte förbrukas", two projects as a "respektive" pair and a home for the
elderly "cirka 6 mnkr över projektbudgeten"; actions with and without an effect after an unlabelled
lead-in, the balanskrav and liquidity and a financial goal not met with "beror på" (others). 18 scored
causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Värmdö kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-19", "KS 2025/0487", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas helårsprognos 2025, mnkr (positivt tal = bättre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Budgetavvikelse", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "312,4", "306,2", "6,2", "5,8"),
            ("Barn- och utbildningsnämnden", "1 185,0", "1 199,6", "−14,6", "−12,1"),
            ("Socialnämnden", "402,7", "421,9", "−19,2", "−19,0"),
            ("Omsorgsnämnden", "634,0", "636,8", "−2,8", "−2,4"),
            ("Samhällsbyggnadsnämnden", "96,3", "101,8", "−5,5", "−5,6"),
            ("Kultur- och fritidsnämnden", "88,1", "86,9", "1,2", "0,9"),
            ("Miljö- och byggnadsnämnden", "18,6", "20,4", "−1,8", "−1,5"),
            ("Överförmyndarnämnden", "6,1", "6,1", "0,0", "0,0"),
            ("Summa nämnder", "2 743,2", "2 779,7", "−36,5", "−33,9"),
        ),
        widths=(170.0, 58.0, 58.0, 84.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="sans-bold"),
        Title(
            "Värmdö kommun – ekonomisk uppföljning januari–oktober", size=11.5, font="serif-italic", after=12
        ),
        P(
            "Rapporten bygger på bokfört utfall till och med oktober och på nämndernas bedömningar av helåret. "
            "Den behandlas av kommunstyrelsen och anmäls därefter till kommunfullmäktige."
        ),
        H("Kommunens resultat", 1),
        P(
            "Periodens resultat är 94,1 miljoner kronor, vilket är 12,3 miljoner kronor lägre än den "
            "periodiserade budgeten.",
            C(
                None,
                "12,3 miljoner kronor",
                "-",
                note="The period against the periodised budget in a sentence of its own: a cause.",
            ),
        ),
        P(
            "Prognosen för helåret är ett resultat på 48,2 miljoner kronor. Det är 21,8 miljoner kronor sämre än "
            "budgeterat resultat på 70,0 miljoner kronor.",
            C(None, "21,8 miljoner kronor", "-", note="The result against the budgeted result."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans en budgetavvikelse på −36,5 miljoner kronor (−33,9 i september), "
            "som delvis vägs upp av finansförvaltningen med +14,7 miljoner kronor.",
            C(
                "Nämnderna",
                "−36,5 miljoner kronor",
                "-",
                note="Two parts with their own amounts in one sentence: two items; September's figure in brackets "
                "is not the amount.",
                also=(C("Finansförvaltningen", "+14,7 miljoner kronor", "+"),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen är kommunens resultat 2,6 miljoner kronor sämre, framför allt på grund "
            "av att fler elever än beräknat har rätt till skolskjuts.",
            F(None, "2,6 miljoner kronor", "-", "volymer"),
        ),
        committees,
        Space(14),
        H("Nämndernas kommentarer", 2),
        Bullets(
            (
                "Socialnämnden −19,2 mnkr. Placeringar av barn och unga samt köpt vård för vuxna med missbruk kostar "
                "mer än planerat. Utbetalningarna av ekonomiskt bistånd har dessutom ökat med 14 procent jämfört med "
                "samma period förra året.",
                "Barn- och utbildningsnämnden redovisar en prognos som överstiger ramen med 14,6 mnkr. Det förklaras "
                "av fler barn med omfattande stödbehov i förskola och grundskola, dyrare skolskjutsar efter den nya "
                "upphandlingen och att statsbidraget för likvärdig skola blev lägre än beräknat.",
                "Omsorgsnämnden: blir dyrare än beräknat med 2,8 mnkr, främst inom hemtjänsten där antalet beviljade "
                "timmar har ökat, samtidigt som intäkterna från omvårdnadsavgifter ligger under budget.",
                "Samhällsbyggnadsnämndens underskott på 5,5 mnkr beror på den snörika vintern i början av året och på "
                "att driftkostnaderna för de nya gång- och cykelvägarna på Ingarö inte har finansierats i ramen.",
                "Miljö- och byggnadsnämnden −1,8 mnkr (−1,5) till följd av lägre intäkter från bygglov och "
                "strandskyddsdispenser.",
                "Kommunstyrelsen visar ett positivt utfall jämfört med budget på 6,2 mnkr. Flera tjänster inom "
                "kommunledningskontoret har varit vakanta, och konsultkostnaderna för den nya översiktsplanen blir "
                "lägre än beräknat.",
                "Kultur- och fritidsnämnden beräknas lämna ett överskott på drygt en miljon kronor, eftersom "
                "simhallen i Gustavsberg har varit stängd för reparation under sommaren.",
                "Överförmyndarnämnden bedöms hålla budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "−19,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="'Kostar mer än planerat'; the 14 percent against last year stays inside the bullet.",
                ),
                C("Barn- och utbildningsnämnden", "14,6 mnkr", "-", "volymer", "prisokningar", "statsbidrag"),
                C("Omsorgsnämnden", "2,8 mnkr", "-", "volymer", "avgifter_intakter"),
                C(
                    "Samhällsbyggnadsnämnden",
                    "5,5 mnkr",
                    "-",
                    "ovrigt",
                    note="Snow and unfunded running costs: ovrigt.",
                ),
                C("Miljö- och byggnadsnämnden", "−1,8 mnkr", "-", "avgifter_intakter"),
                C(
                    "Kommunstyrelsen",
                    "6,2 mnkr",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    note="Consultants: inhyrd_personal.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "ovrigt",
                    value=1_000_000,
                    note="An amount in words (the table shows 1,2); a repair closure is ovrigt.",
                ),
                BP("Överförmyndarnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 9,1 miljoner kronor högre än budgeterat, "
            "i huvudsak till följd av en högre slutavräkning för 2024.",
            C("Skatteintäkter och generella statsbidrag", "9,1 miljoner kronor", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot blir 3,4 respektive 2,2 miljoner kronor bättre än budget.",
            C(
                "Pensionskostnader",
                "3,4",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Finansnetto", "2,2 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 412 mnkr mot en budget på 530 mnkr, vilket innebär att 118 mnkr inte förbrukas "
            "under året.",
            C(
                "Investeringar",
                "118 mnkr",
                "+",
                note="Investment under-spending (positive); no reason given.",
            ),
        ),
        P(
            "Projekten Ålstäketskolan och Gustavsbergs centrum, etapp 2, förbrukar 38 respektive 22 mnkr mindre än "
            "budgeterat, eftersom byggstarterna har flyttats till våren 2026.",
            C(
                "Ålstäketskolan",
                "38",
                "+",
                "periodisering",
                unit="mnkr",
                note="Investment: two projects as a 'respektive' pair, one cause: two items.",
                also=(C("Gustavsbergs centrum, etapp 2", "22 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Ombyggnaden av Hemmesta vård- och omsorgsboende blir däremot dyrare än beräknat, cirka 6 mnkr över "
            "projektbudgeten, till följd av prisökningar på byggmaterial och installationer.",
            C(
                "Hemmesta vård- och omsorgsboende",
                "cirka 6 mnkr",
                "-",
                "prisokningar",
                note="Investment overrun.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har uppmanat de nämnder som prognostiserar underskott att vidta åtgärder.",
                None,
            ),
            (
                "Socialnämnden har infört ett förstärkt beslutsstöd inför alla nya placeringar.",
                A("Socialnämnden", None, "kopt_verksamhet"),
            ),
            (
                "Barn- och utbildningsnämnden har infört anställningsprövning för alla tjänster utanför "
                "undervisningen, vilket beräknas minska kostnaderna med 1,5 mnkr under resten av året.",
                A("Barn- och utbildningsnämnden", "1,5 mnkr", "bemanning"),
            ),
        ),
        H("Balanskrav, likviditet och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 44,0 miljoner kronor och balanskravet uppfylls. Likviditeten är god "
            "och inga nya lån har tagits upp under året.",
            O(None, note="Balanskrav and liquidity."),
        ),
        P(
            "Två av fullmäktiges fyra finansiella mål bedöms uppnås. Målet om en nettokostnadsandel under 98 procent "
            "nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Financial goals with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="varmdo-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Värmdö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Värmdö kommun"},
        style=style,
        blocks=blocks,
    )
