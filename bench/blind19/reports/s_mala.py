"""Malå kommun, Kommunstyrelsen, förslag till taxor och avgifter 2027 (no budget follow-up).

A tjänsteskrivelse proposing next year's fees to kommunfullmäktige, Liberation Sans 10 pt, header with the
diarienummer and the letter's date in September: full of amounts, percentages, "beror på", an "underskott"
and even a revenue "lägre än budgeterat", but no budget follow-up of its own. The VA collective's deficit
against full cost coverage with its causes, the revenue effect of the proposal, a waste contract that is 11
percent dearer, the cost coverage of building permits against a goal, a sports hall whose rent stays
because bookings fell and whose rental revenue last year was below budget, and the consequence if the
proposal is rejected: seven `other` items and no causes. The decision proposal and the maxtaxa paragraph are
unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O

NOT_FOLLOW_UP = "A fee proposal is no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("Malå kommun – Kommunstyrelsen", "Dnr KS 2026/118   2026-09-15"),
        footer=lambda n, m: ("Tjänsteskrivelse", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Taxor och avgifter 2027", size=18, font="arial-bold", after=2),
        Title("Förslag till kommunfullmäktige", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunfullmäktige fastställer taxor och avgifter för 2027 enligt bilagorna 1–4. Taxorna gäller från "
            "och med den 1 januari 2027."
        ),
        H("Sammanfattning", 2),
        P(
            "Förslaget innebär att de flesta taxor räknas upp med 2,8 procent enligt prisindex för kommunal "
            "verksamhet (PKV). Vatten- och avloppstaxan höjs med 9 procent och renhållningstaxan med 6 procent. "
            "Sammantaget beräknas förslaget öka kommunens avgiftsintäkter med cirka 1,1 mnkr 2027.",
            O(None, "avgifter_intakter", note=NOT_FOLLOW_UP),
        ),
        H("Vatten och avlopp", 2),
        P(
            "VA-verksamheten ska enligt vattentjänstlagen finansieras helt med avgifter. För 2025 redovisade "
            "VA-kollektivet ett underskott på 1,4 mnkr, som belastar det balanserade resultatet. Underskottet beror "
            "främst på högre kostnader för kemikalier och el vid reningsverket samt ökade kapitalkostnader efter "
            "ledningsbytet på Storgatan.",
            O(
                "Vatten och avlopp",
                "prisokningar",
                note="The VA collective's deficit against full cost coverage in a fee proposal, not a deviation "
                "from budget: other.",
            ),
        ),
        P(
            "Med den föreslagna höjningen beräknas intäkterna öka med 0,8 mnkr, vilket bedöms räcka för att nå full "
            "kostnadstäckning 2028.",
            O("Vatten och avlopp", "avgifter_intakter", note=NOT_FOLLOW_UP),
        ),
        H("Renhållning", 2),
        P(
            "Renhållningstaxan höjs med 6 procent. Höjningen beror på att det nya insamlingsavtalet, som gäller från "
            "den 1 april 2027, är 11 procent dyrare än det nuvarande. För ett villahushåll med 190-liters kärl och "
            "hämtning varannan vecka innebär det en ökning från 2 940 kronor till 3 116 kronor per år.",
            O("Renhållning", "prisokningar", note=NOT_FOLLOW_UP),
        ),
        H("Plan- och byggtaxa", 2),
        P(
            "Timavgiften inom plan- och bygglovsområdet höjs från 1 240 kronor till 1 275 kronor. "
            "Kostnadstäckningsgraden för bygglovsverksamheten var 62 procent 2025, vilket är lägre än kommunens mål "
            "om 75 procent.",
            O("Plan- och byggtaxa", note="Cost coverage against a goal: other."),
        ),
        H("Förskola och fritidshem", 2),
        P(
            "Avgifterna följer maxtaxan, som fastställs av Skolverket. Inkomsttaket för 2027 är 59 200 kronor per "
            "månad."
        ),
        H("Hyror för idrottsanläggningar", 2),
        P(
            "Hyran för idrottshallen i Malå höjs inte 2027, eftersom beläggningen har minskat med 15 procent sedan "
            "2024 och en höjning riskerar att minska intäkterna ytterligare. Uthyrningsintäkterna 2025 blev 85 tkr "
            "lägre än budgeterat.",
            O(
                "Idrottshallen",
                "volymer",
                note="Last year's rental revenue against budget as background to a fee proposal: LABELS.md makes "
                "every statement in a document with no budget follow-up other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Taxeändringarna är beaktade i budgetförslaget för 2027. Om fullmäktige inte fastställer den föreslagna "
            "VA-taxan uppstår ett underskott i VA-kollektivet på cirka 0,8 mnkr 2027, som måste täckas med "
            "skattemedel eller återställas inom tre år.",
            O("Vatten och avlopp", note="A consequence if the proposal is rejected: other."),
        ),
    ]
    return ReportSpec(
        file="mala-ks-taxor-och-avgifter-2027.pdf",
        report={
            "municipality": "Malå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2027", "2026-09"],
            "report_type": "taxor",
        },
        metadata={"title": "Taxor och avgifter 2027", "author": "Malå kommun"},
        style=style,
        blocks=blocks,
    )
