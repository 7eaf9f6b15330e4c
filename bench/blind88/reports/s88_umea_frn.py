"""Umeå kommun, Fritidsnämnden, verksamhetsberättelse 2025.

A leisure committee's year-end report in tkr and mnkr, footer with the nämnd's meeting date in February:
the result "–2 140 tkr jämfört med budget", the outcome "860 tkr bättre än prognosen i delårsrapporten" (a
forecast change with no cause), a table with en dashes as minus signs; en-dash bullets under a generic heading
("Kommentarer till avvikelserna") that open with the area and a colon in varied shapes ("underskott 3 050
tkr" with a closure for repair, "ett överskott på 1 420 tkr", "640 tkr lägre än budgeterat", a storm that
"gav ett underskott på 1 180 tkr", "i nivå med budget" (boilerplate), "+30 tkr"); investments "Av
investeringsramen på 18,6 mnkr har 11,2 mnkr använts" (7,4 never written out), an action with no amount,
visits against last year with "beror på" and equity (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Umeå kommun", "Fritidsnämnden – Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Behandlad i Fritidsnämnden 2026-02-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Simhallar och bad", "–38 200", "–41 250", "–3 050"),
            ("Idrottsanläggningar", "–64 900", "–63 480", "1 420"),
            ("Föreningsbidrag", "–21 700", "–21 060", "640"),
            ("Friluftsliv och spår", "–9 800", "–10 980", "–1 180"),
            ("Fritidsgårdar", "–27 300", "–27 300", "0"),
            ("Administration", "–8 100", "–8 070", "30"),
            ("Summa", "–170 000", "–172 140", "–2 140"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Fritidsnämnden", size=12.5, font="sans", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Fritidsnämnden redovisar för 2025 ett resultat på –2 140 tkr jämfört med budget.",
            C(None, "–2 140 tkr", "-", note="En dash as the minus sign."),
        ),
        P(
            "Utfallet är 860 tkr bättre än prognosen i delårsrapporten.",
            F(None, "860 tkr", "+", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Simhallar och bad: underskott 3 050 tkr. Intäkterna från entréavgifter blev lägre än budget när "
                "Tvärålundsbadet var stängt i sju veckor för reparation av bassängen, samtidigt som "
                "energikostnaderna ökade.",
                "Idrottsanläggningar: ett överskott på 1 420 tkr, främst på grund av högre intäkter från uthyrning "
                "av ishallen och vakanser bland drifttekniker.",
                "Föreningsbidrag: bidragen till föreningar blev 640 tkr lägre än budgeterat, då färre föreningar "
                "sökte anläggningsbidrag.",
                "Friluftsliv och spår: röjning och reparation av elljusspår efter stormen i januari gav ett "
                "underskott på 1 180 tkr.",
                "Fritidsgårdar: i nivå med budget.",
                "Administration: +30 tkr, tack vare lägre kostnader för licenser.",
            ),
            labels=(
                C(
                    "Simhallar och bad",
                    "3 050 tkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    "prisokningar",
                    note="A closure for repair: ovrigt.",
                ),
                C("Idrottsanläggningar", "1 420 tkr", "+", "avgifter_intakter", "vakanser"),
                C("Föreningsbidrag", "640 tkr", "+", "volymer", note="A grant below budget: positive."),
                C("Friluftsliv och spår", "1 180 tkr", "-", "ovrigt", note="A storm: ovrigt."),
                BP("Fritidsgårdar"),
                C("Administration", "+30 tkr", "+", "it_digitalisering"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 18,6 mnkr har 11,2 mnkr använts. Avvikelsen beror på att upphandlingen av den "
            "nya konstgräsplanen i Holmsund blev försenad.",
            C(
                "Investeringar",
                "Av investeringsramen på 18,6 mnkr har 11,2 mnkr använts",
                "+",
                "periodisering",
                value=7_400_000,
                note="An under-spend of 7,4 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att höja entréavgifterna i simhallarna från den 1 mars 2026.",
            A("Simhallar och bad", None, "avgifter_intakter"),
        ),
        H("Verksamhetsmått och eget kapital", 2),
        P(
            "Antalet besök i simhallarna var 12 procent lägre än 2024, vilket beror på stängningen av "
            "Tvärålundsbadet.",
            O("Simhallar och bad", "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Nämndens ackumulerade resultatfond uppgår efter årets underskott till 1,3 mnkr.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="umea-frn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Fritidsnämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
