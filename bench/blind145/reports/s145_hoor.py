"""Höörs kommun, Kommunstyrelsen, bokslut 2025 (the whole kommun).

A whole-kommun year-end report in mnkr, DejaVu Sans Condensed, footer with the kommunstyrelse's meeting date
in March 2026: the result "6,9 mnkr lägre än det budgeterade resultatet", one sentence splitting it into the
nämnder's "underskott på 21,3 mnkr" and the finance function's "överskott på 14,4 mnkr" (two items), the
outcome against the interim forecast (a forecast change); a nämnd table with a trailing minus ("12,8-");
under a generic heading one bullet per nämnd in varied shapes ("Vård- och omsorgsnämnden: underskott 12,8
mnkr.", "gick 9,7 mnkr över budget", a possessive "Kommunstyrelsens överskott", a minus separated by a space
"− 1,4 mnkr:", "ett litet underskott, 0,3 mnkr,", and two nämnder that "höll sina budgetar", boilerplate,
beside a row of 0,3); tax revenue, then pensions and the finance net as a "respektive" pair; investments
"vilket ger en avvikelse på 44,6 mnkr" and two projects as a "respektive" pair; an action with no amount,
balanskrav and net cost growth against 2024 with "beror på" (others). 14 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("HÖÖRS KOMMUN", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-11", "Dnr KS 2026/48", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas driftredovisning 2025, mnkr (minus = underskott)",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "115,8", "2,6"),
            ("Barn- och utbildningsnämnden", "512,9", "522,6", "9,7-"),
            ("Vård- och omsorgsnämnden", "468,2", "481,0", "12,8-"),
            ("Kultur- och fritidsnämnden", "41,5", "42,9", "1,4-"),
            ("Bygg- och miljönämnden", "14,6", "14,9", "0,3-"),
            ("Valnämnden", "0,9", "0,9", "0,0"),
            ("Revisionen", "2,4", "2,1", "0,3"),
            ("Summa nämnder", "1 158,9", "1 180,2", "21,3-"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="cond-bold", after=2),
        Title("Höörs kommun – driftredovisning och investeringar", size=12, font="cond", after=12),
        H("Årets resultat", 1),
        P(
            "Kommunens resultat för 2025 blev 18,6 mnkr, vilket är 6,9 mnkr lägre än det budgeterade resultatet på "
            "25,5 mnkr.",
            C(None, "6,9 mnkr", "-", note="The result against the budgeted result."),
        ),
        P(
            "Nämnderna redovisade sammantaget ett underskott på 21,3 mnkr mot sina ramar, medan finansförvaltningen "
            "gav ett överskott på 14,4 mnkr.",
            C(
                "Nämnderna",
                "21,3 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "14,4 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 3,1 mnkr bättre, främst för att vård- och "
            "omsorgsnämndens underskott minskade under hösten.",
            F(None, "3,1 mnkr", "+", note="The outcome against the interim forecast; an area named, no tag."),
        ),
        committees,
        Space(10),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Vård- och omsorgsnämnden: underskott 12,8 mnkr. Köpta platser på särskilt boende i grannkommunerna "
                "och fler hemtjänsttimmar i Tjörnarp och Ljungstorp förklarar större delen.",
                "Barn- och utbildningsnämnden gick 9,7 mnkr över budget. Fler elever i anpassad grundskola och "
                "dyrare skolskjuts efter den nya upphandlingen har ökat kostnaderna mer än ramen tillät, samtidigt "
                "som statsbidraget för lågstadiet minskade.",
                "Kommunstyrelsens överskott på 2,6 mnkr kommer från vakanta tjänster inom samhällsbyggnad och lägre "
                "kostnader för företagshälsovård.",
                "Kultur- och fritidsnämnden − 1,4 mnkr: intäkterna från badhuset blev lägre än budgeterat under den "
                "tre månader långa renoveringen av bassängen.",
                "Bygg- och miljönämnden redovisade ett litet underskott, 0,3 mnkr, eftersom färre bygglovsansökningar "
                "kom in än beräknat.",
                "Revisionen och valnämnden höll sina budgetar.",
            ),
            labels=(
                C("Vård- och omsorgsnämnden", "12,8 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,7 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "statsbidrag",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C("Kommunstyrelsen", "2,6 mnkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "− 1,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="A minus sign separated by a space; a closure for renovation is ovrigt.",
                ),
                C("Bygg- och miljönämnden", "0,3 mnkr", "-", "avgifter_intakter", "volymer"),
                BP(
                    "Revisionen och valnämnden",
                    note="'Höll sina budgetar' is boilerplate although the revision's row shows 0,3.",
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag blev 8,2 mnkr högre än budget, framför allt genom en positiv "
            "slutavräkning för 2025.",
            C("Skatteintäkter och generella statsbidrag", "8,2 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot blev 2,9 respektive 3,3 mnkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "2,9",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Finansnetto", "3,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 96,4 mnkr, att jämföra med en budget på 141,0 mnkr, vilket ger en "
            "avvikelse på 44,6 mnkr.",
            C("Investeringar", "44,6 mnkr", "+", note="Investment under-spending, no reason here."),
        ),
        P(
            "Skogsgläntans förskola och pendlarparkeringen vid stationen blev 18,2 respektive 6,5 mnkr billigare än "
            "budgeterat under året, eftersom upphandlingarna drog ut på tiden.",
            C(
                "Skogsgläntans förskola",
                "18,2",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Pendlarparkeringen vid stationen", "6,5 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Uppdrag, balanskrav och kostnadsutveckling", 2),
        P(
            "Kommunstyrelsen har gett vård- och omsorgsnämnden i uppdrag att ta fram en plan för att minska köpet av "
            "externa platser under 2026.",
            A("Vård- och omsorgsnämnden", None, "kopt_verksamhet"),
        ),
        P(
            "Balanskravsresultatet är 17,9 mnkr och balanskravet uppfylls.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Nettokostnaderna ökade med 4,8 procent jämfört med 2024, vilket beror på löneökningar och fler äldre "
            "invånare.",
            O(None, "lonekostnader", "volymer", note="Net cost growth against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hoor-ks-bokslut-2025.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
