"""Ystads kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr, Liberation Sans 9.5 pt, footer with the kommunstyrelse's meeting date in
November: the full year "19,4 mnkr lägre än det budgeterade resultatet" between two levels, then one sentence
splitting it into the nämnder's "sammantagna underskott på −31,2 mnkr" and the finance function's "överskott på
11,8 mnkr" (two items), the change since September with its cause; a table per nämnd with hyphen-minus
deficits and the deviation in October and September side by side; per-nämnd bullets under a generic heading
("Ekonomiavdelningens kommentarer") in varied shapes: "redovisar ett underskott på 18,6 mnkr", a possessive
"Vård- och omsorgsnämndens prognos landar på -12,7 mnkr", "bedöms gå 4,1 mnkr över ramen", a colon "ett
överskott om 2,3 mnkr", "drygt en miljon kronor" in words, "ger ett underskott mot budget på 0,8 mnkr", a
reason-only kommunstyrelse (the row's "1,6") and "håller budget" (boilerplate); tax revenue, then pensions
and the finance net as a "respektive" pair; investments "Att 76 mnkr inte förbrukas" after two levels and a
project that "beräknas överskrida projektbudgeten med 8,5 mnkr"; two actions, balanskrav and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Ystads kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-19", "Dnr KS 2025/412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "142,8", "141,2", "1,6", "1,2"),
            ("Barn- och utbildningsnämnden", "512,4", "516,5", "-4,1", "-3,8"),
            ("Kultur- och utbildningsnämnden", "214,6", "212,3", "2,3", "2,0"),
            ("Socialnämnden", "168,9", "187,5", "-18,6", "-15,2"),
            ("Vård- och omsorgsnämnden", "498,0", "510,7", "-12,7", "-12,4"),
            ("Samhällsbyggnadsnämnden", "96,5", "95,4", "1,1", "1,0"),
            ("Miljö- och byggnadsnämnden", "14,2", "15,0", "-0,8", "-0,7"),
            ("Överförmyndarnämnden", "4,1", "4,1", "0,0", "0,0"),
            ("Summa nämnder", "1 651,5", "1 682,7", "-31,2", "-27,9"),
            ("Finansförvaltningen", "", "", "11,8", "11,8"),
            ("Totalt", "", "", "-19,4", "-16,1"),
        ),
        widths=(170.0, 66.0, 70.0, 72.0, 72.0),
        bold_rows=frozenset({8, 10}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Ystads kommun – kommunstyrelsen och nämnderna", size=12, font="arial", after=12),
        H("Sammanfattning", 1),
        PS(
            (
                "Kommunens prognostiserade resultat för 2025 uppgår till 28,6 mnkr, vilket är 19,4 mnkr lägre än det "
                "budgeterade resultatet på 48,0 mnkr.",
                C(
                    None,
                    "19,4 mnkr",
                    "-",
                    note="The deviation between two levels: the deviation is the amount.",
                ),
            ),
            (
                "Avvikelsen består av nämndernas sammantagna underskott på −31,2 mnkr, som delvis vägs upp av "
                "finansförvaltningens överskott på 11,8 mnkr.",
                C(
                    "Nämnderna",
                    "−31,2 mnkr",
                    "-",
                    note="One sentence, two areas with their own amounts: two items.",
                    also=(C("Finansförvaltningen", "11,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har resultatet försämrats med 3,3 mnkr, främst på grund av fler externa "
            "placeringar av barn och unga.",
            F(None, "3,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomiavdelningens kommentarer", 3),
        Bullets(
            (
                "Socialnämnden redovisar ett underskott på 18,6 mnkr. Kostnaderna för externa placeringar av barn och "
                "unga och för ekonomiskt bistånd fortsätter att öka.",
                "Vård- och omsorgsnämndens prognos landar på -12,7 mnkr, där hemtjänsten har fler beviljade timmar än "
                "budgeterat och den höga sjukfrånvaron i särskilt boende har krävt timvikarier.",
                "Barn- och utbildningsnämnden bedöms gå 4,1 mnkr över ramen. Fler barn i förskolan än planerat och "
                "fler elever med rätt till skolskjuts förklarar avvikelsen.",
                "Kultur- och utbildningsnämnden: ett överskott om 2,3 mnkr, till följd av vakanta lärartjänster i "
                "gymnasieskolan och högre intäkter för elever från andra kommuner.",
                "Samhällsbyggnadsnämnden beräknas göra ett överskott på drygt en miljon kronor, eftersom "
                "vinterväghållningen blev billigare än budgeterat under årets första månader.",
                "Miljö- och byggnadsnämnden får lägre intäkter från bygglov än väntat, vilket ger ett underskott mot "
                "budget på 0,8 mnkr.",
                "Kommunstyrelsens egen verksamhet visar ett överskott, framför allt beroende på vakanser inom "
                "kommunledningskontoret och lägre kostnader för licenser.",
                "Överförmyndarnämnden håller budget.",
            ),
            labels=(
                C("Socialnämnden", "18,6 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Vård- och omsorgsnämnden",
                    "-12,7 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    note="A possessive names the area.",
                ),
                C("Barn- och utbildningsnämnden", "4,1 mnkr", "-", "volymer"),
                C("Kultur- och utbildningsnämnden", "2,3 mnkr", "+", "vakanser", "avgifter_intakter"),
                C(
                    "Samhällsbyggnadsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "ovrigt",
                    value=1_000_000,
                    note="An amount in words; a mild winter is ovrigt.",
                ),
                C("Miljö- och byggnadsnämnden", "0,8 mnkr", "-", "avgifter_intakter"),
                C(
                    "Kommunstyrelsen",
                    "1,6",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                    note="Reasons only: the table row's October cell.",
                ),
                BP("Överförmyndarnämnden"),
            ),
            glyph="•",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna blir 6,9 mnkr högre än budgeterat enligt SKR:s oktoberprognos.",
                C("Skatteintäkter", "6,9 mnkr", "+", note=NO_TAG),
            ),
            (
                "Lägre pensionskostnader och ett bättre finansnetto bidrar med 3,1 respektive 1,8 mnkr.",
                C(
                    "Pensionskostnader",
                    "3,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "1,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 312 mnkr och prognosen till 236 mnkr. Att 76 mnkr inte förbrukas "
            "beror främst på att ombyggnaden av ett särskilt boende i Köpingebro har skjutits till 2026.",
            C("Investeringar", "76 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Nytt reningsverk etapp 2 beräknas överskrida projektbudgeten med 8,5 mnkr på grund av högre "
            "entreprenadpriser.",
            C("Nytt reningsverk etapp 2", "8,5 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat om anställningsprövning i alla förvaltningar från november. Effekten beräknas "
            "till 2,0 mnkr under resten av året.",
            A(None, "2,0 mnkr", "vakanser"),
        ),
        P(
            "Socialnämnden har tagit fram en handlingsplan för att minska antalet externa placeringar.",
            A("Socialnämnden", None, "kopt_verksamhet"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Balanskravsresultatet beräknas till 24,9 mnkr och kommunen klarar därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Osäkerheten i prognosen är störst inom socialnämnden, där enstaka placeringar kan påverka utfallet med "
            "flera miljoner kronor.",
            O("Socialnämnden", "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="ystad-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
