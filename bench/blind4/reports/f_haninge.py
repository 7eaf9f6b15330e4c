"""Haninge kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report with numbered headings: a narrative of the period (not labelled), the
period result with the budget in brackets ("212,4 mnkr (budget 148,0 mnkr)", the deviation not written
out) explained by timing, the full-year forecast against the budgeted result, a table per nämnd in mnkr
with tertial 1's deviation and the sign convention in its caption, a chart caption with no chart (not
labelled); then two columns: one generic heading ("Nämndernas budgetavvikelser") over dashed bullets,
one per nämnd, in different shapes: "Socialnämnden: −34,5 mnkr." opening a bullet, the nämnd's own
amount in brackets ("Barn- och förskolenämnden (−9,4 mnkr)"), "redovisar −8,3 mnkr", a "respektive"
bullet with two nämnder ("7,8 respektive 3,1 mnkr"), a nämnd that "bedöms hålla sin budget"
(boilerplate), a row without a bullet; finansförvaltningen as one contrast sentence (skatteintäkter
"…, medan" pensions, two items) that runs from the second column of page 1 to page 2; significant events
and a method note (not labelled); after a page break in one column: the investment forecast under
budget and a table (avvikelse = budget − prognos) with one project over budget that is not commented,
solidity and liquidity (other), sick leave and the accounting principles (not labelled). Liberation
Serif (Times) 10.5 pt with Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.33,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Haninge kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("", f"{n}", ""),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 3. Nämndernas helårsprognos, mnkr (negativt belopp = underskott mot budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Kommunstyrelsen", "348,0", "340,2", "7,8", "5,0"),
            ("Barn- och förskolenämnden", "1 210,5", "1 219,9", "−9,4", "−6,1"),
            ("Grundskolenämnden", "1 642,0", "1 650,3", "−8,3", "−4,0"),
            ("Gymnasie- och vuxenutbildningsnämnden", "486,2", "483,1", "3,1", "1,2"),
            ("Socialnämnden", "1 788,4", "1 822,9", "−34,5", "−27,6"),
            ("Kultur- och fritidsnämnden", "232,6", "232,6", "0,0", "0,0"),
            ("Stadsbyggnadsnämnden", "118,9", "121,7", "−2,8", "−1,0"),
            ("Summa nämnder", "5 826,6", "5 870,7", "−44,1", "−32,5"),
            ("Finansförvaltningen", "", "", "10,6", "9,0"),
            ("Totalt", "", "", "−33,5", "−23,5"),
        ),
        widths=(196.0, 66.0, 66.0, 60.0, 66.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Tabell 5. Investeringar per nämnd, mnkr (avvikelse = budget − prognos)",
        header=(("Nämnd", "Budget", "Utfall jan–aug", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen, exploatering", "312", "98", "176", "136"),
            ("Barn- och förskolenämnden", "148", "61", "104", "44"),
            ("Grundskolenämnden", "196", "72", "140", "56"),
            ("Kultur- och fritidsnämnden", "84", "51", "98", "−14"),
            ("Övriga nämnder", "10", "4", "16", "−6"),
            ("Summa", "750", "286", "534", "216"),
        ),
        widths=(176.0, 58.0, 80.0, 58.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold"),
        Title("Haninge kommun", size=13, font="times-italic", after=14),
        H("1 Förvaltningsberättelse", 1),
        P(
            "Under årets första åtta månader har kommunen fortsatt att växa. Befolkningen ökade med 1 140 personer "
            "och uppgick den 30 juni till drygt 98 000 invånare. Bostadsbyggandet har däremot bromsat in: 310 "
            "bostäder färdigställdes under perioden, mot 520 samma period i fjol. Arbetet med den nya stadskärnan "
            "kring Handens station har gått in i en ny etapp, och detaljplanen för kvarteret vid Poseidons torg "
            "antogs i maj."
        ),
        H("1.1 Periodens resultat", 2),
        P(
            "Periodens resultat uppgår till 212,4 mnkr (budget 148,0 mnkr). Det positiva utfallet förklaras "
            "främst av att skatteintäkterna har blivit högre än budgeterat och av att kostnaderna för semester och "
            "underhåll fördelas ojämnt över året.",
            C(
                None,
                "212,4 mnkr (budget 148,0 mnkr)",
                "+",
                "periodisering",
                value=64_400_000,
                note="Period result against the periodised budget; the bracket is the budget (64,4 mnkr).",
            ),
        ),
        H("1.2 Helårsprognos", 2),
        P(
            "Resultatet för helåret prognostiseras till 61,5 mnkr, vilket är 33,5 mnkr lägre än det budgeterade "
            "resultatet på 95,0 mnkr.",
            C(None, "33,5 mnkr", "-"),
        ),
        committees,
        Para(
            (("Diagram 2. Nämndernas avvikelse mot budget i tertial 1 och delår, mnkr", None),),
            size=8.5,
            font="italic",
        ),
        Columns(2),
        H("1.3 Nämndernas budgetavvikelser", 2),
        Bullets(
            (
                "Socialnämnden: −34,5 mnkr. Kostnaderna för köpta platser inom äldreomsorgen och för placeringar av "
                "barn och unga fortsätter att överstiga budget, och antalet beviljade timmar i hemtjänsten har ökat "
                "med 7 procent sedan årsskiftet, främst bland brukare över 85 år i Handen och Jordbro.",
                "Barn- och förskolenämnden (−9,4 mnkr) har fler barn med behov av särskilt stöd än budgeterat och "
                "högre lokalkostnader för två nya förskolor i Vega och en tillfällig paviljong i Tungelsta.",
                "Grundskolenämnden redovisar −8,3 mnkr, till följd av att skolpengen till fristående skolor räknades "
                "upp mer än vad nämndens budget förutsatte för vårterminen och höstterminen.",
                "Kommunstyrelsen och gymnasie- och vuxenutbildningsnämnden visar överskott på 7,8 respektive 3,1 "
                "mnkr, i första hand genom vakanta tjänster inom ekonomi, HR och kommunikation.",
                "Kultur- och fritidsnämnden bedöms hålla sin budget.",
            ),
            labels=(
                C("Socialnämnden", "−34,5 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Barn- och förskolenämnden",
                    "−9,4 mnkr",
                    "-",
                    "volymer",
                    "lokaler",
                    note="The bracket holds the nämnd's own deviation here, not an earlier figure.",
                ),
                C(
                    "Grundskolenämnden",
                    "−8,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="Skolpeng to independent schools raised: purchased operations and a price increase.",
                ),
                C(
                    "Kommunstyrelsen",
                    "7,8",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    note="'Respektive': two nämnder, two amounts; '7,8' takes its unit from '3,1 mnkr'.",
                    also=(C("Gymnasie- och vuxenutbildningsnämnden", "3,1 mnkr", "+", "vakanser"),),
                ),
                BP("Kultur- och fritidsnämnden"),
            ),
            glyph="–",
        ),
        H("1.4 Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna blir 14,2 mnkr högre än budgeterat, medan pensionskostnaderna överstiger budget "
                "med 3,6 mnkr till följd av ett högre intjänande av förmånsbestämd pension efter årets "
                "lönerevision.",
                C(
                    "Skatteintäkter",
                    "14,2 mnkr",
                    "+",
                    note="A contrast ('medan'): two areas, two amounts.",
                    also=(C("Pensionskostnader", "3,6 mnkr", "-", "lonekostnader"),),
                ),
            ),
        ),
        H("1.5 Väsentliga händelser", 2),
        P(
            "Kommunfullmäktige antog i juni en ny strategi för lokalförsörjning, som ska styra hur förskolor och "
            "skolor planeras i de nya stadsdelarna. Under våren genomfördes också en omorganisation av "
            "kommunens kundtjänst, som nu samlar all första kontakt med invånarna i ett kontaktcenter."
        ),
        P(
            "Skatteunderlagsprognosen bygger på SKR:s cirkulär från augusti. Avräkningen för 2024 och 2025 "
            "redovisas enligt rekommendationen från Rådet för kommunal redovisning.",
            size=9.5,
        ),
        PageBreak(),
        Columns(1),
        H("2 Investeringar", 1),
        P(
            "Investeringsprognosen för 2025 är 534 mnkr, vilket är 216 mnkr lägre än budget. Den största "
            "avvikelsen gäller exploateringen i Vega och Vendelsö, där flera etapper har skjutits till 2026 i "
            "väntan på att detaljplanerna vinner laga kraft.",
            C(
                "Investeringar",
                "216 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under budget (delays).",
            ),
        ),
        investments,
        H("3 Balansräkning och likviditet", 1),
        P(
            "Soliditeten uppgick till 38,2 procent den 31 augusti, jämfört med 37,5 procent vid årsskiftet. De "
            "likvida medlen var 640 mnkr, och kommunen har under perioden tagit upp nya lån på 250 mnkr för att "
            "finansiera investeringarna.",
            O(None, note="Solidity, liquidity and borrowing: financing."),
        ),
        H("4 Personal", 1),
        P(
            "Sjukfrånvaron var 6,8 procent under januari–juli, vilket är 0,4 procentenheter lägre än samma period "
            "föregående år. Andelen heltidsanställda ökade till 88 procent."
        ),
        H("5 Redovisningsprinciper", 1),
        P(
            "Delårsrapporten är upprättad enligt lagen om kommunal bokföring och redovisning och RKR:s "
            "rekommendation R17 Delårsrapport. Samma redovisningsprinciper och beräkningsmetoder har använts som i "
            "den senaste årsredovisningen. Semesterlöneskulden har inte periodiserats.",
            size=9.5,
        ),
    ]
    return ReportSpec(
        file="haninge-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
