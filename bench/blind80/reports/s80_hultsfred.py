"""Hultsfreds kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in Arial-metric type, footer with the kommunstyrelse's meeting date in November:
the full year "14,6 mnkr lägre än det budgeterade resultatet" between two levels, the period against the
periodised budgeted result in a sentence of its own, one sentence splitting the result into the nämnder's
"underskott mot sina ramar på 23,1 mnkr" and the finance function's "bidrar positivt med 8,5 mnkr", the change
since September; a table with the deviation in October and September side by side (hyphen-minus); per-nämnd
bullets under a generic heading ("Ekonomiavdelningens kommentarer") in varied shapes ("överskott 1,9 mnkr"
after a colon, a possessive with a "varav" part, "beräknas överskrida sin ram med 17,3 mnkr (18,2 i
september)", "går mot ett underskott", "håller i stort sin budget"); taxes and grants as a "respektive" pair,
the finance net "bättre än budget", pensions "i nivå med budget"; investments with the budget, the outcome
and the forecast and "27,5 mnkr inte kommer att förbrukas", a project overrun "tre miljoner kronor" in words;
an action, a risk and the balanskrav result. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Hultsfreds kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "Dnr KS 2025/0388", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "96,5", "1,9", "1,4"),
            ("Barn- och utbildningsnämnden", "412,6", "419,0", "-6,4", "-7,0"),
            ("Socialnämnden", "486,2", "503,5", "-17,3", "-18,2"),
            ("Samhällsbyggnadsnämnden", "61,7", "63,3", "-1,6", "-1,2"),
            ("Miljö- och byggnadsnämnden", "7,9", "7,6", "0,3", "0,2"),
            ("Summa nämnder", "1 066,8", "1 089,9", "-23,1", "-24,8"),
            ("Finansförvaltningen", "", "", "8,5", "8,0"),
            ("Totalt mot budget", "", "", "-14,6", "-16,8"),
        ),
        widths=(168.0, 70.0, 72.0, 76.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
        shade=(0.87, 0.91, 0.95),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Hultsfreds kommun, samtliga nämnder", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för helåret pekar mot ett resultat på 9,8 mnkr, vilket är 14,6 mnkr lägre än det "
            "budgeterade resultatet på 24,4 mnkr.",
            C(None, "14,6 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Periodens resultat efter oktober uppgår till 31,2 mnkr och är därmed 4,7 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(None, "4,7 mnkr", "+", note="The period against the periodised budget, a sentence of its own."),
        ),
        P(
            "Nämnderna visar tillsammans ett underskott mot sina ramar på 23,1 mnkr, medan finansförvaltningen "
            "bidrar positivt med 8,5 mnkr, främst genom högre skatteintäkter än budgeterat.",
            C(
                "Nämnderna",
                "23,1 mnkr",
                "-",
                note="One sentence, two areas with their own amounts: two items. The finance function's reason "
                "belongs to it, and finance items get no tag.",
                also=(C("Finansförvaltningen", "8,5 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med septemberrapporten har prognosen förbättrats med 2,2 mnkr.",
            F(None, "2,2 mnkr", "+"),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,9 mnkr. Flera tjänster inom kommunledningskontoret har stått "
                "vakanta under hösten och kostnaderna för den politiska verksamheten blir lägre än beräknat.",
                "Barn- och utbildningsnämndens underskott på 6,4 mnkr förklaras främst av fler barn i behov av "
                "särskilt stöd och av interkommunala ersättningar för elever som valt skolor i andra kommuner, "
                "varav gymnasieskolan svarar för 4,1 mnkr.",
                "Socialnämnden beräknas överskrida sin ram med 17,3 mnkr (18,2 i september). Det beror på "
                "fortsatt höga kostnader för externa placeringar av barn och unga, ett ökat antal hushåll med "
                "försörjningsstöd och bemanningssjuksköterskor i hemsjukvården.",
                "Samhällsbyggnadsnämnden går mot ett underskott på 1,6 mnkr efter kostsamma reparationer av två "
                "pumpstationer och en dyrare vinterväghållning än planerat under våren.",
                "Miljö- och byggnadsnämnden håller i stort sin budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "1,9 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Politicians' fees and costs are ovrigt, as nämnd members' fees were in the ninth set.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,4 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="A possessive names the area; 'varav' a part: the total is the amount. Interkommunal "
                    "ersättning is kopt_verksamhet.",
                ),
                C(
                    "Socialnämnden",
                    "17,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "inhyrd_personal",
                    note="The bracket is September's figure, not the amount.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "1,6 mnkr",
                    "-",
                    "ovrigt",
                    note="Repairs and winter road maintenance are ovrigt.",
                ),
                BP("Miljö- och byggnadsnämnden", note="Although the table says 0,3."),
            ),
            glyph="•",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 6,9 respektive 1,2 mnkr mer än budgeterat, "
            "enligt SKR:s prognos i oktober.",
            C(
                "Skatteintäkter",
                "6,9",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items. Finance items get no tag.",
                also=(C("Generella statsbidrag", "1,2 mnkr", "+"),),
            ),
        ),
        P(
            "Finansnettot blir 0,4 mnkr bättre än budget tack vare lägre räntor på nyupplåningen.",
            C("Finansnetto", "0,4 mnkr", "+", note="Finance items get no tag."),
        ),
        P("Pensionskostnaderna ligger i nivå med budget.", BP("Pensionskostnader")),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 96,0 mnkr. Utfallet till och med oktober är 41,3 mnkr och "
            "prognosen för helåret är 68,5 mnkr, vilket innebär att 27,5 mnkr inte kommer att förbrukas under "
            "året. Det beror främst på att ombyggnaden av Lindbackeskolan har skjutits fram till 2026.",
            C("Investeringar", "27,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projektet Ny brandstation i Målilla beräknas däremot överskrida projektbudgeten med tre miljoner kronor "
            "till följd av högre entreprenadpriser.",
            C(
                "Ny brandstation i Målilla",
                "tre miljoner kronor",
                "-",
                "prisokningar",
                value=3_000_000,
                note="An investment overrun, the amount in words.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har infört anställningsprövning för alla tjänster och beslutat om en handlingsplan för "
            "att minska de externa placeringarna, med en beräknad effekt på 4,0 mnkr under 2026.",
            A("Socialnämnden", "4,0 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Risker och balanskrav", 2),
        Para(
            (
                (
                    "Prognosen är osäker för socialnämnden, där en enda ny placering kan kosta upp till 2 mnkr per "
                    "år.",
                    O("Socialnämnden", "kopt_verksamhet", note="A risk."),
                ),
                (
                    "Balanskravsresultatet beräknas bli 8,1 mnkr.",
                    O(None, note="Balanskrav: other."),
                ),
            )
        ),
    ]
    return ReportSpec(
        file="hultsfred-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
