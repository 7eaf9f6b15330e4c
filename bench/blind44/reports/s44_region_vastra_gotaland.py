"""Västra Götalandsregionen, Styrelsen för Skaraborgs Sjukhus, månadsrapport november 2025.

A hospital group's month report in "miljoner kronor", Liberation Sans 9.5 pt with U+2212 minus signs, footer
with the styrelse's meeting date in December and a diarienummer: the accumulated result "132 miljoner kronor
sämre än budget för perioden" and the full year "ett underskott på 160 miljoner kronor mot ett budgeterat
resultat i balans" in two paragraphs, the change since October with its cause; a kostnadsslag table with the
period's and the full year's deviation and October's forecast; then one paragraph per kostnadsslag: hired
staff "överstiger budget med 57 miljoner kronor", own staff "46 miljoner kronor dyrare än budgeterat" with
"drygt hälften" (not an amount), drugs with a growth percentage against 2024 before "en negativ avvikelse med
32 miljoner kronor", bought care and medical supplies as a "respektive" pair with one reason each, revenue
"21 miljoner kronor högre än budget" and a reason-only "Övriga kostnader" (the row's "−8"); medical equipment
investments "38 miljoner kronor lägre än budget"; two actions (one with an annual effect), sick leave against
last year and a winter risk (others). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen | Skaraborgs Sjukhus", "Månadsrapport november 2025"),
        footer=lambda n, m: (
            "Styrelsen för Skaraborgs Sjukhus, sammanträde 2025-12-12",
            "SkaS 2025-00874",
            f"Sida {n} av {m}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per kostnadsslag, miljoner kronor",
        header=(
            ("", "Avvikelse", "Prognos", "Prognos"),
            ("", "jan–nov", "helår", "okt"),
        ),
        rows=(
            ("Vårdersättning och övriga intäkter", "18", "21", "9"),
            ("Personalkostnader egen personal", "−41", "−46", "−47"),
            ("Inhyrd personal", "−52", "−57", "−58"),
            ("Läkemedel", "−29", "−32", "−33"),
            ("Köpt vård", "−14", "−16", "−17"),
            ("Medicinskt material och service", "−19", "−22", "−23"),
            ("Övriga kostnader", "5", "−8", "−3"),
            ("Resultat mot budget", "−132", "−160", "−172"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.9, 0.93, 0.88),
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="arial-bold", after=2),
        Title(
            "Skaraborgs Sjukhus – Skövde, Lidköping, Falköping och Mariestad", size=11, font="arial", after=14
        ),
        H("Sammanfattande bedömning", 2),
        P(
            "Ackumulerat resultat till och med november är −148 miljoner kronor, vilket är 132 miljoner kronor "
            "sämre än budget för perioden.",
            C(None, "132 miljoner kronor", "-", note="The period against its budget; −148 is the level."),
        ),
        P(
            "Helårsprognosen är ett underskott på 160 miljoner kronor mot ett budgeterat resultat i balans.",
            C(None, "160 miljoner kronor", "-", note="A deficit against a balanced budget: the deviation."),
        ),
        P(
            "Prognosen har förbättrats med 12 miljoner kronor jämfört med oktober, vilket förklaras av ett "
            "tillfälligt statsbidrag för vårdplatser som regionen fördelade i november.",
            F(None, "12 miljoner kronor", "+", "statsbidrag"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "Kostnaderna för inhyrd personal överstiger budget med 57 miljoner kronor för helåret. Det är främst "
            "hyrläkare inom psykiatrin och hyrsjuksköterskor på medicinavdelningarna i Skövde som driver "
            "kostnaderna, där rekryteringsläget fortsatt är svårt.",
            C("Inhyrd personal", "57 miljoner kronor", "-", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Egen personal blir 46 miljoner kronor dyrare än budgeterat. Övertid och extra ersättning för att "
            "bemanna vårdplatser under sommaren förklarar drygt hälften, medan resten beror på att lönerevisionen "
            "blev högre än den kompensation sjukhuset fick.",
            C(
                "Personalkostnader egen personal",
                "46 miljoner kronor",
                "-",
                "overtid",
                "bemanning",
                "lonekostnader",
                note="'Drygt hälften' is a share, not an amount.",
            ),
        ),
        P(
            "Läkemedelskostnaderna har ökat med 9 procent jämfört med 2024, och prognosen för helåret är en negativ "
            "avvikelse med 32 miljoner kronor. Ökningen beror på nya behandlingar inom cancervården och fler "
            "patienter som behandlas med biologiska läkemedel.",
            C(
                "Läkemedel",
                "32 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="Drugs are material_hjalpmedel; the growth against 2024 stays inside the cause.",
            ),
        ),
        P(
            "Köpt vård och medicinskt material och service beräknas överskrida budget med 16 respektive 22 miljoner "
            "kronor. Den köpta vården ökar genom fler remisser till andra sjukhus inom regionen, och priserna på "
            "förbrukningsmaterial har stigit mer än beräknat.",
            C(
                "Köpt vård",
                "16",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair, each with its own reason in the next sentence: two items.",
                also=(
                    C(
                        "Medicinskt material och service",
                        "22 miljoner kronor",
                        "-",
                        "material_hjalpmedel",
                        "prisokningar",
                    ),
                ),
            ),
        ),
        P(
            "Vårdersättningen och övriga intäkter blir 21 miljoner kronor högre än budget, framför allt genom det "
            "tillfälliga statsbidraget och fler patienter från andra regioner.",
            C("Vårdersättning och övriga intäkter", "21 miljoner kronor", "+", "statsbidrag", "volymer"),
        ),
        P(
            "Övriga kostnader påverkas av att sjukhuset har fått bära kostnaderna för att flytta verksamheter till "
            "tillfälliga lokaler inför ombyggnaden av akutmottagningen i Skövde.",
            C(
                "Övriga kostnader",
                "−8",
                "-",
                "lokaler",
                "omstallning",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's full-year cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning blir 38 miljoner kronor lägre än budget, eftersom "
            "leveransen av en ny magnetkamera till Lidköping har försenats till mars 2026.",
            C(
                "Investeringar i medicinteknisk utrustning",
                "38 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Handlingsplanen för minskad inhyrd personal följs upp varje månad. Målet är att halvera antalet "
            "hyrläkare i psykiatrin till sommaren 2026, vilket motsvarar cirka 20 miljoner kronor på årsbasis.",
            A("Inhyrd personal", "cirka 20 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "All övertid över 20 timmar per medarbetare och månad ska från december godkännas av verksamhetschef.",
            A("Personalkostnader egen personal", None, "overtid"),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron var 6,4 procent i november, vilket är 0,3 procentenheter lägre än i november 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "En kraftig influensasäsong kan öka behovet av vårdplatser och inhyrd personal under december och "
            "påverka prognosen negativt.",
            O(None, "volymer", "inhyrd_personal", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-skas-manadsrapport-2025-11.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Skaraborgs Sjukhus", "Skaraborgs Sjukhus"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Skaraborgs Sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
