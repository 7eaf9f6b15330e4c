"""Grums kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun).

A small kommun's first tertial report in mnkr, footer with the kommunstyrelse's meeting date in May: the
period "3,1 mnkr bättre än den periodiserade budgeten" and the full year "en negativ avvikelse på 7,3 mnkr"
in two sentences, the period's timing reason in a paragraph of its own (amount null), the nämnder's "underskott
på 10,9 mnkr" and the finance function's "3,6 mnkr" in one sentence (two items); a table per nämnd with deficits
in brackets ("(4,6)"); bold run-in nämnder with a colon: the school committee "prognostiserar ett underskott om
4,6 mnkr" followed by school transport "0,8 mnkr mer än budgeterat" (its own item), the social committee's
"prognos på −5,8 mnkr beror främst på" followed by two areas as a "respektive" pair and an action with its
effect, the kommunstyrelse "hamnar 0,5 mnkr över budget" with three bullets of its own areas in varied shapes
("−1,2 mnkr, främst", "överskott på 0,4 mnkr eftersom", "+0,3 mnkr till följd av"); tax revenue "2,1 mnkr
högre än budgeterat" and pensions and the finance net as a "respektive" pair (no tags); investments "Av årets
investeringsbudget på 38,0 mnkr beräknas 24,5 mnkr användas" (13,5 never written out) and a project that
"beräknas överskrida projektbudgeten med 1,4 mnkr"; the change since February with its cause and the
balanskrav (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

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
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Grums kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per nämnd, mnkr (negativ avvikelse inom parentes)",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "118,9", "(0,5)"),
            ("Barn- och utbildningsnämnden", "262,0", "266,6", "(4,6)"),
            ("Socialnämnden", "241,7", "247,5", "(5,8)"),
            ("Summa nämnder", "622,1", "633,0", "(10,9)"),
            ("Finansförvaltningen", "", "", "3,6"),
            ("Årets resultat", "11,5", "4,2", "(7,3)"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({3, 5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 – januari–april 2026", size=18, font="serif-bold", after=2),
        Title("Grums kommun", size=12, font="serif", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat för januari–april uppgår till 9,8 mnkr, vilket är 3,1 mnkr bättre än den "
                "periodiserade budgeten.",
                C(None, "3,1 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på 4,2 mnkr, att jämföra med budgeterade 11,5 mnkr, en "
                "negativ avvikelse på 7,3 mnkr.",
                C(None, "7,3 mnkr", "-", note="The full year's deviation after two levels."),
            ),
        ),
        P(
            "Det positiva utfallet för perioden förklaras till största delen av att semesterlöneskulden ännu inte har "
            "räknats upp och att flera underhållsprojekt inom fastighet startar först efter sommaren.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämndernas samlade prognos visar ett underskott på 10,9 mnkr, medan finansförvaltningen beräknas ge ett "
            "överskott på 3,6 mnkr.",
            C(
                "Nämnderna",
                "10,9 mnkr",
                "-",
                note="Two areas in one sentence.",
                also=(C("Finansförvaltningen", "3,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        LP(
            "Barn- och utbildningsnämnden:",
            "Nämnden prognostiserar ett underskott om 4,6 mnkr. Fler barn i förskolan än budgeterat och "
            "tilläggsbelopp för elever i behov av särskilt stöd driver kostnaderna, samtidigt som kostnaderna för "
            "elever i andra kommuners gymnasieskolor fortsätter att öka.",
            C("Barn- och utbildningsnämnden", "4,6 mnkr", "-", "volymer", "kopt_verksamhet"),
            (
                "Skolskjutsarna kostar 0,8 mnkr mer än budgeterat sedan det nya trafikavtalet började gälla.",
                C(
                    "Skolskjuts",
                    "0,8 mnkr",
                    "-",
                    "prisokningar",
                    note="A sub-area inside another area's paragraph: its own item. A dearer contract.",
                ),
            ),
        ),
        LP(
            "Socialnämnden:",
            "Socialnämndens prognos på −5,8 mnkr beror främst på placeringar av barn och unga på HVB och i familjehem "
            "samt på ett ökat ekonomiskt bistånd.",
            C("Socialnämnden", "−5,8 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
            (
                "Hemtjänsten och särskilt boende redovisar underskott på 1,9 respektive 1,1 mnkr, i huvudsak till "
                "följd av höga kostnader för sjukfrånvaro och timvikarier.",
                C(
                    "Hemtjänst",
                    "1,9",
                    "-",
                    "sjukfranvaro",
                    "vikarier",
                    unit="mnkr",
                    note="A 'respektive' pair inside the nämnd's paragraph: two items.",
                    also=(C("Särskilt boende", "1,1 mnkr", "-", "sjukfranvaro", "vikarier"),),
                ),
            ),
            (
                "Nämnden har beslutat om en handlingsplan med restriktivitet vid nyanställningar som beräknas ge 0,7 "
                "mnkr under året.",
                A("Socialnämnden", "0,7 mnkr", "bemanning"),
            ),
        ),
        LP(
            "Kommunstyrelsen:",
            "Kommunstyrelsen som helhet hamnar 0,5 mnkr över budget.",
            C(
                "Kommunstyrelsen",
                "0,5 mnkr",
                "-",
                note="A summary without a reason; the areas follow as bullets.",
            ),
        ),
        Bullets(
            (
                "Teknik och service: −1,2 mnkr, främst högre elpriser i kommunens fastigheter och en kostsam "
                "reparation av taket på simhallen.",
                "Kultur och fritid: överskott på 0,4 mnkr eftersom tjänsten som fritidsgårdsföreståndare har varit "
                "vakant sedan januari.",
                "Kommunledning: +0,3 mnkr till följd av lägre licenskostnader sedan ett äldre ärendehanteringssystem "
                "avvecklades vid årsskiftet.",
            ),
            labels=(
                C("Teknik och service", "−1,2 mnkr", "-", "prisokningar", "ovrigt"),
                C("Kultur och fritid", "0,4 mnkr", "+", "vakanser"),
                C("Kommunledning", "+0,3 mnkr", "+", "it_digitalisering"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 2,1 mnkr högre än budgeterat enligt SKR:s "
                "prognos i april.",
                C("Skatteintäkter och generella statsbidrag", "2,1 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 0,9 respektive 0,6 mnkr bättre än budget.",
                C(
                    "Pensionskostnader",
                    "0,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "0,6 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 38,0 mnkr beräknas 24,5 mnkr användas. Ombyggnaden av Lövnäsets förskola "
            "har flyttats till 2027 i väntan på en ny lokalutredning.",
            C(
                "Investeringar",
                "Av årets investeringsbudget på 38,0 mnkr beräknas 24,5 mnkr användas",
                "+",
                "periodisering",
                value=13_500_000,
                note="Investment under-spending of 13,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet med en ny gång- och cykelväg längs Sätterstrand beräknas överskrida projektbudgeten med 1,4 "
            "mnkr, eftersom en fjärrvärmeledning måste flyttas.",
            C(
                "Gång- och cykelväg Sätterstrand",
                "1,4 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. An unforeseen pipe move is ovrigt.",
            ),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har helårsprognosen försämrats med 2,2 mnkr, främst på grund av nya "
            "placeringar inom socialnämnden.",
            F(None, "2,2 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 3,9 mnkr och kommunen klarar därmed balanskravet för 2026.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="grums-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Grums",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Grums kommun", "author": "Grums kommun"},
        style=style,
        blocks=blocks,
    )
