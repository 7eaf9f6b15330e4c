"""Hallstahammars kommun, Kommunstyrelsen, lönekartläggning 2025.

Not a budget follow-up: the kommunstyrelse's annual pay survey (lönekartläggning under the Discrimination Act)
in Liberation Sans 10 pt, footer with the personnel committee's date in November. It is full of amounts,
percentages, "beror på", "avvikelse", "högre än", "lägre än", "mer än beräknat" and "ryms inom budget": a
pay gap within one occupation with its reason, a gap between two occupations of equal value whose "Avvikelsen"
cannot be explained, the cost of the proposed adjustments and their financing, last year's adjustments that
cost "40 tkr mer än beräknat, eftersom …" (a cost against an estimate, not a budget deviation) and the pay
bill against last year. Six `other` items and no causes; the decision proposal, the method and the statistics
table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A pay survey, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Hallstahammars kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Lönekartläggning 2025", "Personalutskottet 2025-11-18", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    groups = Table(
        caption="Medellön per yrkesgrupp, kronor per månad, oktober 2025",
        header=(("Yrkesgrupp", "Antal", "Andel kvinnor", "Kvinnor", "Män"),),
        rows=(
            ("Undersköterska, hemtjänst", "164", "87 %", "31 420", "32 090"),
            ("Förskollärare", "118", "96 %", "37 260", "37 540"),
            ("Ingenjör, samhällsbyggnad", "22", "36 %", "39 180", "39 040"),
            ("Socialsekreterare", "41", "83 %", "41 350", "41 620"),
            ("Lärare, grundskola", "176", "74 %", "40 120", "40 380"),
        ),
        widths=(150.0, 50.0, 80.0, 70.0, 70.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Lönekartläggning 2025", size=18, font="arial-bold", after=2),
        Title("Analys av löneskillnader mellan kvinnor och män", size=12, font="arial-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner lönekartläggningen för 2025 och ger HR-chefen i uppdrag att genomföra de "
            "föreslagna lönejusteringarna i samband med lönerevisionen 2026."
        ),
        H("Bakgrund och metod", 2),
        P(
            "Enligt diskrimineringslagen ska arbetsgivaren varje år kartlägga och analysera löner och andra "
            "anställningsvillkor. Kartläggningen omfattar samtliga 1 412 månadsavlönade medarbetare per den 1 oktober "
            "2025 och har genomförts tillsammans med de fackliga organisationerna."
        ),
        groups,
        H("Lika arbete", 2),
        P(
            "Inom gruppen undersköterskor i hemtjänsten är kvinnornas medellön 2,1 procent lägre än männens. "
            "Skillnaden beror främst på att fler män har arbetat natt och därmed fått en högre ingångslön vid "
            "anställningen.",
            O("Undersköterska, hemtjänst", note=NOT_BUDGET + " A pay gap with 'beror på'."),
        ),
        H("Likvärdigt arbete", 2),
        P(
            "Löneläget för förskollärare, en kvinnodominerad grupp, ligger cirka 1 800 kronor per månad under gruppen "
            "ingenjörer inom samhällsbyggnad, trots att arbetena har bedömts som likvärdiga. Avvikelsen kan inte helt "
            "förklaras av marknadsfaktorer.",
            O("Förskollärare", note=NOT_BUDGET + " 'Avvikelsen' is a pay gap, not a budget deviation."),
        ),
        H("Åtgärder och kostnader", 2),
        P(
            "Förvaltningen föreslår att lönerna för elva berörda medarbetare justeras vid lönerevisionen 2026. "
            "Kostnaden beräknas till 310 tkr per år inklusive personalomkostnader.",
            O(None, note=NOT_BUDGET + " A proposed pay adjustment and its cost."),
        ),
        P(
            "Kostnaden ryms inom det utrymme som har avsatts för lönerevisionen och påverkar inte nämndernas ramar.",
            O(None, "reserver", note=NOT_BUDGET + " Financing."),
        ),
        H("Uppföljning av föregående års handlingsplan", 2),
        P(
            "Samtliga åtgärder som beslutades 2024 har genomförts. Justeringarna kostade 265 tkr, vilket var 40 tkr "
            "mer än beräknat, eftersom två av medarbetarna samtidigt fick utökade arbetsuppgifter.",
            O(None, note=NOT_BUDGET + " A cost against last year's estimate, not a budget deviation."),
        ),
        H("Lönesummans utveckling", 2),
        P(
            "Den totala lönesumman ökade med 4,2 procent jämfört med 2024, vilket är i nivå med de centrala avtalen.",
            O(None, note=NOT_BUDGET + " Against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hallstahammar-ks-lonekartlaggning-2025.pdf",
        report={
            "municipality": "Hallstahammar",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "lönekartläggning",
        },
        metadata={"title": "Lönekartläggning 2025", "author": "Hallstahammars kommun"},
        style=style,
        blocks=blocks,
    )
