"""Sundbybergs stad, Kommunstyrelsen, tjänsteskrivelse: redovisning av lönekartläggning 2025.

A document that is no budget follow-up at all: the city's yearly pay survey under diskrimineringslagen, full
of amounts in kronor, percentages, "beror på", "mer än" and a cost that "ryms inom" the pay revision. The
decision proposal, the legal background and the table of pay per group are unlabelled; the pay gap between
women and men, its explanation with "beror på", the unjustified differences found, the cost of correcting them
and its financing, the change against 2024 with "beror på", a group paid "mer än" in comparable kommuner and
the consultant's cost that "ryms inom" HR's budget are all `other`. The document has no cause. DejaVu Serif
Condensed 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NONE = "No budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Sundbybergs stad  Stadsledningskontoret", "Tjänsteskrivelse 2026-02-03"),
        footer=lambda n, m: ("Dnr KS-0088/2026", "Kommunstyrelsen", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Genomsnittlig månadslön per yrkesgrupp, kronor, oktober 2025",
        header=(("Yrkesgrupp", "Kvinnor", "Män", "Kvinnors lön i % av mäns"),),
        rows=(
            ("Undersköterskor", "31 420", "31 180", "100,8"),
            ("Förskollärare", "37 650", "37 900", "99,3"),
            ("Grundskollärare", "42 300", "42 880", "98,6"),
            ("Socialsekreterare", "41 900", "42 450", "98,7"),
            ("Ingenjörer, teknik och IT", "45 200", "48 100", "94,0"),
            ("Chefer", "61 400", "63 250", "97,1"),
        ),
        widths=(170.0, 70.0, 70.0, 130.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Redovisning av lönekartläggning 2025", size=17, font="sans-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner redovisningen av lönekartläggningen 2025 och uppdrar åt stadsdirektören att "
            "genomföra de lönejusteringar som redovisas i ärendet i samband med lönerevisionen 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt diskrimineringslagen ska arbetsgivaren varje år kartlägga och analysera löner och andra "
            "anställningsvillkor för att upptäcka, åtgärda och förhindra osakliga skillnader mellan kvinnor och män. "
            "Kartläggningen har genomförts tillsammans med de fackliga organisationerna."
        ),
        H("Resultat", 2),
        P(
            "Kartläggningen omfattar 3 412 medarbetare. Kvinnornas genomsnittliga månadslön är 36 840 kronor och "
            "männens 37 910 kronor, en skillnad på 1 070 kronor eller 2,8 procent.",
            O(None, note=NONE + " A pay gap is no budget deviation."),
        ),
        P(
            "Skillnaden beror främst på att män i högre grad arbetar i yrken med högre lönenivåer, till exempel inom "
            "teknik och IT, medan kvinnor är i majoritet inom vård, omsorg och förskola.",
            O(None, note=NONE + " 'Beror på' about the pay gap."),
        ),
        table,
        P(
            "Inom grupperna med lika arbete har 14 osakliga löneskillnader identifierats, varav 11 avser kvinnor. "
            "Skillnaderna uppgår till mellan 400 och 1 900 kronor per månad.",
            O(None, note=NONE),
        ),
        P(
            "Jämfört med 2024 har den totala löneskillnaden minskat med 0,6 procentenheter, vilket främst beror på "
            "de särskilda lönesatsningarna på undersköterskor och förskollärare.",
            O(None, note=NONE + " A comparison with the previous year."),
        ),
        P(
            "Socialsekreterarna i staden har i genomsnitt 2 300 kronor mer i månadslön än i jämförbara kommuner i "
            "Stockholms län, vilket beror på konkurrensen om erfarna handläggare.",
            O(None, note=NONE + " 'Mer än' about other kommuner, not a budget."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Att rätta till de osakliga löneskillnaderna kostar 486 000 kronor per år inklusive personalomkostnader. "
            "Kostnaden ryms inom det utrymme som är avsatt för lönerevisionen 2026.",
            O(None, "lonekostnader", note=NONE + " A cost and its financing; no deviation reported."),
        ),
        P(
            "Kostnaden för det externa konsultstödet i analysarbetet, 145 000 kronor, ryms inom HR-avdelningens "
            "budget för 2025.",
            O(None, note=NONE + " A financing statement."),
        ),
        H("Beslutsunderlag", 2),
        P("Lönekartläggning 2025, bilaga 1. Handlingsplan för jämställda löner 2026–2028, bilaga 2."),
    ]
    return ReportSpec(
        file="sundbyberg-ks-lonekartlaggning-2025.pdf",
        report={
            "municipality": "Sundbyberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "lönekartläggning",
        },
        metadata={"title": "Redovisning av lönekartläggning 2025", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
