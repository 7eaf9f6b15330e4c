"""Norbergs kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
October and a diarienummer: the full year as a result "9,8 mnkr lägre än det budgeterade resultatet" between
two levels; one sentence splitting it into the nämnder's "överskrida sina ramar med 16,3 mnkr" and the finance
function's "överskott på 6,5 mnkr" (two items), followed in the same paragraph by the change since August with
its cause; a table with the deviation in September and August side by side; headings that carry the nämnd and
amount ("Socialnämnden −9,6 mnkr") over paragraphs whose later sentences give sub-areas' own deviations (two
in one sentence with their own reasons, "6,1 mnkr mer än budgeterat" and "2,7 mnkr över budget"; a
"−3,4 respektive −2,3 mnkr" pair and "medan förskolan visar ett överskott på 0,5 mnkr" in one sentence);
an action with its effect between two headed sections; en-dash bullets under a generic heading ("prognosen är
−2,4 mnkr" after a colon, "går mot ett överskott på 0,8 mnkr tack vare", "följer budget"); a bold run-in
finance function with taxes in one sentence and pensions and the finance net as a "respektive" pair in the
next; investments "drygt tolv miljoner kronor stå oförbrukade" (in words) and a project that "beräknas
däremot överskrida projektbudgeten med 2,3 mnkr"; a financial goal and sick leave against last year (others).
Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Norbergs kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-21", "Dnr KS 2025/212", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse sep", "Avvikelse aug"),),
        rows=(
            ("Kommunfullmäktige och revision", "3,2", "3,1", "+0,1", "+0,1"),
            ("Kommunstyrelsen", "96,4", "98,8", "−2,4", "−2,0"),
            ("Barn- och utbildningsnämnden", "186,7", "191,9", "−5,2", "−4,9"),
            ("Socialnämnden", "214,5", "224,1", "−9,6", "−8,2"),
            ("Miljö- och byggnadsnämnden", "4,6", "3,8", "+0,8", "+0,8"),
            ("Summa nämnder", "505,4", "521,7", "−16,3", "−14,2"),
            ("Finansförvaltningen", "", "", "+6,5", "+6,5"),
            ("Årets resultat", "14,0", "4,2", "−9,8", "−7,7"),
        ),
        widths=(170.0, 58.0, 58.0, 90.0, 90.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="arial-bold", after=2),
        Title("Norbergs kommun – samtliga nämnder", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognostiserade resultat för 2025 är 4,2 mnkr, vilket är 9,8 mnkr lägre än det budgeterade "
            "resultatet på 14,0 mnkr.",
            C(None, "9,8 mnkr", "-", note="The two result levels are not the amount."),
        ),
        PS(
            (
                "Nämnderna och kommunstyrelsen beräknas tillsammans överskrida sina ramar med 16,3 mnkr, medan "
                "finansförvaltningen väntas ge ett överskott på 6,5 mnkr.",
                C(
                    "Nämnderna",
                    "16,3 mnkr",
                    "-",
                    note="The result split into the nämnder and the finance function: two items.",
                    also=(C("Finansförvaltningen", "6,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med augustiprognosen har resultatet försämrats med 2,1 mnkr, främst på grund av nya "
                "placeringar av barn och unga inom socialnämnden.",
                F(None, "2,1 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        P("Avvikelse: ett negativt värde innebär att nämnden förbrukar mer än sin ram.", size=9.0),
        H("Nämndernas prognoser", 2),
        Para(
            (
                (
                    "Socialnämndens underskott förklaras till största delen av kostnader för placeringar inom "
                    "individ- och familjeomsorgen, där tre nya institutionsplaceringar av ungdomar har tillkommit "
                    "sedan sommaren.",
                    C("Socialnämnden", "−9,6 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Placeringarna beräknas kosta 6,1 mnkr mer än budgeterat, och hemtjänsten ligger 2,7 mnkr över "
                    "budget eftersom antalet beviljade timmar har ökat med nära 15 procent.",
                    C(
                        "Placeringar",
                        "6,1 mnkr",
                        "-",
                        "kopt_verksamhet",
                        note="Two sub-areas with their own amounts and reasons in one sentence: two items.",
                        also=(C("Hemtjänst", "2,7 mnkr", "-", "volymer"),),
                    ),
                ),
                (
                    "Ekonomiskt bistånd bedöms hamna 0,8 mnkr över budget, en följd av att fler hushåll söker "
                    "försörjningsstöd när arbetslösheten i länet stiger.",
                    C("Ekonomiskt bistånd", "0,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                ),
            ),
            head="Socialnämnden −9,6 mnkr",
            head_level=3,
        ),
        P(
            "Socialnämnden har beslutat om en åtgärdsplan med anställningsprövning och en översyn av hemtjänstens "
            "planering, som väntas minska underskottet med 1,2 mnkr under oktober–december.",
            A("Socialnämnden", "1,2 mnkr", "bemanning"),
        ),
        Para(
            (
                (
                    "Nämndens underskott beror främst på interkommunala ersättningar för gymnasieelever som studerar "
                    "i andra kommuner och på ökade kostnader för elever i behov av särskilt stöd i grundskolan.",
                    C("Barn- och utbildningsnämnden", "−5,2 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Gymnasieskolan och grundskolan står för −3,4 respektive −2,3 mnkr, medan förskolan visar ett "
                    "överskott på 0,5 mnkr till följd av färre barn än planerat.",
                    C(
                        "Gymnasieskola",
                        "−3,4",
                        "-",
                        unit="mnkr",
                        note="Three areas in one sentence ('respektive' and 'medan'); the first two with no reason "
                        "of their own: no tags.",
                        also=(
                            C("Grundskola", "−2,3 mnkr", "-"),
                            C("Förskola", "0,5 mnkr", "+", "volymer"),
                        ),
                    ),
                ),
            ),
            head="Barn- och utbildningsnämnden −5,2 mnkr",
            head_level=3,
        ),
        H("Övriga nämnder", 3),
        Bullets(
            (
                "Kommunstyrelsen: prognosen är −2,4 mnkr, främst på grund av reparationer av gator och "
                "dagvattenledningar efter skyfallet i augusti och dyrare licenser för ekonomi- och personalsystemen.",
                "Miljö- och byggnadsnämnden går mot ett överskott på 0,8 mnkr tack vare fler bygglovsansökningar än "
                "väntat och en inspektörstjänst som var vakant under våren.",
                "Kommunfullmäktige och revisionen följer budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "−2,4 mnkr",
                    "-",
                    "ovrigt",
                    "it_digitalisering",
                    note="Storm damage: ovrigt.",
                ),
                C(
                    "Miljö- och byggnadsnämnden",
                    "0,8 mnkr",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    "vakanser",
                ),
                BP("Kommunfullmäktige och revision", note="+0,1 in the table."),
            ),
            glyph="–",
        ),
        LP(
            "Finansförvaltningen.",
            "Skatteintäkterna blir 3,9 mnkr högre än budgeterat enligt SKR:s augustiprognos.",
            C("Skatteintäkter", "3,9 mnkr", "+", note=NO_TAG),
            (
                "Pensionskostnaderna och finansnettot blir 1,7 respektive 0,9 mnkr bättre än budget.",
                C(
                    "Pensionskostnader",
                    "1,7",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "0,9 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av investeringsbudgeten på 38,5 mnkr väntas drygt tolv miljoner kronor stå oförbrukade vid årets "
                "slut, främst för att ombyggnaden av Lindgårdens förskola har skjutits till 2026.",
                C(
                    "Investeringar",
                    "drygt tolv miljoner kronor",
                    "+",
                    "periodisering",
                    value=12_000_000,
                    note="An under-spend in words: the stated figure.",
                ),
            ),
            (
                "Projektet ny högreservoar i Karbenning beräknas däremot överskrida projektbudgeten med 2,3 mnkr "
                "på grund av högre entreprenadpriser.",
                C("Ny högreservoar i Karbenning", "2,3 mnkr", "-", "prisokningar"),
            ),
        ),
        H("Finansiella mål och personal", 2),
        P(
            "Med nuvarande prognos uppfylls balanskravet, men resultatet motsvarar bara 0,8 procent av skatter och "
            "generella statsbidrag, vilket är lägre än det finansiella målet på 2 procent.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
        P(
            "Sjukfrånvaron i kommunen var 7,1 procent under januari–augusti, 0,4 procentenheter högre än samma "
            "period 2024, vilket till stor del beror på fler långa sjukskrivningar inom äldreomsorgen.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="norberg-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Norberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Norbergs kommun"},
        style=style,
        blocks=blocks,
    )
