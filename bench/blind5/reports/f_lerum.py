"""Lerums kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report with numbered headings: a narrative with the demonym "lerumsbor" (not
labelled), the period result against the periodised budget explained by timing, the full-year result
against the budgeted result in two sentences that also carry the nämnder's total and finansförvaltningen
(three items, same text), a table per nämnd in mnkr with tertial 1's deviation and the sign convention in
the caption, then the per-nämnd summary in prose: an unlabelled lead-in and a dashed list whose items are
lower-case nämnd names with a signed amount and nothing else (three causes without reasons); in two
columns to the end, one level-3 heading per nämnd that names it only (not part of the item):
socialnämnden's reasons with the amount only in the table, followed by its own change since tertial 1
(a second item), a cue-less paragraph for barn- och utbildningsnämnden with a part amount (the amount
is the table row's) that runs over the page break, tekniska nämnden's deficit split into two sub-areas
with their own amounts in two sentences, kommunstyrelsen's surplus whose "digitalisering" is a
department's name (no IT tag), three nämnder with small surpluses and no comment; the investment
forecast with its delays, a narrow project table (avvikelse = budget − prognos), a project over budget
from contaminated ground that runs from one column to the next; staff figures, significant events and
the accounting principles (not labelled). Liberation Serif (Times) 10.5 pt with Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import C, F

ROW = "Amount from the nämnd's row in table 2 (mnkr, positive = överskott)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 76.0, 70.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Lerums kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Dnr KS25-0412", "", f"sid {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas helårsprognos 2025, mnkr (positivt värde = överskott mot budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Kommunstyrelsen", "212,0", "208,8", "3,2", "1,5"),
            ("Barn- och utbildningsnämnden", "1 105,3", "1 115,1", "−9,8", "−6,0"),
            ("Socialnämnden", "682,7", "704,1", "−21,4", "−17,9"),
            ("Tekniska nämnden", "96,4", "101,0", "−4,6", "−2,2"),
            ("Kultur- och fritidsnämnden", "88,1", "87,2", "0,9", "0,0"),
            ("Miljö- och byggnadsnämnden", "21,6", "20,5", "1,1", "0,6"),
            ("Överförmyndarnämnden", "6,2", "5,8", "0,4", "0,2"),
            ("Summa nämnder", "2 212,3", "2 242,5", "−30,2", "−23,8"),
            ("Finansförvaltningen", "", "", "20,7", "15,1"),
            ("Totalt", "", "", "−9,5", "−8,7"),
        ),
        widths=(170.0, 62.0, 62.0, 60.0, 70.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Tabell 4. Investeringar, mnkr (budget − prognos)",
        header=(("Projekt", "Budget", "Prognos", "Avvik."),),
        rows=(
            ("Nya Ljungviksskolan", "96", "70", "26"),
            ("Förskolan Trastvägen", "38", "44", "−6"),
            ("Exploatering Norra Floda", "112", "55", "57"),
            ("Gator, gång- och cykelvägar", "64", "60", "4"),
            ("Övriga projekt", "78", "72", "6"),
            ("Summa", "388", "301", "87"),
        ),
        widths=(110.0, 36.0, 38.0, 34.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold"),
        Title("Lerums kommun", size=13, font="times-italic", after=12),
        H("1 Inledning", 1),
        P(
            "Lerum har under årets första åtta månader fortsatt att växa, om än i en lägre takt än tidigare år. "
            "Antalet lerumsbor ökade med 280 personer och uppgick till knappt 44 000 den 30 juni. Byggandet av "
            "nya bostäder har bromsat in, medan arbetet med den nya stationsnära bebyggelsen har gått in i "
            "genomförandeskedet."
        ),
        H("2 Ekonomisk analys", 1),
        H("2.1 Periodens resultat", 2),
        P(
            "Resultatet för januari–augusti uppgår till 96,3 mnkr, vilket är 41,0 mnkr bättre än det periodiserade "
            "budgeterade resultatet. Skatteintäkterna har ökat mer än väntat, och kostnaderna för underhåll och "
            "semesterersättning faller till största delen ut under hösten.",
            C(
                None,
                "41,0 mnkr",
                "+",
                "periodisering",
                note="Period result against the periodised budget; the tax revenue is named without a cause.",
            ),
        ),
        H("2.2 Helårsprognos", 2),
        P(
            "Årets resultat prognostiseras till 52,0 mnkr, att jämföra med budgeterade 61,5 mnkr. Avvikelsen på "
            "−9,5 mnkr består av nämndernas samlade underskott på 30,2 mnkr, som delvis vägs upp av ett överskott "
            "inom finansförvaltningen på 20,7 mnkr.",
            C(
                None,
                "−9,5 mnkr",
                "-",
                note="Two sentences with three amounts: the whole kommun, the nämnder and finansförvaltningen "
                "(three items, same text).",
                also=(
                    C("Nämnderna", "30,2 mnkr", "-"),
                    C("Finansförvaltningen", "20,7 mnkr", "+"),
                ),
            ),
        ),
        committees,
        P("Tre nämnder prognostiserar underskott mot budget:"),
        Bullets(
            (
                "socialnämnden −21,4 mnkr",
                "barn- och utbildningsnämnden −9,8 mnkr",
                "tekniska nämnden −4,6 mnkr.",
            ),
            labels=(
                C("Socialnämnden", "−21,4 mnkr", "-", note="A lower-case list item: nämnd and amount only."),
                C("Barn- och utbildningsnämnden", "−9,8 mnkr", "-", note="A lower-case list item."),
                C("Tekniska nämnden", "−4,6 mnkr", "-", note="A lower-case list item."),
            ),
            glyph="–",
        ),
        H("2.3 Nämndernas kommentarer", 2),
        Columns(2),
        H("Socialnämnden", 3),
        PS(
            (
                "Socialnämndens underskott har fortsatt att växa under sommaren. Kostnaderna för placeringar av barn "
                "och unga på HVB och i konsulentstödda familjehem ligger långt över budget, och försörjningsstödet "
                "ökar när fler lerumsbor blir långtidsarbetslösa.",
                C(
                    "Socialnämnden",
                    "−21,4",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                "Sedan tertial 1 har prognosen försämrats med 3,5 mnkr, främst till följd av två nya placeringar i "
                "juni.",
                F("Socialnämnden", "3,5 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        H("Barn- och utbildningsnämnden", 3),
        P(
            "Fler elever än budgeterat går på fristående gymnasieskolor i Göteborg och Alingsås. Statsbidraget för "
            "mindre barngrupper i förskolan, som fanns med i budgeten med 3,0 mnkr, har inte beviljats för 2025.",
            C(
                "Barn- och utbildningsnämnden",
                "−9,8",
                "-",
                "kopt_verksamhet",
                "volymer",
                "statsbidrag",
                unit="mnkr",
                table=True,
                note=ROW + " No cue word; 3,0 mnkr is a part, not the nämnd's deviation.",
            ),
        ),
        H("Tekniska nämnden", 3),
        PS(
            (
                "Snöfallen i januari och februari gav kostnader för snöröjning och halkbekämpning som överstiger "
                "budget med 2,9 mnkr.",
                C(
                    "Snöröjning och halkbekämpning",
                    "2,9 mnkr",
                    "-",
                    "ovrigt",
                    note="Tekniska nämnden's deficit in two sub-areas with their own amounts: weather.",
                ),
            ),
            (
                "Resten av underskottet, 1,7 mnkr, avser högre elpriser för gatubelysningen.",
                C("Gatubelysning", "1,7 mnkr", "-", "prisokningar"),
            ),
        ),
        H("Kommunstyrelsen", 3),
        P(
            "Kommunstyrelsen redovisar ett överskott på 3,2 mnkr, främst på grund av vakanta tjänster inom HR- och "
            "digitaliseringsavdelningarna och lägre kostnader för företagshälsovård.",
            C(
                "Kommunstyrelsen",
                "3,2 mnkr",
                "+",
                "vakanser",
                note="'digitaliseringsavdelningarna' names a department, not a cause.",
            ),
        ),
        H("3 Investeringar", 1),
        P(
            "Investeringsprognosen för 2025 är 301 mnkr, vilket är 87 mnkr lägre än budget. Detaljplanen för Norra "
            "Floda har överklagats, och exploateringen kan därför inte starta förrän 2026. Bygget av Nya "
            "Ljungviksskolan har också kommit igång senare än planerat.",
            C(
                "Investeringar",
                "87 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under budget: delays.",
            ),
        ),
        investments,
        P(
            "Förskolan Trastvägen blir cirka 6 mnkr dyrare än budgeterat. Vid schaktningen hittades förorenad mark "
            "som måste saneras innan bygget kunde fortsätta.",
            C(
                "Förskolan Trastvägen",
                "cirka 6 mnkr",
                "-",
                "ovrigt",
                note="Investment project over its budget: ground conditions.",
            ),
        ),
        H("4 Personal", 1),
        P(
            "Antalet tillsvidareanställda var 3 420 den 31 augusti, 35 fler än vid årsskiftet. Sjukfrånvaron under "
            "januari–juli var 7,1 procent."
        ),
        H("5 Väsentliga händelser", 1),
        P(
            "Kommunfullmäktige antog i mars en ny lokalförsörjningsplan för förskolor och skolor fram till 2035. "
            "I maj öppnade det nya kontaktcentret i kommunhuset, som samlar all första kontakt med invånarna. "
            "Under sommaren genomfördes en sammanslagning av de två tekniska förvaltningarna till en "
            "samhällsbyggnadsförvaltning."
        ),
        H("6 Redovisningsprinciper", 1),
        P(
            "Delårsrapporten är upprättad enligt lagen om kommunal bokföring och redovisning och RKR:s "
            "rekommendation R17. Samma principer och beräkningsmetoder har använts som i årsredovisningen för 2024. "
            "Skatteintäkterna bygger på SKR:s prognos från augusti.",
            size=9.5,
        ),
    ]
    return ReportSpec(
        file="lerum-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lerum",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Lerums kommun"},
        style=style,
        blocks=blocks,
    )
