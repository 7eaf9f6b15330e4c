"""Götene kommun, Kommunstyrelsen (to Kommunfullmäktige), tjänsteskrivelse: internränta,
personalomkostnadspålägg och borgensavgift 2027.

A document that is no budget follow-up at all: the proposal to set next year's internal interest rate, the
personnel overhead rate and the guarantee fee, full of amounts, percentages and "beror på", with words that
sound like a follow-up ("kapitaltjänstkostnaderna minskar med sammanlagt 1,9 mnkr", "ingen nämnd får en
budgetavvikelse", "ökar kostnaderna … med cirka 2,6 mnkr", "0,4 mnkr mer än 2026", "Beslutet ryms inom den
budget", "ligger 0,2 procentenheter över genomsnittet"). Seven `other` items and no cause; the decision
proposal and the background are unlabelled. Liberation Sans (Arial metrics) 10 pt.

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
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Götene kommun", "Tjänsteskrivelse 2026-09-02"),
        footer=lambda n, m: (
            "Kommunstyrelsens förvaltning, ekonomienheten",
            "Dnr KS 2026/00318",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title(
            "Internränta, personalomkostnadspålägg och borgensavgift 2027",
            size=15,
            font="arial-bold",
            after=12,
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att fastställa internräntan för 2027 till 2,5 procent, "
            "personalomkostnadspålägget till 40,15 procent och borgensavgiften till 0,4 procent."
        ),
        H("Sammanfattning", 2),
        P(
            "Internräntan föreslås sänkas från 2,75 till 2,5 procent, vilket följer Sveriges Kommuner och Regioners "
            "rekommendation. Sänkningen beror på att det genomsnittliga ränteläget har fallit under 2025.",
            O(None, note="Next year's internal rate, with 'beror på': no deviation, other."),
        ),
        P(
            "För nämnderna innebär den lägre internräntan att kapitaltjänstkostnaderna minskar med sammanlagt 1,9 mnkr "
            "jämfört med 2026. Minskningen kompenseras genom en motsvarande justering av nämndernas ramar, så att ingen "
            "nämnd får en budgetavvikelse till följd av beslutet.",
            O(None, note="An effect against this year and a frame adjustment: other."),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens riktlinjer för ekonomistyrning ska internräntan följa SKR:s rekommendation, och "
            "personalomkostnadspålägget ska täcka arbetsgivaravgifter, avtalsförsäkringar och pensioner."
        ),
        H("Personalomkostnadspålägg", 2),
        P(
            "Personalomkostnadspålägget höjs med 0,35 procentenheter. Höjningen beror främst på högre avgifter till "
            "avtalspensionen enligt det nya pensionsavtalet, vilket ökar kostnaderna för kommunens verksamheter med "
            "cirka 2,6 mnkr år 2027.",
            O(None, "lonekostnader", note="A rate change and next year's cost: other."),
        ),
        P(
            "Vid en jämförelse med övriga kommuner i Skaraborg ligger pålägget i Götene 0,2 procentenheter över "
            "genomsnittet, vilket beror på en högre andel förmånsbestämd pension.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        H("Borgensavgift", 2),
        P(
            "Borgensavgiften för de kommunala bolagens lån föreslås höjas från 0,35 till 0,4 procent. Med nuvarande "
            "borgensram på 820 mnkr ger det kommunen intäkter på cirka 3,3 mnkr per år, vilket är 0,4 mnkr mer än "
            "2026.",
            O(None, note="Next year's fee income against this year: other."),
        ),
        P(
            "Höjningen beror på att riskpremien för bolagens lån har ökat på marknaden och att avgiften enligt "
            "statsstödsreglerna ska motsvara en marknadsmässig nivå.",
            O(None, note="The reason for a fee change: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet ryms inom den budget för 2027 som kommunfullmäktige beslutar om i november. Nämndernas ramar "
            "justeras med netto +0,7 mnkr för de tre förändringarna tillsammans.",
            O(None, note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="gotene-ks-tjansteskrivelse-internranta-2027.pdf",
        report={
            "municipality": "Götene",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2027"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Internränta, personalomkostnadspålägg och borgensavgift 2027",
            "author": "Götene kommun",
        },
        style=style,
        blocks=blocks,
    )
