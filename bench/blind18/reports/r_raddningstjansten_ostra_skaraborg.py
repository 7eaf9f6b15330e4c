"""Räddningstjänsten Östra Skaraborg (kommunalförbund), Direktionen, årsredovisning 2025.

A fire and rescue kommunalförbund's annual report, DejaVu Serif Condensed 9.5 pt with DejaVu Sans Condensed
headings, footer with the direktion's meeting in March: the result "2 140 tkr bättre än budgeterat resultat
på 1 500 tkr" with its reasons in the next sentence (one item), the interim forecast's "+0,9 mnkr" as a level
and the outcome "1,2 mnkr bättre än så" (a forecast change); a table note saying revenue is positive and
costs negative, deviation = utfall minus budget; bold run-in kostnadsslag whose lead carries the amount in
brackets ("Avgifter och ersättningar (+1 450 tkr).", the bracket being the deviation, not last month's),
one lead without an amount (the row's "480"), pensions with a reason and no tag, the finance net (no tag)
and members' contributions paid "enligt budget" (boilerplate); an investment table where "+" means a higher
spend, the total "2,4 mnkr mot en budget på 8,6 mnkr" (6,2 mnkr never written out), a vehicle "budgeterad
till 6,5 mnkr" not delivered (the budget is the deviation) followed by a carry-over request (other), and
equipment "340 tkr dyrare än beräknat"; equity, call-outs against last year and a response-time goal with
"beror på" (others). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O

LEAD = "The bold run-in lead carries the amount in brackets: the deviation, not last month's figure."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Östra Skaraborg", "Årsredovisning 2025"),
        footer=lambda n, m: ("Direktionen 2026-03-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "142 600", "142 600", "0"),
            ("Avgifter och ersättningar", "9 800", "11 250", "1 450"),
            ("Personalkostnader", "-112 400", "-111 900", "500"),
            ("Pensionskostnader", "-8 200", "-8 960", "-760"),
            ("Fordon och materiel", "-9 100", "-9 780", "-680"),
            ("Lokaler", "-13 700", "-13 650", "50"),
            ("Övriga kostnader", "-6 900", "-6 420", "480"),
            ("Finansnetto", "-600", "500", "1 100"),
            ("Årets resultat", "1 500", "3 640", "2 140"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringsredovisning 2025, tkr (avvikelse = utfall minus budget, plus innebär högre utgift)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Räddningsbil Tidaholm", "6 500", "0", "-6 500"),
            ("Rökdykarutrustning", "1 200", "1 540", "+340"),
            ("IT- och larmutrustning", "900", "860", "-40"),
            ("Summa", "8 600", "2 400", "-6 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="cond-bold", after=2),
        Title("Räddningstjänsten Östra Skaraborg", size=12.5, font="serif-italic", after=12),
        H("Förvaltningsberättelse", 1),
        P(
            "Förbundet ansvarar för räddningstjänst och förebyggande arbete i sex medlemskommuner: Falköping, Hjo, "
            "Karlsborg, Skövde, Tibro och Tidaholm. Året präglades av skogsbranden vid Hökensås i juli, då förbundet "
            "under tio dygn hade förstärkt beredskap."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundet redovisar ett resultat för 2025 på 3 640 tkr, vilket är 2 140 tkr bättre än budgeterat "
                "resultat på 1 500 tkr. Den positiva avvikelsen kommer främst från högre intäkter, ett starkare "
                "finansnetto och vakanta tjänster under hösten.",
                C(None, "2 140 tkr", "+", "avgifter_intakter", "vakanser"),
            ),
            (
                "I delårsrapporten prognostiserades en avvikelse på +0,9 mnkr, och utfallet blev alltså 1,2 mnkr "
                "bättre än så.",
                F(
                    None,
                    "1,2 mnkr",
                    "+",
                    note="The interim forecast's deviation is a level; the change is the amount.",
                ),
            ),
        ),
        P(
            "Avvikelse = utfall minus budget. Intäkter anges med positivt tecken och kostnader med negativt.",
            size=8.5,
        ),
        operations,
        H("Kommentarer till driftredovisningen", 3),
        LP(
            "Avgifter och ersättningar (+1 450 tkr).",
            "Fler onödiga automatlarm har debiterats, och försäljningen av utbildningar i brandskydd och "
            "hjärt-lungräddning till företag i regionen har ökat.",
            C("Avgifter och ersättningar", "+1 450 tkr", "+", "avgifter_intakter", "volymer", note=LEAD),
        ),
        LP(
            "Personalkostnader (+500 tkr).",
            "Lönerevisionen blev något lägre än budgeterat och två heltidstjänster i Tibro var vakanta under hösten. "
            "Övertiden ökade samtidigt i samband med skogsbranden vid Hökensås i juli.",
            C(
                "Personalkostnader",
                "+500 tkr",
                "+",
                "lonekostnader",
                "vakanser",
                "overtid",
                "ovrigt",
                note=LEAD + " The fire is ovrigt.",
            ),
        ),
        LP(
            "Pensionskostnader (−760 tkr).",
            "Pensionsskulden ökade mer än beräknat när två brandmän i utryckningsstyrkan gick i särskild "
            "avtalspension.",
            C("Pensionskostnader", "−760 tkr", "-", note=LEAD + " Pensions: no cause tag."),
        ),
        LP(
            "Fordon och materiel (−680 tkr).",
            "Reparationen av höjdfordonet i Skövde och högre priser på reservdelar drog över budget.",
            C("Fordon och materiel", "−680 tkr", "-", "material_hjalpmedel", "prisokningar", note=LEAD),
        ),
        LP(
            "Övriga kostnader.",
            "Kostnaderna för utbildning blev lägre, eftersom två kurser vid MSB:s skola i Revinge ställdes in.",
            C(
                "Övriga kostnader",
                "480",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A lead without an amount: the table row's cell. Cancelled courses are ovrigt.",
            ),
        ),
        LP(
            "Finansnetto (+1 100 tkr).",
            "Förbundets placerade medel har gett en högre ränta än budgeterat.",
            C("Finansnetto", "+1 100 tkr", "+", note=LEAD + " A finance item: no cause tag."),
        ),
        LP(
            "Medlemsbidrag.",
            "Medlemsbidragen har betalats ut enligt budget.",
            BP("Medlemsbidrag"),
        ),
        H("Investeringar", 2),
        investments,
        PS(
            (
                "Investeringsutfallet blev 2,4 mnkr mot en budget på 8,6 mnkr.",
                C(
                    "Investeringar",
                    "2,4 mnkr mot en budget på 8,6 mnkr",
                    "+",
                    value=6_200_000,
                    note="Investment under-spending of 6,2 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Räddningsbilen till Tidaholm, budgeterad till 6,5 mnkr, levererades inte under året på grund av "
                "förseningar hos tillverkaren.",
                C(
                    "Räddningsbil Tidaholm",
                    "6,5 mnkr",
                    "+",
                    "periodisering",
                    note="Nothing spent: the project's budget is its deviation.",
                ),
            ),
            (
                "Direktionen föreslår att medlen förs över till 2026.",
                O("Räddningsbil Tidaholm", note="A carry-over."),
            ),
        ),
        P(
            "Rökdykarutrustningen blev 340 tkr dyrare än beräknat, eftersom all utrustning byttes på en gång i stället "
            "för i två etapper.",
            C("Rökdykarutrustning", "340 tkr", "-", "material_hjalpmedel", "periodisering"),
        ),
        H("Eget kapital", 2),
        P(
            "Efter årets resultat uppgår det egna kapitalet till 18,3 mnkr, vilket motsvarar 11,8 procent av "
            "balansomslutningen.",
            O(None, "reserver", note="Equity."),
        ),
        H("Verksamhet och mål", 2),
        P(
            "Förbundet larmades till 2 315 händelser under året, jämfört med 2 104 under 2024. Ökningen beror främst "
            "på fler automatlarm och den torra sommaren.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
        P(
            "Målet att första insatsperson ska vara på plats inom tio minuter vid 80 procent av larmen uppfylldes "
            "inte, vilket beror på längre körsträckor i de norra delarna av Karlsborg.",
            O(None, note="A goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-ostra-skaraborg-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Östra Skaraborg",
                "Kommunalförbundet Räddningstjänsten Östra Skaraborg",
                "RÖS",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Räddningstjänsten Östra Skaraborg",
            "author": "Räddningstjänsten Östra Skaraborg",
        },
        style=style,
        blocks=blocks,
    )
