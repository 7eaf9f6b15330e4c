"""Båstads kommun, Kommunstyrelsen, tjänsteskrivelse om avskrivning av fordringar 2025 (no budget follow-up).

A cover letter proposing to write off receivables, set in DejaVu Serif 10 pt with a diarienummer in the
footer: full of amounts in whole kronor, "mer än", "högre än" and "beror på", but no deviation from budget of
its own. The write-off total against the previous year's, a rent receivable, care fees of estates, building
and inspection fees, another nämnd's revenue "0,4 mnkr lägre än budget" (a statement about someone else),
recovered receivables and the cost already reserved in the accounts are all `other`; the decision proposal,
the background, the table per kind of receivable and the guideline sentence are unlabelled. The document has
no cause.

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
        heading_sizes=(15.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Båstads kommun", "Tjänsteskrivelse 2026-01-20"),
        footer=lambda n, m: ("Kommunstyrelsen", "Dnr KS 2026/000087", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Föreslagna avskrivningar per fordringsslag, kronor",
        header=(("Fordringsslag", "Antal", "Belopp"),),
        rows=(
            ("Hamn- och båtplatsavgifter", "14", "168 900"),
            ("Bygglovs- och tillsynsavgifter", "37", "214 800"),
            ("Avgifter inom äldreomsorgen", "9", "98 600"),
            ("Lokalhyror", "3", "442 700"),
            ("Barnomsorgsavgifter", "21", "76 400"),
            ("Övrigt", "18", "144 900"),
            ("Summa", "102", "1 146 300"),
        ),
        widths=(210.0, 60.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avskrivning av fordringar 2025", size=16, font="serif-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen beslutar att skriva av kundfordringar enligt bilaga 1 om sammanlagt 1 146 300 kronor."
        ),
        H("Sammanfattning", 2),
        P(
            "Ekonomiavdelningen föreslår att fordringar om sammanlagt 1 146 300 kronor skrivs av. Det är 312 000 "
            "kronor mer än vid motsvarande beslut för 2024, vilket främst beror på att två restaurangföretag i "
            "Torekov har gått i konkurs under hösten.",
            O(None, note="Write-offs against the previous year's, with 'beror på': other."),
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens riktlinjer för kravhantering ska fordringar som inte bedöms kunna drivas in skrivas av "
            "en gång per år. Fordringar under 500 kronor skrivs av utan inkassoåtgärder."
        ),
        table,
        H("Ärendet", 2),
        P(
            "Hyresfordringarna på 442 700 kronor avser till största delen en restauranglokal i Torekovs hamn. Att "
            "beloppet är så stort beror på att hyresgästen under hela 2025 betalade endast delar av hyran innan "
            "konkursen.",
            O("Lokalhyror", note="A receivable with 'beror på': other."),
        ),
        P(
            "Hamn- och båtplatsavgifterna, 168 900 kronor, avser 14 båtägare som har lämnat sina platser utan att "
            "betala säsongsavgiften, vilket delvis beror på att avgiften höjdes kraftigt inför säsongen 2025.",
            O("Hamn- och båtplatsavgifter", note="A receivable with 'beror på': other."),
        ),
        P(
            "Avgifterna inom äldreomsorgen, 98 600 kronor, avser nio dödsbon som saknar tillgångar.",
            O("Avgifter inom äldreomsorgen"),
        ),
        P(
            "Bygglovs- och tillsynsavgifterna om 214 800 kronor är högre än tidigare år, vilket beror på att flera "
            "fastighetsägare har överklagat avgiftsbesluten och därefter inte betalat.",
            O("Bygglovs- och tillsynsavgifter", note="A receivable higher than in earlier years: other."),
        ),
        P(
            "Bygg- och miljönämnden har i sin årsredovisning redovisat att nämndens intäkter från tillsynsavgifter "
            "blev 0,4 mnkr lägre än budget 2025, vilket delvis beror på fordringar som inte har gått att driva in.",
            O(
                "Bygg- och miljönämnden",
                note="Another nämnd's deviation, reported in a document about something else: a statement about "
                "someone else, other.",
            ),
        ),
        P(
            "Inkassoarbetet har samtidigt gett resultat: 184 000 kronor av tidigare avskrivna fordringar har "
            "återvunnits under 2025, vilket är mer än något tidigare år.",
            O(None, note="Recovered receivables against earlier years: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Avskrivningarna är redan reserverade som befarade kundförluster i bokslutet för 2025 och påverkar inte "
            "resultatet för 2026. Kostnaden belastar respektive nämnd.",
            O(None, note="A financing statement: other."),
        ),
        P("Beslutet följer kommunens riktlinjer för kravhantering."),
        P("Ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="bastad-ks-avskrivning-fordringar-2025.pdf",
        report={
            "municipality": "Båstad",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "avskrivning av fordringar",
        },
        metadata={"title": "Tjänsteskrivelse Avskrivning av fordringar 2025", "author": "Båstads kommun"},
        style=style,
        blocks=blocks,
    )
