"""Danderyds kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "mnkr" with en dashes as minus signs in the nämnd table, set in Liberation
Sans (Arial) 10 pt, whose footer carries the kommunstyrelse's meeting date in November: the full year "11,6
mnkr sämre än budget" and the period "4,3 mnkr bättre än den periodiserade budgeten" with its timing reason in
separate sentences, one sentence splitting the deviation into the nämnder's "negativ avvikelse på 10,9 mnkr"
and the finance function's "–0,7 mnkr" (two items), the change since August with its cause; a nämnd table
with August's deviation beside October's; en-dash bullets under a generic heading ("Ekonomichefens
kommentarer") in varied shapes: a run-in "Socialnämnden:" with "underskottet väntas bli", "räknar med att gå
5,1 mnkr över sin ram", a possessive "Fastighetsnämndens prognos på +2,6 mnkr", August's figure in brackets
("–0,9 mnkr (–0,6)"), an amount in words ("drygt en miljon kronor", the table's 1,2), "bedöms sammantaget
följa budget" (boilerplate, the row says –0,1) and "ett litet underskott på 0,2 mnkr"; the finance items:
tax revenue, pensions and the finance net as a "respektive" pair with opposite signs, an unused central
reserve (reserver); investments "59 mnkr inte användas" and a project "cirka 4 mnkr dyrare"; two actions, the
balanskrav and cost growth against 2024 (others). 16 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Danderyds kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-24", "Dnr KS 2025/0311", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas prognos för helåret 2025, mnkr (negativt tal = sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "118,2", "118,3", "–0,1", "0,4"),
            ("Socialnämnden", "402,5", "410,9", "–8,4", "–6,9"),
            ("Utbildningsnämnden", "812,0", "817,1", "–5,1", "–4,2"),
            ("Fastighetsnämnden", "46,3", "43,7", "2,6", "2,1"),
            ("Kultur- och fritidsnämnden", "61,8", "62,7", "–0,9", "–0,6"),
            ("Miljö- och stadsbyggnadsnämnden", "38,4", "37,2", "1,2", "0,9"),
            ("Överförmyndarnämnden", "5,2", "5,4", "–0,2", "–0,1"),
            ("Summa nämnder", "1 484,4", "1 495,3", "–10,9", "–8,4"),
        ),
        widths=(180.0, 60.0, 60.0, 78.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title(
            "Ekonomisk uppföljning för Danderyds kommun, januari–oktober", size=11.5, font="arial", after=12
        ),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med oktober och på nämndernas bedömningar av "
            "helåret. Belopp anges i miljoner kronor (mnkr) om inget annat anges."
        ),
        H("Kommunens resultat och prognos", 2),
        P(
            "Kommunens prognos för helåret visar ett resultat på 38,4 mnkr, vilket är 11,6 mnkr sämre än budget.",
            C(None, "11,6 mnkr", "-", note="The full year against budget, a sentence of its own."),
        ),
        P(
            "Utfallet för januari–oktober är 61,2 mnkr, 4,3 mnkr bättre än den periodiserade budgeten, främst "
            "för att planerat underhåll av fastigheter har skjutits till november och december.",
            C(
                None,
                "4,3 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with its timing reason, a separate sentence: a cause.",
            ),
        ),
        P(
            "Nämnderna redovisar tillsammans en negativ avvikelse på 10,9 mnkr, medan finansförvaltningen "
            "prognostiserar –0,7 mnkr.",
            C(
                "Nämnderna",
                "10,9 mnkr",
                "-",
                note="One sentence, two parts with their own amounts: two items.",
                also=(C("Finansförvaltningen", "–0,7 mnkr", "-", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med augustiprognosen har helårsprognosen försämrats med 3,2 mnkr, i huvudsak på grund av "
            "ökade kostnader för placeringar av barn och unga.",
            F(None, "3,2 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Ekonomichefens kommentarer", 2),
        Bullets(
            (
                "Socialnämnden: underskottet väntas bli 8,4 mnkr. Det förklaras av fler och dyrare placeringar av "
                "barn och unga på HVB och i familjehem, och av att kostnaderna för hemtjänst ökar när fler äldre "
                "beviljas insatser.",
                "Utbildningsnämnden räknar med att gå 5,1 mnkr över sin ram. Fler elever än beräknat har valt "
                "fristående gymnasieskolor, och antalet elever i anpassad grundskola har ökat.",
                "Fastighetsnämndens prognos på +2,6 mnkr beror på lägre kostnader för el och fjärrvärme än vad som "
                "budgeterades.",
                "Kultur- och fritidsnämnden –0,9 mnkr (–0,6) till följd av minskade intäkter från badhuset, som var "
                "stängt i sex veckor för reparation av bassängen.",
                "Miljö- och stadsbyggnadsnämnden får ett överskott på drygt en miljon kronor, främst på grund av "
                "vakanta tjänster inom bygglovsenheten.",
                "Kommunstyrelsens verksamheter bedöms sammantaget följa budget.",
                "Överförmyndarnämnden visar ett litet underskott på 0,2 mnkr, eftersom antalet ärenden med god man "
                "har ökat.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "8,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A run-in nämnd name with a colon inside a bullet.",
                ),
                C(
                    "Utbildningsnämnden",
                    "5,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="'Gå över sin ram'.",
                ),
                C("Fastighetsnämnden", "+2,6 mnkr", "+", "prisokningar", note="A possessive; energy costs."),
                C(
                    "Kultur- och fritidsnämnden",
                    "–0,9 mnkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="August's figure in brackets is not the amount; a repair closure is ovrigt.",
                ),
                C(
                    "Miljö- och stadsbyggnadsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "vakanser",
                    value=1_000_000,
                    note="An amount in words (the table says 1,2): the stated figure.",
                ),
                BP("Kommunstyrelsen", note="'Följa budget' although the row says –0,1: boilerplate."),
                C("Överförmyndarnämnden", "0,2 mnkr", "-", "volymer"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 7,9 mnkr mindre än budgeterat, då "
            "skatteunderlaget växer långsammare än i prognosen från februari.",
            C("Skatteintäkter och generella statsbidrag", "7,9 mnkr", "-", note=NO_TAG),
        ),
        P(
            "Finansnettot och pensionskostnaderna avviker med +1,8 respektive –2,4 mnkr mot budget.",
            C(
                "Finansnetto",
                "+1,8",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair with opposite signs: two items, the unit written once.",
                also=(C("Pensionskostnader", "–2,4 mnkr", "-", note=NO_TAG),),
            ),
        ),
        P(
            "Den centrala reserven för oförutsedda kostnader på 7,8 mnkr har inte tagits i anspråk och förbättrar "
            "resultatet i motsvarande mån.",
            C(
                "Central reserv",
                "7,8 mnkr",
                "+",
                "reserver",
                note="An unused reserve as a cause of the surplus.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 245 mnkr bedöms 59 mnkr inte användas, främst därför att ombyggnaden "
            "av Ljungbackens skola har försenats efter en överprövad upphandling.",
            C("Investeringar", "59 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        P(
            "Projektet Solbackens förskola blir cirka 4 mnkr dyrare än beräknat på grund av markföroreningar som "
            "upptäcktes vid schaktningen.",
            C("Solbackens förskola", "cirka 4 mnkr", "-", "ovrigt", note="An investment overrun: negative."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Socialnämnden har beslutat om en handlingsplan som ska minska kostnaderna för placeringar med 2,5 "
                "mnkr på helårsbasis.",
                A("Socialnämnden", "2,5 mnkr", "kopt_verksamhet"),
            ),
            (
                "Utbildningsnämnden har infört inköpsstopp för läromedel och inventarier under resten av året.",
                A("Utbildningsnämnden", None, "material_hjalpmedel"),
            ),
        ),
        H("Balanskrav och kostnadsutveckling", 2),
        P(
            "Balanskravsresultatet beräknas till 36,1 mnkr och balanskravet uppfylls.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Nettokostnaderna har ökat med 5,8 procent jämfört med samma period 2024, medan skatteintäkterna har "
            "ökat med 3,9 procent.",
            O(None, note="A comparison with the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
