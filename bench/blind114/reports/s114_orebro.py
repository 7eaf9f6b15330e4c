"""Örebro kommun, Vård- och omsorgsnämnden, tjänsteskrivelse om avgifter inom vård och omsorg 2026.

Not a budget follow-up: a decision on next year's fees in DejaVu Serif, dated in October, full of amounts
and "beror på": the ceiling raised "från 2 575 kronor till 2 611 kronor per månad" because of the price base
amount, the meal charge's rise "beror på högre livsmedelspriser", the reserved amount, the extra fee revenue
"1,9 mnkr mer … än 2025" that is "redan inräknad i nämndens budget" (a financing statement), the share who
pay nothing ("beror på"), a safety alarm whose cost is "170 kronor mer än avgiften" (not a budget
deviation) and a comparison with the county's kommuner: seven `other` items and no cause. The decision
proposal, the legal background and the fee table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(76.0, 84.0, 76.0, 78.0),
        header=lambda n, m: ("Örebro kommun", "Tjänsteskrivelse 2025-10-14"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden", "Ärendenummer VON 2025/1142", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    fees = Table(
        caption="Avgifter per månad, kronor",
        header=(("Avgift", "2025", "2026"),),
        rows=(
            ("Högkostnadsskydd (maxtaxa)", "2 575", "2 611"),
            ("Matkostnad, särskilt boende", "4 200", "4 350"),
            ("Matdistribution, per portion", "62", "65"),
            ("Trygghetslarm", "250", "250"),
            ("Korttidsvistelse, kost per dygn", "140", "145"),
        ),
        widths=(200.0, 70.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avgifter inom vård och omsorg 2026", size=17, font="serif-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=11.5, font="serif", after=12),
        H("Förslag till beslut", 2),
        P(
            "Vård- och omsorgsnämnden föreslår kommunfullmäktige att fastställa avgifterna inom vård och omsorg för "
            "2026 enligt bilaga 1."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt socialtjänstlagen får kommunen ta ut skäliga avgifter för hemtjänst, särskilt boende och annan "
            "service. Avgifterna får inte överstiga kommunens självkostnader, och den enskilde ska ha kvar ett "
            "förbehållsbelopp för sina levnadskostnader."
        ),
        H("Ärendet", 2),
        P(
            "Högkostnadsskyddet höjs från 2 575 kronor till 2 611 kronor per månad, vilket beror på att prisbasbeloppet "
            "för 2026 är högre än för 2025.",
            O(None, "avgifter_intakter", note="A fee change with 'beror på': no budget deviation."),
        ),
        P(
            "Matkostnaden på särskilt boende höjs med 150 kronor per månad till 4 350 kronor. Höjningen beror på högre "
            "livsmedelspriser och på det nya avtalet med kommunens kostenhet.",
            O(None, "prisokningar", note="A price change, not a deviation."),
        ),
        P(
            "Minimibeloppet för en ensamstående person blir 7 012 kronor per månad och för makar och sambor 5 925 "
            "kronor per person. Beloppen följer den nivå som regeringen anger.",
            O(None, note="Supporting figures."),
        ),
        fees,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förvaltningen beräknar att de höjda avgifterna ger 1,9 mnkr mer i intäkter 2026 än 2025. Intäktsökningen "
            "är redan inräknad i nämndens budget för 2026.",
            O(
                None,
                "avgifter_intakter",
                note="A comparison with the previous year and a financing statement.",
            ),
        ),
        P(
            "Cirka 38 procent av brukarna i hemtjänsten betalar ingen avgift alls, vilket beror på att deras "
            "avgiftsutrymme är noll.",
            O(None, note="Context with 'beror på'."),
        ),
        P(
            "Avgiften för trygghetslarm är oförändrad, 250 kronor per månad. Kostnaden för ett larm är cirka 420 kronor "
            "per månad, det vill säga 170 kronor mer än avgiften, och mellanskillnaden finansieras inom nämndens ram.",
            O("Trygghetslarm", note="Cost against the fee, not against the budget: other."),
        ),
        P(
            "Avgiften för matdistribution blir 65 kronor per portion, vilket är 5 kronor lägre än genomsnittet bland "
            "kommunerna i Örebro län.",
            O(None, note="A comparison with other kommuner."),
        ),
        H("Samverkan", 2),
        P("Ärendet har behandlats i förvaltningens samverkansgrupp den 7 oktober 2025."),
    ]
    return ReportSpec(
        file="orebro-von-avgifter-vard-och-omsorg-2026.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026", "2025-10"],
            "report_type": "avgiftsbeslut",
        },
        metadata={"title": "Avgifter inom vård och omsorg 2026", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
