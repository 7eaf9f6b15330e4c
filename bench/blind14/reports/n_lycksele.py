"""Lycksele kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in tkr and mnkr, whose table puts deficits in brackets and has last
year's deviation beside this year's, footer with the adoption date in February: the result "ett underskott
mot budget på 2 140 tkr" and, in the next sentence, the outcome against the interim forecast (a forecast
change); under plain headings: roads "överskrider budget med 3,4 mnkr. Av detta avser 2,9 mnkr
vinterväghållningen" (the total is the amount) with snow, an index and frost damage; property management's
surplus "har två förklaringar" (lower electricity prices, postponed maintenance); the kitchen unit's reason
only (the table's "(680)"); parks and cleaning "180 respektive 200 tkr" with a reason for each (two items);
the airport "i nivå med budget" (boilerplate); water and sewage's surplus and, in the next sentence, its
transfer to the fund (other); an investment table (budget minus utfall) and investments in prose: the total
under-spend never written out ("Av investeringsbudgeten på 34,2 mnkr har 26,6 mnkr använts": 7,6 mnkr
computed), a school kitchen "5,6 mnkr" late with the request to carry the money over in the next sentence
(other), a cycle path "1 620 tkr dyrare än budgeterat"; two actions without amounts and net costs against
last year (other). 10 scored causes. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.5,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(70.0, 76.0, 70.0, 74.0),
        header=lambda n, m: ("Lycksele kommun", "Verksamhetsberättelse 2025 – Tekniska nämnden"),
        footer=lambda n, m: ("Antagen av tekniska nämnden 2026-02-12 § 9", "", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    running = Table(
        caption="Driftredovisning 2025, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Gator och vägar", "21 450", "24 890", "(3 440)", "(1 210)"),
            ("Parker och grönområden", "4 800", "4 620", "180", "95"),
            ("Fastighetsförvaltning", "38 900", "37 350", "1 550", "2 030"),
            ("Kostenheten", "12 300", "12 980", "(680)", "(420)"),
            ("Lokalvård", "9 600", "9 400", "200", "(150)"),
            ("Flygplatsen", "5 900", "5 900", "0", "(310)"),
            ("Nämnd och administration", "3 150", "3 100", "50", "120"),
            ("Summa", "96 100", "98 240", "(2 140)", "155"),
        ),
        widths=(150.0, 62.0, 62.0, 70.0, 86.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringsredovisning 2025, tkr (avvikelse = budget − utfall)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gång- och cykelväg Södra vägen", "4 500", "6 120", "−1 620"),
            ("Ombyggnad kök Tannbergsskolan", "8 000", "2 400", "5 600"),
            ("Reinvestering gatubelysning", "3 000", "2 870", "130"),
            ("Ledningsförnyelse VA", "12 500", "9 800", "2 700"),
            ("Övriga projekt", "6 200", "5 410", "790"),
            ("Summa", "34 200", "26 600", "7 600"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="times-bold", after=2),
        Title("Tekniska nämnden", size=14, font="times-italic", after=14),
        H("Ekonomiskt utfall", 1),
        PS(
            (
                "Tekniska nämnden lämnar för 2025 ett underskott mot budget på 2 140 tkr.",
                C(None, "2 140 tkr", "-"),
            ),
            (
                "Det är 1 360 tkr bättre än vad som prognostiserades i delårsrapporten i augusti.",
                F(None, "1 360 tkr", "+", note="The outcome against the interim forecast."),
            ),
        ),
        running,
        H("Kommentarer till driften", 2),
        H("Gator och vägar", 3),
        P(
            "Gator och vägar överskrider budget med 3,4 mnkr. Av detta avser 2,9 mnkr vinterväghållningen: snöfallen "
            "i november och december var de största på tio år, och entreprenörens pris räknades upp med 7 procent "
            "enligt avtalets index. Resten är lagning av beläggningen på Storgatan efter tjälskador.",
            C(
                "Gator och vägar",
                "3,4 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="'Av detta avser 2,9 mnkr' is a part; snow and frost damage are ovrigt, the index prisokningar.",
            ),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Överskottet på 1 550 tkr har två förklaringar. Elpriset blev betydligt lägre än budgeterat, och det "
            "planerade underhållet av Parkskolans tak sköts upp till 2026 eftersom upphandlingen drog ut på tiden.",
            C("Fastighetsförvaltning", "1 550 tkr", "+", "prisokningar", "periodisering"),
        ),
        H("Kostenheten", 3),
        P(
            "Livsmedelspriserna har fortsatt att stiga, och kostenheten har inte kunnat möta det med högre "
            "portionspriser eftersom priserna till skolan och äldreomsorgen låstes redan i budgeten.",
            C(
                "Kostenheten",
                "(680)",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table cell, a deficit in brackets.",
            ),
        ),
        H("Parker, lokalvård, flygplats och administration", 3),
        P(
            "Parker och lokalvård lämnar mindre överskott, 180 respektive 200 tkr, till följd av lägre "
            "maskinkostnader i parkverksamheten och en vakant tjänst i lokalvården.",
            C(
                "Parker och grönområden",
                "180",
                "+",
                "material_hjalpmedel",
                unit="tkr",
                note="A 'respektive' pair with a reason each: two items.",
                also=(C("Lokalvård", "200 tkr", "+", "vakanser"),),
            ),
        ),
        P("Flygplatsen redovisar ett resultat i nivå med budget.", BP("Flygplatsen")),
        H("Vatten och avlopp", 2),
        PS(
            (
                "VA-verksamheten redovisar ett överskott på 1 180 tkr mot budget, främst på grund av högre "
                "anslutningsavgifter när bostadsområdet Forsbacka byggdes ut.",
                C("Vatten och avlopp", "1 180 tkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond, som därefter uppgår till 3 420 tkr.",
                O("Vatten och avlopp", "reserver", note="The fund: reserve talk in its own sentence."),
            ),
        ),
        H("Investeringar", 2),
        investments,
        P(
            "Av investeringsbudgeten på 34,2 mnkr har 26,6 mnkr använts.",
            C(
                "Investeringar",
                "34,2 mnkr har 26,6 mnkr",
                "+",
                value=7_600_000,
                note="Investment under-spending of 7,6 mnkr, never written out in the prose: the computed value "
                "(the table's sum row says 7 600).",
            ),
        ),
        PS(
            (
                "Den största avvikelsen finns i ombyggnaden av köket på Tannbergsskolan, 5,6 mnkr, eftersom "
                "entreprenaden kom igång först i oktober.",
                C("Ombyggnad kök Tannbergsskolan", "5,6 mnkr", "+", "periodisering"),
            ),
            (
                "Nämnden föreslår att de återstående medlen förs över till 2026.",
                O("Ombyggnad kök Tannbergsskolan", note="Carrying the money over: financing, other."),
            ),
        ),
        P(
            "Gång- och cykelvägen längs Södra vägen blev 1 620 tkr dyrare än budgeterat, eftersom ledningar som inte "
            "fanns på kartorna behövde flyttas.",
            C("Gång- och cykelväg Södra vägen", "1 620 tkr", "-", "ovrigt", note="Investment overrun."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att upphandla vinterväghållningen på nytt med ett fast pris "
            "per säsong.",
            A("Gator och vägar", None),
        ),
        P(
            "Kostenheten höjer portionspriserna med 6 procent från den 1 januari 2026.",
            A("Kostenheten", None, "avgifter_intakter", note="A percentage, no amount."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nämndens nettokostnader ökade med 4,3 procent jämfört med 2024, vilket till största delen beror på "
            "vinterväghållningen.",
            O(None, note="Net costs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="lycksele-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Lycksele",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Lycksele kommun"},
        style=style,
        blocks=blocks,
    )
