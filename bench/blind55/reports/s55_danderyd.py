"""Danderyds kommun, Kommunstyrelsen, tjänsteskrivelse: internhyror för verksamhetslokaler 2027.

A cover letter on next year's internal rents, which is no budget follow-up at all: a decision proposal and a
table of rents per nämnd (unlabelled), and seven `other` items full of amounts and "beror på": the index
uplift "vilket beror på" the price index, the total rent increase in mnkr, a larger increase for school
buildings that "beror på" energy work, a lower rent for another nämnd's swimming hall, another nämnd's energy
costs that "blev 2,8 mnkr högre än nämndens budget 2025" (a statement about someone else), the compensation
that "ryms inom det utrymme" fullmäktige set aside (financing) and the revenue lost if the decision is late
(a risk). The document has no cause. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("DANDERYDS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Kommunledningskontoret 2026-11-12", "Dnr KS 2026/0588", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Internhyra per nämnd, mnkr",
        header=(("Nämnd", "Hyra 2026", "Hyra 2027", "Förändring"),),
        rows=(
            ("Utbildningsnämnden", "118,4", "123,3", "4,9"),
            ("Socialnämnden", "41,9", "43,3", "1,4"),
            ("Kultur- och fritidsnämnden", "33,6", "33,5", "−0,1"),
            ("Kommunstyrelsen", "18,7", "19,7", "1,0"),
            ("Summa", "212,6", "219,8", "7,2"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Internhyror för kommunens verksamhetslokaler 2027", size=16, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att fastställa internhyrorna för 2027 enligt "
            "bilaga 1, och att nämndernas budgetramar justeras i motsvarande mån."
        ),
        H("Bakgrund", 2),
        P(
            "Internhyran ska enligt kommunens hyresmodell täcka kapitalkostnader, drift, underhåll och "
            "administration för kommunens verksamhetslokaler. Hyrorna räknas om varje år inför budgetarbetet."
        ),
        H("Ärendet", 2),
        P(
            "För 2027 föreslås en generell uppräkning av hyrorna med 3,4 procent, vilket beror på att "
            "konsumentprisindex och kostnaderna för fastighetsdrift har ökat under 2026.",
            O(None, "prisokningar", note="An index uplift with 'beror på': no deviation from budget."),
        ),
        P(
            "Den totala internhyran ökar därmed från 212,6 mnkr till 219,8 mnkr, en ökning med 7,2 mnkr.",
            O(None, note="A change in a level, not a deviation."),
        ),
        P(
            "För skolfastigheterna blir ökningen större än genomsnittet, 4,1 procent, vilket beror på de "
            "energieffektiviseringar som genomfördes under 2026 och som nu ska skrivas av.",
            O("Utbildningsnämnden", note="A larger increase with 'beror på': other."),
        ),
        P(
            "Kultur- och fritidsnämnden får en lägre hyra än 2026 för simhallen, eftersom en del av byggnaden har "
            "hyrts ut till en extern gymkedja.",
            O("Kultur- och fritidsnämnden", note="About another nämnd's rent."),
        ),
        P(
            "Fastighetsnämndens kostnader för el och värme blev 2,8 mnkr högre än nämndens budget 2025, vilket har "
            "beaktats när driftskostnaderna i den nya modellen beräknades.",
            O(
                "Fastighetsnämnden",
                note="Another nämnd's earlier deviation, used as a basis for the rents: a statement about "
                "someone else.",
            ),
        ),
        table,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nämndernas budgetramar för 2027 kompenseras fullt ut för hyreshöjningen, vilket ryms inom det "
            "utrymme som kommunfullmäktige har avsatt i budgeten.",
            O(None, "reserver", note="A financing statement: other."),
        ),
        P(
            "Om beslutet inte fattas före den 1 december gäller 2026 års hyror, vilket innebär ett intäktsbortfall "
            "för fastighetsnämnden på ungefär 600 tkr per månad.",
            O("Fastighetsnämnden", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-ks-tjansteskrivelse-internhyror-2027.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026", "2027"],
            "report_type": "internhyra",
        },
        metadata={"title": "Internhyror för kommunens verksamhetslokaler 2027", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
