"""Nacka kommun, Överförmyndarnämnden, tjänsteskrivelse om riktlinjer för arvodering av ställföreträdare 2026.

Not a budget follow-up: a tjänsteskrivelse proposing new fee guidelines for gode män and förvaltare,
full of amounts (the prisbasbelopp, fees in kronor, last year's cost in "miljoner kronor"), "beror på",
"högre än året innan" and "ryms inom nämndens budget", with a comparison with another överförmyndare's
fees. Seven `other` items and no cause: the fee rule, fee growth since 2024 with "beror på", who pays and
last year's cost, the cost increase against the year before with "Det beror på", the travel allowance, the
other body's fee level with "vilket beror på" (about someone else) and the decision's cost that "ryms inom
nämndens budget" (financing, no deviation reported). The decision proposal, the background, the fee table
and the distribution list are unlabelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("NACKA KOMMUN", f"{n} ({m})"),
        footer=lambda n, m: ("Överförmyndarenheten", "Tjänsteskrivelse 2025-11-12", "Dnr ÖFN 2025/214"),
        header_size=8.0,
    )
    fees = Table(
        caption="Tabell 1. Arvode per år för ett uppdrag som god man, 2026",
        header=(("Uppdragets omfattning", "Procent av prisbasbeloppet", "Kronor per år"),),
        rows=(
            ("Enkelt", "6", "3 552"),
            ("Normalt", "12", "7 104"),
            ("Omfattande", "18", "10 656"),
            ("Mycket omfattande", "25", "14 800"),
        ),
        widths=(170.0, 150.0, 100.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="serif-bold", after=2),
        Title(
            "Riktlinjer för arvodering av gode män och förvaltare från 2026",
            size=12,
            font="serif-italic",
            after=14,
        ),
        H("Förslag till beslut", 2),
        P(
            "Överförmyndarnämnden fastställer riktlinjer för arvodering av ställföreträdare från och med den 1 "
            "januari 2026 enligt bilaga 1. Riktlinjerna från 2023 upphör att gälla samma dag."
        ),
        H("Sammanfattning", 2),
        P(
            "Nämnden beslutar varje år om arvode till gode män, förvaltare och förmyndare. Enheten föreslår att "
            "arvodet även fortsättningsvis beräknas som en andel av prisbasbeloppet, men att nivåerna för de mest "
            "omfattande uppdragen höjs."
        ),
        H("Ärendet", 2),
        P(
            "Arvodet för ett uppdrag som god man beräknas som en procentsats av prisbasbeloppet, som för 2026 är "
            "59 200 kronor. Ett normalt uppdrag ger 12 procent, det vill säga 7 104 kronor per år.",
            O(None, note="The fee rule with amounts: other."),
        ),
        fees,
        Space(6),
        P(
            "Arvodena har ökat med i genomsnitt 6 procent sedan 2024, vilket främst beror på att fler uppdrag avser "
            "personer med omfattande skulder och kontakter med många myndigheter.",
            O(None, "volymer", note="Fee growth against an earlier year with 'beror på': other."),
        ),
        P(
            "Huvudmannen betalar arvodet själv när inkomsten överstiger 2,65 prisbasbelopp. För övriga "
            "huvudmän betalar kommunen, vilket under 2024 kostade 7,4 miljoner kronor.",
            O(None, note="Who pays, and last year's cost: other."),
        ),
        P(
            "Kostnaden blev 0,6 miljoner kronor högre än året innan. Det beror på att antalet huvudmän som saknar "
            "egna medel har ökat.",
            O(None, "volymer", note="A cost increase against the previous year, not the budget: other."),
        ),
        P(
            "Ersättning för resor med egen bil betalas med 25 kronor per mil. Övriga utlägg ersätts mot kvitto, "
            "dock med högst 1 500 kronor per år utan särskild prövning.",
            O(None, note="Allowances in kronor: other."),
        ),
        P(
            "Södertörns överförmyndarnämnd, som enheten har jämfört sig med, har en arvodesnivå som är 4 procent "
            "högre för normala uppdrag, vilket beror på att tidsåtgången där räknas på ett annat sätt.",
            O(None, note="A statement about another body: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "De nya riktlinjerna beräknas öka kommunens kostnader för arvoden med cirka 300 000 kronor per år. "
            "Ökningen ryms inom nämndens budget för 2026.",
            O(None, note="The decision's cost and its financing: other; no deviation is reported."),
        ),
        H("Beslutet skickas till", 2),
        P("Samtliga ställföreträdare i Nacka kommun, Kommunstyrelsen för kännedom."),
        Space(10),
        P("Enhetschef, Överförmyndarenheten"),
    ]
    return ReportSpec(
        file="nacka-ofn-arvodesriktlinjer-2026.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Överförmyndarnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Riktlinjer för arvodering av ställföreträdare 2026", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
