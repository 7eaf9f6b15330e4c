"""Kramfors kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr set in Liberation Sans, footer with the arbetsutskott's meeting date in
November and a diary number: the period "11,2 mnkr bättre än det periodiserade budgeterade resultatet" and,
in a paragraph of its own, the full year "landar på ett resultat om 4,9 mnkr mot budgeterade 14,0 mnkr, en
negativ avvikelse på 9,1 mnkr (−7,4 mnkr i septemberrapporten)" (levels and last month's bracket are not the
amount), then one sentence splitting it into the nämnder's "samlade underskott på 17,8 mnkr" and the finance
function's "överskott om 8,7 mnkr" (two items) and the change since September (a forecast change); a nämnd
table with last month's deviation in its own column; per-nämnd bullets under one generic heading in new
shapes ("redovisar ett plus på", "väntas överskrida sin ram med", a possessive "budgetavvikelse är −12,3
mnkr" whose bullet also holds a sub-area's "kostar 7,9 mnkr mer än budgeterat", "ett litet överskott, 0,4
mnkr," between commas, "gå back med en halv miljon kronor" in words, "bedömer att budgeten håller"
(boilerplate)); finance items as a sentence of its own and a "1,9 respektive 0,7 mnkr" pair; investments that
leave "35,4 mnkr av investeringsbudgeten outnyttjade" with a part ("Den största delen, 22 mnkr,"); an action
with its effect for two months, the balanskrav result and an uncertainty (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Kramfors kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-18", "Dnr KS 2025/412", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(
            ("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2025", "2025", "oktober", "september"),
        ),
        rows=(
            ("Kommunstyrelsen", "142,5", "141,3", "1,2", "0,8"),
            ("Barn- och utbildningsnämnden", "368,0", "374,6", "−6,6", "−5,9"),
            ("Socialnämnden", "412,8", "425,1", "−12,3", "−11,0"),
            ("Miljö- och byggnadsnämnden", "9,4", "9,0", "0,4", "0,4"),
            ("Kultur- och fritidsnämnden", "31,2", "31,7", "−0,5", "−0,3"),
            ("Tekniska nämnden", "58,9", "58,9", "0,0", "0,2"),
            ("Summa nämnder", "1 022,8", "1 040,6", "−17,8", "−15,8"),
            ("Finansförvaltningen", "−1 036,8", "−1 045,5", "8,7", "8,4"),
            ("Resultat", "14,0", "4,9", "−9,1", "−7,4"),
        ),
        widths=(160.0, 66.0, 66.0, 64.0, 70.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
    )
    nämnder = (
        "Kommunstyrelsen redovisar ett plus på 1,2 mnkr mot budget. Överskottet kommer från vakanta tjänster på "
        "ekonomi- och personalavdelningen och från lägre kostnader för företagshälsovård.",
        "Barn- och utbildningsnämnden väntas överskrida sin ram med 6,6 mnkr. Fler barn än planerat i förskolorna "
        "i Bollstabruk och Nyland och ökade kostnader för elevassistenter i grundskolan förklarar större delen "
        "av underskottet.",
        "Socialnämndens budgetavvikelse är −12,3 mnkr, den största i kommunen. Placeringar av barn och unga på HVB "
        "och i konsulentstödda familjehem kostar 7,9 mnkr mer än budgeterat, och hemtjänsten har haft fler "
        "beviljade timmar än budgeten medger.",
        "Miljö- och byggnadsnämnden gör ett litet överskott, 0,4 mnkr, tack vare fler bygglovsansökningar än "
        "väntat.",
        "Kultur- och fritidsnämnden beräknas gå back med en halv miljon kronor, främst på grund av en vattenskada "
        "i simhallen i Kramfors som krävde akuta reparationer under sommaren.",
        "Tekniska nämnden bedömer att budgeten håller för helåret, men vinterns utfall är ännu okänt.",
    )
    blocks = [
        Title("Månadsrapport per oktober 2025", size=20, font="arial-bold", after=2),
        Title("Kramfors kommun – kommunstyrelsen och samtliga nämnder", size=12, font="arial", after=14),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat för januari–oktober uppgår till 38,6 mnkr, vilket är 11,2 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "11,2 mnkr",
                "+",
                note="The period against the periodised budget; the level 38,6 is not the amount.",
            ),
        ),
        PS(
            (
                "Helårsprognosen landar på ett resultat om 4,9 mnkr mot budgeterade 14,0 mnkr, en negativ avvikelse "
                "på 9,1 mnkr (−7,4 mnkr i septemberrapporten).",
                C(
                    None,
                    "9,1 mnkr",
                    "-",
                    note="Forecast and budgeted result are levels, the bracket is last month's: the amount is 9,1.",
                ),
            ),
            (
                "Det är nämndernas samlade underskott på 17,8 mnkr som drar ned resultatet, medan "
                "finansförvaltningen väntas ge ett överskott om 8,7 mnkr.",
                C(
                    "Nämnderna",
                    "17,8 mnkr",
                    "-",
                    note="One sentence, two areas with their own amounts: two items.",
                    also=(C("Finansförvaltningen", "8,7 mnkr", "+"),),
                ),
            ),
            ("Prognosen har därmed försämrats med 1,7 mnkr sedan september.", F(None, "1,7 mnkr", "-")),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Bullets(
            nämnder,
            labels=(
                C("Kommunstyrelsen", "1,2 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,6 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="More pupil assistants: bemanning.",
                ),
                C(
                    "Socialnämnden",
                    "−12,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The bullet also holds a sub-area's own deviation (placements, 7,9 mnkr): its own item.",
                    also=(C("Placeringar av barn och unga", "7,9 mnkr", "-", "kopt_verksamhet"),),
                ),
                C("Miljö- och byggnadsnämnden", "0,4 mnkr", "+", "avgifter_intakter", "volymer"),
                C(
                    "Kultur- och fritidsnämnden",
                    "en halv miljon kronor",
                    "-",
                    "ovrigt",
                    value=500_000,
                    note="Amount in words; water damage is ovrigt.",
                ),
                BP("Tekniska nämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag blir 6,1 mnkr högre än budget enligt SKR:s oktoberprognos.",
                C("Skatteintäkter och generella statsbidrag", "6,1 mnkr", "+", note="Finance items: no tag."),
            ),
            (
                "Pensionskostnaderna och finansnettot ger ett överskott om 1,9 respektive 0,7 mnkr.",
                C(
                    "Pensionskostnader",
                    "1,9",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "0,7 mnkr", "+"),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna väntas uppgå till 61,0 mnkr, vilket lämnar 35,4 mnkr av investeringsbudgeten "
            "outnyttjade. Den största delen, 22 mnkr, avser ombyggnaden av Gudmundrå skola, där upphandlingen fick "
            "göras om och byggstarten flyttats till våren 2026.",
            C(
                "Investeringar",
                "35,4 mnkr",
                "+",
                "periodisering",
                note="Under-spending; the 22 mnkr is a part (as 'varav'): one item with the total.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat skärpt prövning av externa placeringar och "
            "en översyn av nattbemanningen i hemtjänsten. Planen beräknas förbättra resultatet med 2,5 mnkr under "
            "november och december.",
            A("Socialnämnden", "2,5 mnkr", "kopt_verksamhet", "bemanning"),
        ),
        H("Balanskrav och osäkerheter", 2),
        P(
            "Balanskravsresultatet beräknas till 3,2 mnkr efter avdrag för realisationsvinster från "
            "tomtförsäljningar i Lunde.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Prognosen för försörjningsstöd är osäker, eftersom Arbetsförmedlingens insatser i Ådalen minskar under "
            "hösten.",
            O("Socialnämnden", "ekonomiskt_bistand", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="kramfors-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Kramfors",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Kramfors kommun", "author": "Kramfors kommun"},
        style=style,
        blocks=blocks,
    )
