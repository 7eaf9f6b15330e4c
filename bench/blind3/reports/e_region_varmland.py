"""Region Värmland, Hälso- och sjukvårdsnämnden, månadsrapport januari–september 2025.

A region's health-care month report: the accumulated result against the periodised budget, the
full-year forecast against the annual budget and the change since August as three sentences of one
paragraph (three items), a year-on-year paragraph on net costs and agency staff (other), a table per
kostnadsslag in mnkr with August's deviation (positive = better than budget, not stated), then two
columns of prose per kostnadsslag: inhyrd personal with hyrläkare as a part amount, own staff under
budget because posts were filled by agency staff, utomlänsvård (referrals to university hospitals and
a price increase in the agreement), läkemedel, patient fees, and a "respektive" sentence with two
small surpluses and no reason; a restriction on hyrläkare with its effect, liquidity and a credit line
(other), a state-grant risk (other), and, on a second page, a staffing and production section with
figures against last year and a goal on agency doctors (a KPI section, not labelled). DejaVu Sans 9 pt,
footer page numbers in the "2(3)" style.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=5.5,
        heading_sizes=(13.0, 10.5, 9.5),
        margins=(56.0, 70.0, 56.0, 68.0),
        gutter=18.0,
        header=lambda n, m: ("REGION VÄRMLAND", "Månadsrapport januari–september 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden", "", f"{n}({m})"),
        header_size=7.5,
    )
    costs = Table(
        caption="Prognos per kostnadsslag, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Kostnadsslag", "2025", "2025", "september", "augusti"),
        ),
        rows=(
            ("Personalkostnader, egen personal", "5 120", "5 085", "35", "32"),
            ("Inhyrd personal", "150", "262", "−112", "−104"),
            ("Utomlänsvård", "610", "668", "−58", "−55"),
            ("Läkemedel", "1 340", "1 368", "−28", "−26"),
            ("Medicinskt material", "520", "516", "4", "3"),
            ("Patientavgifter", "−210", "−223", "13", "12"),
            ("Övriga kostnader och intäkter", "1 186", "1 171", "15", "18"),
            ("Summa", "8 716", "8 847", "−131", "−120"),
        ),
        widths=(190.0, 62.0, 62.0, 68.0, 68.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    staff = Table(
        caption="Bemanning och produktion januari–september",
        header=(("", "2025", "2024", "Förändring"),),
        rows=(
            ("Inhyrda läkare, heltidstjänster", "41", "47", "−6"),
            ("Inhyrda sjuksköterskor, heltidstjänster", "38", "44", "−6"),
            ("Läkarbesök i primärvården", "298 400", "289 400", "3,1 %"),
            ("Vårdtillfällen i slutenvården", "51 220", "50 510", "1,4 %"),
            ("Sjukfrånvaro, procent", "6,2", "6,5", "−0,3"),
        ),
        widths=(210.0, 66.0, 66.0, 70.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport januari–september 2025", size=18, font="sans-bold"),
        Title("Hälso- och sjukvårdsnämnden", size=11.5, font="sans", after=10),
        P(
            "Månadsrapporten redovisar nämndens ekonomi och bemanning. Tillgänglighet och kvalitet redovisas i "
            "tertialrapporterna.",
            size=8.5,
        ),
        H("Sammanfattning", 1),
        PS(
            (
                "Nämndens ackumulerade resultat efter september uppgår till −212 mnkr, vilket är 96 mnkr sämre än "
                "budget för motsvarande period.",
                C(None, "96 mnkr", "-", note="Accumulated result against the periodised budget."),
            ),
            (
                "Resultatet för helåret prognostiseras till −298 mnkr, vilket är 131 mnkr sämre än årsbudgeten.",
                C(None, "131 mnkr", "-"),
            ),
            ("Prognosen är 11 mnkr sämre än i augusti.", F(None, "11 mnkr", "-")),
        ),
        P(
            "Nettokostnaderna har ökat med 6,4 procent jämfört med samma period 2024. Kostnaden för inhyrd "
            "personal var 196 mnkr till och med september, 22 mnkr lägre än föregående år.",
            O(None, "inhyrd_personal", note="Comparison with the previous year."),
        ),
        costs,
        Columns(2),
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Kostnaden för inhyrd personal beräknas överstiga budget med 112 mnkr. Hyrläkare svarar för 71 mnkr, "
            "främst inom psykiatrin och vid vårdcentralerna i norra och västra Värmland, och hyrsjuksköterskor för "
            "resten.",
            C(
                "Inhyrd personal",
                "112 mnkr",
                "-",
                "inhyrd_personal",
                note="71 mnkr is the hyrläkare part, not the item's amount.",
            ),
        ),
        P(
            "Personalkostnaderna för egen personal blir 35 mnkr lägre än budget, eftersom många vakanta tjänster "
            "har bemannats med inhyrd personal.",
            C("Personalkostnader, egen personal", "35 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        P(
            "Utomlänsvården väntas kosta 58 mnkr mer än budgeterat. Fler patienter än tidigare har remitterats "
            "till Akademiska sjukhuset och Sahlgrenska universitetssjukhuset för thoraxkirurgi och barnonkologi, "
            "och priserna i samverkansavtalet inom sjukvårdsregionen höjdes med 4,8 procent vid årsskiftet.",
            C(
                "Utomlänsvård",
                "58 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="No cue word.",
            ),
        ),
        P(
            "Läkemedelskostnaderna ligger 28 mnkr över budget. Ökningen gäller främst nya läkemedel mot diabetes "
            "och cancer inom förmånen.",
            C(
                "Läkemedel",
                "28 mnkr",
                "-",
                "material_hjalpmedel",
                note="Pharmaceuticals tagged material_hjalpmedel, as in the earlier sets.",
            ),
        ),
        P(
            "Patientavgifterna blir 13 mnkr högre än budgeterat, framför allt genom fler besök inom den "
            "specialiserade vården.",
            C("Patientavgifter", "13 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Medicinskt material och övriga kostnader och intäkter ger överskott om 4 mnkr respektive 15 mnkr.",
            C(
                "Medicinskt material",
                "4 mnkr",
                "+",
                note="'Respektive': two areas, two amounts, no reason.",
                also=(C("Övriga kostnader och intäkter", "15 mnkr", "+"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Från den 1 oktober får hyrläkare inom primärvården anlitas endast efter beslut av hälso- och "
            "sjukvårdsdirektören. Åtgärden beräknas minska kostnaderna med 6 mnkr under resten av året.",
            A("Inhyrd personal", "6 mnkr", "inhyrd_personal"),
        ),
        H("Likviditet", 2),
        P(
            "Regionens likviditet är ansträngd. Den 30 september uppgick de likvida medlen till 512 mnkr, och "
            "regionstyrelsen har beviljat en checkräkningskredit på 300 mnkr.",
            O(None, note="Liquidity: financing."),
        ),
        H("Risker", 2),
        P(
            "Prognosen räknar med att statsbidraget för kortare vårdköer, 42 mnkr, betalas ut i december. Om "
            "regionen inte når villkoren för hela bidraget blir resultatet sämre.",
            O(None, "statsbidrag", note="Risk."),
        ),
        PageBreak(),
        Columns(1),
        H("Bemanning och produktion", 1),
        staff,
        P(
            "Antalet inhyrda läkare omräknat till heltidstjänster har minskat jämfört med 2024, men behovet inom "
            "psykiatrin och primärvården i norra Värmland är fortsatt stort. Antalet läkarbesök i primärvården "
            "har ökat med 3,1 procent och antalet vårdtillfällen i slutenvården med 1,4 procent."
        ),
        H("Mål", 2),
        P(
            "Regionfullmäktiges mål är att hälso- och sjukvården ska vara oberoende av hyrläkare senast 2026. Målet "
            "bedöms inte nås inom psykiatrin, där sju av tolv överläkartjänster fortfarande är vakanta."
        ),
    ]
    return ReportSpec(
        file="region-varmland-hsn-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Region Värmland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport januari–september 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Värmland",
        },
        style=style,
        blocks=blocks,
    )
