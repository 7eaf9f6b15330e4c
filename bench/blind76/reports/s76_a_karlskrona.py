"""Karlskrona kommun, Kommunstyrelsen, månadsrapport mars 2026 (the whole kommun).

A whole-kommun month report, footer with the kommunstyrelse's meeting date in May: the full year "21,6 mnkr
lägre än det budgeterade resultatet" between two levels, one sentence splitting it into the nämnder's
"negativ avvikelse mot tilldelade ramar om 44,9 mnkr" and the finance function's "överskott på 23,3 mnkr",
a change since February; a table per nämnd with hyphen-minus deficits and February's deviation beside
March's; bullets under a generic heading ("Kommunledningsförvaltningens kommentar per nämnd") in varied
shapes ("prognostiserar ett underskott på", "prognosen är -0,9 mnkr" after a colon, a possessive
"Äldrenämndens underskott, 18,8 mnkr, beror på", "För Socialnämnden väntas kostnaderna överstiga ramen",
"ett negativt utfall jämfört med budget", "beräknas lämna ett överskott om", "bedöms hålla budget" and two
nämnder "0,8 respektive 1,0 mnkr"); tax revenue and then pensions and the finance net as a "respektive" pair;
investments "144 mnkr mindre än budgeterat" after two levels and a project overrun; two actions (one with
an effect) and the balanskrav (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-05", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr (negativt tal = underskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "412,6", "409,1", "3,5", "2,9"),
            ("Barn- och ungdomsnämnden", "1 318,4", "1 333,6", "-15,2", "-12,8"),
            ("Utbildningsnämnden", "402,1", "403,0", "-0,9", "-0,9"),
            ("Äldrenämnden", "1 012,7", "1 031,5", "-18,8", "-16,0"),
            ("Socialnämnden", "498,3", "511,9", "-13,6", "-12,1"),
            ("Tekniska nämnden", "198,5", "200,2", "-1,7", "-1,2"),
            ("Idrotts- och fritidsnämnden", "96,2", "96,2", "0,0", "0,0"),
            ("Kulturnämnden", "88,4", "87,6", "0,8", "0,4"),
            ("Miljö- och byggnadsnämnden", "31,7", "30,7", "1,0", "0,8"),
            ("Summa nämnder", "", "", "-44,9", "-38,9"),
            ("Finansförvaltningen", "", "", "23,3", "23,7"),
            ("Kommunen totalt", "", "", "-21,6", "-15,2"),
        ),
        widths=(170.0, 66.0, 66.0, 84.0, 80.0),
        bold_rows=frozenset({9, 11}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="sans-bold", after=2),
        Title(
            "Karlskrona kommun – samtliga nämnder och finansförvaltningen", size=11.5, font="sans", after=12
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för helåret visar ett resultat på 38,2 mnkr, vilket är 21,6 mnkr lägre än det "
            "budgeterade resultatet på 59,8 mnkr.",
            C(None, "21,6 mnkr", "-", note="The deviation between two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämnderna redovisar sammantaget en negativ avvikelse mot tilldelade ramar om 44,9 mnkr, medan "
                "finansförvaltningen väntas lämna ett överskott på 23,3 mnkr.",
                C(
                    "Nämnderna",
                    "44,9 mnkr",
                    "-",
                    note="One sentence, two areas: two items.",
                    also=(C("Finansförvaltningen", "23,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med februariprognosen har kommunens resultat försämrats med 6,4 mnkr.",
                F(None, "6,4 mnkr", "-"),
            ),
        ),
        table,
        H("Kommunledningsförvaltningens kommentar per nämnd", 2),
        Bullets(
            (
                "Barn- och ungdomsnämnden prognostiserar ett underskott på 15,2 mnkr. Fler barn i behov av särskilt "
                "stöd i grundskolan och högre kostnader för skolskjuts efter den nya upphandlingen förklarar "
                "huvuddelen.",
                "Utbildningsnämnden: prognosen är -0,9 mnkr. Ersättningarna till andra kommuner för gymnasieelever "
                "som väljer skolor i Ronneby och Kalmar blir högre än budgeterat.",
                "Äldrenämndens underskott, 18,8 mnkr, beror på fler beviljade hemtjänsttimmar, hög sjukfrånvaro i "
                "särskilt boende och på att statsbidraget för äldreomsorgens bemanning blev lägre än väntat.",
                "För Socialnämnden väntas kostnaderna överstiga ramen med 13,6 mnkr, framför allt till följd av "
                "externa placeringar av barn och unga samt ett ökat ekonomiskt bistånd.",
                "Tekniska nämnden visar ett negativt utfall jämfört med budget med 1,7 mnkr. Vinterväghållningen i "
                "januari och februari blev dyrare än beräknat.",
                "Kommunstyrelsen beräknas lämna ett överskott om 3,5 mnkr, främst genom vakanta tjänster inom "
                "samhällsbyggnadsenheten och lägre licenskostnader.",
                "Idrotts- och fritidsnämnden bedöms hålla budget.",
                "Inom Kulturnämnden och Miljö- och byggnadsnämnden blir det ett överskott på 0,8 respektive 1,0 "
                "mnkr. Kulturnämnden har haft lägre lokalkostnader medan stadsbibliotekets magasin renoveras, och "
                "bygglovsintäkterna är högre än budgeterat.",
            ),
            labels=(
                C("Barn- och ungdomsnämnden", "15,2 mnkr", "-", "volymer", "prisokningar"),
                C(
                    "Utbildningsnämnden",
                    "-0,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="Amount after a colon; pupils in other kommuners' schools: kopt_verksamhet.",
                ),
                C(
                    "Äldrenämnden",
                    "18,8 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "statsbidrag",
                    note="The area as a possessive.",
                ),
                C("Socialnämnden", "13,6 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Tekniska nämnden",
                    "1,7 mnkr",
                    "-",
                    "ovrigt",
                    note="Winter road maintenance: weather, ovrigt.",
                ),
                C("Kommunstyrelsen", "3,5 mnkr", "+", "vakanser", "it_digitalisering"),
                BP("Idrotts- och fritidsnämnden"),
                C(
                    "Kulturnämnden",
                    "0,8",
                    "+",
                    "lokaler",
                    unit="mnkr",
                    note="A 'respektive' pair: one item per nämnd, each with its own reason.",
                    also=(C("Miljö- och byggnadsnämnden", "1,0 mnkr", "+", "avgifter_intakter"),),
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 14,1 mnkr högre än budgeterat enligt SKR:s "
                "prognos i februari.",
                C("Skatteintäkter och generella statsbidrag", "14,1 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna respektive finansnettot blir 5,8 och 3,4 mnkr bättre än budget.",
                C(
                    "Pensionskostnader",
                    "5,8",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " 'Respektive' before the figures: two items.",
                    also=(C("Finansnetto", "3,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 612 mnkr. Prognosen är 468 mnkr, det vill säga 144 mnkr "
            "mindre än budgeterat, främst därför att byggstarten för den nya skolan på Hästö har skjutits till "
            "hösten.",
            C(
                "Investeringar",
                "144 mnkr",
                "+",
                "periodisering",
                note="Under-spending after two levels: positive.",
            ),
        ),
        P(
            "Ombyggnaden av Långö förskola beräknas överskrida projektbudgeten med 4,2 mnkr till följd av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Ombyggnaden av Långö förskola",
                "4,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Polluted ground: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har beslutat om anställningsprövning i samtliga förvaltningar från och med april.",
                A(None, None, "vakanser"),
            ),
            (
                "Äldrenämnden och Socialnämnden ska till maj redovisa handlingsplaner som sammantaget minskar "
                "underskottet med minst 10 mnkr.",
                A("Äldrenämnden och Socialnämnden", "10 mnkr"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Med nuvarande prognos uppfylls balanskravet, men det finansiella målet om ett resultat på 2 procent av "
            "skatter och generella statsbidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-ks-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
