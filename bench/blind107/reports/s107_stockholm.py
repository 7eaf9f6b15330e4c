"""Stockholms stad, Rinkeby-Kista stadsdelsnämnd, tertialrapport 1 2026 (januari–april).

A district committee's tertial report in Times (Liberation Serif) 10.5 pt with a footer carrying the
nämnd's meeting date in May: the full year "ett underskott om 14,2 mnkr före resultatöverföring" with a
percentage of the budget; one sentence splitting it into "9,8 respektive 7,1 mnkr över budget" and a
preschool surplus with no amount (the table row's "4,5"); ekonomiskt bistånd outside the frame as a level
and "6,4 mnkr mer än budget" with its reason in the next sentence; a verksamhetsområde table whose deviation
column is budget − prognos with hyphen-minus deficits ("-9,8"); then plain headings per area: a preschool
surplus "inom förskoleverksamheten" with a year-on-year child count in the same paragraph (other), elderly
care whose reasons come without an amount (the row's "-9,8") and a sub-area's surplus in a paragraph of its
own, LSS that "beräknas överskrida budget med 7,1 mnkr", individ- och familjeomsorg with reasons only (the
row's "-3,2"), an overall surplus from a vacancy and an undistributed buffer, two areas that "beräknas gå
jämnt ut" (two boilerplate items); investments "2,5 mnkr lägre än budget"; the change since February, an
action with its effect and the equity carried over (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only: the table row's deviation (budget − prognos, mnkr, hyphen-minus)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Rinkeby-Kista stadsdelsförvaltning", "Tjänsteutlåtande Dnr RK 2026/0312"),
        footer=lambda n, m: ("Rinkeby-Kista stadsdelsnämnd 2026-05-21", "", f"Sida {n} (av {m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, netto, mnkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd- och förvaltningsövergripande", "58,3", "56,9", "1,4"),
            ("Förskoleverksamhet", "412,6", "408,1", "4,5"),
            ("Äldreomsorg", "398,2", "408,0", "-9,8"),
            ("Stöd och service till personer med funktionsnedsättning", "286,4", "293,5", "-7,1"),
            ("Individ- och familjeomsorg", "174,0", "177,2", "-3,2"),
            ("Arbetsmarknadsåtgärder", "41,5", "41,5", "0,0"),
            ("Stadsmiljöverksamhet", "22,7", "22,7", "0,0"),
            ("Summa", "1 393,7", "1 407,9", "-14,2"),
        ),
        widths=(250.0, 70.0, 70.0, 65.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Rinkeby-Kista stadsdelsnämnd", size=13, font="times", after=12),
        H("Nämndens ekonomiska resultat", 2),
        P(
            "Nämnden prognostiserar för helåret ett underskott om 14,2 mnkr före resultatöverföring, motsvarande "
            "1,0 procent av budgeten.",
            C(None, "14,2 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        Para(
            (
                (
                    "Underskottet finns inom äldreomsorgen och inom stöd och service till personer med "
                    "funktionsnedsättning, som prognostiserar 9,8 respektive 7,1 mnkr över budget, medan "
                    "förskoleverksamheten beräknas lämna ett överskott.",
                    C(
                        "Äldreomsorg",
                        "9,8",
                        "-",
                        unit="mnkr",
                        note="A 'respektive' pair and a third area with no amount in the same sentence: three "
                        "items, the third takes its table row's cell.",
                        also=(
                            C("Stöd och service till personer med funktionsnedsättning", "7,1 mnkr", "-"),
                            C("Förskoleverksamhet", "4,5", "+", unit="mnkr", table=True),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Ekonomiskt bistånd, som finansieras ur stadens centrala budget, prognostiseras till 212,0 mnkr, vilket "
            "är 6,4 mnkr mer än budget. Fler hushåll har fått bistånd under längre tid, främst personer som nått "
            "slutet av etableringsperioden.",
            C(
                "Ekonomiskt bistånd",
                "6,4 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The forecast level (212,0 mnkr) is not the deviation.",
            ),
        ),
        table,
        H("Förskoleverksamhet", 3),
        Para(
            (
                (
                    "Överskottet om 4,5 mnkr inom förskoleverksamheten förklaras av att sju tjänster som "
                    "förskollärare inte har gått att tillsätta och av lägre kostnader för livsmedel efter den nya "
                    "upphandlingen.",
                    C("Förskoleverksamhet", "4,5 mnkr", "+", "vakanser", "prisokningar"),
                ),
                (
                    "Antalet inskrivna barn fortsätter att minska och är 3 procent lägre än samma period 2025.",
                    O(
                        "Förskoleverksamhet",
                        "volymer",
                        note="The number of children against the previous year.",
                    ),
                ),
            )
        ),
        H("Äldreomsorg", 3),
        P(
            "Inom äldreomsorgen är det hemtjänsten som står för underskottet. Antalet beviljade hemtjänsttimmar har "
            "ökat med 9 procent sedan december, och en större andel av timmarna än budgeterat utförs av den "
            "kommunala hemtjänsten. Dessutom har sjukfrånvaron i en av hemtjänstgrupperna varit hög, vilket har "
            "krävt dyra korttidsvikarier.",
            C(
                "Äldreomsorg",
                "-9,8",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        P(
            "Vård- och omsorgsboendet Solgläntan har däremot haft en beläggning på 98 procent och beräknas ge ett "
            "överskott på 1,2 mnkr.",
            C(
                "Vård- och omsorgsboende",
                "1,2 mnkr",
                "+",
                "volymer",
                note="A sub-area's deviation in a paragraph of its own: its own item.",
            ),
        ),
        H("Stöd och service till personer med funktionsnedsättning", 3),
        P(
            "Verksamheten beräknas överskrida budget med 7,1 mnkr. Två nya beslut om bostad med särskild service "
            "enligt LSS har verkställts i externa bostäder med höga dygnskostnader, och kostnaden för daglig "
            "verksamhet ökar med fler deltagare.",
            C(
                "Stöd och service till personer med funktionsnedsättning",
                "7,1 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Fler placeringar av ungdomar enligt LVU än beräknat, och en placering på särskilt ungdomshem där "
            "nämnden betalar en del av kostnaden, gör att kostnaderna blir högre än budget.",
            C(
                "Individ- och familjeomsorg",
                "-3,2",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Övriga verksamhetsområden", 3),
        P(
            "Nämnd- och förvaltningsövergripande verksamhet visar ett överskott på 1,4 mnkr till följd av att en "
            "avdelningschefstjänst har varit vakant och att en del av förvaltningens buffert inte har fördelats.",
            C("Nämnd- och förvaltningsövergripande", "1,4 mnkr", "+", "vakanser", "reserver"),
        ),
        P(
            "Arbetsmarknadsåtgärder och stadsmiljöverksamhet beräknas gå jämnt ut.",
            BP(
                "Arbetsmarknadsåtgärder",
                note="Two areas in one 'i balans' sentence: two boilerplate items.",
                also=(BP("Stadsmiljöverksamhet"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 8,0 mnkr avser främst inventarier till den nya förskolan i Husby. "
            "Prognosen är 5,5 mnkr, 2,5 mnkr lägre än budget, eftersom inflyttningen har senarelagts till januari "
            "2027.",
            C("Investeringar", "2,5 mnkr", "+", "periodisering"),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 3,6 mnkr, nästan helt inom hemtjänsten.",
            F(None, "3,6 mnkr", "-"),
        ),
        H("Åtgärder för en budget i balans", 2),
        P(
            "Förvaltningen har infört en ny planering av hemtjänstens insatser och ser över samtliga externa "
            "LSS-placeringar. Effekten bedöms till 2,0 mnkr under 2026.",
            A(None, "2,0 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        P(
            "Nämnden har inget eget kapital att föra över från 2025, eftersom bokslutet visade ett underskott som "
            "har reglerats mot stadens centrala medel.",
            O(None, note="Equity and result transfer: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-rinkeby-kista-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Rinkeby-Kista stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Rinkeby-Kista stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
