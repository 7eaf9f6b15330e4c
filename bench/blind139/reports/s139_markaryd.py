"""Markaryds kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A small kommun's whole-kommun month report in mnkr, footer with the kommunstyrelse's meeting date in November:
the full year "9,4 mnkr lägre än budgeterat resultat" between two levels, one sentence splitting it into the
nämnder's "−17,3 mnkr" and the finance function's "överskott på 7,9 mnkr" (two items), the change since
September; a table with the deviation in October and September side by side; bullets under a generic heading
in varied shapes ("överskott 1,5 mnkr" after a colon, "beräknas överskrida sin ram med 6,8 mnkr", a
possessive "Socialnämndens underskott om 12,4 mnkr (11,0 mnkr i september)" with a "varav" part, "ett litet
överskott, 0,4 mnkr", "följer sin budget"); tax revenue, then pensions and the finance net as a "respektive"
pair; investments "61,0 mnkr mot en budget på 88,5 mnkr" (27,5 never written out) and a project "överskrida
projektbudgeten med 2,3 mnkr"; an action with no amount, balanskrav and staff against last year (other).
DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Markaryds kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-19", "Dnr KS 2025/188", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "117,1", "+1,5", "+0,9"),
            ("Barn- och utbildningsnämnden", "268,2", "275,0", "−6,8", "−6,1"),
            ("Socialnämnden", "331,9", "344,3", "−12,4", "−11,0"),
            ("Miljö- och byggnadsnämnden", "9,8", "9,4", "+0,4", "+0,4"),
            ("Revisionen", "1,2", "1,2", "0,0", "0,0"),
            ("Summa nämnder", "729,7", "747,0", "−17,3", "−15,8"),
        ),
        widths=(170.0, 64.0, 64.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="serif-bold", after=2),
        Title("Markaryds kommun", size=12.5, font="serif", after=12),
        H("Kommunens resultat och prognos", 2),
        P(
            "Kommunens prognos för 2025 visar ett resultat på 14,6 mnkr, vilket är 9,4 mnkr lägre än "
            "budgeterat resultat på 24,0 mnkr.",
            C(None, "9,4 mnkr", "-", note="The deviation between two levels."),
        ),
        PS(
            (
                "Nämndernas sammanlagda avvikelse är −17,3 mnkr, medan finansförvaltningen beräknas ge ett "
                "överskott på 7,9 mnkr.",
                C(
                    "Nämnderna",
                    "−17,3 mnkr",
                    "-",
                    note="The result split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "7,9 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med septemberprognosen har nämndernas avvikelse försämrats med 1,5 mnkr, i huvudsak inom "
                "socialnämnden.",
                F("Nämnderna", "1,5 mnkr", "-"),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,5 mnkr, främst genom vakanta tjänster inom kommunledningskontoret "
                "och lägre arvoden för den politiska organisationen.",
                "Barn- och utbildningsnämnden beräknas överskrida sin ram med 6,8 mnkr. Det beror främst på fler "
                "elever i behov av särskilt stöd och högre kostnader för skolskjuts efter den nya upphandlingen.",
                "Socialnämndens underskott om 12,4 mnkr (11,0 mnkr i september) förklaras av köpt vård för barn "
                "och unga, ökade volymer i hemtjänsten och höga kostnader för bemanningssjuksköterskor. Av "
                "underskottet avser 5,2 mnkr individ- och familjeomsorgen.",
                "Miljö- och byggnadsnämnden visar ett litet överskott, 0,4 mnkr, tack vare fler bygglovsansökningar "
                "än beräknat.",
                "Revisionen följer sin budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "1,5 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Politicians' fees are ovrigt, as nämnd members' fees were in the ninth set.",
                ),
                C("Barn- och utbildningsnämnden", "6,8 mnkr", "-", "volymer", "prisokningar"),
                C(
                    "Socialnämnden",
                    "12,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "inhyrd_personal",
                    note="Last month's figure in brackets is not the amount; the 'varav' part stays in the item.",
                ),
                C("Miljö- och byggnadsnämnden", "0,4 mnkr", "+", "avgifter_intakter", "volymer"),
                BP("Revisionen"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 5,6 mnkr högre än budgeterat enligt SKR:s "
            "oktoberprognos.",
            C("Skatteintäkter och generella statsbidrag", "5,6 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot ger 1,4 respektive 0,9 mnkr bättre utfall än budget.",
            C(
                "Pensionskostnader",
                "1,4",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "0,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 61,0 mnkr mot en budget på 88,5 mnkr. Den lägre förbrukningen "
            "beror främst på att ombyggnaden av en av de centrala skolorna har skjutits till 2026.",
            C(
                "Investeringar",
                "61,0 mnkr mot en budget på 88,5 mnkr",
                "+",
                "periodisering",
                value=27.5e6,
                note="An under-spend never written out (88,5 − 61,0): the computed value.",
            ),
        ),
        P(
            "Renoveringen av simhallen beräknas överskrida projektbudgeten med 2,3 mnkr på grund av högre "
            "entreprenadpriser.",
            C("Renovering av simhallen", "2,3 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat om ett inköpsstopp för förbrukningsmaterial och inventarier i samtliga "
            "förvaltningar till årets slut.",
            A(None, None, "material_hjalpmedel"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 13,1 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Antalet månadsavlönade var i oktober 1 214, vilket är 31 fler än ett år tidigare. Ökningen beror "
            "främst på nya tjänster inom hemtjänsten.",
            O(None, "volymer", note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="markaryd-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Markaryds kommun", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
