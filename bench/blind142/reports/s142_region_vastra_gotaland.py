"""Region Västra Götaland, Styrelsen för Skaraborgs Sjukhus, delårsrapport 2025-08.

A hospital board's interim report in miljoner kronor with the board's meeting date in September in the
footer: the period "142 miljoner kronor sämre än periodiserad budget" after the period's result, the full
year "en negativ budgetavvikelse på 215 miljoner kronor" followed in the same paragraph by "Prognosen är
oförändrad sedan juni" (a boilerplate forecast change); bold run-in kostnadsslag: own staff
"61 miljoner kronor högre än budget", hired staff whose level (74) comes before the deviation (49), drugs,
purchased care "dyrare än budgeterat", other costs and revenue "38 miljoner kronor mer än budget"; a
verksamhetsområde table with hyphen minus and a reason-only psychiatry paragraph (the row's "-39"), a
paragraph opening "Akut och medicin redovisar -58 mnkr."; an action with its target, investments "71
miljoner kronor användas i år" of 96 (25 never written out), production against 2024 and a risk (others).
Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Västra Götalandsregionen", "Skaraborgs Sjukhus – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Styrelsen för Skaraborgs Sjukhus 2025-09-18", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde januari–augusti 2025, mnkr",
        header=(("Verksamhetsområde", "Budget jan–aug", "Utfall jan–aug", "Avvikelse"),),
        rows=(
            ("Akut och medicin", "-412", "-470", "-58"),
            ("Kirurgi och ortopedi", "-388", "-419", "-31"),
            ("Kvinna och barn", "-174", "-180", "-6"),
            ("Psykiatri", "-201", "-240", "-39"),
            ("Diagnostik", "-96", "-110", "-14"),
            ("Gemensamt och ledning", "1 226", "1 232", "6"),
            ("Summa", "-45", "-187", "-142"),
        ),
        widths=(150.0, 84.0, 84.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="narrow-bold", after=2),
        Title("Styrelsen för Skaraborgs Sjukhus", size=12.5, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Skaraborgs Sjukhus redovisar ett resultat för perioden på -187 miljoner kronor, vilket är 142 miljoner "
            "kronor sämre än periodiserad budget.",
            C(
                None,
                "142 miljoner kronor",
                "-",
                note="The period: the deviation, not the result, is the amount.",
            ),
        ),
        PS(
            (
                "Prognosen för helåret är -260 miljoner kronor, en negativ budgetavvikelse på 215 miljoner kronor.",
                C(None, "215 miljoner kronor", "-"),
            ),
            ("Prognosen är oförändrad sedan juni.", BF(None)),
        ),
        H("Avvikelser per kostnadsslag", 2),
        LP(
            "Personalkostnader.",
            "Kostnaderna för egen personal är 61 miljoner kronor högre än budget. Fler sjuksköterskor har anställts "
            "för att öppna vårdplatser på medicinkliniken i Skövde, och övertidsuttaget under sommaren var högt.",
            C("Personalkostnader", "61 miljoner kronor", "-", "bemanning", "overtid"),
        ),
        LP(
            "Inhyrd personal.",
            "Kostnaderna för bemanningsföretag uppgår till 74 miljoner kronor för perioden, 49 miljoner kronor mer "
            "än budgeterat. Inhyrda läkare inom psykiatri och radiologi i Lidköping och Falköping står för "
            "huvuddelen.",
            C(
                "Inhyrd personal",
                "49 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level (74) comes first: the deviation is the amount.",
            ),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna överskrider budget med 27 miljoner kronor, främst för nya cancerläkemedel och "
            "läkemedel mot ögonsjukdomar.",
            C("Läkemedel", "27 miljoner kronor", "-", "material_hjalpmedel"),
        ),
        LP(
            "Köpt vård.",
            "Köpt vård från andra sjukhus och privata vårdgivare blir 31 miljoner kronor dyrare än budgeterat, "
            "eftersom fler patienter har remitterats till Sahlgrenska Universitetssjukhuset för thoraxkirurgi.",
            C("Köpt vård", "31 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader är 12 miljoner kronor högre än budget, bland annat för medicinsk service och "
            "förbrukningsmaterial.",
            C("Övriga kostnader", "12 miljoner kronor", "-", "material_hjalpmedel"),
        ),
        LP(
            "Intäkter.",
            "Högre ersättning för utomlänspatienter och riktade statsbidrag för vårdplatser ger 38 miljoner kronor "
            "mer än budget.",
            C("Intäkter", "38 miljoner kronor", "+", "avgifter_intakter", "statsbidrag"),
        ),
        H("Verksamhetsområden", 2),
        table,
        P(
            "Psykiatrin har det största underskottet i förhållande till sin omslutning. Avvikelsen beror nästan "
            "helt på inhyrda läkare, eftersom fem av elva specialisttjänster är vakanta.",
            C(
                "Psykiatri",
                "-39",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        P(
            "Akut och medicin redovisar -58 mnkr. Överbeläggningarna på medicinavdelningarna i Skövde har krävt "
            "extra personal på kvällar och helger.",
            C("Akut och medicin", "-58 mnkr", "-", "volymer", "bemanning"),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhuset arbetar enligt den handlingsplan som styrelsen antog i april. Målet är att minska kostnaderna "
            "för inhyrd personal med 30 miljoner kronor på helårsbasis genom egna rekryteringar och ett gemensamt "
            "bemanningsteam för Lidköping och Falköping.",
            A("Inhyrd personal", "30 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen för medicinteknisk utrustning på 96 miljoner kronor beräknas 71 miljoner kronor "
            "användas i år, eftersom leveransen av en ny magnetkamera till Lidköping har skjutits till 2026.",
            C(
                "Investeringar",
                "71 miljoner kronor",
                "+",
                "periodisering",
                value=25e6,
                note="The under-spend (25) is never written out: the computed value, the amount text as written.",
            ),
        ),
        H("Produktion", 2),
        P(
            "Antalet vårdtillfällen ökade med 3,8 procent jämfört med samma period 2024, och antalet besök på "
            "akutmottagningen i Skövde var det högsta hittills.",
            O(None, "volymer", note="Production against the previous year: other."),
        ),
        H("Risker", 2),
        P(
            "Vårdplatsläget inför hösten är osäkert. Om bristen på sjuksköterskor kvarstår kan kostnaderna för "
            "inhyrd personal bli högre än prognosen.",
            O("Inhyrd personal", "inhyrd_personal", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-skas-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Skaraborgs Sjukhus", "Skaraborgs Sjukhus"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Skaraborgs Sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
