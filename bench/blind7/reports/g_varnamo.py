"""Värnamo kommun, Vård- och omsorgsnämnden, månadsuppföljning juni 2025.

A care committee's month report whose kostnadsslag table shows costs as positive and revenue as negative
numbers, with "Avvikelse" = prognos − budget, so a positive deviation is a worse result for every row (the
convention is given in a note after the table, not labelled): the period's deviation and the full year's
in one sentence (the full year's is the amount), the change since the tertial report with its cause, the
table with April's deviation; bold run-in kostnadsslag: revenue "2,3 mnkr lägre än budgeterat" (grants and
fees), personnel "0,75 procent över budget" with its cause in the next sentence (a percentage only: the
amount is the table row's positive "3,1", the direction negative), bought services with no amount (the
table row's "2,5"), premises "Enligt budget." (boilerplate) and other costs "2,1 mnkr lägre än budgeterat"
(aids and IT licences); one sentence naming three verksamheter, two in a "respektive" pair and a third
after "medan" with the opposite direction (three items, no causes); home-care hours against the budgeted
hours (other, a supporting figure); two actions as dashed bullets (one with its effect) and a summer
staffing risk with a range. Liberation Sans Narrow 10.5 pt, a footer with the meeting date in August.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Amount from the table row (mnkr, prognos − budget: positive = a worse result); the direction is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 78.0, 72.0, 72.0),
        header=lambda n, m: ("Värnamo kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-08-27", "Dnr VON.2025.214", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomisk sammanställning per kostnadsslag 2025 (mnkr)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Intäkter", "−128,4", "−126,1", "2,3", "1,5"),
            ("Personalkostnader", "412,6", "415,7", "3,1", "2,2"),
            ("Köp av verksamhet", "38,9", "41,4", "2,5", "1,9"),
            ("Lokalkostnader", "46,2", "46,2", "0,0", "0,0"),
            ("Övriga kostnader", "31,7", "29,6", "−2,1", "−1,4"),
            ("Nettokostnad", "401,0", "406,8", "5,8", "4,2"),
        ),
        widths=(150.0, 66.0, 66.0, 66.0, 86.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsuppföljning juni 2025", size=19, font="narrow-bold"),
        Title("Vård- och omsorgsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Vård- och omsorgsnämnden har till och med juni en negativ avvikelse mot periodiserad budget på 2,4 mnkr, "
            "och helårsprognosen pekar på ett underskott på 5,8 mnkr.",
            C(
                None,
                "5,8 mnkr",
                "-",
                note="The period's deviation first, the full year's second, in one sentence: the full year's is the "
                "amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 1,6 mnkr sedan tertialrapporten i april, främst på grund av fler köpta "
            "platser inom socialpsykiatrin.",
            F(None, "1,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        P(
            "Avvikelsen i tabellen beräknas som prognos minus budget. Kostnader redovisas med positivt tecken och "
            "intäkter med negativt, så ett positivt tal innebär ett sämre resultat än budgeterat.",
            size=9.5,
        ),
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter.",
            "Intäkterna blir 2,3 mnkr lägre än budgeterat. Statsbidraget för äldreomsorgens bemanning har minskat, "
            "och omvårdnadsavgifterna har blivit lägre då fler brukare har fått sin avgift reducerad efter den nya "
            "maxtaxan.",
            C("Intäkter", "2,3 mnkr", "-", "statsbidrag", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna ligger 0,75 procent över budget. Det beror på hög sjukfrånvaro inom hemtjänsten i "
            "Värnamo tätort och Bor under våren, som har täckts med timvikarier och övertid, och på att sommarens "
            "semestervikarier har behövt anställas tidigare än planerat.",
            C(
                "Personalkostnader",
                "3,1",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="mnkr",
                table=True,
                note=ROW + " The prose gives a percentage only.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Nämnden har köpt fler platser inom socialpsykiatrin än budgeterat, i genomsnitt fem platser mot två i "
            "budgeten. En placering på särskilt boende utanför kommunen har dessutom tillkommit i maj.",
            C(
                "Köp av verksamhet",
                "2,5",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note=ROW + " No amount in the prose.",
            ),
        ),
        LP("Lokalkostnader.", "Enligt budget.", BP("Lokalkostnader")),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader blir 2,1 mnkr lägre än budgeterat. Inköpen av hjälpmedel och förbrukningsmaterial har "
            "minskat sedan den nya rutinen för förskrivning infördes, och kostnaderna för IT-licenser sjönk när två "
            "verksamhetssystem avvecklades.",
            C(
                "Övriga kostnader",
                "2,1 mnkr",
                "+",
                "material_hjalpmedel",
                "it_digitalisering",
                note="The table shows −2,1 (a better result under its convention).",
            ),
        ),
        H("Verksamheterna", 2),
        P(
            "Hemtjänsten och socialpsykiatrin står för den största delen av underskottet, 3,4 respektive 2,7 mnkr, "
            "medan särskilt boende visar ett överskott på 0,3 mnkr.",
            C(
                "Hemtjänst",
                "3,4",
                "-",
                unit="mnkr",
                note="A 'respektive' pair and a third verksamhet after 'medan' with the opposite direction: three "
                "items, same text, no causes; '3,4' takes its unit from '2,7 mnkr'.",
                also=(
                    C("Socialpsykiatri", "2,7 mnkr", "-"),
                    C("Särskilt boende", "0,3 mnkr", "+"),
                ),
            ),
        ),
        P(
            "Antalet utförda hemtjänsttimmar under januari–juni var 171 400, vilket är 4 procent fler än budgeterat.",
            O(
                "Hemtjänst",
                "volymer",
                note="Hours against the budgeted hours: a supporting figure, not money.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Daglig uppföljning av sjukfrånvaro och bemanning i hemtjänsten tillsammans med den centrala "
                "bemanningsenheten.",
                "Hemtagning av två placeringar inom socialpsykiatrin till det egna stödboendet i Forsheda från "
                "september, med en beräknad besparing på 0,6 mnkr under hösten.",
            ),
            labels=(
                A("Hemtjänst", None, "sjukfranvaro", "bemanning", note="No effect stated."),
                A("Socialpsykiatri", "0,6 mnkr", "kopt_verksamhet"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Bemanningen under sommaren är fortfarande osäker. Om semesterperioden kräver mer övertid än planerat kan "
            "underskottet öka med ytterligare 1–2 mnkr.",
            O(None, "overtid", note="Risk, with a range."),
        ),
    ]
    return ReportSpec(
        file="varnamo-von-manadsuppfoljning-2025-06.pdf",
        report={
            "municipality": "Värnamo",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning juni 2025 Vård- och omsorgsnämnden",
            "author": "Värnamo kommun",
        },
        style=style,
        blocks=blocks,
    )
