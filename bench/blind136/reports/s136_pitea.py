"""Piteå kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr, set in Liberation Serif, footer with the kommunstyrelse's meeting date in
November: the full year as "21,6 mnkr lägre än budgeterat resultat" between two levels, one sentence that
splits it into the nämnder's "underskott på 46,3 mnkr" and the finance function's "överskott om 24,7 mnkr"
(two items), the change since August with its cause, a nämnd table with hyphen-minus, then bullets under a
generic heading ("Ekonomistabens kommentarer per nämnd") in varied shapes: "underskott 27,6 mnkr." after a
colon, "kostnader överskrider budgetramen med 11,8 mnkr", "landar på minus 4,1 mnkr", "För
Fastighets- och servicenämnden beräknas ett överskott", "håller sin budget" (boilerplate), "drygt en halv
miljon kronor" in words and "visar -5,6 mnkr mot budget" with the reason in the next sentence; tax revenue in
one sentence and pensions and the finance net as a "respektive" pair; investments "116 mnkr inte används"
and a project "överskrida projektbudgeten med cirka 7 mnkr"; two actions and balanskrav and a goal not met
with "beror på" (others).

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
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("PITEÅ KOMMUN", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "312,4", "318,0", "-5,6"),
            ("Barn- och utbildningsnämnden", "1 104,6", "1 116,4", "-11,8"),
            ("Socialnämnden", "842,9", "870,5", "-27,6"),
            ("Samhällsbyggnadsnämnden", "96,2", "100,3", "-4,1"),
            ("Fastighets- och servicenämnden", "38,5", "36,2", "2,3"),
            ("Kultur- och fritidsnämnden", "88,7", "88,7", "0,0"),
            ("Miljö- och tillsynsnämnden", "14,1", "13,6", "0,5"),
            ("Summa nämnder", "", "", "-46,3"),
            ("Finansförvaltningen", "", "", "24,7"),
            ("Totalt", "", "", "-21,6"),
        ),
        widths=(190.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=9.0,
    )
    bullets = Bullets(
        items=(
            "Socialnämnden: underskott 27,6 mnkr. Externa placeringar av barn och unga och fler hushåll med "
            "ekonomiskt bistånd förklarar huvuddelen, liksom kostnader för bemanningsföretag inom hemsjukvården.",
            "Barn- och utbildningsnämndens kostnader överskrider budgetramen med 11,8 mnkr. Fler barn i förskolan än "
            "planerat och fler elever i behov av stöd är de främsta orsakerna.",
            "Samhällsbyggnadsnämnden landar på minus 4,1 mnkr, där vinterväghållningen under januari och februari "
            "blev betydligt dyrare än budgeterat.",
            "För Fastighets- och servicenämnden beräknas ett överskott på 2,3 mnkr tack vare lägre energikostnader "
            "och vakanta tjänster inom lokalvården.",
            "Kultur- och fritidsnämnden håller sin budget.",
            "Miljö- och tillsynsnämnden redovisar ett positivt utfall jämfört med budget om drygt en halv miljon "
            "kronor, eftersom två inspektörstjänster har varit obesatta under våren.",
            "Kommunstyrelsen, exklusive finansförvaltningen, visar -5,6 mnkr mot budget. Avvikelsen beror på "
            "kostnader för IT-säkerhet efter it-incidenten i juni och ett dyrare avtal för växeltjänster.",
        ),
        labels=(
            C("Socialnämnden", "27,6 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand", "inhyrd_personal"),
            C(
                "Barn- och utbildningsnämnden",
                "11,8 mnkr",
                "-",
                "volymer",
                note="A possessive names the area: 'Barn- och utbildningsnämndens kostnader'.",
            ),
            C("Samhällsbyggnadsnämnden", "minus 4,1 mnkr", "-", "ovrigt", note="Winter road upkeep: ovrigt."),
            C(
                "Fastighets- och servicenämnden",
                "2,3 mnkr",
                "+",
                "prisokningar",
                "vakanser",
                note="The area after 'För'.",
            ),
            BP("Kultur- och fritidsnämnden"),
            C(
                "Miljö- och tillsynsnämnden",
                "drygt en halv miljon kronor",
                "+",
                "vakanser",
                value=500_000,
                note="An amount in words: the stated figure (the table says 0,5).",
            ),
            C("Kommunstyrelsen", "-5,6 mnkr", "-", "it_digitalisering", "prisokningar"),
        ),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="times-bold", after=2),
        Title("Piteå kommun – prognos för helåret", size=13, font="times", after=14),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognos för helåret 2025 är ett resultat på 38,2 mnkr, vilket är 21,6 mnkr lägre än "
            "budgeterat resultat på 59,8 mnkr.",
            C(None, "21,6 mnkr", "-", note="The deviation between two levels."),
        ),
        PS(
            (
                "Nämnderna prognostiserar sammantaget ett underskott på 46,3 mnkr, medan finansförvaltningen väntas "
                "ge ett överskott om 24,7 mnkr.",
                C(
                    "Nämnderna",
                    "46,3 mnkr",
                    "-",
                    note="One sentence, two areas with their own amounts: two items.",
                    also=(C("Finansförvaltningen", "24,7 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med augustiprognosen har resultatet försämrats med 4,9 mnkr, främst på grund av ökade "
                "kostnader för placeringar inom socialtjänsten.",
                F(None, "4,9 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Ekonomistabens kommentarer per nämnd", 2),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,8 mnkr högre än budgeterat enligt den senaste "
            "skatteunderlagsprognosen.",
            C("Skatteintäkter och generella statsbidrag", "9,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna respektive finansnettot ger ett överskott på 8,2 respektive 6,7 mnkr.",
            C(
                "Pensionskostnader",
                "8,2",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "6,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 412 mnkr. Prognosen är att 296 mnkr förbrukas, vilket innebär "
            "att 116 mnkr inte används under året. Det beror främst på att ombyggnaden av simhallen har skjutits upp "
            "till 2026.",
            C("Investeringar", "116 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Ny vattenledning till Öjebyn beräknas överskrida projektbudgeten med cirka 7 mnkr till följd "
            "av högre entreprenadpriser.",
            C("Ny vattenledning till Öjebyn", "cirka 7 mnkr", "-", "prisokningar", note="A project overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med anställningsprövning och översyn av samtliga externa "
            "placeringar, som beräknas minska kostnaderna med 6 mnkr på helår.",
            A("Socialnämnden", "6 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Barn- och utbildningsnämnden har infört inköpsstopp för förbrukningsmaterial under november och december.",
            A("Barn- och utbildningsnämnden", None, "material_hjalpmedel"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas bli 31,5 mnkr, och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Det finansiella målet om ett resultat på 2 procent av skatter och generella statsbidrag nås inte, vilket "
            "beror på nämndernas underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="pitea-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
