"""Lunds kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" set in Liberation Sans (Arial), footer with the kommunstyrelse's
meeting date in October: the period "96 mnkr bättre än det periodiserade budgeterade resultatet" with its
timing reason in the same paragraph, the full year as "en negativ avvikelse mot budget om 41 mnkr" after a
level, one sentence splitting it into the nämnder's "underskott … på 118 mnkr" and the finance function's
"överskott … på 77 mnkr" (two items), the change since April; a nämnd table with en-dash minus signs and
April's deviation beside it; under a generic heading ("Kommentarer per nämnd") one bullet per nämnd in varied
shapes ("visar ett underskott på", "prognosen överskrider ramen med" after a colon, a possessive "Vård- och
omsorgsnämndens prognostiserade underskott om", "–11,3 mnkr (–9,8 mnkr i april)", "räknar med att göra av
med 5,7 mnkr mer än budgeterat", revenue "2,4 mnkr lägre än beräknat" after "För", "drygt tretton miljoner
kronor" in words against the table's 13,6, "ett litet överskott, 2,7 mnkr", and two nämnder that "bedöms
hålla sina budgetar" (two boilerplate items)); tax revenue, then three finance items in one sentence ("31
respektive 14 mnkr, medan finansnettot blir 20 mnkr sämre"); investments "en avvikelse på 430 mnkr" with the
reason in the next sentence and a project overrun "cirka 18 mnkr"; two actions and the balanskrav with a goal
not met "vilket beror på" (other). 18 scored causes.

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
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Lunds kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-01", "Dnr KS 2025/0612", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas helårsprognos 2025, mnkr (positivt tal = överskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "612,0", "598,4", "13,6", "9,2"),
            ("Barn- och skolnämnden", "2 845,3", "2 880,0", "–34,7", "–28,1"),
            ("Utbildningsnämnden", "1 020,6", "1 031,9", "–11,3", "–9,8"),
            ("Socialnämnden", "780,4", "828,9", "–48,5", "–37,0"),
            ("Vård- och omsorgsnämnden", "1 932,1", "1 963,5", "–31,4", "–24,6"),
            ("Kultur- och fritidsnämnden", "365,8", "363,1", "2,7", "1,5"),
            ("Tekniska nämnden", "248,9", "254,6", "–5,7", "–6,0"),
            ("Servicenämnden", "0,0", "2,4", "–2,4", "–1,0"),
            ("Byggnadsnämnden", "32,5", "32,8", "–0,3", "–0,4"),
            ("Miljönämnden", "28,7", "28,7", "0,0", "0,0"),
            ("Summa nämnder", "7 866,3", "7 984,3", "–118,0", "–96,2"),
        ),
        widths=(168.0, 62.0, 62.0, 72.0, 84.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Lunds kommun – förvaltningsberättelse i sammandrag", size=12, font="arial-italic", after=12),
        P(
            "Delårsrapporten omfattar kommunens verksamhet under perioden januari–augusti och nämndernas "
            "bedömning av helåret. Den behandlas av kommunstyrelsen i oktober och av kommunfullmäktige i "
            "november."
        ),
        H("Ekonomisk översikt", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 412 mnkr, vilket är 96 mnkr bättre än det "
            "periodiserade budgeterade resultatet. Överskottet förklaras till stor del av att intäkter från "
            "markförsäljningar på Brunnshög har bokförts tidigare än beräknat.",
            C(
                None,
                "96 mnkr",
                "+",
                "periodisering",
                "avgifter_intakter",
                note="The period against the periodised budgeted result, with its timing reason: one item.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 183 mnkr. Det innebär en negativ avvikelse mot budget om "
            "41 mnkr.",
            C(None, "41 mnkr", "-", note="The full year: the level (183) is not the deviation."),
        ),
        P(
            "Avvikelsen består av ett samlat underskott för nämnderna på 118 mnkr och ett överskott för "
            "finansförvaltningen och de kommungemensamma posterna på 77 mnkr.",
            C(
                "Nämnderna",
                "118 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "77 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 23 mnkr, främst genom att "
            "socialnämndens och vård- och omsorgsnämndens underskott har vuxit.",
            F(
                None,
                "23 mnkr",
                "-",
                note="The change since April: its reason is other nämnder's deficits, no tag.",
            ),
        ),
        committees,
        Space(10),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Socialnämnden visar ett underskott på 48,5 mnkr. Kostnaderna för placeringar av barn och unga på "
                "HVB och i familjehem fortsätter att öka, och behovet av ekonomiskt bistånd är större än "
                "budgeterat.",
                "Barn- och skolnämnden: prognosen överskrider ramen med 34,7 mnkr. Fler elever i grundsärskolan och "
                "högre tilläggsbelopp till fristående skolor är de största förklaringarna, samtidigt som "
                "statsbidraget för lärarassistenter har minskat.",
                "Vård- och omsorgsnämndens prognostiserade underskott om 31,4 mnkr beror främst på att antalet "
                "beviljade hemtjänsttimmar har ökat med 9 procent sedan årsskiftet och på höga kostnader för "
                "sjuklön inom särskilt boende.",
                "Utbildningsnämnden –11,3 mnkr (–9,8 mnkr i april). Interkommunala ersättningar för "
                "gymnasieelever som studerar i andra kommuner blir högre än budgeterat.",
                "Tekniska nämnden räknar med att göra av med 5,7 mnkr mer än budgeterat, till följd av högre "
                "energipriser för gatubelysningen och kostnader för att åtgärda skador efter skyfallet i juli.",
                "För Servicenämnden blir intäkterna från kost och lokalvård 2,4 mnkr lägre än beräknat, när färre "
                "portioner beställs av skolorna.",
                "Kommunstyrelsen prognostiserar ett överskott om drygt tretton miljoner kronor, som främst förklaras "
                "av ej tillsatta tjänster inom kommunkontoret och att delar av de centrala medlen för "
                "digitalisering inte kommer att användas.",
                "Kultur- och fritidsnämnden beräknas lämna ett litet överskott, 2,7 mnkr, efter högre "
                "entréintäkter på Högevallsbadet.",
                "Byggnadsnämnden och miljönämnden bedöms hålla sina budgetar.",
            ),
            labels=(
                C("Socialnämnden", "48,5 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Barn- och skolnämnden",
                    "34,7 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "statsbidrag",
                    note="Tilläggsbelopp to independent schools: kopt_verksamhet.",
                ),
                C("Vård- och omsorgsnämnden", "31,4 mnkr", "-", "volymer", "sjukfranvaro"),
                C(
                    "Utbildningsnämnden",
                    "–11,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="April's figure in brackets is not the amount; interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Tekniska nämnden",
                    "5,7 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy prices: prisokningar, cloudburst damage: ovrigt.",
                ),
                C(
                    "Servicenämnden",
                    "2,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="Revenue under budget after 'För': negative.",
                ),
                C(
                    "Kommunstyrelsen",
                    "drygt tretton miljoner kronor",
                    "+",
                    "vakanser",
                    "reserver",
                    value=13_000_000,
                    note="An amount in words, the stated figure (the table says 13,6); unused central funds: reserver.",
                ),
                C("Kultur- och fritidsnämnden", "2,7 mnkr", "+", "avgifter_intakter"),
                BP(
                    "Byggnadsnämnden",
                    note="Two nämnder that hold their budgets in one sentence: two boilerplate items.",
                    also=(BP("Miljönämnden"),),
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter, generella statsbidrag och utjämning beräknas ge 52 mnkr mer än budgeterat.",
            C("Skatteintäkter, generella statsbidrag och utjämning", "52 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Realisationsvinster vid försäljning av tomträtter och lägre pensionskostnader bidrar med 31 "
            "respektive 14 mnkr, medan finansnettot blir 20 mnkr sämre än budget på grund av högre räntor.",
            C(
                "Realisationsvinster",
                "31",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair and a third item after 'medan': three items.",
                also=(
                    C("Pensionskostnader", "14 mnkr", "+", note=NO_TAG),
                    C("Finansnetto", "20 mnkr", "-", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna beräknas uppgå till 1 480 mnkr för helåret, jämfört med en budget på 1 910 mnkr, "
            "en avvikelse på 430 mnkr. Lägre investeringstakt än planerat i skolor och förskolor samt förseningar "
            "i spårvägens andra etapp förklarar huvuddelen av avvikelsen.",
            C(
                "Investeringar",
                "430 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending with its reason.",
            ),
        ),
        P(
            "Ombyggnaden av Nöbbelövs idrottshall beräknas däremot överskrida sin projektbudget med cirka 18 mnkr "
            "på grund av oförutsedda fuktskador i stommen.",
            C(
                "Nöbbelövs idrottshall",
                "cirka 18 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: damage is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett socialnämnden och vård- och omsorgsnämnden i uppdrag att ta fram "
                "åtgärdsplaner till novembermötet.",
                A("Socialnämnden och vård- och omsorgsnämnden"),
            ),
            (
                "Vård- och omsorgsnämnden har redan infört en striktare prövning av nya hemtjänstbeslut, som väntas "
                "minska kostnaderna med 6 mnkr på helårsbasis.",
                A("Vård- och omsorgsnämnden", "6 mnkr", "volymer"),
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet för helåret beräknas till 150 mnkr efter avdrag för realisationsvinster. Målet om "
            "ett resultat på minst 2 procent av skatter och bidrag nås inte, vilket beror på nämndernas "
            "underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="lund-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
