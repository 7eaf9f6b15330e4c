"""Höörs kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in Liberation Serif (Times) 11 pt, footer with the nämnd's
meeting in February: the result "ett överskott på 1 340 tkr jämfört med budget" and "520 tkr större än vad
som prognostiserades i delårsrapporten" (a forecast change) in one paragraph, a verksamhet table in tkr with
deficits in brackets ("(740)"), then plain headings with one paragraph each in varied shapes: "knappt en halv
miljon kronor" in words, a possessive "Underskottet inom idrottsanläggningar och bad, 740 tkr," with a lost
revenue that is only a part, "lämnar ett positivt resultat om 910 tkr", a reason-only deficit (the row's
"(260)"), "380 tkr återstår", "slutar på 360 tkr bättre än budget", "i nivå med budget" beside a row of 210
(boilerplate); investments "återstår 0,7 mnkr"; library visits against last year with "beror på" and a
proposed carry-over of the surplus (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Höörs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-18", "", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Nettokostnad per verksamhet 2025, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Bokslut", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltning", "4 650", "4 440", "210"),
            ("Bibliotek", "9 820", "9 340", "480"),
            ("Fritidsgårdar", "5 100", "5 360", "(260)"),
            ("Idrottsanläggningar och bad", "17 900", "18 640", "(740)"),
            ("Kulturskola", "8 300", "7 390", "910"),
            ("Föreningsbidrag", "3 600", "3 220", "380"),
            ("Allmänkultur", "2 950", "2 590", "360"),
            ("Summa", "52 320", "50 980", "1 340"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 1 340 tkr jämfört med budget.",
                C(None, "1 340 tkr", "+"),
            ),
            (
                "Överskottet är 520 tkr större än vad som prognostiserades i delårsrapporten per augusti.",
                F(None, "520 tkr", "+", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        table,
        HP(
            "Bibliotek",
            "Biblioteksverksamheten gick med ett överskott på knappt en halv miljon kronor, huvudsakligen för att "
            "meröppet i Tjörnarp inte kunde tas i drift förrän i november och licenskostnaderna för systemet "
            "därmed blev lägre.",
            C(
                "Bibliotek",
                "knappt en halv miljon kronor",
                "+",
                "it_digitalisering",
                "periodisering",
                value=500_000,
                note="The amount in words, the stated figure (the row says 480).",
            ),
        ),
        HP(
            "Idrottsanläggningar och bad",
            "Underskottet inom idrottsanläggningar och bad, 740 tkr, förklaras av att badhuset hölls stängt i sju "
            "veckor för reparation av reningsverket och att elpriset under vintern var högre än budgeterat. "
            "Intäktsbortfallet från entréavgifter under stängningen uppgick till 310 tkr.",
            C(
                "Idrottsanläggningar och bad",
                "740 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                "avgifter_intakter",
                note="A repair closure is ovrigt; the lost entrance fees (310 tkr) are a part, not the amount.",
            ),
        ),
        HP(
            "Kulturskola",
            "Kulturskolan lämnar ett positivt resultat om 910 tkr. Två lärartjänster har stått vakanta under "
            "vårterminen och avgiftsintäkterna blev högre när antalet elever ökade.",
            C("Kulturskola", "910 tkr", "+", "vakanser", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Fritidsgårdar",
            "Fritidsgårdarna har haft kostnader som översteg budget. De förlängda öppettiderna under sommarlovet "
            "bemannades med extra personal på kvällar och helger.",
            C(
                "Fritidsgårdar",
                "(260)",
                "-",
                "bemanning",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, a deficit in brackets.",
            ),
        ),
        HP(
            "Föreningsbidrag",
            "Anslaget för föreningsbidrag har inte förbrukats fullt ut, 380 tkr återstår, eftersom färre "
            "föreningar än väntat sökte investeringsbidrag.",
            C("Föreningsbidrag", "380 tkr", "+", "volymer"),
        ),
        HP(
            "Allmänkultur",
            "Allmänkulturen slutar på 360 tkr bättre än budget, då sommarens konsertserie delvis finansierades "
            "med projektmedel från Kulturrådet.",
            C(
                "Allmänkultur",
                "360 tkr",
                "+",
                "statsbidrag",
                note="Project money from a state agency: statsbidrag.",
            ),
        ),
        HP(
            "Nämnd och förvaltning",
            "Nämnd och förvaltning redovisar ett utfall i nivå med budget.",
            BP("Nämnd och förvaltning", note="210 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 3,2 mnkr återstår 0,7 mnkr vid årets slut, främst för att inköpet av nya "
            "läktare till Norra idrottsplatsen sköts till 2026.",
            C("Investeringar", "0,7 mnkr", "+", "periodisering"),
        ),
        H("Verksamhetsmått och överföring", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024, vilket främst beror på fler "
            "programaktiviteter för barn.",
            O("Bibliotek", note="Visits against the previous year: other."),
        ),
        P(
            "Nämnden föreslår att 500 tkr av överskottet förs över till 2026 för upprustning av "
            "spontanidrottsplatser.",
            O(None, note="A proposed carry-over of the surplus: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="hoor-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
