"""Arboga kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November: the full year "9,6 mnkr lägre än budgeterat resultat" and the period "2,6 mnkr sämre än den
periodiserade budgeten" in two sentences, one sentence splitting the result into the nämnder's "negativ
budgetavvikelse på 21,3 mnkr" and the finance function's "överskott på 11,7 mnkr" (two items), the change
since September; a table with October's and September's deviation side by side; bullets under a generic
heading ("Kommunledningskontorets kommentarer") in varied shapes ("underskottet beräknas nu till 12,1 mnkr",
"överskrider sin ram med", a possessive "Socialnämndens prognos är −3,8 mnkr", "ligger nära budget, −0,2
mnkr", "ett mindre underskott, 0,3 mnkr", "bedöms hålla sin budget"); tax revenue, pensions and the finance
net in one sentence with a "respektive" pair (three items, no tags); investments "24,5 mnkr inte används"
and a project that "beräknas överskrida projektbudgeten med drygt 2 mnkr"; two actions, the balanskrav
result and a risk (others). Liberation Sans 9.5 pt.

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
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Arboga kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (avvikelse: − = sämre än budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "118,8", "−0,2", "+0,3"),
            ("Barn- och utbildningsnämnden", "412,3", "417,2", "−4,9", "−4,7"),
            ("Socialnämnden", "96,4", "100,2", "−3,8", "−3,5"),
            ("Vård- och omsorgsnämnden", "398,5", "410,6", "−12,1", "−10,6"),
            ("Kultur- och fritidsnämnden", "52,7", "53,0", "−0,3", "−0,3"),
            ("Revisionen", "1,4", "1,4", "0,0", "0,0"),
            ("Summa nämnder", "1 079,9", "1 101,2", "−21,3", "−18,8"),
            ("Finansförvaltningen", "", "", "+11,7", "+11,4"),
            ("Totalt", "", "", "−9,6", "−7,4"),
        ),
        widths=(170.0, 70.0, 72.0, 76.0, 76.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Arboga kommun", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens prognos för helåret visar ett resultat på 4,8 mnkr, vilket är 9,6 mnkr lägre än "
                "budgeterat resultat på 14,4 mnkr.",
                C(None, "9,6 mnkr", "-", note="The full year between two levels."),
            ),
            (
                "Utfallet för januari–oktober är 18,2 mnkr, vilket är 2,6 mnkr sämre än den periodiserade "
                "budgeten.",
                C(None, "2,6 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        P(
            "Nämnderna redovisar tillsammans en negativ budgetavvikelse på 21,3 mnkr, medan finansförvaltningen "
            "beräknas ge ett överskott på 11,7 mnkr.",
            C(
                "Nämnderna",
                "21,3 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "11,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberrapporten har prognosen försämrats med 2,2 mnkr, främst inom vård och omsorg.",
            F(None, "2,2 mnkr", "-", note="An area named, no reason: no tag."),
        ),
        table,
        H("Kommunledningskontorets kommentarer", 2),
        Bullets(
            items=(
                "Vård- och omsorgsnämnden: underskottet beräknas nu till 12,1 mnkr. Hemtjänsten har fått fler "
                "beviljade timmar än budgeterat, och inom särskilt boende har kostnaderna för extra bemanning och "
                "inhyrda sjuksköterskor ökat.",
                "Barn- och utbildningsnämnden överskrider sin ram med 4,9 mnkr till följd av fler elever i "
                "grundsärskolan och ett dyrare skolskjutsavtal.",
                "Socialnämndens prognos är −3,8 mnkr. Placeringarna av barn och unga på HVB och i familjehem har "
                "blivit fler än beräknat.",
                "Kommunstyrelsen ligger nära budget, −0,2 mnkr, där högre licenskostnader för det nya "
                "ärendehanteringssystemet i stort sett vägs upp av vakanser inom kommunledningskontoret.",
                "Kultur- och fritidsnämnden redovisar ett mindre underskott, 0,3 mnkr, eftersom intäkterna från "
                "badhuset blivit lägre under renoveringen av den stora bassängen.",
                "Revisionen bedöms hålla sin budget.",
            ),
            labels=(
                C("Vård- och omsorgsnämnden", "12,1 mnkr", "-", "volymer", "bemanning", "inhyrd_personal"),
                C(
                    "Barn- och utbildningsnämnden",
                    "4,9 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "−3,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A possessive names the area.",
                ),
                C(
                    "Kommunstyrelsen",
                    "−0,2 mnkr",
                    "-",
                    "it_digitalisering",
                    "vakanser",
                    note="Near budget but a deviation with an amount and reasons: a scored cause.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,3 mnkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
                BP("Revisionen"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 6,9 mnkr högre än budget enligt SKR:s oktoberprognos, och "
            "pensionskostnaderna respektive finansnettot blir 3,1 respektive 1,7 mnkr bättre än budgeterat.",
            C(
                "Skatteintäkter",
                "6,9 mnkr",
                "+",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "3,1", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "1,7 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 96,0 mnkr. Prognosen är att 71,5 mnkr förbrukas, vilket "
            "innebär att 24,5 mnkr inte används under året. Det beror främst på att ombyggnaden av köket i "
            "en av grundskolorna har skjutits till 2026.",
            C("Investeringar", "24,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Cykelstråk Öster beräknas överskrida projektbudgeten med drygt "
            "2 mnkr på grund av oförutsedda markarbeten.",
            C(
                "Cykelstråk Öster",
                "drygt 2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative, ground works are ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har infört anställningsprövning för alla tillsvidaretjänster och beräknar att "
            "den minskar kostnaderna med 1,5 mnkr under november och december.",
            A("Vård- och omsorgsnämnden", "1,5 mnkr", "bemanning"),
        ),
        P(
            "Kommunstyrelsen har gett samtliga nämnder i uppdrag att ta fram handlingsplaner för en ekonomi i "
            "balans till januari 2026.",
            A(None),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Balanskravsresultatet beräknas till 3,9 mnkr efter justering för realisationsvinster.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Osäkerheten i prognosen gäller främst vård och omsorg, där ett fortsatt högt antal hemtjänsttimmar kan "
            "försämra utfallet med ytterligare 1–2 mnkr.",
            O("Vård- och omsorgsnämnden", "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="arboga-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Arboga kommun", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
