"""Kalmar kommun, Omsorgsnämnden, ersättning till utförare inom hemtjänst enligt LOV 2027 (a decision).

A tjänsteskrivelse that sets next year's hourly compensation to private home-care providers: no budget
follow-up at all, but full of amounts, "beror på", "mer 2027 än 2026", "ryms inom den ram" and a cost
comparison with the kommun's own home care. Seven `other` items: the increase against 2026 with its reason,
the longer travel times behind the rural supplement, last year's hours and cost (a supporting figure), the
extra cost and its financing, a provider's claim about its own costs (about someone else), the comparison
with the kommun's own cost per hour, and the VAT compensation outside the amounts. The decision proposal,
the background and the compensation table are unlabelled. The document has no cause. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Kalmar kommun", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-10-06", "Dnr ON 2026/0318", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Timersättning per utförd timme, kronor",
        header=(("", "2026", "2027", "Förändring"),),
        rows=(
            ("Tätort", "493", "512", "19"),
            ("Glesbygd", "524", "548", "24"),
        ),
        widths=(150.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ersättning till utförare inom hemtjänst enligt LOV 2027", size=16, font="sans-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden fastställer timersättningen till externa utförare av hemtjänst för 2027 till 512 kronor "
            "per utförd timme i tätort och 548 kronor per utförd timme i glesbygd."
        ),
        H("Bakgrund", 2),
        P(
            "Kalmar kommun tillämpar lagen om valfrihetssystem inom hemtjänsten. Ersättningen till de externa "
            "utförarna räknas om varje år utifrån kostnaderna i kommunens egen hemtjänst och beslutas av "
            "omsorgsnämnden före den 1 november."
        ),
        H("Beräkning av ersättningen", 2),
        P(
            "Ersättningen för 2027 är 19 kronor högre per timme än 2026 i tätort, vilket beror på löneavtalet för "
            "undersköterskor och höjda PO-pålägg.",
            O(None, "lonekostnader", note="Next year's rate against this year's: other."),
        ),
        P(
            "Glesbygdstillägget ökar mer än tätortsersättningen. Det beror på att restiderna i kommunens norra delar "
            "har blivit längre när antalet brukare per område har minskat.",
            O(None, "volymer", note="A reason for a rate, not a budget deviation."),
        ),
        table,
        P(
            "De externa utförarna utförde 96 400 timmar under 2025, vilket motsvarar en kostnad för nämnden på 46,8 "
            "miljoner kronor.",
            O(None, note="A supporting figure."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Med oförändrad volym beräknas höjningen kosta nämnden cirka 1,9 miljoner kronor mer 2027 än 2026. "
            "Kostnadsökningen ryms inom den ram som kommunfullmäktige har beslutat för 2027.",
            O(None, note="The decision's cost and its financing: no deviation from budget is reported."),
        ),
        P(
            "En av utförarna har påpekat att ersättningen för 2026 låg under företagets faktiska kostnad. Skillnaden "
            "beror enligt utföraren på högre sjukfrånvaro än i kommunens egen regi.",
            O(None, "sjukfranvaro", note="A statement about someone else's costs."),
        ),
        P(
            "I jämförelse med kommunens egen hemtjänst, där kostnaden per utförd timme var 538 kronor 2025, är "
            "ersättningen till externa utförare 26 kronor lägre.",
            O(None, note="A cost comparison, not a deviation."),
        ),
        P(
            "Momskompensationen på sex procent betalas ut utöver timersättningen och ingår inte i beloppen ovan.",
            O(None, note="Context about the amounts."),
        ),
        H("Samverkan", 2),
        P("Ärendet har behandlats i förvaltningens samverkansgrupp den 29 september 2026."),
    ]
    return ReportSpec(
        file="kalmar-on-ersattning-hemtjanst-lov-2027.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Omsorgsnämnden"],
            "period": ["2027", "2026-10"],
            "report_type": "ersättningsbeslut",
        },
        metadata={
            "title": "Ersättning till utförare inom hemtjänst enligt LOV 2027",
            "author": "Kalmar kommun",
        },
        style=style,
        blocks=blocks,
    )
