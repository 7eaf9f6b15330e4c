"""Skövde kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in Liberation Sans (Arial metrics) 10 pt, footer with the kommunstyrelse's
meeting date in October: the full year "21,6 mnkr lägre än det budgeterade resultatet" between two levels, one
sentence splitting it into the nämnder's "underskott mot sina ramar på 47,2 mnkr" and, after "medan", the
finance function's "överskott på 25,6 mnkr" (two items), the change since August (a forecast change), a
table with the deviation in September and August side by side (U+2212 minus), then bullets under a generic
heading in varied shapes (a colon and "underskottet om", "räknar med att överskrida ramen", a possessive
"Socialnämndens prognos", "står för den största avvikelsen, −24,8 mnkr", "blir 3,5 mnkr dyrare än
budgeterat", "visar ett överskott på 3,1 mnkr", two nämnder as a "respektive" pair), the finance function's
tax revenue and a pensions/finance-net "respektive" pair, investments "116 mnkr" under budget after two
levels and a project overrun, an action with its effect, a tax-base risk and the balanskrav result (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

PAIR = "Two areas as a 'respektive' pair: one item each, same text."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Skövde kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-22", "Dnr KS2025.0311", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse sep", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "212,4", "209,3", "3,1", "2,8"),
            ("Barn- och utbildningsnämnden", "1 184,0", "1 196,4", "−12,4", "−11,9"),
            ("Gymnasienämnden", "318,6", "321,4", "−2,8", "−2,5"),
            ("Socialnämnden", "402,2", "411,8", "−9,6", "−9,0"),
            ("Vård- och omsorgsnämnden", "986,5", "1 011,3", "−24,8", "−20,1"),
            ("Tekniska nämnden", "96,3", "99,8", "−3,5", "−3,4"),
            ("Kultur- och fritidsnämnden", "141,0", "139,3", "1,7", "1,5"),
            ("Samhällsbyggnadsnämnden", "44,8", "43,7", "1,1", "1,0"),
            ("Summa nämnder", "3 385,8", "3 433,0", "−47,2", "−41,6"),
        ),
        widths=(180.0, 64.0, 64.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=20, font="arial-bold", after=2),
        Title("Skövde kommun, samlad ekonomisk uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för helåret pekar mot ett resultat på 58,4 mnkr, vilket är 21,6 mnkr lägre än det "
            "budgeterade resultatet på 80,0 mnkr.",
            C(None, "21,6 mnkr", "-", note="The whole kommun's full year between two levels."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott mot sina ramar på 47,2 mnkr, medan "
            "finansförvaltningen väntas visa ett överskott på 25,6 mnkr jämfört med budget.",
            C(
                "Nämnderna",
                "47,2 mnkr",
                "-",
                note="One sentence splitting the result: one item per part.",
                also=(C("Finansförvaltningen", "25,6 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med augustiprognosen har kommunens prognos försämrats med 6,3 mnkr, främst inom vård- och "
            "omsorgsnämnden.",
            F(None, "6,3 mnkr", "-", note="A nämnd named, no reason: no tags."),
        ),
        table,
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Barn- och utbildningsnämnden: underskottet om 12,4 mnkr beror på fler barn i behov av särskilt "
                "stöd och på ökade kostnader för elever som väljer fristående skolor.",
                "Gymnasienämnden räknar med att överskrida ramen med 2,8 mnkr. Orsaken är fler elever på "
                "introduktionsprogrammen än vad budgeten bygger på.",
                "Socialnämndens prognos är ett underskott på 9,6 mnkr, till följd av fler placeringar av barn och "
                "unga på HVB och ett ökat försörjningsstöd.",
                "Vård- och omsorgsnämnden står för den största avvikelsen, −24,8 mnkr. Hemtjänsten har fler "
                "beviljade timmar än budgeterat, och den höga sjukfrånvaron inom särskilt boende har krävt dyra "
                "korttidsvikarier.",
                "Tekniska nämnden blir 3,5 mnkr dyrare än budgeterat, främst på grund av högre energipriser i de "
                "kommunala fastigheterna och en vattenskada i Södra Ryds skola.",
                "Kommunstyrelsen visar ett överskott på 3,1 mnkr som framför allt förklaras av vakanta tjänster "
                "inom HR- och ekonomiavdelningarna.",
                "Kultur- och fritidsnämnden och samhällsbyggnadsnämnden redovisar överskott på 1,7 respektive 1,1 "
                "mnkr, tack vare högre intäkter från uthyrning av anläggningar och fler bygglovsärenden.",
            ),
            labels=(
                C(
                    "Barn- och utbildningsnämnden",
                    "12,4 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Pupils in independent schools are bought education: kopt_verksamhet.",
                ),
                C("Gymnasienämnden", "2,8 mnkr", "-", "volymer"),
                C(
                    "Socialnämnden",
                    "9,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    note="A possessive names the area.",
                ),
                C("Vård- och omsorgsnämnden", "−24,8 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
                C(
                    "Tekniska nämnden",
                    "3,5 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy prices are prisokningar, water damage ovrigt.",
                ),
                C("Kommunstyrelsen", "3,1 mnkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,7",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    note=PAIR,
                    also=(C("Samhällsbyggnadsnämnden", "1,1 mnkr", "+", "avgifter_intakter"),),
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        Para(
            (
                (
                    "Skatteintäkterna och de generella statsbidragen beräknas bli 18,2 mnkr högre än budgeterat "
                    "enligt SKR:s augustiprognos.",
                    C(
                        "Skatteintäkter och generella statsbidrag",
                        "18,2 mnkr",
                        "+",
                        note="A finance item: no tag.",
                    ),
                ),
                (
                    "Pensionskostnaderna och finansnettot väntas ge överskott på 4,9 respektive 2,5 mnkr.",
                    C(
                        "Pensionskostnader",
                        "4,9",
                        "+",
                        unit="mnkr",
                        note=PAIR + " Finance items: no tag.",
                        also=(C("Finansnetto", "2,5 mnkr", "+"),),
                    ),
                ),
            )
        ),
        P(
            "Prognosen för skatteintäkterna är osäker, eftersom arbetslösheten i regionen har ökat under hösten.",
            O("Skatteintäkter", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 412 mnkr beräknas 296 mnkr förbrukas under året, vilket ger en avvikelse på "
            "116 mnkr. Avvikelsen beror framför allt på att byggstarten för den nya skolan i Ryd har flyttats till "
            "våren 2026.",
            C(
                "Investeringar",
                "116 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels.",
            ),
        ),
        P(
            "Ombyggnaden av simhallen beräknas överskrida sin projektbudget med 7,4 mnkr till följd av högre "
            "entreprenadpriser.",
            C("Ombyggnad av simhallen", "7,4 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Anställningsprövning gäller sedan den 1 september i hela kommunen, vilket bedöms minska kostnaderna "
            "med 4 mnkr under resten av året.",
            A(None, "4 mnkr", "bemanning"),
        ),
        H("Balanskravsresultat", 2),
        P(
            "Balanskravsresultatet beräknas till 52,1 mnkr och kommunens likviditet bedöms som god under hela "
            "året.",
            O(None, note="Balanskrav and liquidity: other."),
        ),
    ]
    return ReportSpec(
        file="skovde-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
