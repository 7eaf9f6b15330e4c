"""Hedemora kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with hyphen-minus signs, footer with the kommunstyrelse's meeting date
in November and "Sida n av m": the period "7,2 mnkr bättre än den periodiserade budgeten" and the full year
"9,1 mnkr lägre än det budgeterade resultatet" in two sentences, then one sentence that splits it into the
nämnder's "−17,8 mnkr (−15,3 mnkr i september)" (last month's figure in brackets) and the finance
function's "+8,7 mnkr"; the change since September with its cause; a nämnd table with the deviation in
September and October side by side; en-dash bullets under a generic heading ("Ekonomiavdelningens
kommentar per nämnd") in varied shapes: "redovisar ett överskott på", "överskrider sin ram med", a possessive
"Socialnämndens underskott, 14,5 mnkr,", "beräknas gå 1,3 mnkr back", a colon and "en positiv avvikelse mot
budget på drygt två miljoner kronor" (in words), "följer sin budget" (boilerplate); tax revenue, then
pensions and the finance net as a "respektive" pair (no tags); investments "41,5 mnkr inte förbrukas" after
two levels and a project that "beräknas överskrida projektbudgeten med 3,2 mnkr"; two actions, the
balanskrav and a goal with "beror på" and sick leave against last year (others). Liberation Sans 9.5 pt.

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
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Hedemora kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "Dnr KS 2025/00412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (avvikelse mot budget, minus = underskott)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse sep", "Avvikelse okt"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "116,3", "+1,6", "+2,1"),
            ("Barn- och utbildningsnämnden", "512,7", "518,9", "-5,4", "-6,2"),
            ("Socialnämnden", "498,1", "512,6", "-12,6", "-14,5"),
            ("Samhällsbyggnadsnämnden", "74,2", "75,5", "-0,9", "-1,3"),
            ("Kultur- och fritidsnämnden", "46,8", "44,7", "+2,0", "+2,1"),
            ("Revisionen", "2,4", "2,4", "0,0", "0,0"),
            ("Summa nämnder", "1 252,6", "1 270,4", "-15,3", "-17,8"),
            ("Finansförvaltningen", "", "", "+9,4", "+8,7"),
            ("Totalt", "", "", "-5,9", "-9,1"),
        ),
        widths=(160.0, 68.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Hedemora kommun – kommunövergripande uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat till och med oktober uppgår till 41,6 mnkr, vilket är 7,2 mnkr bättre än den "
                "periodiserade budgeten.",
                C(
                    None,
                    "7,2 mnkr",
                    "+",
                    note="The period against the periodised budget, in its own sentence.",
                ),
            ),
            (
                "Helårsprognosen pekar däremot på ett resultat på 12,4 mnkr, 9,1 mnkr lägre än det budgeterade "
                "resultatet på 21,5 mnkr.",
                C(None, "9,1 mnkr", "-", note="The full year between two levels."),
            ),
            (
                "Nämndernas samlade avvikelse är −17,8 mnkr (−15,3 mnkr i september), medan finansförvaltningen "
                "bidrar med +8,7 mnkr.",
                C(
                    "Nämnderna",
                    "−17,8 mnkr",
                    "-",
                    note="The bracket is last month's figure, not the amount.",
                    also=(C("Finansförvaltningen", "+8,7 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Prognosen har försämrats med 2,5 mnkr sedan septemberrapporten, främst på grund av ökade kostnader för "
            "placeringar av barn och unga inom socialnämnden.",
            F(None, "2,5 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Ekonomiavdelningens kommentar per nämnd", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 2,1 mnkr. Vakanta tjänster inom kansli- och "
                "HR-avdelningen har inte tillsatts under hösten och kostnaderna för företagshälsovård blir lägre "
                "än planerat.",
                "Barn- och utbildningsnämnden överskrider sin ram med 6,2 mnkr. Fler elever i grundsärskolan och "
                "högre kostnader för skolskjuts efter en ny upphandling förklarar huvuddelen, och statsbidraget för "
                "likvärdig skola blev lägre än nämnden räknat med.",
                "Socialnämndens underskott, 14,5 mnkr, kommer från individ- och familjeomsorgen och hemtjänsten. "
                "Antalet placeringar av barn och unga på HVB har ökat till fjorton och hemtjänsten har fått cirka "
                "4 000 fler beviljade timmar än budgeterat, varav en del utförs med inhyrd personal.",
                "Samhällsbyggnadsnämnden beräknas gå 1,3 mnkr back. Vinterns snöröjning kostade mer än ett normalår "
                "och intäkterna från bygglov har minskat när nybyggandet avtagit.",
                "Kultur- och fritidsnämnden: badhuset har varit stängt för renovering sedan augusti, vilket ger "
                "lägre driftkostnader men också lägre entréintäkter. Nettoeffekten är en positiv avvikelse mot "
                "budget på drygt två miljoner kronor.",
                "Revisionen följer sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,1 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,2 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "statsbidrag",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "14,5 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "inhyrd_personal",
                    note="A possessive with the amount between commas.",
                ),
                C("Samhällsbyggnadsnämnden", "1,3 mnkr", "-", "ovrigt", "avgifter_intakter"),
                C(
                    "Kultur- och fritidsnämnden",
                    "drygt två miljoner kronor",
                    "+",
                    "ovrigt",
                    "avgifter_intakter",
                    value=2_000_000,
                    note="Amount in words; a closure for renovation is ovrigt.",
                ),
                BP("Revisionen"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 5,6 mnkr högre än budget enligt SKR:s "
            "oktoberprognos.",
            C("Skatteintäkter och generella statsbidrag", "5,6 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker positivt med 1,9 respektive 1,2 mnkr, det senare till följd "
            "av lägre räntor på kommunens lån.",
            C(
                "Pensionskostnader",
                "1,9",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair.",
                also=(C("Finansnetto", "1,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 146,0 mnkr. Utfallet till och med oktober är 71,3 mnkr och "
            "prognosen för helåret 104,5 mnkr, vilket innebär att 41,5 mnkr inte förbrukas under året. Den största "
            "delen avser den nya förskolan i Vikmanshyttan, där byggstarten har flyttats till våren 2026.",
            C("Investeringar", "41,5 mnkr", "+", "periodisering", note="Under-spending after two levels."),
        ),
        P(
            "Ombyggnaden av köket i Tallbackaskolan beräknas däremot överskrida projektbudgeten med 3,2 mnkr, då "
            "ventilationen visade sig behöva bytas i sin helhet.",
            C("Ombyggnaden av köket i Tallbackaskolan", "3,2 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat hemtagning av två placeringar och en "
            "översyn av hemtjänstens planering, som beräknas minska kostnaderna med 2,8 mnkr i år.",
            A("Socialnämnden", "2,8 mnkr", "kopt_verksamhet", "bemanning"),
        ),
        P(
            "Kommunstyrelsen beslutade den 7 oktober om anställningsprövning i hela organisationen fram till "
            "årsskiftet.",
            A(None, None),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Med nuvarande prognos klaras balanskravet, men resultatet når inte målet om 2 procent av skatter och "
            "generella statsbidrag, vilket beror på nämndernas underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
        P(
            "Sjukfrånvaron i kommunen var 7,4 procent under januari–oktober, 0,6 procentenheter lägre än samma period "
            "2024. Minskningen beror främst på lägre korttidsfrånvaro inom förskolan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hedemora-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Hedemora",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Hedemora kommun"},
        style=style,
        blocks=blocks,
    )
