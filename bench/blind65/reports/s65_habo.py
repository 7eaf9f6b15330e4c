"""Håbo kommun, Kommunstyrelsen, uppföljning av avtalstrohet 2025 (no budget follow-up).

A report on purchases made outside the kommun's framework agreements, which is no budget follow-up at all:
full of amounts, "beror på", "mer än", "ökade med" and "ryms inom", but no deviation from any budget.
Header with the letter date in March, footer with the diary number: a decision proposal and the background
(unlabelled); purchases outside agreements with a "varav" and "Det beror främst på" (other); direct
procurements above the threshold; consultancy costs against 2024 with "beror på" (other); an estimated
saving if compliance rises (other); the cost of a new e-commerce platform that "ryms inom kommunstyrelsens
budget" (a financing statement, other); the auditors' remark about another nämnd (a statement about someone
else, other); a table of purchases per sektor and the proposals for 2026 (unlabelled). Seven `other` items and
no cause. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Håbo kommun", "Tjänsteskrivelse 2026-03-09"),
        footer=lambda n, m: ("Dnr KS 2026/00212", "Kommunstyrelsens förvaltning", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Inköp 2025 per sektor, tkr",
        header=(("Sektor", "Totala inköp", "Utanför avtal", "Avtalstrohet"),),
        rows=(
            ("Samhällsbyggnad", "248 300", "17 900", "92,8 %"),
            ("Socialtjänst", "156 100", "9 400", "94,0 %"),
            ("Skola och förskola", "131 700", "6 800", "94,8 %"),
            ("Kommunstyrelsens förvaltning", "75 900", "4 500", "94,1 %"),
            ("Totalt", "612 000", "38 600", "93,7 %"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av avtalstrohet 2025", size=17, font="times-bold", after=4),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen noterar uppföljningen av avtalstrohet 2025 och ger kommundirektören i uppdrag att "
            "genomföra de förbättringar som redovisas under avsnittet Förslag inför 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens inköpspolicy ska inköp göras från upphandlade leverantörer när avtal finns. Uppföljningen "
            "bygger på leverantörsreskontran för januari–december 2025 och omfattar samtliga sektorer."
        ),
        H("Resultat", 2),
        P(
            "Kommunen köpte under 2025 varor och tjänster för 612 mnkr. Av dessa gjordes inköp för 38,6 mnkr utanför "
            "avtal, varav 17,9 mnkr inom sektor samhällsbyggnad. Det beror främst på akuta reparationer av "
            "fastigheter där ramavtalsleverantören inte kunnat leverera i tid.",
            O(None, note="Purchases outside agreements, with 'beror på': no budget deviation, other."),
        ),
        table,
        P(
            "Vid tre tillfällen har direktupphandlingar gjorts över beloppsgränsen, till ett sammanlagt värde av 1,9 "
            "mnkr, vilket är mer än vad lagen om offentlig upphandling tillåter.",
            O(None, note="A compliance finding with an amount: other."),
        ),
        P(
            "Kostnaderna för konsulttjänster ökade med 4,2 mnkr jämfört med 2024, vilket beror på att flera "
            "projekt inom samhällsbyggnad har bemannats med konsulter i väntan på rekrytering.",
            O(None, "inhyrd_personal", "vakanser", note="Against the previous year: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Om avtalstroheten höjs till 97 procent bedöms kommunen kunna spara mellan 2 och 3 mnkr per år genom "
            "lägre priser och färre fakturor.",
            O(None, note="An estimated saving, not a budget deviation: other."),
        ),
        P(
            "Kostnaden för den nya e-handelsplattformen, 350 tkr per år, ryms inom kommunstyrelsens budget för 2026.",
            O(None, "it_digitalisering", note="A financing statement: other."),
        ),
        P(
            "Kommunens revisorer har i sin granskning noterat att bygg- och miljönämnden inte följt upp sina avtal "
            "för mätningstjänster, och att nämnden därför betalat 0,3 mnkr mer än avtalat pris.",
            O(None, note="An audit finding about another nämnd: other."),
        ),
        P(
            "Uppföljningen har genomförts inom befintlig budget för inköpsenheten och medför inga ytterligare "
            "kostnader.",
            O(None, note="A financing statement: other."),
        ),
        H("Förslag inför 2026", 2),
        Bullets(
            (
                "Obligatorisk utbildning i inköpsprocessen för alla med beställarbehörighet.",
                "Kvartalsvis uppföljning av köp utanför avtal i ledningsgrupperna.",
                "Införande av e-handel för förbrukningsmaterial från och med september 2026.",
            ),
            glyph="•",
        ),
    ]
    return ReportSpec(
        file="habo-ks-uppfoljning-avtalstrohet-2025.pdf",
        report={
            "municipality": "Håbo",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "avtalsuppföljning",
        },
        metadata={"title": "Uppföljning av avtalstrohet 2025", "author": "Håbo kommun"},
        style=style,
        blocks=blocks,
    )
