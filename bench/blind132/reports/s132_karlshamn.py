"""Karlshamns kommun, Kommunstyrelsen, tjänsteskrivelse: taxa för upplåtelse av offentlig plats från 2026.

A decision on a new fee schedule, which is no budget follow-up at all, set in Liberation Serif with the letter
date in October: full of amounts in kronor, "beror på", "mer än", "lägre än" and "ryms inom", but none of it
a deviation from a budget. The reason for the rise ("vilket beror på att taxan ska täcka"), last year's
revenue against the year before with "beror främst på", the expected extra revenue that "har inte räknats in
i budgeten", a comparison with other kommuner with "beror på", the new fees against today's, the cost of
administration with a "varav", the näringsliv council's view and the cost of a transition (about someone
else), and the financing "ryms inom gatuverksamhetens ram" are all `other`: eight items and no cause. The
decision proposal, the legal background and the fee table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_FOLLOW_UP = "A fee decision, no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("KARLSHAMNS KOMMUN  Kommunledningsförvaltningen", "Tjänsteskrivelse 2025-10-14"),
        footer=lambda n, m: ("Dnr 2025/2211", "", f"{n} ({m})"),
        header_size=8.0,
    )
    fees = Table(
        caption="Tabell 1. Föreslagna avgifter, kronor",
        header=(("Upplåtelse", "Nuvarande", "Förslag", "Enhet"),),
        rows=(
            ("Uteservering", "95", "120", "kvm och säsong"),
            ("Torghandel, fast plats", "4 200", "4 800", "år"),
            ("Torghandel, tillfällig plats", "120", "150", "dag"),
            ("Byggetablering", "18", "22", "kvm och vecka"),
            ("Reklamskylt på trottoar", "600", "750", "år"),
        ),
        widths=(190.0, 80.0, 80.0, 100.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Taxa för upplåtelse av offentlig plats från 2026", size=16, font="times-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att anta taxa för upplåtelse av offentlig plats enligt "
            "bilaga 1, att gälla från den 1 januari 2026."
        ),
        H("Sammanfattning", 2),
        P(
            "Nuvarande taxa antogs 2019 och har sedan dess inte räknats upp. Förslaget innebär att avgiften för "
            "uteserveringar höjs från 95 kronor till 120 kronor per kvadratmeter och säsong, vilket beror på att "
            "taxan ska täcka kommunens kostnader för handläggning och tillsyn.",
            O(None, note="The reason for a fee rise, not a deviation. " + NOT_FOLLOW_UP),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt ordningslagen och lagen om avgifter för upplåtelse av offentlig plats får kommunen ta ut "
            "avgifter för användning av allmän platsmark. Polismyndigheten beslutar om tillstånd efter att "
            "kommunen har yttrat sig."
        ),
        P(
            "Intäkterna från upplåtelser uppgick 2024 till 1 430 000 kronor, vilket är 210 000 kronor mer än "
            "2023. Ökningen beror främst på att fler uteserveringar har fått tillstånd i stadskärnan.",
            O(None, "avgifter_intakter", note="Revenue against the previous year: other."),
        ),
        P(
            "En jämförelse med tio kommuner i Blekinge och Skåne visar att Karlshamns avgifter i dag är lägre än "
            "i åtta av dem. Skillnaden beror på att flera kommuner har indexreglerat sina taxor årligen.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        fees,
        P(
            "Avgiften för torghandel med fast plats föreslås bli 4 800 kronor per år, 600 kronor mer än i dag. "
            "Den tillfälliga torgplatsen kostar 150 kronor per dag.",
            O(None, note="New fees against today's: supporting figures."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Med den nya taxan beräknas intäkterna öka med cirka 350 000 kronor per år. Intäkterna tillfaller "
            "gatuverksamheten och har inte räknats in i budgeten för 2026.",
            O(
                None,
                "avgifter_intakter",
                note="Expected extra revenue of a decision, not a deviation: other.",
            ),
        ),
        P(
            "Kostnaden för administration av upplåtelserna beräknas till 1,1 mnkr per år, varav polisens "
            "handläggning av tillstånd enligt ordningslagen inte ingår.",
            O(None, note="A cost level: other."),
        ),
        P(
            "Förslaget ryms inom gatuverksamhetens ram och medför inga ökade kostnader för kommunen.",
            O(None, note="A financing statement: other, not an 'i balans' cause."),
        ),
        H("Samråd", 2),
        P(
            "Karlshamns näringslivsråd har i sitt yttrande framfört att höjningen blir större än vad handlarna "
            "hade räknat med och föreslår en övergång under två år. Förvaltningen bedömer att en övergångsperiod "
            "skulle minska intäkterna med 175 000 kronor 2026.",
            O(None, note="Someone else's view and the cost of an alternative: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Förslag till taxa, bilaga 1. Yttrande från näringslivsrådet, bilaga 2."),
        P("Anna Lindqvist, kommundirektör    Per Holm, gatuchef", size=10.0),
    ]
    return ReportSpec(
        file="karlshamn-ks-taxa-offentlig-plats-2026.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2025-10"],
            "report_type": "taxebeslut",
        },
        metadata={"title": "Taxa för upplåtelse av offentlig plats från 2026", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
