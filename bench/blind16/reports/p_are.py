"""Åre kommun, Bygg- och miljönämnden, verksamhetsberättelse 2025.

A building and environment committee's year-end report in Liberation Sans Narrow 10.5 pt, footer with the
nämnd's meeting date in February: narrative highlights (unlabelled), the result "gick 2025 med ett överskott på
1 940 tkr jämfört med budget" and, in the next sentence, the outcome against the interim report's forecast (a
forecast change); a kostnadsslag table in tkr with last year's outcome beside the deviation; paragraphs per
kostnadsslag with amounts in new shapes ("blev 4,65 mnkr högre än budgeterat" with a case count that is not an
amount, "överskred budget med 1,6 mnkr", "blev 250 tkr högre än budget, till följd av"), a reason-only
paragraph "Köp av tjänster blev dyrare än planerat, eftersom …" (the table row's "−800"), "ligger i nivå med budget"
(boilerplate); inspection coverage against last year, the net cost against 2024 with "tack vare" and an outlook
for 2026 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Åre kommun", "Verksamhetsberättelse 2025 – Bygg- och miljönämnden"),
        footer=lambda n, m: ("Bygg- och miljönämnden 2026-02-12", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Intäkter", "24 300", "28 950", "4 650", "23 290"),
            ("Personalkostnader", "−22 800", "−24 410", "−1 610", "−21 900"),
            ("Köp av tjänster", "−3 100", "−3 900", "−800", "−2 700"),
            ("Lokal- och IT-kostnader", "−2 600", "−2 850", "−250", "−2 450"),
            ("Övriga kostnader", "−1 400", "−1 450", "−50", "−1 300"),
            ("Nettokostnad", "−5 600", "−3 660", "1 940", "−5 060"),
        ),
        widths=(140.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Bygg- och miljönämnden", size=13, font="narrow", after=14),
        H("Årets viktigaste händelser", 2),
        P(
            "Byggtakten i Åre, Järpen och Duved var fortsatt hög under 2025. Nämnden införde i mars en ny e-tjänst "
            "för bygglov och halverade handläggningstiden för enklare ärenden. Livsmedelskontrollen flyttade till "
            "gemensamma lokaler med räddningstjänsten i Järpen."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämnden gick 2025 med ett överskott på 1 940 tkr jämfört med budget.",
                C(None, "1 940 tkr", "+"),
            ),
            (
                "Resultatet är 1 200 tkr bättre än vad som prognostiserades i delårsrapporten.",
                F(
                    None,
                    "1 200 tkr",
                    "+",
                    note="The outcome against the interim forecast: a forecast change.",
                ),
            ),
        ),
        table,
        P(
            "Intäkterna blev 4,65 mnkr högre än budgeterat. Antalet bygglovsärenden ökade till 1 130, det högsta på "
            "tio år, och flera stora ärenden för hotell och flerbostadshus i Åre by och Björnen gav höga avgifter.",
            C(
                "Intäkter",
                "4,65 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The case count is not an amount.",
            ),
        ),
        P(
            "Personalkostnaderna överskred budget med 1,6 mnkr. Bygglovsenheten förstärktes under våren med två "
            "visstidsanställda handläggare för att klara ärendemängden, och lönerna för miljöinspektörerna justerades "
            "upp för att behålla personal.",
            C("Personalkostnader", "1,6 mnkr", "-", "bemanning", "lonekostnader"),
        ),
        P(
            "Köp av tjänster blev dyrare än planerat, eftersom digitaliseringen av bygglovsarkivet gjordes av en extern "
            "leverantör.",
            C(
                "Köp av tjänster",
                "−800",
                "-",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        P(
            "Kostnaderna för lokaler och IT blev 250 tkr högre än budget, till följd av en dyrare licens för den nya "
            "e-tjänsten.",
            C("Lokal- och IT-kostnader", "250 tkr", "-", "it_digitalisering"),
        ),
        P("Övriga kostnader ligger i nivå med budget.", BP("Övriga kostnader")),
        H("Tillsyn och kontroll", 2),
        P(
            "Miljötillsynen genomförde 88 procent av de planerade besöken, jämfört med 93 procent 2024. "
            "Livsmedelskontrollen nådde full kontrolltäckning.",
            O(None, note="Inspection coverage against last year."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaden minskade med 1,4 mnkr jämfört med 2024, främst tack vare de högre bygglovsintäkterna.",
            O(None, "avgifter_intakter", note="Against the previous year, not the budget."),
        ),
        H("Framtid", 2),
        P(
            "Byggtakten väntas dämpas under 2026 när flera större projekt i Åre by är färdiga, och intäkterna från "
            "bygglov kan då bli lägre än under 2025.",
            O(None, "avgifter_intakter", note="An outlook."),
        ),
    ]
    return ReportSpec(
        file="are-bmn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Åre",
            "committee": ["Bygg- och miljönämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Bygg- och miljönämnden", "author": "Åre kommun"},
        style=style,
        blocks=blocks,
    )
