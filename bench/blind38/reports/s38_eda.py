"""Eda kommun, Kommunstyrelsen, tjänsteskrivelse: uppföljning av kommunens borgensåtaganden 2025.

No budget follow-up at all: a follow-up of the kommun's guarantees for its companies and associations, full
of amounts, "beror på", "mer än" and a company's result "lägre än bolagets budget", with a decision proposal,
the background and a table per borrower (all unlabelled); the total against the end of 2024 with "Ökningen
beror på", the split per borrower, the guarantee fee against 2024 with "Skillnaden beror på", the frame set by
fullmäktige and what is left of it, an association behind its repayment plan with "vilket beror på", the
energy company's result against its own budget (a statement about someone else), the risk assessment and the
cost of the follow-up that "ryms inom" the kommunstyrelse's frame: eight `other` items and no cause.
Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 66.0, 74.0),
        header=lambda n, m: ("Eda kommun – Kommunledningsförvaltningen", "Tjänsteskrivelse"),
        footer=lambda n, m: ("2026-03-02", "Dnr KS 2026/87", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Borgensåtaganden per borgenstagare, mnkr",
        header=(("Borgenstagare", "Beslutad ram", "Utnyttjat 2024", "Utnyttjat 2025"),),
        rows=(
            ("Det kommunala bostadsbolaget", "550,0", "452,3", "488,0"),
            ("Det kommunala energibolaget", "140,0", "115,1", "118,2"),
            ("Föreningar (fyra st.)", "9,0", "6,4", "6,2"),
            ("Summa", "699,0", "573,8", "612,4"),
        ),
        widths=(180.0, 80.0, 84.0, 84.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av kommunens borgensåtaganden 2025", size=16, font="arial-bold", after=12),
        H("Förslag till beslut", 3),
        P("Kommunstyrelsen noterar informationen och lägger uppföljningen till handlingarna."),
        H("Bakgrund", 3),
        P(
            "Enligt kommunens finanspolicy ska kommunstyrelsen varje år följa upp de borgensåtaganden som "
            "kommunfullmäktige har beslutat om. Borgen lämnas till de helägda bolagen och, i undantagsfall, till "
            "föreningar som äger sina anläggningar."
        ),
        H("Ärendet", 3),
        P(
            "Kommunens samlade borgensåtaganden uppgick den 31 december 2025 till 612,4 mnkr, vilket är 38,6 mnkr mer "
            "än vid utgången av 2024. Ökningen beror på att bostadsbolaget har tagit upp nya lån för nybyggnationen "
            "av 24 lägenheter i Charlottenberg.",
            O(None, note="The guarantees against the previous year: other."),
        ),
        P(
            "Av åtagandet avser 488,0 mnkr bostadsbolaget och 118,2 mnkr energibolaget. Resterande 6,2 mnkr avser "
            "borgen för föreningar.",
            O(None, note="Supporting figures."),
        ),
        table,
        P(
            "Borgensavgiften, 0,35 procent av den genomsnittliga låneskulden, gav kommunen intäkter på 2,1 mnkr "
            "under året, jämfört med 1,9 mnkr år 2024. Skillnaden beror på den högre låneskulden.",
            O(None, note="A fee against the previous year, with 'beror på': other."),
        ),
        P(
            "Fullmäktiges ram för borgen till bostadsbolaget är 550 mnkr. Efter nyupplåningen återstår 62,0 mnkr av "
            "ramen.",
            O(None, note="A frame set by fullmäktige and what is left of it."),
        ),
        P(
            "En idrottsförening har inte kunnat amortera enligt plan under 2025, vilket beror på lägre intäkter från "
            "uthyrningen av anläggningen. Den utestående skulden är 1,4 mnkr, 0,3 mnkr mer än enligt "
            "amorteringsplanen.",
            O(None, note="About someone else: an association's repayment plan."),
        ),
        P(
            "Energibolagets resultat blev 4,6 mnkr lägre än bolagets budget, vilket beror på lägre elpriser. Bolagets "
            "soliditet är fortsatt god.",
            O(None, note="The company's result against its own budget: a statement about someone else."),
        ),
        H("Bedömning", 3),
        P(
            "Den samlade risken i borgensportföljen bedöms som låg. Bostadsbolagets vakansgrad var 2,1 procent vid "
            "årsskiftet och energibolaget har inte behövt ta upp nya lån.",
            O(None, note="A risk assessment."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Beslutet får inga ekonomiska konsekvenser. Kostnaden för uppföljningen ryms inom kommunstyrelsens ram.",
            O(None, note="A financing statement, no deviation reported."),
        ),
    ]
    return ReportSpec(
        file="eda-ks-borgensuppfoljning-2025.pdf",
        report={
            "municipality": "Eda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "borgensuppföljning",
        },
        metadata={"title": "Uppföljning av kommunens borgensåtaganden 2025", "author": "Eda kommun"},
        style=style,
        blocks=blocks,
    )
