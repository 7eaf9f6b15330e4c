"""Storumans kommun, Kommunstyrelsen, ekonomisk månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr, DejaVu Serif 10 pt, footer with the kommunstyrelse's meeting date in
October: the period "4,2 mnkr mer än det periodiserade budgeterade resultatet" and the full year in a
paragraph of its own whose levels (3,9 and 11,0) are not the deviation ("Budgetavvikelsen för kommunen som
helhet blir därmed −7,1 mnkr"); the change since August with its cause; a nämnd table with an August
column; per-nämnd bullets under a generic heading in varied shapes ("+1,3 mnkr:", "drar över sin ram med",
"underskottet växer till 9,4 mnkr (7,9 i augusti)" with a part "drygt 6 mnkr", "beräknas gå med ett
underskott på", "bedöms klara sin budget"); the finance function split into a total, tax revenue and a
"respektive" pair of pensions and interest costs written "0,9 och 0,6 mnkr"; investments "ett överskott mot
budget på 16,5 mnkr" and two projects that "drar över" "med 1,2 respektive 0,7 mnkr"; two actions, sick
leave against last year and the balanskrav and financial goal (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Storumans kommun", "Ekonomisk månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-21", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nämndernas budgetavvikelse helår 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "117,3", "+1,3", "+1,0"),
            ("Bildningsnämnden", "162,4", "165,0", "−2,6", "−2,6"),
            ("Socialnämnden", "214,8", "224,2", "−9,4", "−7,9"),
            ("Samhällsbyggnadsnämnden", "38,9", "39,7", "−0,8", "−0,5"),
            ("Överförmyndare", "1,9", "1,9", "0,0", "0,0"),
            ("Summa nämnder", "536,6", "548,1", "−11,5", "−10,0"),
            ("Finansförvaltning", "", "", "+4,4", "+4,7"),
            ("Totalt", "", "", "−7,1", "−5,3"),
        ),
        widths=(150.0, 72.0, 76.0, 62.0, 72.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk månadsrapport september 2025", size=18, font="serif-bold", after=2),
        Title("Storumans kommun – Kommunstyrelsen", size=12, font="serif-italic", after=12),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med september och på nämndernas egna bedömningar "
            "av helåret. Rapporten lämnas till kommunstyrelsen och delges kommunfullmäktige för kännedom."
        ),
        H("Resultat och prognos", 1),
        P(
            "Resultatet för januari–september uppgår till 31,6 mnkr. Det är 4,2 mnkr mer än det periodiserade "
            "budgeterade resultatet.",
            C(
                None,
                "4,2 mnkr",
                "+",
                note="The period against the periodised budget in a paragraph of its own: a cause; 31,6 is the level.",
            ),
        ),
        P(
            "Helårsprognosen landar på ett resultat om 3,9 mnkr, att jämföra med budgeterade 11,0 mnkr. "
            "Budgetavvikelsen för kommunen som helhet blir därmed −7,1 mnkr.",
            C(None, "−7,1 mnkr", "-", note="The result levels 3,9 and 11,0 are not the amount."),
        ),
        P(
            "Prognosen har försämrats med 1,8 mnkr sedan augustirapporten. Försämringen kommer till största delen "
            "från socialnämnden, där ytterligare två placeringar av barn har tillkommit.",
            F(None, "1,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        Space(6),
        H("Nämndernas kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen +1,3 mnkr: vakanta tjänster inom ekonomi- och personalenheten samt lägre kostnader "
                "för den politiska organisationen än väntat.",
                "Bildningsnämnden drar över sin ram med 2,6 mnkr. Skolskjutsupphandlingen för Tärnaby och Hemavan "
                "blev dyrare än det tidigare avtalet, och interkommunala ersättningar för gymnasieelever som studerar "
                "i Umeå och Lycksele ökar.",
                "Socialnämnden: underskottet växer till 9,4 mnkr (7,9 i augusti). Externa placeringar inom barn och "
                "unga står för drygt 6 mnkr av underskottet, resten förklaras av hemtjänsten där de beviljade "
                "timmarna i Stensele och Gunnarn har ökat kraftigt.",
                "Samhällsbyggnadsnämnden beräknas gå med ett underskott på 0,8 mnkr, i huvudsak orsakat av högre "
                "elpriser i de kommunala fastigheterna under våren.",
                "Överförmyndaren bedöms klara sin budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "+1,3 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Lower costs for the political organisation (fees): ovrigt.",
                ),
                C(
                    "Bildningsnämnden",
                    "2,6 mnkr",
                    "-",
                    "prisokningar",
                    "kopt_verksamhet",
                    note="A dearer transport contract: prisokningar; interkommunal ersättning: kopt_verksamhet.",
                ),
                C(
                    "Socialnämnden",
                    "9,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="August's figure in brackets and the part 'drygt 6 mnkr' are not the amount.",
                ),
                C("Samhällsbyggnadsnämnden", "0,8 mnkr", "-", "prisokningar"),
                BP("Överförmyndaren"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Finansförvaltningen väntas lämna ett överskott på 4,4 mnkr.",
                C("Finansförvaltningen", "4,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Skatteintäkterna blir 2,9 mnkr högre än budgeterat enligt SKR:s augustiprognos.",
                C("Skatteintäkter", "2,9 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna respektive räntekostnaderna beräknas bli 0,9 och 0,6 mnkr lägre än budget.",
                C(
                    "Pensionskostnader",
                    "0,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair written 'X och Y mnkr': one item each.",
                    also=(C("Räntekostnader", "0,6 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 46,0 mnkr inklusive ombudgeteringar från 2024. Utfallet till "
            "och med september är 17,3 mnkr och helårsprognosen 29,5 mnkr, vilket ger ett överskott mot budget på "
            "16,5 mnkr. Det beror främst på att ombyggnaden av Hemavans skola har förskjutits till 2026 och att "
            "upphandlingen av det nya reningsverket i Tärnaby har överklagats.",
            C(
                "Investeringar",
                "16,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive.",
            ),
        ),
        P(
            "Två projekt drar över: räddningsstationen i Storuman och bredbandsutbyggnaden i Gunnarn, med 1,2 "
            "respektive 0,7 mnkr, i båda fallen till följd av högre entreprenadpriser än i kalkylen.",
            C(
                "Räddningsstationen i Storuman",
                "1,2",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Investment overruns as a 'respektive' pair: one item each.",
                also=(C("Bredbandsutbyggnaden i Gunnarn", "0,7 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Socialnämnden har fått i uppdrag att senast i november redovisa en handlingsplan för en budget i "
                "balans.",
                A("Socialnämnden"),
            ),
            (
                "Kommunstyrelsen har därtill infört anställningsprövning i samtliga förvaltningar från och med "
                "oktober.",
                A(None, None, "vakanser"),
            ),
        ),
        H("Personal och finansiella mål", 2),
        P(
            "Sjukfrånvaron uppgick till 6,1 procent under januari–augusti, vilket är 0,7 procentenheter lägre än "
            "samma period i fjol.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Med nuvarande prognos klarar kommunen balanskravet, men når inte det finansiella målet om ett resultat "
            "på 2 procent av skatter och generella statsbidrag.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="storuman-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Storuman",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Ekonomisk månadsrapport september 2025", "author": "Storumans kommun"},
        style=style,
        blocks=blocks,
    )
