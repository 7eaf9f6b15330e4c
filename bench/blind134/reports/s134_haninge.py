"""Haninge kommun, Kommunstyrelsen, ekonomisk månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November: the full year "41,6 mnkr lägre än det budgeterade resultatet" between two levels, one sentence that
splits it into the nämnder's "negativ avvikelse mot budget om 63,2 mnkr (−58,7 mnkr i september)" (last month's
figure in brackets) and the finance function's "överskott på 21,6 mnkr" (two items), the change since September
in a paragraph of its own; a table with the deviation in September and October side by side; bullets under a
generic heading ("Kommunledningsförvaltningens kommentar") in varied shapes: "överskott 4,2 mnkr" after a colon,
"landar på 9,6 mnkr över sin ram", a possessive "Grundskolenämndens underskott på 18,4 mnkr beror främst på",
"ett negativt utfall jämfört med budget på 6,1 mnkr, oförändrat mot september", "Socialnämnden: −21,7 mnkr."
with a "där … ensamt står för 8,3 mnkr" part, "kostar 12,3 mnkr mer än planerat", "ett litet överskott, 1,2
mnkr", "ett underskott på 2,6 mnkr, en följd av", and "drygt två miljoner kronor" in words after "För tekniska
nämnden"; tax revenue and pensions in one sentence (two items, no tags); investments "186 mnkr lägre än den
budgeterade investeringsvolymen" and a project that "beräknas överskrida projektbudgeten med 3,4 mnkr"; two
actions and the balanskrav (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Haninge kommun", "Ekonomisk månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-17", "KS 2025/0812", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognostiserad avvikelse mot budget per nämnd 2025, mnkr",
        header=(("Nämnd", "Avvikelse sep", "Avvikelse okt"),),
        rows=(
            ("Kommunstyrelsen", "+3,8", "+4,2"),
            ("Förskolenämnden", "−8,9", "−9,6"),
            ("Grundskolenämnden", "−17,0", "−18,4"),
            ("Gymnasie- och vuxenutbildningsnämnden", "−6,1", "−6,1"),
            ("Socialnämnden", "−19,9", "−21,7"),
            ("Äldrenämnden", "−11,4", "−12,3"),
            ("Kultur- och fritidsnämnden", "+0,9", "+1,2"),
            ("Stadsbyggnadsnämnden", "−2,4", "−2,6"),
            ("Tekniska nämnden", "+2,3", "+2,1"),
            ("Summa nämnder", "−58,7", "−63,2"),
            ("Finansförvaltningen", "+21,0", "+21,6"),
            ("Kommunen totalt", "−37,7", "−41,6"),
        ),
        widths=(220.0, 90.0, 90.0),
        bold_rows=frozenset({9, 11}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Ekonomisk månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Haninge kommun – samtliga nämnder", size=12, font="arial", after=14),
        H("Kommunens resultat", 2),
        P(
            "Kommunens prognos för 2025 är ett resultat på 88,4 mnkr, vilket är 41,6 mnkr lägre än det budgeterade "
            "resultatet på 130,0 mnkr.",
            C(None, "41,6 mnkr", "-", note="The deviation between two levels."),
        ),
        P(
            "Nämnderna redovisar sammantaget en negativ avvikelse mot budget om 63,2 mnkr (−58,7 mnkr i september), "
            "medan finansförvaltningen beräknas ge ett överskott på 21,6 mnkr.",
            C(
                "Nämnderna",
                "63,2 mnkr",
                "-",
                note="One sentence, two areas: two items. The bracketed figure is September's.",
                also=(C("Finansförvaltningen", "21,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen är kommunens prognos 3,9 mnkr sämre.",
            F(None, "3,9 mnkr", "-"),
        ),
        table,
        H("Kommunledningsförvaltningens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 4,2 mnkr, främst till följd av vakanta tjänster inom HR- och "
                "ekonomiavdelningarna och lägre kostnader för IT-licenser än budgeterat.",
                "Förskolenämnden landar på 9,6 mnkr över sin ram. Barnantalet har inte minskat i den takt som "
                "resursfördelningen förutsatte och vikariekostnaderna har ökat under hösten.",
                "Grundskolenämndens underskott på 18,4 mnkr beror främst på ökade kostnader för tilläggsbelopp till "
                "elever i behov av särskilt stöd och på att den nya skolskjutsupphandlingen blev dyrare än budgeterat.",
                "Gymnasie- och vuxenutbildningsnämnden prognostiserar ett negativt utfall jämfört med budget på 6,1 "
                "mnkr, oförändrat mot september. Kostnaderna för interkommunal ersättning ökar när fler elever väljer "
                "gymnasieskolor i Stockholm.",
                "Socialnämnden: −21,7 mnkr. Externa placeringar av barn och unga och ett ökat försörjningsstöd "
                "förklarar det mesta, där försörjningsstödet ensamt står för 8,3 mnkr.",
                "Äldrenämnden kostar 12,3 mnkr mer än planerat. Hemtjänsttimmarna har ökat med nio procent och "
                "bemanningen på två särskilda boenden har behövt förstärkas.",
                "Kultur- och fritidsnämnden ger ett litet överskott, 1,2 mnkr, sedan öppnandet av den nya sporthallen i "
                "Vendelsö skjutits upp till 2026 och hyran därmed inte belastar året.",
                "Stadsbyggnadsnämnden redovisar ett underskott på 2,6 mnkr, en följd av att intäkterna från bygglov "
                "blivit lägre än beräknat när byggandet av småhus minskat.",
                "För tekniska nämnden beräknas ett positivt utfall jämfört med budget med drygt två miljoner kronor, "
                "tack vare lägre elpriser för gatubelysningen och att ingen vinterväghållning behövts under hösten.",
            ),
            labels=(
                C("Kommunstyrelsen", "4,2 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Förskolenämnden", "9,6 mnkr", "-", "volymer", "vikarier"),
                C(
                    "Grundskolenämnden",
                    "18,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive names the area. A dearer transport contract is prisokningar.",
                ),
                C(
                    "Gymnasie- och vuxenutbildningsnämnden",
                    "6,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="'oförändrat mot september' inside the cause sentence stays in the cause item.",
                ),
                C(
                    "Socialnämnden",
                    "−21,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The 8,3 mnkr of försörjningsstöd is a part, not the amount.",
                ),
                C("Äldrenämnden", "12,3 mnkr", "-", "volymer", "bemanning"),
                C("Kultur- och fritidsnämnden", "1,2 mnkr", "+", "lokaler", "periodisering"),
                C("Stadsbyggnadsnämnden", "2,6 mnkr", "-", "avgifter_intakter", "volymer"),
                C(
                    "Tekniska nämnden",
                    "drygt två miljoner kronor",
                    "+",
                    "prisokningar",
                    "ovrigt",
                    value=2_000_000,
                    note="An amount in words ('drygt två miljoner', +2,1 in the table). No winter road work: weather, ovrigt.",
                ),
            ),
        ),
        P(
            "Finansförvaltningens överskott beror på att skatteintäkterna blir 14,9 mnkr högre än budget och att "
            "pensionskostnaderna blir 6,7 mnkr lägre än budgeterat.",
            C(
                "Skatteintäkter",
                "14,9 mnkr",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Pensionskostnader", "6,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 512 mnkr, vilket är 186 mnkr lägre än den budgeterade "
            "investeringsvolymen på 698 mnkr. Avvikelsen förklaras främst av att byggstarten för den nya skolan i "
            "Västerhaninge centrum har flyttats till våren 2026.",
            C("Investeringar", "186 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av kommunhusets entré beräknas överskrida projektbudgeten med 3,4 mnkr, eftersom asbest "
            "påträffades i bjälklaget.",
            C(
                "Ombyggnaden av kommunhusets entré",
                "3,4 mnkr",
                "-",
                "ovrigt",
                note="A project's overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har i oktober beslutat om anställningsprövning i samtliga förvaltningar och stopp för "
            "nya konsultuppdrag resten av året.",
            A(None, None, "inhyrd_personal"),
        ),
        P(
            "Socialnämnden har fått i uppdrag att ta fram en handlingsplan som ska minska underskottet med 10 mnkr "
            "under 2026.",
            A("Socialnämnden", "10 mnkr"),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 71,2 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Ekonomisk månadsrapport oktober 2025", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
