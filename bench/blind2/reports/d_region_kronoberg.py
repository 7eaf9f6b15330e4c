"""Region Kronoberg, Nämnden för folkhälsa och sjukvård, tertialrapport 2 2025 (januari–augusti).

A region's committee report: the period result against the periodised budget and the full-year forecast
in "miljoner kronor", then a comment table (område | avvikelse helår | avvikelse T1 | kommentar) whose
comments explain each row in note style without cue words (hyrläkare, köpt rättspsykiatrisk vård,
läkemedel, patientavgifter, vakanser), a row "bedöms hålla budget" (boilerplate) and a row without a
comment; a forecast change against tertial 1, hyrpersonal against the previous year and a goal (other
and unlabelled), a delayed statsbidrag decision (risk), actions with and without an effect, and an
investment forecast stated as forecast against budget. DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Amount from the comment table's row (Avvikelse helår, negative = underskott)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=5.5,
        heading_sizes=(14.0, 11.0, 9.5),
        margins=(60.0, 72.0, 60.0, 70.0),
        header=lambda n, m: ("REGION KRONOBERG", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Nämnden för folkhälsa och sjukvård", "", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = CommentTable(
        header=("Område", "Avv. helår", "Avv. T1", "Kommentar"),
        rows=(
            (
                ("Primärvård", "−21,0", "−17,5"),
                "Hyrläkare vid sex vårdcentraler, främst i Tingsryd och Markaryd. Ersättningen till privata "
                "vårdcentraler har ökat med fler listade invånare.",
                C(
                    "Primärvård",
                    "−21,0",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Payments to private health centres (vårdval): kopt_verksamhet.",
                ),
            ),
            (
                ("Psykiatri", "−12,5", "−11,0"),
                "Köpt rättspsykiatrisk vård i andra regioner, fyra patienter fler än budgeterat.",
                C(
                    "Psykiatri",
                    "−12,5",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Specialiserad somatisk vård", "−38,0", "−31,0"),
                "Sjuksköterskor från bemanningsföretag på IVA och akutmottagningen i Växjö under sommaren, "
                "samt övertid för att hålla vårdplatser öppna.",
                C(
                    "Specialiserad somatisk vård",
                    "−38,0",
                    "-",
                    "inhyrd_personal",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Läkemedel", "−17,5", "−14,0"),
                "Förmånsläkemedel ökar mer än budgeterat, särskilt diabetesläkemedel och nya cancerläkemedel.",
                C(
                    "Läkemedel",
                    "−17,5",
                    "-",
                    "material_hjalpmedel",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Pharmaceuticals tagged as material_hjalpmedel, as in the reference labels.",
                ),
            ),
            (
                ("Patientavgifter", "+2,1", "+1,6"),
                "Fler besök i specialistvården och höjd avgift för uteblivna besök.",
                C(
                    "Patientavgifter",
                    "+2,1",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Medicinsk service", "+3,4", "+2,9"),
                "Vakanser bland röntgensjuksköterskor och biomedicinska analytiker.",
                C(
                    "Medicinsk service",
                    "+3,4",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Folktandvård", "0,0", "0,0"),
                "Verksamheten bedöms hålla budget.",
                BP("Folktandvård", "0,0", unit="mnkr", table=True),
            ),
            (("Nämndgemensamt", "−1,5", "−1,0"), "", None),
            (("Summa", "−85,0", "−70,0"), "", None),
        ),
        widths=(128.0, 54.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="sans-bold"),
        Title("Nämnden för folkhälsa och sjukvård – januari till augusti", size=11.5, font="sans", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Nämndens resultat för januari–augusti är −48,3 miljoner kronor jämfört med periodiserad budget.",
            C(None, "−48,3 miljoner kronor", "-", note="Period result against the periodised budget."),
        ),
        P(
            "För helåret prognostiseras ett underskott på 85 miljoner kronor.",
            C(None, "85 miljoner kronor", "-"),
        ),
        P(
            "Tabellen visar avvikelsen mot budget per område för helåret och vid tertial 1. Negativa belopp "
            "innebär underskott, belopp i miljoner kronor."
        ),
        table,
        H("Förändring sedan tertial 1", 2),
        P(
            "Jämfört med tertial 1 har prognosen försämrats med 15 miljoner kronor. Sommarens bemanning krävde "
            "mer hyrpersonal än planerat och läkemedelskostnaderna har fortsatt att öka.",
            F(None, "15 miljoner kronor", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        H("Hyrpersonal", 2),
        P(
            "Kostnaden för inhyrd personal var 74 miljoner kronor under perioden, 31 miljoner kronor mer än "
            "samma period 2024. Andelen av personalkostnaderna har ökat från 3,9 till 5,8 procent.",
            O(
                "Inhyrd personal",
                "inhyrd_personal",
                note="Comparison with the previous year, not the budget.",
            ),
        ),
        P(
            "Regionens mål är att kostnaden för inhyrd personal högst ska motsvara 2 procent av "
            "personalkostnaderna."
        ),
        H("Statsbidrag", 2),
        P(
            "Statsbidraget för ökad tillgänglighet har ännu inte fördelats för andra halvåret. Prognosen räknar "
            "med 14 miljoner kronor, i nivå med 2024; uteblir beslutet försämras resultatet i motsvarande mån.",
            O(None, "statsbidrag", note="Risk: a state grant not yet decided, assumed in the forecast."),
        ),
        H("Åtgärder", 2),
        P(
            "Från oktober får inhyrd personal anlitas endast efter godkännande av områdeschef. Effekten beräknas "
            "till 4 miljoner kronor under resten av året.",
            A(None, "4 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Läkemedelsrådet har fått i uppdrag att ta fram en plan för bättre följsamhet till "
            "rekommendationslistan.",
            A("Läkemedel", None, "material_hjalpmedel"),
        ),
        H("Tillgänglighet", 2),
        P(
            "Andelen patienter som fick ett första besök i specialiserad vård inom 90 dagar var 71 procent i "
            "augusti, mot målet 80 procent. Inom primärvården fick 86 procent kontakt med sin vårdcentral "
            "samma dag."
        ),
        P("Antalet patienter som hade väntat längre än 90 dagar på operation var 1 120 i slutet av augusti."),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 96 miljoner kronor per augusti. För helåret prognostiseras 210 "
            "miljoner kronor mot budgeterade 265 miljoner kronor, då upphandlingen av magnetkameran till "
            "Ljungby lasarett har överprövats.",
            C(
                "Investeringar",
                "210 miljoner kronor mot budgeterade 265 miljoner kronor",
                "+",
                "periodisering",
                value=55_000_000,
                note="Investment forecast against budget: 55 miljoner kronor under budget (delayed purchase).",
            ),
        ),
    ]
    return ReportSpec(
        file="region-kronoberg-nfs-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Kronoberg",
            "committee": ["Nämnden för folkhälsa och sjukvård"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Nämnden för folkhälsa och sjukvård",
            "author": "Region Kronoberg",
        },
        style=style,
        blocks=blocks,
    )
