"""Region Västerbotten, Hälso- och sjukvårdsnämnden, delårsrapport januari–augusti 2025.

A region's health-care committee: the period result against the periodised budget and the full-year
forecast, a result table per kostnadsslag in mnkr with the tertial-1 deviation as a column, one
paragraph per kostnadsslag (hyrläkare and bemanningsföretag, köpt vård, läkemedel, riktade
statsbidrag, patientavgifter, "ungefär"), then two columns with bold run-in verksamhetsområden, a
forecast change, actions with effects, goal follow-up, a year-on-year "beror på" and a note that
pensions are handled centrally. Liberation Serif (Times) body, Arial headings.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.3,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 74.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Region Västerbotten", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden", "", f"{n}"),
        rule_under_header=True,
    )
    result = Table(
        caption="Tabell 1. Resultat per kostnadsslag, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Kostnadsslag", "2025", "2025", "helår", "tertial 1"),
        ),
        rows=(
            ("Patientavgifter", "212", "206", "−6", "−4"),
            ("Riktade statsbidrag", "486", "538", "52", "31"),
            ("Övriga intäkter", "905", "912", "7", "5"),
            ("Personalkostnader exkl. inhyrd personal", "−6 842", "−6 804", "38", "29"),
            ("Inhyrd personal", "−118", "−264", "−146", "−121"),
            ("Köpt vård", "−822", "−914", "−92", "−80"),
            ("Läkemedel", "−1 396", "−1 453", "−57", "−49"),
            ("Medicinskt material och hjälpmedel", "−612", "−660", "−48", "−40"),
            ("Lokalkostnader", "−388", "−400", "−12", "−10"),
            ("Övriga kostnader", "−1 104", "−1 130", "−26", "−16"),
            ("Regionbidrag", "9 679", "9 679", "0", "0"),
            ("Resultat", "0", "−290", "−290", "−255"),
        ),
        widths=(200.0, 62.0, 62.0, 68.0, 68.0),
        bold_rows=frozenset({11}),
        rules=True,
        size=9.0,
    )
    goals = Table(
        caption="Tabell 2. Uppföljning av nämndens mål",
        header=(("Indikator", "Mål", "Utfall"),),
        rows=(
            ("Bedömning primärvård 3 dagar", "85 %", "79 %"),
            ("Operation inom 90 dagar", "80 %", "64 %"),
            ("Nöjda patienter", "85 %", "86 %"),
        ),
        widths=(150.0, 36.0, 40.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=21, font="arial-bold"),
        Title("Hälso- och sjukvårdsnämnden", size=14, font="arial"),
        Title("Region Västerbotten", size=11, font="arial", after=16),
        H("Sammanfattning", 1),
        P(
            "Hälso- och sjukvårdsnämnden redovisar ett resultat för perioden januari–augusti på −312 "
            "miljoner kronor, vilket är 187 miljoner kronor sämre än periodiserad budget.",
            C(None, "187 miljoner kronor", "-", note="Period result −312 mnkr; 187 mnkr is the deviation."),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott mot budget på 290 miljoner kronor. De största avvikelserna "
                "finns inom inhyrd personal, köpt vård och läkemedel, medan riktade statsbidrag och vakanta "
                "tjänster minskar underskottet.",
                C(
                    None,
                    "290 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    "material_hjalpmedel",
                    "statsbidrag",
                    "vakanser",
                ),
            ),
            (
                "Prognosen är 35 miljoner kronor sämre än i tertialrapport 1.",
                F(None, "35 miljoner kronor", "-"),
            ),
        ),
        H("Ekonomiskt resultat", 1),
        result,
        H("Inhyrd personal", 3),
        P(
            "Kostnaderna för inhyrd personal beräknas överstiga budget med 146 miljoner kronor. Hyrläkare "
            "inom allmänmedicin vid inlandets hälsocentraler och inom psykiatrin står för drygt två "
            "tredjedelar av kostnaden. Sjuksköterskor från bemanningsföretag har framför allt använts vid "
            "Skellefteå lasarett under sommaren.",
            C("Inhyrd personal", "146 miljoner kronor", "-", "inhyrd_personal"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna exklusive inhyrd personal blir 38 miljoner kronor lägre än budgeterat, "
            "eftersom ett stort antal tjänster för specialistläkare och sjuksköterskor är vakanta. "
            "Lönerevisionen blev samtidigt något högre än vad som budgeterades.",
            C("Personalkostnader", "38 miljoner kronor", "+", "vakanser", "lonekostnader"),
        ),
        H("Köpt vård", 3),
        P(
            "Köpt vård överskrider budget. Remisserna till högspecialiserad vård i "
            "Uppsala och Stockholm har ökat, liksom vården hos privata vårdgivare för att klara vårdgarantin "
            "inom ortopedi och ögonsjukvård.",
            C(
                "Köpt vård",
                "−92",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="Amount from the result table row (the prose states none).",
            ),
        ),
        H("Läkemedel", 3),
        P(
            "Läkemedelskostnaderna väntas landa över budget. Kostnadsökningen förklaras av "
            "fler patienter som behandlas med nya cancerläkemedel och med diabetesläkemedel av GLP-1-typ.",
            C(
                "Läkemedel",
                "−57",
                "-",
                "volymer",
                "material_hjalpmedel",
                unit="mnkr",
                table=True,
                note="Table amount. Medicines tagged material_hjalpmedel as in the real VON labels.",
            ),
        ),
        H("Medicinskt material och hjälpmedel", 3),
        P(
            "Även kostnaderna för medicinskt förbrukningsmaterial och hjälpmedel ligger högre än budgeterat, "
            "48 miljoner kronor, till följd av prisökningar hos leverantörerna och fler förskrivna "
            "hörapparater.",
            C(
                "Medicinskt material och hjälpmedel",
                "48 miljoner kronor",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                "volymer",
            ),
        ),
        H("Riktade statsbidrag", 3),
        P(
            "Intäkterna från riktade statsbidrag blir ungefär 52 miljoner kronor högre än budgeterat. "
            "Regionen har tilldelats medel för ökad tillgänglighet och för förlossningsvården som inte var "
            "kända när budgeten lades. Merparten av bidragen möts av motsvarande kostnader.",
            C("Riktade statsbidrag", "52 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Patientavgifter", 3),
        P(
            "Patientavgifterna väntas bli lägre än budget, främst därför att antalet besök i "
            "den specialiserade vården är lägre än planerat.",
            C(
                "Patientavgifter",
                "−6",
                "-",
                "avgifter_intakter",
                "volymer",
                unit="mnkr",
                table=True,
                note="Amount from the result table row (the prose states none).",
            ),
        ),
        H("Lokalkostnader och övriga kostnader", 3),
        PS(
            (
                "Lokalkostnaderna överstiger budget med 12 miljoner kronor på grund av högre energipriser och "
                "tillfälliga moduler vid Lycksele lasarett under ombyggnaden.",
                C("Lokalkostnader", "12 miljoner kronor", "-", "prisokningar", "lokaler"),
            ),
            (
                "Övriga kostnader avviker negativt med 26 mnkr, främst kostnader för IT-tjänster och licenser i "
                "samband med införandet av det nya vårdinformationssystemet.",
                C("Övriga kostnader", "26 mnkr", "-", "it_digitalisering"),
            ),
        ),
        Columns(2),
        H("Verksamhetsområden", 2),
        LP(
            "Primärvård.",
            "Prognosen är −86 mnkr. Hälsocentralerna i Storuman, Sorsele och Vilhelmina är helt beroende av "
            "hyrläkare, och kostnaden per hyrläkare har ökat med omkring tio procent sedan förra året.",
            C("Primärvård", "−86 mnkr", "-", "inhyrd_personal", "prisokningar"),
        ),
        LP(
            "Länssjukvård.",
            "Området prognostiserar ett underskott på 118 mnkr, varav köpt vård utgör 61 mnkr. Bristen på "
            "vårdplatser har lett till överbeläggningar och omfattande övertid för sjuksköterskor.",
            C("Länssjukvård", "118 mnkr", "-", "kopt_verksamhet", "overtid"),
        ),
        LP(
            "Psykiatri.",
            "Underskottet på 52 mnkr beror i huvudsak på hyrläkare inom vuxenpsykiatrin och på externa platser "
            "inom rättspsykiatrin.",
            C("Psykiatri", "52 mnkr", "-", "inhyrd_personal", "kopt_verksamhet"),
        ),
        LP(
            "Närsjukvård.",
            "Prognosen är −72 mnkr till följd av höga läkemedelskostnader och inhyrda sjuksköterskor under "
            "sommaren.",
            C("Närsjukvård", "−72 mnkr", "-", "material_hjalpmedel", "inhyrd_personal"),
        ),
        LP(
            "Nämndgemensamt.",
            "Ett överskott på 38 mnkr, främst riktade statsbidrag som ännu inte har fördelats ut till "
            "verksamheterna.",
            C("Nämndgemensamt", "38 mnkr", "+", "statsbidrag"),
        ),
        LP("Folktandvården.", "Resultatet bedöms bli i balans.", BP("Folktandvården")),
        H("Prognosförändring", 2),
        P(
            "Jämfört med tertialrapport 1 har prognosen försämrats med 35 miljoner kronor. Försämringen avser "
            "främst inhyrd personal under sommaren och fler remisser till köpt vård.",
            F(None, "35 miljoner kronor", "-", "inhyrd_personal", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Handlingsplanen för oberoende av inhyrd personal har reviderats. Målet är att halvera "
                "kostnaden för hyrläkare till 2027, med en beräknad effekt på 40 mnkr redan 2026.",
                "Ett gemensamt rekryteringsprojekt för specialister i allmänmedicin har startat tillsammans med "
                "Umeå universitet.",
                "Alla köp av vård hos privata vårdgivare ska godkännas av områdeschef.",
                "Läkemedelskommittén har fått i uppdrag att föreslå byten till biosimilarer, med en beräknad "
                "besparing på 8 mnkr per år.",
            ),
            labels=(
                A("Inhyrd personal", "40 mnkr", "inhyrd_personal"),
                A("Primärvård", None, "vakanser"),
                A("Köpt vård", None, "kopt_verksamhet"),
                A("Läkemedel", "8 mnkr"),
            ),
        ),
        H("Måluppfyllelse", 2),
        goals,
        P(
            "Målet för tillgänglighet i primärvården uppnås inte. Andelen patienter med medicinsk bedömning "
            "inom tre dagar var 79 procent i augusti, vilket är en förbättring jämfört med samma period "
            "föregående år.",
            O("Primärvård", note="Goal follow-up (KPI), not a budget deviation."),
        ),
        P(
            "Nettokostnadsutvecklingen för perioden uppgår till 6,8 procent jämfört med samma period "
            "föregående år, vilket främst beror på högre kostnader för inhyrd personal och läkemedel.",
            O(None, "inhyrd_personal", note="Year-on-year cost growth with 'beror på', not against budget."),
        ),
        P(
            "Pensionskostnaderna ingår inte i nämndens resultat utan hanteras centralt av regionstyrelsen.",
            O(None, note="Context: pensions handled centrally."),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att kostnaderna för inhyrd personal minskar under hösten i takt med att "
            "nyanställda specialistläkare börjar i primärvården. Om rekryteringarna dröjer kan underskottet öka "
            "med ytterligare 20–30 miljoner kronor.",
            O("Inhyrd personal", "inhyrd_personal", note="Risk."),
        ),
        P(
            "Antalet disponibla vårdplatser var i genomsnitt 612 under perioden, vilket är 18 färre än under "
            "samma period föregående år.",
            O(None, note="Year-on-year capacity figure."),
        ),
    ]
    return ReportSpec(
        file="region-vasterbotten-hsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Västerbotten",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Västerbotten",
        },
        style=style,
        blocks=blocks,
    )
