"""Hässleholms kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November and a diary number: the period "6,1 mnkr sämre än periodiserad budget" and the full year "23,6 mnkr
lägre än det budgeterade resultatet" in two sentences, one sentence splitting the result into the nämnder's
"överskrida sina ramar med 52,5 mnkr" and the finance function's "28,9 mnkr", the change since September with
its cause; a table with the deviation in October and September side by side; en-dash bullets under a generic
heading ("Kommunledningskontorets kommentar") in varied shapes: "redovisar ett överskott på 3,4 mnkr", a
possessive "Barn- och utbildningsnämndens underskott, −19,2 mnkr, förklaras av", "beräknas gå 22,7 mnkr över
budget" followed by a second sentence of reasons, "landar i ett underskott om 15,5 mnkr", "prognostiserar −1,1
mnkr" with the reason in the next sentence, "Inom kultur- och fritidsnämnden … ger ett plus på 1,8 mnkr" and
"håller sammantaget sina budgetar" (boilerplate, +0,8 in the table); tax revenue, then pensions and the finance
net as a "respektive" pair; investments "126 mnkr inte förbrukas", a project overrun and two projects
"4,2 respektive 1,6 mnkr billigare än budgeterat"; two actions and a
balanskrav/risk paragraph (other). Liberation Sans 9.5 pt.

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
        header=lambda n, m: ("Hässleholms kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-26", "Dnr KS 2025/0412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "224,6", "221,2", "3,4", "2,8"),
            ("Barn- och utbildningsnämnden", "1 412,6", "1 431,8", "−19,2", "−18,1"),
            ("Omsorgsnämnden", "1 018,3", "1 041,0", "−22,7", "−22,7"),
            ("Socialnämnden", "286,9", "302,4", "−15,5", "−12,0"),
            ("Tekniska nämnden", "142,5", "143,6", "−1,1", "−1,4"),
            ("Kultur- och fritidsnämnden", "96,8", "95,0", "1,8", "1,5"),
            ("Övriga nämnder", "38,2", "37,4", "0,8", "0,6"),
            ("Summa nämnder", "3 219,9", "3 272,4", "−52,5", "−49,3"),
            ("Finansförvaltningen", "", "", "28,9", "30,0"),
            ("Årets resultat", "65,4", "41,8", "−23,6", "−19,3"),
        ),
        widths=(160.0, 66.0, 66.0, 76.0, 76.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Hässleholms kommun – samtliga nämnder och styrelsen", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Utfallet för januari–oktober är 58,2 mnkr, vilket är 6,1 mnkr sämre än periodiserad budget.",
                C(None, "6,1 mnkr", "-", note="The period's deviation in a sentence of its own."),
            ),
            (
                "Kommunens resultat för helåret prognostiseras till 41,8 mnkr, vilket är 23,6 mnkr lägre än det "
                "budgeterade resultatet på 65,4 mnkr.",
                C(
                    None,
                    "23,6 mnkr",
                    "-",
                    note="The full year between two levels: the difference is the amount.",
                ),
            ),
        ),
        P(
            "Nämnderna sammantaget beräknas överskrida sina ramar med 52,5 mnkr, medan finansförvaltningen väntas ge "
            "ett överskott på 28,9 mnkr.",
            C(
                "Nämnderna",
                "52,5 mnkr",
                "-",
                note="One sentence, two areas with their own amounts: two items.",
                also=(C("Finansförvaltningen", "28,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen är det en försämring med 4,3 mnkr, som i huvudsak beror på ökade "
            "kostnader för placeringar av barn och unga.",
            F(None, "4,3 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommunledningskontorets kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 3,4 mnkr, främst genom vakanta tjänster på ekonomi- och "
                "HR-avdelningarna.",
                "Barn- och utbildningsnämndens underskott, −19,2 mnkr, förklaras av fler elever i behov av särskilt "
                "stöd och av att fler elever än beräknat går i fristående gymnasieskolor i andra kommuner.",
                "Omsorgsnämnden beräknas gå 22,7 mnkr över budget. Det är hemtjänsten som står för huvuddelen, där "
                "antalet beviljade timmar har ökat med 9 procent sedan årsskiftet, men även sjukfrånvaron inom "
                "särskilt boende bidrar.",
                "Socialnämnden landar i ett underskott om 15,5 mnkr, främst till följd av fler placeringar av barn "
                "och unga på HVB och i familjehem samt ökade kostnader för ekonomiskt bistånd.",
                "Tekniska nämnden prognostiserar −1,1 mnkr. Vinterväghållningen under januari och februari kostade "
                "betydligt mer än en normal vinter.",
                "Inom kultur- och fritidsnämnden blir intäkterna från badhusen och uthyrningen av idrottshallar "
                "högre än beräknat, vilket ger ett plus på 1,8 mnkr.",
                "Övriga nämnder håller sammantaget sina budgetar.",
            ),
            labels=(
                C("Kommunstyrelsen", "3,4 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "−19,2 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="A possessive with the amount between commas.",
                ),
                C(
                    "Omsorgsnämnden",
                    "22,7 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    note="The reasons in a second sentence of the same bullet: one item.",
                ),
                C("Socialnämnden", "15,5 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Tekniska nämnden",
                    "−1,1 mnkr",
                    "-",
                    "ovrigt",
                    note="Winter road maintenance: weather, ovrigt.",
                ),
                C("Kultur- och fritidsnämnden", "1,8 mnkr", "+", "avgifter_intakter"),
                BP("Övriga nämnder", note="+0,8 in the table."),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna blir 9,6 mnkr högre än budgeterat enligt SKR:s oktoberprognos.",
            C("Skatteintäkter", "9,6 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot ger överskott på 12,1 respektive 7,2 mnkr.",
            C(
                "Pensionskostnader",
                "12,1",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "7,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 412 mnkr. Utfallet per oktober är 198 mnkr och "
            "helårsprognosen 286 mnkr, vilket innebär att 126 mnkr inte förbrukas under året, främst på grund av att "
            "bygget av den nya skolan i Tyringe har skjutits fram ett år.",
            C("Investeringar", "126 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av badhuset i Vinslöv beräknas överskrida projektbudgeten med 8,4 mnkr till följd av de "
            "fuktskador som upptäcktes vid rivningen.",
            C(
                "Ombyggnad av badhuset i Vinslöv",
                "8,4 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        P(
            "Två mindre projekt, den nya förskolan i Sösdala och gång- och cykelvägen till Stoby, blir 4,2 respektive "
            "1,6 mnkr billigare än budgeterat tack vare lägre anbud.",
            C(
                "Förskola i Sösdala",
                "4,2",
                "+",
                "prisokningar",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items. Lower tenders: prisokningar.",
                also=(C("Gång- och cykelväg till Stoby", "1,6 mnkr", "+", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat om anställningsprövning för samtliga nämnder under resten av året, vilket "
            "beräknas minska kostnaderna med 3 mnkr.",
            A(None, "3 mnkr", "vakanser"),
        ),
        P(
            "Omsorgsnämnden har tagit fram en handlingsplan för hemtjänsten med en översyn av planeringen och av "
            "antalet delade turer.",
            A("Omsorgsnämnden", None, "bemanning"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Balanskravet uppfylls trots underskottet. Det finns en risk att kostnaderna för placeringar fortsätter "
            "att öka under november och december.",
            O(None, note="Balanskrav and a risk: other."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
