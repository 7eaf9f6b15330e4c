"""Tomelilla kommun, Vård- och omsorgsnämnden, tjänsteskrivelse: ersättning inom hemtjänst enligt LOV 2027.

Not a budget follow-up: a cover letter proposing next year's hourly rate for private home-care providers
under the choice system (LOV), in Arial (Liberation Sans) 10 pt, dated in May 2026. It is full of amounts and
cue words ("högre än", "beror främst på", "ökar nämndens kostnader med omkring 1,3 mnkr", "under
genomsnittet", a risk), but nothing in it is a deviation from a budget: the decision proposal, the own
operation's cost per hour against the previous year with its reasons, the rate's increase, the cost effect,
a comparison with neighbouring kommuner and a risk are all `other`; the background and the payment
terms are unlabelled. No causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Tomelilla kommun", "Tjänsteskrivelse 2026-05-06"),
        footer=lambda n, m: ("Vård- och omsorgsförvaltningen", "Dnr VON 2026/77", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ersättning inom hemtjänst enligt LOV 2027", size=16, font="arial-bold", after=10),
        H("Förslag till beslut", 3),
        P(
            "Vård- och omsorgsnämnden fastställer ersättningen till utförare inom hemtjänst enligt lagen om "
            "valfrihetssystem till 512 kronor per utförd timme från och med den 1 januari 2027.",
            O(None, note="The decision proposal: other."),
        ),
        H("Bakgrund", 3),
        P(
            "Kommunen har sedan 2019 ett valfrihetssystem inom hemtjänsten. Brukarna kan välja mellan kommunens egen "
            "regi och två privata utförare. Ersättningen räknas om varje år utifrån kostnaden i egen regi."
        ),
        H("Ärendet", 3),
        P(
            "Kostnaden per utförd timme i egen regi var 493 kronor under 2025, vilket är 4,2 procent högre än året "
            "innan. Ökningen beror främst på avtalsenliga löneökningar och högre kostnader för leasade bilar.",
            O(
                None,
                "lonekostnader",
                "material_hjalpmedel",
                note="The own operation's cost against the previous year, with 'beror främst på': other.",
            ),
        ),
        P(
            "Förslaget innebär en höjning med 2,8 procent jämfört med 2026 års ersättning på 498 kronor per timme.",
            O(None, note="The rate against this year's rate: other."),
        ),
        P(
            "Ersättningen betalas ut månadsvis i efterskott för den tid som har registrerats i "
            "verksamhetssystemet. För insatser med dubbelbemanning ersätts båda medarbetarnas tid."
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Med nuvarande volym, cirka 96 000 utförda timmar per år hos de privata utförarna, ökar nämndens kostnader "
            "med omkring 1,3 mnkr under 2027. Kostnadsökningen ska rymmas inom den ram som kommunfullmäktige "
            "beslutar om i juni.",
            O(
                None,
                "prisokningar",
                amount="omkring 1,3 mnkr",
                note="The cost effect of a decision, not a deviation from budget: other.",
            ),
        ),
        H("Jämförelse med andra kommuner", 3),
        P(
            "Den föreslagna ersättningen ligger 15 kronor under genomsnittet för kommunerna i sydöstra Skåne.",
            O(None, note="A comparison with other kommuner."),
        ),
        H("Konsekvensanalys", 3),
        P(
            "Om ersättningen inte räknas upp finns en risk att någon av de privata utförarna säger upp avtalet, "
            "vilket skulle innebära att egen regi behöver ta emot fler brukare med kort varsel.",
            O(None, note="A risk."),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2026-05-06. Beräkning av timkostnad i egen regi 2025, bilaga 1."),
    ]
    return ReportSpec(
        file="tomelilla-von-tjansteskrivelse-ersattning-hemtjanst-lov-2027.pdf",
        report={
            "municipality": "Tomelilla",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026"],
            "report_type": "ersättningsbeslut",
        },
        metadata={"title": "Ersättning inom hemtjänst enligt LOV 2027", "author": "Tomelilla kommun"},
        style=style,
        blocks=blocks,
    )
