"""Kalmar kommun, Kulturnämnden, tjänsteskrivelse om ekonomisk uppföljning per april 2026.

A culture committee's short cover letter in Arial, dated in May for the period to April, with a decision
proposal and a background (unlabelled): the full year "ett överskott på 0,6 mnkr", the period "2,3 mnkr lägre
än periodiserad budget" (net cost, so positive) with a timing reason, the change since February; en-dash
bullets under a generic heading with the amount after a colon ("Biblioteken: −1,1 mnkr, till följd av",
"Kulturskolan: +0,9 mnkr.", "Kulturarv: +0,3 mnkr." with no reason, "Kulturstöd: ±0 mnkr. Följer budget."
boilerplate); an undistributed project pot (other) and an action with its effect.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("KALMAR KOMMUN", "Tjänsteskrivelse 2026-05-12"),
        footer=lambda n, m: ("Kultur- och fritidsförvaltningen", "Dnr KN 2026/0187", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per april 2026", size=16, font="arial-bold", after=2),
        Title("Kulturnämnden", size=11.5, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kulturnämnden godkänner den ekonomiska uppföljningen per april 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnderna ska enligt kommunens styrmodell lämna en ekonomisk uppföljning efter februari, april, augusti "
            "och oktober. Uppföljningen per april innehåller en prognos för helåret."
        ),
        H("Ekonomisk uppföljning", 2),
        P(
            "Kulturnämnden prognostiserar ett överskott på 0,6 mnkr för 2026.",
            C(None, "0,6 mnkr", "+"),
        ),
        P(
            "Nettokostnaderna till och med april är 2,3 mnkr lägre än periodiserad budget, vilket främst beror på att "
            "bidragen till föreningar och studieförbund betalas ut i maj.",
            C(
                None,
                "2,3 mnkr",
                "+",
                "periodisering",
                note="A net cost lower than the periodised budget: positive; a timing reason.",
            ),
        ),
        P(
            "Prognosen är 0,4 mnkr bättre än vid februariuppföljningen.",
            F(None, "0,4 mnkr", "+"),
        ),
        H("Avvikelser per verksamhet", 3),
        Bullets(
            items=(
                "Biblioteken: −1,1 mnkr, till följd av den högre hyran för stadsbiblioteket efter ombyggnaden.",
                "Kulturskolan: +0,9 mnkr. Två lärartjänster är vakanta och intäkterna från terminsavgifter är högre än "
                "budgeterat.",
                "Evenemang: +0,5 mnkr, eftersom sommarens hamnfestival flyttas till 2027.",
                "Kulturarv: +0,3 mnkr.",
                "Kulturstöd: ±0 mnkr. Följer budget.",
            ),
            labels=(
                C("Biblioteken", "−1,1 mnkr", "-", "lokaler"),
                C("Kulturskolan", "+0,9 mnkr", "+", "vakanser", "avgifter_intakter"),
                C("Evenemang", "+0,5 mnkr", "+", "periodisering"),
                C("Kulturarv", "+0,3 mnkr", "+", note="A deviation with no reason: a cause without tags."),
                BP("Kulturstöd", note="'±0 mnkr. Följer budget.': boilerplate."),
            ),
            glyph="–",
        ),
        P(
            "Av nämndens ofördelade medel för kulturprojekt återstår 1,2 mnkr, som fördelas efter ansökningsomgången "
            "i september.",
            O(None, "reserver", note="Undistributed funds left, not a deviation: other."),
        ),
        H("Åtgärder", 3),
        P(
            "Biblioteken ser över öppettiderna på filialerna under sommaren, vilket beräknas minska kostnaderna med "
            "0,3 mnkr.",
            A("Biblioteken", "0,3 mnkr"),
        ),
    ]
    return ReportSpec(
        file="kalmar-kn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Kulturnämnden"],
            "period": ["2026-04", "2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per april 2026 Kulturnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
