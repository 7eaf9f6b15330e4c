"""Bjuvs kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr set in Times (Liberation Serif), footer with the arbetsutskott's
meeting date in October and the diarienummer: the full-year result whose level and budgeted level come
before the deviation ("Avvikelsen mot budget blir därmed −12,4 mnkr"), the period against the periodised
budget in a paragraph of its own, the nämnder's overrun and the finance function's surplus in two sentences
of one paragraph (two items), the change since August with its cause; a nämnd table with August's deviation
as a second column; under a generic heading one bullet per nämnd in new shapes: "ett budgetöverdrag om",
"går back med", "landar … över tilldelad ram (−6,0 i augusti)", an amount between commas with the reasons
after a colon, "lämnar ett överskott", "räknar med att 0,7 mnkr av ramen blir oförbrukad" and "bedöms klara
sin budget" (boilerplate); tax revenue that will "överträffa budget", pensions and depreciation as a
"respektive" pair "under budget" (two items, no tags); investments with the budget and the used amount
before the deviation, and a pipe project that "överskrider sin budget med cirka 4 mnkr"; two actions, the
financial goal and a risk (others). 15 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

FINANCE = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Bjuvs kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-10-14", "Dnr KS 2025/318", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Tabell 1. Budgetavvikelse per nämnd 2025, mnkr (negativt värde = underskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse sep", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "98,6", "96,1", "2,5", "2,1"),
            ("Barn- och utbildningsnämnden", "512,3", "518,9", "−6,6", "−6,0"),
            ("Socialnämnden", "178,4", "190,1", "−11,7", "−9,3"),
            ("Vård- och omsorgsnämnden", "263,0", "270,4", "−7,4", "−7,0"),
            ("Kultur- och fritidsnämnden", "41,2", "40,5", "0,7", "0,5"),
            ("Tekniska nämnden", "55,8", "58,2", "−2,4", "−2,2"),
            ("Bygg- och miljönämnden", "9,7", "9,7", "0,0", "0,1"),
            ("Summa nämnder", "1 159,0", "1 183,9", "−24,9", "−21,8"),
        ),
        widths=(165.0, 60.0, 60.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=20, font="arial-bold", after=2),
        Title(
            "Ekonomisk uppföljning för Bjuvs kommun, januari–september",
            size=12,
            font="times-italic",
            after=14,
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 21,6 mnkr, att jämföra med det budgeterade "
            "resultatet på 34,0 mnkr. Avvikelsen mot budget blir därmed −12,4 mnkr.",
            C(
                None,
                "−12,4 mnkr",
                "-",
                note="The forecast result and the budgeted result are levels: the deviation is the amount.",
            ),
        ),
        P(
            "Utfallet till och med september är 41,3 mnkr, vilket är 5,2 mnkr bättre än periodiserad budget.",
            C(
                None,
                "5,2 mnkr",
                "+",
                note="The period against the periodised budget, a paragraph of its own.",
            ),
        ),
        PS(
            (
                "Nämnderna räknar sammantaget med att överskrida sina ramar med 24,9 mnkr.",
                C("Nämnderna", "24,9 mnkr", "-"),
            ),
            (
                "Finansförvaltningen dämpar underskottet och beräknas visa ett överskott mot budget på 12,5 mnkr, "
                "framför allt tack vare högre skatteintäkter och lägre pensionskostnader.",
                C(
                    "Finansförvaltningen",
                    "12,5 mnkr",
                    "+",
                    note=FINANCE + " Two sentences about two parts in one paragraph: two items.",
                ),
            ),
        ),
        P(
            "Jämfört med augustiprognosen har helårsprognosen försämrats med 3,1 mnkr. Försämringen förklaras "
            "främst av ett ökat antal placeringar av barn och unga inom socialnämnden.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        committees,
        Space(10),
        H("Nämndernas prognoser i korthet", 2),
        Bullets(
            (
                "Socialnämnden: ett budgetöverdrag om 11,7 mnkr väntas. Sedan i våras har elva barn och ungdomar "
                "placerats på HVB eller i konsulentstödda familjehem, och kostnaden för försörjningsstöd ligger kvar "
                "på en hög nivå.",
                "Vård- och omsorgsnämnden går back med 7,4 mnkr. Hemtjänsten har utfört cirka 6 000 fler timmar än "
                "budgeterat och sjuklönekostnaderna på de särskilda boendena har varit höga under hela året.",
                "Barn- och utbildningsnämnden landar enligt prognosen 6,6 mnkr över tilldelad ram (−6,0 i augusti). "
                "Förklaringen är främst högre kostnader för elever i fristående skolor och i gymnasieskolor i andra "
                "kommuner samt dyrare skolskjuts efter den nya upphandlingen.",
                "Tekniska nämnden, −2,4 mnkr: reparationen av taket på Bruksgårdsskolans idrottshall efter "
                "vattenskadan i maj och stigande energikostnader i de kommunala fastigheterna.",
                "Kommunstyrelsen lämnar ett överskott på 2,5 mnkr, huvudsakligen eftersom två tjänster inom "
                "näringslivsenheten har stått vakanta och upphandlingen av ett nytt ärendehanteringssystem har "
                "skjutits till 2026.",
                "Kultur- och fritidsnämnden räknar med att 0,7 mnkr av ramen blir oförbrukad, då badhusets intäkter "
                "från entréer och simskola har ökat.",
                "Bygg- och miljönämnden bedöms klara sin budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "11,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    note="'Ett budgetöverdrag om … väntas' after the nämnd and a colon.",
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "7,4 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    note="'Går back med'; the 6 000 hours are a volume, not the amount.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="August's figure in brackets is not the amount. Pupils in other schools: kopt_verksamhet.",
                ),
                C(
                    "Tekniska nämnden",
                    "−2,4 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="The amount between commas, the reasons after a colon with no verb. Water damage: ovrigt.",
                ),
                C(
                    "Kommunstyrelsen",
                    "2,5 mnkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    "periodisering",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,7 mnkr",
                    "+",
                    "avgifter_intakter",
                    note="'Av ramen blir oförbrukad': a surplus.",
                ),
                BP("Bygg- och miljönämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och de generella bidragen beräknas överträffa budget med 8,9 mnkr enligt SKR:s "
                "augustiprognos.",
                C("Skatteintäkter och generella bidrag", "8,9 mnkr", "+", note=FINANCE),
            ),
            (
                "Pensionskostnaderna och avskrivningarna hamnar 2,3 respektive 1,3 mnkr under budget.",
                C(
                    "Pensionskostnader",
                    "2,3",
                    "+",
                    unit="mnkr",
                    note=FINANCE + " A 'respektive' pair of costs under budget: two items, positive.",
                    also=(C("Avskrivningar", "1,3 mnkr", "+", note=FINANCE),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 146 mnkr beräknas 97 mnkr att användas, vilket ger en avvikelse på 49 "
            "mnkr. Huvuddelen avser den nya förskolan i Ekeby, där byggstarten har senarelagts efter att detaljplanen "
            "överklagats.",
            C(
                "Investeringar",
                "49 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: the budget and the used amount are levels.",
            ),
        ),
        P(
            "Projektet med en ny huvudvattenledning mellan Bjuv och Billesholm överskrider sin budget med cirka 4 mnkr, "
            "eftersom markförhållandena längs sträckan var sämre än vad förundersökningen visade.",
            C(
                "Huvudvattenledning Bjuv–Billesholm",
                "cirka 4 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i juni att de nämnder som redovisar underskott ska tillämpa skärpt "
            "återhållsamhet med inköp och rekryteringar under resten av året.",
            A(None, None, "bemanning", note="A general restraint with no effect stated."),
        ),
        P(
            "Socialnämnden har inrättat en intern placeringsgrupp som prövar hemmaplanslösningar före varje extern "
            "placering. Åtgärden beräknas minska kostnaderna med 1,0 mnkr under årets sista kvartal.",
            A("Socialnämnden", "1,0 mnkr", "kopt_verksamhet"),
        ),
        H("Finansiella mål och risker", 2),
        P(
            "Det prognostiserade resultatet motsvarar 1,4 procent av skatteintäkter och generella statsbidrag, vilket "
            "understiger kommunens finansiella mål om 2,0 procent.",
            O(None, note="A financial goal not met: other."),
        ),
        P(
            "Prognosen för vård- och omsorgsnämnden är osäker, eftersom förhandlingen om ett nytt avtal för "
            "nattpatrullen ännu inte är avslutad.",
            O("Vård- och omsorgsnämnden", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="bjuv-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Bjuv",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Bjuvs kommun"},
        style=style,
        blocks=blocks,
    )
