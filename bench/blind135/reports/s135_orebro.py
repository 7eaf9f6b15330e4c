"""Örebro kommun, Överförmyndarnämnden, delårsrapport januari–augusti 2025.

A small committee's interim report with the nämnd's meeting date in September in the footer: the period's
"överskott på 612 tkr mot periodens budget" and the full year's "underskott på 480 tkr" in two sentences (two
causes), the period surplus's timing reason apart (amount null); a table in tkr with en-dash deficits; fees to
gode män and förvaltare "beräknas överstiga budget med 820 tkr" with more cases and higher fee levels, staff
costs "350 tkr lägre än budget" from a vacancy, "följer i stort budget" (boilerplate); the change since April
with its reason, an action without an amount and a goal against last year (other). Liberation Sans (Arial
metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Örebro kommun", "Överförmyndarnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Nämndens sammanträde 2025-09-17", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Arvoden ställföreträdare", "9 800", "10 620", "–820"),
            ("Personalkostnader kansli", "7 450", "7 100", "350"),
            ("Lokaler och IT", "1 320", "1 310", "10"),
            ("Nämnd", "410", "430", "–20"),
            ("Summa", "18 980", "19 460", "–480"),
        ),
        widths=(170.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="arial-bold", after=2),
        Title("Överförmyndarnämnden", size=12, font="arial", after=14),
        H("Ekonomi", 2),
        PS(
            (
                "Överförmyndarnämnden visar efter augusti ett överskott på 612 tkr mot periodens budget.",
                C(None, "612 tkr", "+", note="The period in a sentence of its own."),
            ),
            (
                "För helåret beräknas ett underskott på 480 tkr.",
                C(None, "480 tkr", "-", note="The full year in the next sentence."),
            ),
        ),
        P(
            "Periodens överskott beror på att arvodena till ställföreträdare betalas ut i efterskott, när "
            "årsräkningarna har granskats.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        P(
            "Arvodena till gode män, förvaltare och särskilt förordnade vårdnadshavare beräknas överstiga budget med "
            "820 tkr. Antalet ställföreträdarskap har ökat med 64 sedan årsskiftet, främst för personer med "
            "demenssjukdom, och arvodesnivåerna höjdes från årsskiftet.",
            C("Arvoden ställföreträdare", "820 tkr", "-", "volymer", "prisokningar"),
        ),
        P(
            "Kansliets personalkostnader blir 350 tkr lägre än budget eftersom en handläggartjänst har stått vakant "
            "under fem månader.",
            C("Personalkostnader kansli", "350 tkr", "+", "vakanser"),
        ),
        P(
            "Lokaler och IT samt nämndens egna kostnader följer i stort budget.",
            BP("Lokaler och IT", note="'följer i stort budget' for two small rows: boilerplate."),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 260 tkr sedan april, då fler ärenden än väntat har överlämnats från andra "
            "kommuner.",
            F(None, "260 tkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att se över rutinerna för arvodesgranskning och att erbjuda digital redovisning "
            "till alla ställföreträdare, vilket på sikt bedöms minska handläggningstiden.",
            A(None, None, "it_digitalisering"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Granskningen av årsräkningar för 2024 var klar den 31 augusti för 96 procent av ärendena, jämfört med "
            "91 procent föregående år.",
            O(None, note="A goal against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-ofn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Överförmyndarnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Överförmyndarnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
