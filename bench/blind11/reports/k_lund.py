"""Lunds kommun, Vård- och omsorgsnämnden, månadsrapport mars 2026.

An elderly and disability care committee's month report in mnkr, footer with the diarienummer: the period
against the budget as "ett utfall som är 6,8 mnkr högre än periodens budget" (costs higher: negative) and
the full year in the next sentence with the share of the budget frame and the total frame (neither is the
amount), followed by the areas that drive it; the change since February with its cause; a table whose
deviation column is "prognos − budget", so a plus is a cost over budget, stated in a note under it; then two
columns of headings that carry the area and the amount in the table's convention ("Hemtjänst +9,4 mnkr" is a
deficit, "Hälso- och sjukvård −3,2 mnkr" a surplus), one with a per-day cost that is not the amount, one
with a part (0,9 mnkr of lower fees) that is not the amount, one with an outlook sentence after the cause
(its own item); the two smallest areas as a "respektive" pair with opposite signs ("−0,8 respektive +0,7
mnkr"); investments "en avvikelse på 4,5 mnkr"; an action with its effect, a risk about a state grant and
sick leave against the previous year (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Space, Style, Table, Title

from reports.common import HP, A, C, F, O

SIGN = "The heading's sign follows the table's convention (prognos − budget): a plus is a cost over budget."


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
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Lunds kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Dnr VO 2026/0193", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "38,4", "9,1", "37,6", "−0,8"),
            ("Myndighetsutövning", "61,2", "15,6", "61,9", "+0,7"),
            ("Hemtjänst", "612,0", "158,3", "621,4", "+9,4"),
            ("Särskilt boende", "884,5", "219,8", "887,0", "+2,5"),
            ("LSS-boenden och daglig verksamhet", "498,3", "127,9", "505,2", "+6,9"),
            ("Hälso- och sjukvård", "119,6", "28,4", "116,4", "−3,2"),
            ("Totalt", "2 214,0", "559,1", "2 229,5", "+15,5"),
        ),
        widths=(170.0, 72.0, 78.0, 72.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="arial", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Efter årets första kvartal visar nämnden ett utfall som är 6,8 mnkr högre än periodens budget.",
                C(
                    None,
                    "6,8 mnkr",
                    "-",
                    note="The period: an outcome (costs) higher than the period's budget is negative.",
                ),
            ),
            (
                "För helåret bedöms underskottet bli 15,5 mnkr, vilket motsvarar 0,7 procent av nämndens budgetram "
                "på 2 214 mnkr. Det är framför allt hemtjänsten och de köpta platserna inom LSS som driver "
                "underskottet, medan hälso- och sjukvården dämpar det med ett överskott.",
                C(
                    None,
                    "15,5 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="The full year in its own sentence: its own item. The percentage and the frame are not "
                    "the amount; the areas named after it belong to it.",
                ),
            ),
        ),
        P(
            "Jämfört med februari har helårsprognosen försämrats med 3,1 mnkr, eftersom två brukare med omfattande "
            "insatser enligt LSS har flyttat in i kommunen under mars.",
            F(None, "3,1 mnkr", "-", "volymer"),
        ),
        table,
        P(
            "Avvikelsen är beräknad som prognos minus budget. Ett positivt tal innebär att kostnaderna väntas bli "
            "högre än budget.",
            size=8.5,
        ),
        Space(6),
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Hemtjänst +9,4 mnkr",
            "Antalet utförda hemtjänsttimmar ligger 7 procent över den budgeterade nivån, och andelen brukare med "
            "omfattande omvårdnadsbehov fortsätter att öka. Sjukfrånvaron i hemtjänstgrupperna Öster och Väster "
            "har dessutom legat kring 11 procent under kvartalet, vilket har krävt timvikarier och övertid.",
            C("Hemtjänst", "+9,4 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid", note=SIGN),
        ),
        HP(
            "LSS-boenden och daglig verksamhet +6,9 mnkr",
            "Underskottet beror till största delen på köpta platser i bostad med särskild service, där nämnden "
            "nu har elva externa placeringar mot budgeterade sju. Dygnskostnaden för de nya placeringarna är i "
            "genomsnitt 9 800 kronor.",
            C(
                "LSS-boenden och daglig verksamhet",
                "+6,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note=SIGN + " The per-day cost is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende +2,5 mnkr",
            "Nattbemanningen på de två nya avdelningarna på Solrosgården ryms inte fullt ut i budgeten. Samtidigt "
            "väntas intäkterna från omvårdnadsavgifter bli 0,9 mnkr lägre än budgeterat, eftersom flera platser har "
            "stått tomma i väntan på renovering.",
            C(
                "Särskilt boende",
                "+2,5 mnkr",
                "-",
                "bemanning",
                "avgifter_intakter",
                "volymer",
                note=SIGN + " The 0,9 mnkr of lower fees is a part, not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Här finns ett överskott eftersom flera sjuksköterske- och fysioterapeuttjänster har varit "
                    "vakanta sedan årsskiftet.",
                    C(
                        "Hälso- och sjukvård",
                        "−3,2 mnkr",
                        "+",
                        "vakanser",
                        note=SIGN + " A minus is a surplus.",
                    ),
                ),
                (
                    "Rekryteringsläget bedöms bli bättre under hösten, och överskottet väntas då minska.",
                    O("Hälso- och sjukvård", "vakanser", note="Outlook after the cause: its own item."),
                ),
            ),
            head="Hälso- och sjukvård −3,2 mnkr",
            head_level=3,
        ),
        H("Övriga verksamheter", 3),
        P(
            "Nämnd och ledning samt myndighetsutövning visar −0,8 respektive +0,7 mnkr mot budget och ligger "
            "sammantaget i nivå med ramen.",
            C(
                "Nämnd och ledning",
                "−0,8",
                "+",
                unit="mnkr",
                note="A 'respektive' pair in the table's convention with opposite signs: two items, the first a "
                "surplus.",
                also=(C("Myndighetsutövning", "+0,7 mnkr", "-", note=SIGN),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en handlingsplan för hemtjänsten med ny planering av körvägar och en "
            "översyn av beviljade insatser. Planen beräknas minska kostnaderna med 2,0 mnkr under 2026.",
            A("Hemtjänst", "2,0 mnkr", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 14,0 mnkr har 1,2 mnkr använts hittills. Helårsprognosen är 9,5 mnkr, "
            "en avvikelse på 4,5 mnkr som förklaras av att upphandlingen av nya trygghetslarm har skjutits till 2027.",
            C(
                "Investeringar",
                "4,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; the budget, the spending so far and the forecast are not the amount.",
            ),
        ),
        H("Risker och personal", 2),
        P(
            "Prognosen förutsätter att statsbidraget för ökad bemanning inom äldreomsorgen betalas ut på samma nivå "
            "som 2025. Uteblir det påverkas resultatet negativt med upp till 12 mnkr.",
            O(None, "statsbidrag", note="A risk."),
        ),
        P(
            "Sjukfrånvaron i nämndens verksamheter var 8,9 procent under januari–mars, 0,6 procentenheter lägre än "
            "samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="lund-von-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Vård- och omsorgsnämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
