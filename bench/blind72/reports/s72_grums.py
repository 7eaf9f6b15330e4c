"""Grums kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in Times (Liberation Serif) 10.5 pt, footer with the arbetsutskott's meeting date
in November: the full year "7,6 mnkr lägre än det budgeterade resultatet" between two levels, the period
"3,1 mnkr sämre än periodiserad budget" in a sentence of its own, one sentence splitting the result into the
nämnder's "överskrida sina ramar med 13,9 mnkr" and the finance function's "överskott på 6,3 mnkr", the change
since September; a table in tkr with deficits as a minus separated by a space ("- 9 450") and the September
deviation beside October's; bullets under a generic heading ("Ekonomiavdelningens kommentarer") in varied
shapes: "redovisar ett underskott på 0,85 mnkr" with three causes, "landar på −4,3 mnkr", a possessive
"Socialnämndens underskott om 9,45 mnkr" with a part ("6,1 mnkr över budget") that is not the amount, an
amount in words ("sjuhundratusen kronor"), "bedöms hålla sin budget" (boilerplate) and the finance function's
tax revenue, pensions and finance net in one bullet (three items); investments "Av årets investeringsbudget
på 64,0 mnkr beräknas 41,5 mnkr användas" (22,5 never written out) and a project overrun; an action with its
effect, liquidity and population against the turn of the year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 76.0, 68.0, 74.0),
        header=lambda n, m: ("Grums kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-18", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2025, tkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "96 400", "97 250", "- 850", "- 600"),
            ("Barn- och utbildningsnämnden", "268 900", "273 200", "- 4 300", "- 3 900"),
            ("Socialnämnden", "301 700", "311 150", "- 9 450", "- 8 700"),
            ("Miljö- och byggnämnden", "6 800", "6 100", "700", "500"),
            ("Revisionen", "1 100", "1 100", "0", "0"),
            ("Summa nämnder", "674 900", "688 800", "- 13 900", "- 12 700"),
            ("Finansförvaltningen", "", "", "6 300", "6 500"),
            ("Totalt", "", "", "- 7 600", "- 6 200"),
        ),
        widths=(160.0, 68.0, 72.0, 70.0, 70.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="times-bold", after=2),
        Title("Grums kommun – samtliga nämnder", size=13, font="times", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens prognos för helåret 2025 pekar på ett resultat på 4,2 mnkr, vilket är 7,6 mnkr lägre än "
                "det budgeterade resultatet på 11,8 mnkr.",
                C(
                    None,
                    "7,6 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
            (
                "Utfallet till och med oktober är 3,1 mnkr sämre än periodiserad budget.",
                C(None, "3,1 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        PS(
            (
                "Nämnderna beräknas sammantaget överskrida sina ramar med 13,9 mnkr, medan finansförvaltningen väntas "
                "ge ett överskott på 6,3 mnkr.",
                C(
                    "Nämnderna",
                    "13,9 mnkr",
                    "-",
                    note="The result split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "6,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
            ("Jämfört med septemberprognosen är det en försämring med 1,4 mnkr.", F(None, "1,4 mnkr", "-")),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett underskott på 0,85 mnkr, där högre kostnader för vinterväghållningen i "
                "början av året och ett nytt licensavtal för ekonomisystemet bara delvis vägs upp av vakanser på "
                "kommunledningskontoret.",
                "Barn- och utbildningsnämnden landar på −4,3 mnkr. Fler barn i förskolan än budgeterat och ökade "
                "kostnader för elever i andra kommuners gymnasieskolor förklarar underskottet.",
                "Socialnämndens underskott om 9,45 mnkr beror främst på externa placeringar av barn och unga, där "
                "kostnaderna ligger 6,1 mnkr över budget, samt på ett ökat antal beviljade hemtjänsttimmar.",
                "Miljö- och byggnämndens intäkter från bygglov blir högre än väntat och ger ett överskott på "
                "sjuhundratusen kronor.",
                "Revisionen bedöms hålla sin budget.",
                "Finansförvaltningen: skatteintäkterna blir 2,9 mnkr lägre än budget enligt SKR:s oktoberprognos, "
                "medan pensionskostnaderna blir 5,1 mnkr lägre och finansnettot 4,1 mnkr bättre än budgeterat.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "0,85 mnkr",
                    "-",
                    "ovrigt",
                    "it_digitalisering",
                    "vakanser",
                    note="Winter road maintenance (weather) is ovrigt.",
                ),
                C("Barn- och utbildningsnämnden", "−4,3 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Socialnämnden",
                    "9,45 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A possessive names the area; the placements' 6,1 mnkr is a part, not the amount.",
                ),
                C(
                    "Miljö- och byggnämnden",
                    "sjuhundratusen kronor",
                    "+",
                    "avgifter_intakter",
                    value=700_000,
                    note="Amount in words.",
                ),
                BP("Revisionen"),
                C(
                    "Skatteintäkter",
                    "2,9 mnkr",
                    "-",
                    note=NO_TAG + " Three finance items in one bullet.",
                    also=(
                        C("Pensionskostnader", "5,1 mnkr", "+", note=NO_TAG),
                        C("Finansnetto", "4,1 mnkr", "+", note=NO_TAG),
                    ),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 64,0 mnkr beräknas 41,5 mnkr användas, främst eftersom ombyggnaden av "
            "vattenverket i Grums har försenats och delvis flyttas till 2026.",
            C(
                "Investeringar",
                "64,0 mnkr beräknas 41,5 mnkr",
                "+",
                "periodisering",
                value=22_500_000,
                note="Under-spending of 22,5 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Nytt tillagningskök i Borgviksskolan beräknas överskrida sin projektbudget med 1,8 mnkr till "
            "följd av dyrare ventilations- och elinstallationer än kalkylerat.",
            C("Nytt tillagningskök i Borgviksskolan", "1,8 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med anställningsprövning och en översyn av samtliga "
            "externa placeringar, som beräknas minska kostnaderna med 2,0 mnkr på helårsbasis.",
            A("Socialnämnden", "2,0 mnkr", "kopt_verksamhet"),
        ),
        H("Likviditet och befolkning", 2),
        P(
            "Kommunens likviditet uppgick till 38 mnkr vid utgången av oktober, vilket är tillräckligt för att klara "
            "årets investeringar utan nya lån.",
            O(None, note="Liquidity: other."),
        ),
        P(
            "Antalet invånare har minskat med 64 personer sedan årsskiftet, vilket främst beror på ett negativt "
            "flyttnetto.",
            O(None, note="Population against the turn of the year: other."),
        ),
    ]
    return ReportSpec(
        file="grums-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Grums",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Grums kommun"},
        style=style,
        blocks=blocks,
    )
