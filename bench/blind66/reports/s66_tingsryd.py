"""Tingsryds kommun, Kommunstyrelsen (to Kommunfullmäktige), tjänsteskrivelse om avgifter inom vård och
omsorg 2026: no budget follow-up at all.

A fee decision full of amounts, "beror på" and "mer än": the decision proposal, the legal background and the
fee table are unlabelled; the raised högkostnadsskydd with "Höjningen beror på" the prisbasbelopp, the
safety-alarm fee "vilket beror på" a dearer system, the meal fee with food prices, the revenue effect "mer än
det belopp som räknades med i budgeten" (an estimate for another nämnd's budget, not a follow-up), the
omsorgsnämnd's lower fee revenue last year (a statement about someone else), the fees left unchanged and the
decision's financing are all `other`. Seven `other` items and no cause. DejaVu Serif 10 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("TINGSRYDS KOMMUN", "Tjänsteskrivelse 2025-10-06"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "Dnr 2025/487", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    fees = Table(
        caption="Avgifter från 1 januari 2026, kronor per månad",
        header=(("Avgift", "2025", "2026", "Förändring"),),
        rows=(
            ("Högkostnadsskydd", "2 575", "2 628", "53"),
            ("Trygghetslarm", "250", "280", "30"),
            ("Matabonnemang särskilt boende", "4 180", "4 350", "170"),
            ("Korttidsvistelse, per dygn", "110", "110", "0"),
            ("Dagverksamhet, per tillfälle", "60", "60", "0"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avgifter inom vård och omsorg 2026", size=17, font="sans-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa avgifterna inom vård och omsorg enligt "
            "bilaga 1, att gälla från och med den 1 januari 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt socialtjänstlagen får kommunen ta ut skäliga avgifter för hemtjänst, särskilt boende och andra "
            "insatser. Avgifterna får inte överstiga kommunens självkostnad och den enskilde ska ha kvar ett "
            "förbehållsbelopp för sina levnadskostnader."
        ),
        H("Ärendet", 2),
        P(
            "Högkostnadsskyddet för hemtjänst och särskilt boende höjs från 2 575 kronor till 2 628 kronor per "
            "månad. Höjningen beror på att prisbasbeloppet för 2026 har fastställts till 59 200 kronor.",
            O(None, note="A fee change with 'beror på': no budget deviation, other."),
        ),
        P(
            "Avgiften för trygghetslarm höjs från 250 till 280 kronor per månad, vilket beror på att kostnaden för "
            "det digitala larmsystemet har ökat efter den senaste upphandlingen.",
            O(None, note="A fee change with 'beror på': other."),
        ),
        P(
            "Matabonnemanget i särskilt boende höjs till 4 350 kronor per månad. Kostnaden för livsmedel har ökat "
            "med 6 procent sedan förra justeringen.",
            O(None, note="A fee change with a price rise: other."),
        ),
        P(
            "Avgifterna för korttidsvistelse och dagverksamhet lämnas oförändrade.",
            O(None, note="Fees left unchanged: no forecast, other."),
        ),
        fees,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förändringarna beräknas ge omsorgsnämnden ökade avgiftsintäkter på cirka 180 tkr per år, vilket är "
            "mer än det belopp som räknades med i budgeten för 2026.",
            O(
                "Omsorgsnämnden",
                note="An estimated effect on another nämnd's budget, not a follow-up: other.",
            ),
        ),
        P(
            "Omsorgsnämnden redovisade för 2025 avgiftsintäkter som var 0,4 mnkr lägre än budgeterat, vilket beror "
            "på att fler brukare har fått reducerad avgift.",
            O("Omsorgsnämnden", note="A statement about another committee's revenue: other."),
        ),
        P(
            "Beslutet ryms inom kommunens budgetram och kräver ingen ytterligare finansiering.",
            O(None, note="Financing of the decision: other."),
        ),
    ]
    return ReportSpec(
        file="tingsryd-ks-tjansteskrivelse-avgifter-vard-och-omsorg-2026.pdf",
        report={
            "municipality": "Tingsryd",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026"],
            "report_type": "avgiftsbeslut",
        },
        metadata={"title": "Avgifter inom vård och omsorg 2026", "author": "Tingsryds kommun"},
        style=style,
        blocks=blocks,
    )
