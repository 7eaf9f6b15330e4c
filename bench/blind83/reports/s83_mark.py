"""Marks kommun, Kommunstyrelsen, lokalförsörjningsplan 2026–2030 (no budget follow-up).

A premises plan for the coming five years, which is no budget follow-up at all, footer with the
kommunstyrelse's meeting date in November: a decision proposal and the background (unlabelled); premises
costs against 2025 with "beror på", the cost of empty premises with a "varav" share, a school's calculation
that "har ökat från 96 till 118 mnkr" with "beror på" (a project estimate, not a budget), the plan's
investments "mer än det investeringsutrymme" of the financial guidelines, the running costs that "ska rymmas
inom nämndernas ramar" (financing), a table of places per area (unlabelled), fewer preschool places "beror på
lägre födelsetal", and a mention of the socialnämnd's deficit in its interim report (a statement about
someone else): seven `other` items and no cause. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Marks kommun", "Lokalförsörjningsplan 2026–2030"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-26", "Dnr KS 2025-314", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Behov av platser 2030 jämfört med 2025",
        header=(("Område", "Förskola 2025", "Förskola 2030", "Grundskola 2025", "Grundskola 2030"),),
        rows=(
            ("Kinna", "410", "445", "1 020", "1 090"),
            ("Skene", "380", "320", "940", "960"),
            ("Fritsla", "120", "115", "290", "300"),
            ("Horred och Öxabäck", "95", "90", "260", "310"),
            ("Örby", "140", "150", "330", "345"),
        ),
        widths=(130.0, 80.0, 80.0, 90.0, 90.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Lokalförsörjningsplan 2026–2030", size=18, font="sans-bold", after=2),
        Title("Kommunstyrelsen, Marks kommun", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anta lokalförsörjningsplanen för 2026–2030 och att "
            "uppdra åt nämnderna att årligen redovisa sitt lokalbehov."
        ),
        H("Bakgrund", 2),
        P(
            "Lokalförsörjningsplanen beskriver verksamheternas behov av lokaler de kommande fem åren och ligger till "
            "grund för investeringsbudgeten. Planen tas fram av lokalstrategen i samråd med nämnderna och "
            "fastighetsenheten."
        ),
        H("Lokalkostnader", 2),
        P(
            "Kommunens samlade kostnader för lokaler uppgår 2026 till 312 mnkr, vilket är 18 mnkr mer än 2025. "
            "Ökningen beror på de nya förskolorna i Kinna och Skene och på indexuppräkningen av externa hyresavtal.",
            O(None, "lokaler", "prisokningar", note="Premises costs against the previous year: other."),
        ),
        P(
            "Tomställda lokaler kostar kommunen ungefär 4,2 mnkr per år, varav den gamla skolmatsalen i Fritsla står "
            "för drygt en tredjedel.",
            O(None, "lokaler", note="A supporting figure, no budget deviation."),
        ),
        H("Investeringsbehov", 2),
        P(
            "Kalkylen för den nya skolan i Horred har ökat från 96 till 118 mnkr sedan förstudien, vilket beror på "
            "högre byggpriser och på krav på ett större tillagningskök.",
            O(
                "Ny skola i Horred",
                "prisokningar",
                note="A project estimate against the pre-study, not against a budget: other.",
            ),
        ),
        P(
            "Planen innebär investeringar på sammanlagt 640 mnkr under perioden. Det är mer än det "
            "investeringsutrymme på 520 mnkr per femårsperiod som fullmäktige har angett i de finansiella "
            "riktlinjerna.",
            O(None, note="A plan against a financial guideline, not a budget follow-up: other."),
        ),
        P(
            "Driftkostnaderna för de nya lokalerna, cirka 9 mnkr per år när samtliga projekt är klara, ska rymmas inom "
            "nämndernas ramar och finansieras genom att äldre lokaler avvecklas.",
            O(None, note="A financing statement: other."),
        ),
        H("Lokalbehov per område", 2),
        table,
        P(
            "Behovet av förskoleplatser i Skene minskar med cirka 60 platser till 2030, vilket beror på lägre "
            "födelsetal.",
            O("Förskola", "volymer", note="A forecast of places, no money: other."),
        ),
        P(
            "Socialnämnden har i sin delårsrapport redovisat ett underskott på 6,8 mnkr, som delvis beror på "
            "kostnader för tillfälliga boenden i väntan på nya LSS-bostäder.",
            O(
                "Socialnämnden",
                "lokaler",
                note="Another committee's deficit quoted from its own report: a statement about someone else.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet om planen innebär i sig inga kostnader. Varje investering prövas i budgetprocessen."),
    ]
    return ReportSpec(
        file="mark-ks-lokalforsorjningsplan-2026.pdf",
        report={
            "municipality": "Mark",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026", "2025-11"],
            "report_type": "lokalförsörjningsplan",
        },
        metadata={"title": "Lokalförsörjningsplan 2026–2030", "author": "Marks kommun"},
        style=style,
        blocks=blocks,
    )
