"""Hörby kommun, Kommunstyrelsen, tjänsteskrivelse om taxor och avgifter 2026 (to Kommunfullmäktige).

A document that is no budget follow-up at all: the kommunstyrelse's proposal to fullmäktige on next year's fees,
in Liberation Serif 11 pt, dated in October. It is full of amounts, "beror på", "mer än", "ryms i … budget"
and mentions another nämnd's deficit, but reports no deviation of its own: the water and sewage rise with its
reasons, a normal house's yearly cost, meal distribution "7 kronor mer än i dag" with "beror på", the building
permit hourly rate and revenue that "ryms i miljö- och byggnadsnämndens budget", the home-care maxtaxa, the
socialnämnd's deficit (about someone else) and the total increase against 2025 are all `other`; the decision
proposal, the legal background and the fee table are unlabelled. No cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("bold", "bold", "bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Hörby kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("2025-10-14", "Dnr KS 2025/389", f"{n} ({m})"),
        header_size=8.5,
    )
    fees = Table(
        caption="Förslag till taxor och avgifter 2026 (kronor)",
        header=(("Taxa eller avgift", "2025", "Förslag 2026", "Förändring"),),
        rows=(
            ("VA, normalvilla per år", "9 420", "10 032", "612"),
            ("Matdistribution per portion", "88", "95", "7"),
            ("Bygglov, timpris", "1 290", "1 380", "90"),
            ("Hemtjänst, maxtaxa per månad", "2 540", "2 577", "37"),
            ("Uthyrning sporthall, per timme", "240", "250", "10"),
        ),
        widths=(200.0, 70.0, 80.0, 75.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Taxor och avgifter 2026", size=17, font="bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anta taxor och avgifter för 2026 enligt bilaga 1, att "
            "gälla från den 1 januari 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige fastställer varje år kommunens taxor och avgifter. Enligt kommunallagen får avgifterna "
            "inte överstiga kommunens självkostnad, och för vatten och avlopp gäller lagen om allmänna "
            "vattentjänster."
        ),
        H("Ärendet", 2),
        P(
            "VA-taxan föreslås höjas med 6,5 procent. Höjningen beror på ökade kostnader för drift av reningsverket "
            "och på högre räntor för de lån som finansierar utbyggnaden av ledningsnätet.",
            O("VA-taxa", note="A fee rise with 'beror på': no deviation from budget."),
        ),
        P(
            "För en normalvilla innebär förslaget en ökning med 612 kronor per år, från 9 420 kronor till 10 032 "
            "kronor.",
            O("VA-taxa", note="A supporting figure."),
        ),
        P(
            "Avgiften för matdistribution höjs till 95 kronor per portion, vilket är 7 kronor mer än i dag. Det beror "
            "på att livsmedelspriserna har ökat mer än prisbasbeloppet.",
            O("Matdistribution", note="'Mer än i dag' and 'beror på': a fee, not a deviation."),
        ),
        P(
            "Timpriset för bygglov räknas upp till 1 380 kronor. Intäkterna från bygglov beräknas därmed öka med "
            "cirka 250 tkr, vilket ryms i miljö- och byggnadsnämndens budget för 2026.",
            O("Bygglov", note="A financing statement about next year's budget: other."),
        ),
        P(
            "Avgifterna för hemtjänst följer den statliga maxtaxan, som för 2026 är 2 577 kronor per månad.",
            O("Hemtjänst", note="The maxtaxa: context."),
        ),
        P(
            "Socialnämnden har i sin uppföljning per september redovisat ett underskott, men förslaget om avgifter "
            "för hemtjänst påverkar inte nämndens resultat 2026 i någon större utsträckning.",
            O("Socialnämnden", note="A statement about another nämnd's deficit with no amount: other."),
        ),
        fees,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Sammantaget beräknas de föreslagna taxorna ge 3,4 mnkr mer i intäkter 2026 än 2025.",
            O(None, note="An increase against the previous year: other."),
        ),
        P("Ärendet har beretts av ekonomiavdelningen i samråd med berörda förvaltningar."),
    ]
    return ReportSpec(
        file="horby-ks-taxor-och-avgifter-2026.pdf",
        report={
            "municipality": "Hörby",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026"],
            "report_type": "taxor och avgifter",
        },
        metadata={"title": "Taxor och avgifter 2026", "author": "Hörby kommun"},
        style=style,
        blocks=blocks,
    )
