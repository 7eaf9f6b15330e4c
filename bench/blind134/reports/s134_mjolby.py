"""Mjölby kommun, Utbildningsnämnden, tjänsteskrivelse om grundbelopp och interkommunal ersättning 2027.

A decision on the per-child and per-pupil compensation for 2027, which is no budget follow-up at all: full of
amounts, increases, "beror på", "högre än 2024" and "ryms inom den ram": the compensation levels and their
reasons, the premises basis against the previous year, the surcharges set by law, the total cost that "ryms
inom den ram" (a financing statement, no deviation), an independent preschool's request for review (about
someone else) and the shared price list for upper secondary school: seven `other` items and no cause. The
decision proposal, the legal background and the table of amounts are unlabelled. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(74.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Mjölby kommun – Utbildningsförvaltningen", "2026-09-22  Dnr UN 2026/118"),
        footer=lambda n, m: ("Utbildningsnämnden", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Grundbelopp 2027, kronor per barn eller elev och år (exklusive administration och moms)",
        header=(("Verksamhet", "2026", "2027", "Förändring"),),
        rows=(
            ("Förskola", "149 200", "152 300", "3 100"),
            ("Pedagogisk omsorg", "118 600", "121 000", "2 400"),
            ("Förskoleklass", "71 900", "74 300", "2 400"),
            ("Grundskola årskurs 1–6", "104 500", "108 400", "3 900"),
            ("Grundskola årskurs 7–9", "121 700", "125 900", "4 200"),
            ("Fritidshem", "39 800", "41 100", "1 300"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Grundbelopp och interkommunal ersättning 2027", size=16, font="serif-cond-bold", after=4),
        Title("Tjänsteskrivelse till Utbildningsnämnden", size=11.5, font="serif-cond", after=12),
        H("Förslag till beslut", 3),
        P(
            "Utbildningsnämnden fastställer grundbelopp för förskola, pedagogisk omsorg, förskoleklass, grundskola "
            "och fritidshem för 2027 enligt bilaga 1."
        ),
        H("Bakgrund", 3),
        P(
            "Enligt skollagen ska kommunen lämna bidrag till enskilda huvudmän efter samma grunder som kommunen "
            "tillämpar vid fördelning av resurser till den egna verksamheten. Bidraget består av ett grundbelopp "
            "och i vissa fall ett tilläggsbelopp."
        ),
        H("Ärendet", 2),
        table,
        P(
            "Grundbeloppet för grundskolan årskurs 1–6 höjs till 108 400 kronor per elev, en ökning med 3 900 kronor "
            "jämfört med 2026. Höjningen beror på lönerevisionen och ökade lokalkostnader.",
            O(None, "lonekostnader", "lokaler", note="A compensation level against last year: other."),
        ),
        P(
            "För förskolan blir ersättningen 152 300 kronor per barn och år. Ersättningen ligger 2,1 procent över 2026 "
            "års nivå, vilket i huvudsak beror på högre livsmedelspriser.",
            O("Förskola", "prisokningar"),
        ),
        P(
            "Lokalersättningen beräknas utifrån kommunens faktiska lokalkostnader 2025, som blev 4,6 mnkr högre än "
            "2024 på grund av två nya förskolor i Mantorp.",
            O(None, "lokaler", note="Costs against the previous year: other."),
        ),
        P(
            "Till grundbeloppet läggs ett administrationspåslag om 3 procent och momsersättning om 6 procent, enligt "
            "skolförordningen.",
            O(None, note="A decision formula: other."),
        ),
        P(
            "En fristående förskola i Skänninge har begärt omprövning av 2025 års ersättning. Enligt huvudmannen beror "
            "skillnaden på att kostnaderna för barn i behov av särskilt stöd inte räknats med. Förvaltningen bedömer "
            "att ersättningen är korrekt beräknad.",
            O("Förskola", note="About someone else: other."),
        ),
        P(
            "För gymnasieskolan tillämpas den gemensamma prislistan inom Östergötlands samverkansområde, som i "
            "genomsnitt höjs med 3,4 procent till 2027.",
            O("Gymnasieskola", "prisokningar"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nämndens kostnad för ersättningar till fristående huvudmän beräknas till 38,2 mnkr 2027, vilket är 1,7 "
            "mnkr mer än i budgeten för 2026. Kostnaden ryms inom den ram som kommunfullmäktige beslutat för 2027.",
            O(None, note="A financing statement with no deviation reported: other."),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2026-09-22. Bilaga 1, Grundbelopp 2027."),
    ]
    return ReportSpec(
        file="mjolby-un-grundbelopp-2027.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Utbildningsnämnden"],
            "period": ["2027", "2026-09"],
            "report_type": "beslut",
        },
        metadata={"title": "Grundbelopp och interkommunal ersättning 2027", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
