"""Kommunförbundet Skåne, Styrelsen, ekonomisk uppföljning januari–juni 2026.

A joint body's half-year budget follow-up in Liberation Sans (Arial), footer with the styrelse's meeting
date in August: the period's result "2,8 mnkr, vilket är 1,9 mnkr bättre än budget för perioden" and the full
year "ett överskott mot budget på 1,2 mnkr" in two paragraphs, the change since April; a kostnadsslag table
in tkr with explicit "+" and "-" signs; en-dash bullets under a generic heading ("Kommentarer till
avvikelserna") in varied shapes: "beräknas bli 2,1 mnkr lägre än budget" of a cost (positive), a reason-only
revenue shortfall (the row's "-1 400"), "överskrids med 300 tkr", "överskott 600 tkr" after a colon and
"följer budget" (boilerplate), one row with no comment; an action with its effect, equity and next year's
member fee (others). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Kommunförbundet Skåne", ""),
        footer=lambda n, m: ("Styrelsens sammanträde 2026-08-28", "Ärende 6", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "31 800", "31 800", "0"),
            ("Projektintäkter", "9 600", "8 200", "-1 400"),
            ("Personalkostnader", "-29 400", "-27 300", "+2 100"),
            ("Lokalkostnader", "-3 100", "-3 400", "-300"),
            ("Konsulter och köpta tjänster", "-5 200", "-4 600", "+600"),
            ("Övriga kostnader", "-3 700", "-3 500", "+200"),
            ("Resultat", "0", "1 200", "+1 200"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–juni 2026", size=18, font="arial-bold", after=2),
        Title("Kommunförbundet Skåne", size=12.5, font="arial", after=12),
        H("Resultat och prognos", 2),
        P(
            "Förbundets resultat för januari–juni är 2,8 mnkr, vilket är 1,9 mnkr bättre än budget för perioden.",
            C(None, "1,9 mnkr", "+", note="The period: a level, then the deviation."),
        ),
        P(
            "För helåret prognostiseras ett överskott mot budget på 1,2 mnkr.",
            C(None, "1,2 mnkr", "+"),
        ),
        P(
            "Prognosen är 0,4 mnkr bättre än i april, då ytterligare en tjänst har blivit vakant.",
            F(None, "0,4 mnkr", "+", "vakanser"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Personalkostnaderna beräknas bli 2,1 mnkr lägre än budget. Två tjänster inom välfärdsområdet är "
                "vakanta och en medarbetare är tjänstledig utan ersättare.",
                "Projektintäkterna blir lägre än budgeterat, eftersom ett EU-finansierat kompetensprojekt har "
                "förskjutits till 2027.",
                "Lokalkostnaderna överskrids med 300 tkr efter hyreshöjningen för kontoret.",
                "Konsulter och köpta tjänster: överskott 600 tkr, då färre externa utredare har anlitats.",
                "Medlemsavgifterna följer budget.",
            ),
            labels=(
                C("Personalkostnader", "2,1 mnkr", "+", "vakanser", note="A cost under budget: positive."),
                C(
                    "Projektintäkter",
                    "-1 400",
                    "-",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note="A reason-only revenue shortfall: the table row's amount.",
                ),
                C("Lokalkostnader", "300 tkr", "-", "lokaler"),
                C(
                    "Konsulter och köpta tjänster",
                    "600 tkr",
                    "+",
                    "inhyrd_personal",
                    note="Fewer consultants: inhyrd_personal.",
                ),
                BP("Medlemsavgifter"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Kansliet utreder om en del av kontorsytan kan sägas upp från 2027, vilket skulle minska kostnaderna med "
            "cirka 250 tkr per år.",
            A("Lokalkostnader", "cirka 250 tkr", "lokaler"),
        ),
        H("Eget kapital och medlemsavgift", 2),
        P(
            "Förbundets egna kapital uppgick till 14,6 mnkr den 30 juni.",
            O(None, note="Equity."),
        ),
        P(
            "Styrelsen föreslår att medlemsavgiften för 2027 blir oförändrad, 2,25 kronor per invånare.",
            O(None, note="Next year's member fee: a decision proposal."),
        ),
    ]
    return ReportSpec(
        file="kommunforbundet-skane-ekonomisk-uppfoljning-2026-06.pdf",
        report={
            "municipality": "Kommunförbundet Skåne",
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Ekonomisk uppföljning januari–juni 2026", "author": "Kommunförbundet Skåne"},
        style=style,
        blocks=blocks,
    )
