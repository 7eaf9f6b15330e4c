"""Region Jönköpings län, Regionstyrelsen, tertialrapport 2 2025 (januari–augusti).

A whole region's tertial report with numbered headings: the period result against the periodised
budget with the budget in brackets, the full-year result against the budgeted result ("95 mnkr mot
budgeterade 260 mnkr"), the change since tertial 1 with the tertial-1 figure in brackets, a table per
verksamhetsområde in mnkr (negative = underskott, stated) with tertial 1's deviation, then headings
that carry area, amount and tertial 1's figure ("Medicinsk vård −58 mnkr (T1 −41)") over one paragraph
each (hyrläkare, overtime and agency nurses; a national queue grant and purchased operations; a
cue-less line on hyrläkare), bold run-in lines for two smaller areas, a "respektive" sentence for
läkemedel and utomlänsvård with their causes, one sentence on finansförvaltningen naming three parts
with their own amounts (three items) that runs over the page break; an action plan with its effect, the
investment forecast under budget; staff numbers against last year, an accessibility table, financial
goals and, as bilagor, the income statement and balance sheet (not labelled). DejaVu Serif
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(64.0, 74.0, 64.0, 70.0),
        header=lambda n, m: ("Region Jönköpings län", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Regionstyrelsen", "", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    areas = Table(
        caption="Tabell 2. Helårsprognos per verksamhetsområde, mnkr. Negativ avvikelse = underskott.",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse T2", "Avvikelse T1"),),
        rows=(
            ("Medicinsk vård", "2 412", "2 470", "−58", "−41"),
            ("Kirurgisk vård", "2 185", "2 232", "−47", "−36"),
            ("Psykiatri och rehabilitering", "1 306", "1 337", "−31", "−22"),
            ("Vårdcentraler i egen regi", "1 124", "1 142", "−18", "−16"),
            ("Folktandvård", "512", "506", "6", "4"),
            ("Läkemedel", "2 050", "2 074", "−24", "−18"),
            ("Utomlänsvård och köpt vård", "890", "902", "−12", "−6"),
            ("Regional utveckling", "740", "740", "0", "0"),
            ("Finansförvaltning", "", "", "19", "10"),
            ("Summa", "", "", "−165", "−125"),
        ),
        widths=(180.0, 60.0, 60.0, 70.0, 70.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    access = Table(
        caption="Tabell 3. Tillgänglighet, andel inom vårdgarantins gränser, procent",
        header=(("", "Aug 2025", "Aug 2024", "Mål"),),
        rows=(
            ("Kontakt med primärvården samma dag", "91", "88", "95"),
            ("Medicinsk bedömning i primärvården inom 3 dagar", "84", "79", "90"),
            ("Första besök i specialiserad vård inom 90 dagar", "78", "74", "90"),
            ("Operation eller åtgärd inom 90 dagar", "69", "66", "90"),
        ),
        widths=(250.0, 60.0, 60.0, 50.0),
        rules=True,
        size=8.5,
    )
    income = Table(
        caption="Resultaträkning, mnkr",
        header=(
            ("", "Utfall", "Utfall", "Prognos", "Budget"),
            ("", "jan–aug 2025", "jan–aug 2024", "2025", "2025"),
        ),
        rows=(
            ("Verksamhetens intäkter", "1 512", "1 448", "2 290", "2 265"),
            ("Verksamhetens kostnader", "−12 186", "−11 604", "−18 481", "−18 296"),
            ("Avskrivningar", "−402", "−381", "−610", "−615"),
            ("Verksamhetens nettokostnader", "−11 076", "−10 537", "−16 801", "−16 646"),
            ("Skatteintäkter", "8 418", "8 105", "12 640", "12 662"),
            ("Generella statsbidrag och utjämning", "2 781", "2 702", "4 180", "4 180"),
            ("Finansnetto", "65", "41", "76", "64"),
            ("Periodens resultat", "188", "311", "95", "260"),
        ),
        widths=(190.0, 64.0, 64.0, 60.0, 60.0),
        bold_rows=frozenset({3, 7}),
        rules=True,
        size=8.5,
    )
    balance = Table(
        caption="Balansräkning, mnkr",
        header=(("", "2025-08-31", "2024-12-31"),),
        rows=(
            ("Anläggningstillgångar", "9 412", "9 106"),
            ("Omsättningstillgångar", "4 870", "4 655"),
            ("Summa tillgångar", "14 282", "13 761"),
            ("Eget kapital", "5 304", "5 116"),
            ("Avsättningar för pensioner", "4 960", "4 902"),
            ("Skulder", "4 018", "3 743"),
            ("Summa eget kapital, avsättningar och skulder", "14 282", "13 761"),
        ),
        widths=(250.0, 70.0, 70.0),
        bold_rows=frozenset({2, 6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="sans-bold"),
        Title("Region Jönköpings län – uppföljning januari–augusti", size=11.5, font="serif", after=12),
        H("1. Ekonomiskt resultat", 1),
        P(
            "Regionens resultat för januari–augusti är 188 mnkr, vilket är 41 mnkr lägre än periodiserad budget "
            "(229 mnkr).",
            C(
                None,
                "41 mnkr",
                "-",
                note="Period result against the periodised budget; the bracket is the budget.",
            ),
        ),
        PS(
            (
                "Helårsprognosen är ett resultat på 95 mnkr mot budgeterade 260 mnkr.",
                C(
                    None,
                    "95 mnkr mot budgeterade 260 mnkr",
                    "-",
                    value=165_000_000,
                    note="Result against the budgeted result: 165 mnkr (table Summa −165).",
                ),
            ),
            (
                "Jämfört med tertial 1 har prognosen försämrats med 40 mnkr (T1: 135 mnkr).",
                F(None, "40 mnkr", "-", note="The bracket is the tertial-1 result forecast."),
            ),
        ),
        areas,
        H("2. Verksamhetsområden", 1),
        HP(
            "Medicinsk vård −58 mnkr (T1 −41)",
            "Vårdplatserna på medicinklinikerna i Jönköping och Värnamo har haft en beläggning över 100 procent hela "
            "våren, och överbeläggningarna har hanterats med övertid och sjuksköterskor från bemanningsföretag. "
            "Hyrläkare inom geriatriken står för ungefär en tredjedel av underskottet.",
            C(
                "Medicinsk vård",
                "−58 mnkr",
                "-",
                "volymer",
                "overtid",
                "inhyrd_personal",
                note="Heading carries area, amount and T1's figure (the bracket).",
            ),
        ),
        HP(
            "Kirurgisk vård −47 mnkr (T1 −36)",
            "Produktionen har ökats för att korta vårdköerna, men ersättningen från det nationella statsbidraget "
            "för kortare köer blev lägre än budgeterat. Operationer som köpts från privata vårdgivare har dessutom "
            "kostat mer än planerat.",
            C("Kirurgisk vård", "−47 mnkr", "-", "statsbidrag", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Psykiatri och rehabilitering −31 mnkr (T1 −22)",
            "Hyrläkare på samtliga allmänpsykiatriska mottagningar i länets västra del.",
            C("Psykiatri och rehabilitering", "−31 mnkr", "-", "inhyrd_personal", note="A cue-less note."),
        ),
        H("Övriga verksamhetsområden", 3),
        LP(
            "Vårdcentraler i egen regi −18 mnkr.",
            "Två privata vårdcentraler har öppnat i Jönköping, och de regiondrivna vårdcentralerna har förlorat "
            "listade patienter och därmed vårdvalsersättning, medan personalkostnaderna ligger kvar.",
            C("Vårdcentraler i egen regi", "−18 mnkr", "-", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Folktandvård +6 mnkr.",
            "Fler betalande patienter och höjda taxor från april.",
            C("Folktandvård", "+6 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Läkemedelskostnaderna och utomlänsvården överskrider budget med 24 mnkr respektive 12 mnkr. "
            "Förmånsläkemedlen har ökat med 9 procent jämfört med i fjol, och fler patienter än beräknat har "
            "behövt högspecialiserad vård i Linköping och Lund.",
            C(
                "Läkemedel",
                "24 mnkr",
                "-",
                "material_hjalpmedel",
                note="'Respektive': two areas, two amounts; each item takes its own cause.",
                also=(C("Utomlänsvård och köpt vård", "12 mnkr", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        P(
            "Inom finansförvaltningen beräknas skatteintäkter och generella statsbidrag bli 22 mnkr lägre än "
            "budget, medan pensionskostnaderna blir 29 mnkr lägre och finansnettot 12 mnkr bättre än budgeterat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "22 mnkr",
                "-",
                note="One sentence, three parts with their own amounts: three items.",
                also=(
                    C("Pensionskostnader", "29 mnkr", "+"),
                    C("Finansnetto", "12 mnkr", "+"),
                ),
            ),
        ),
        H("3. Åtgärder", 1),
        P(
            "Regionstyrelsen beslutade i juni om en handlingsplan för att psykiatrin ska bli oberoende av "
            "hyrläkare till 2027. Effekten för 2025 beräknas till 5 mnkr.",
            A("Psykiatri och rehabilitering", "5 mnkr", "inhyrd_personal"),
        ),
        H("4. Investeringar", 1),
        P(
            "Investeringsutgifterna väntas bli 612 mnkr mot budgeterade 790 mnkr. Nybyggnaden av akutmottagningen i "
            "Jönköping har försenats av ett överklagat bygglov, och en del av medicinteknikinköpen skjuts till "
            "2026.",
            C(
                "Investeringar",
                "612 mnkr mot budgeterade 790 mnkr",
                "+",
                "periodisering",
                value=178_000_000,
                note="Investment forecast under the investment budget by 178 mnkr (delays).",
            ),
        ),
        H("5. Medarbetare", 1),
        P(
            "Antalet anställda var 10 840 i augusti, 1,8 procent fler än ett år tidigare. Sjukfrånvaron var 5,1 "
            "procent, och målet är högst 5,0 procent."
        ),
        H("6. Tillgänglighet och kvalitet", 1),
        access,
        P(
            "Tillgängligheten i primärvården har förbättrats under året, främst genom att fler vårdcentraler "
            "erbjuder digitala besök. Väntetiderna till operation har kortats inom ortopedi och ögonsjukvård, medan "
            "köerna till utredning inom barn- och ungdomspsykiatrin fortfarande är långa."
        ),
        P(
            "Under perioden har regionen deltagit i den nationella satsningen på patientkontrakt. Vid utgången av "
            "augusti hade 3 400 patienter ett patientkontrakt, mot målet 5 000 vid årets slut."
        ),
        H("7. Finansiella mål", 1),
        P(
            "Regionfullmäktiges finansiella mål är att resultatet ska uppgå till minst 2 procent av skatteintäkter "
            "och generella statsbidrag över en fyraårsperiod, och att investeringarna ska självfinansieras till "
            "minst 70 procent. Med helårsprognosen blir resultatet 0,6 procent av skatteintäkter och statsbidrag "
            "2025. Självfinansieringsgraden beräknas till 64 procent."
        ),
        PageBreak(),
        H("Bilaga 1. Resultaträkning", 1),
        income,
        H("Bilaga 2. Balansräkning i sammandrag", 1),
        balance,
        P(
            "Redovisningen följer lagen om kommunal bokföring och redovisning samt rekommendationerna från Rådet "
            "för kommunal redovisning. Semesterlöneskulden har inte periodiserats i delårsbokslutet.",
            size=8.5,
        ),
    ]
    return ReportSpec(
        file="region-jonkoping-rs-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Jönköpings län",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Region Jönköpings län", "author": "Region Jönköpings län"},
        style=style,
        blocks=blocks,
    )
