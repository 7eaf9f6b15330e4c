"""Miljönämnden för Habo och Mullsjö kommuner (a joint committee of two kommuner), delårsrapport 2025-08.

An environmental-health joint committee's interim report in tkr and whole kronor, footer with the nämnd's
meeting date in September: the period "286 tkr bättre än periodiserad budget", the full year's "underskott
på 180 tkr mot budget" with its reason in the same sentence; a table with the two kommuner's contributions
and a result row; bold run-in posts ending in a full stop: fee revenue "420 tkr lägre än budgeterat" (negative)
with a timing reason, a reason-only grant from the länsstyrelse (the row's "150"), "ett överskott på 200 000
kronor", liming "140 tkr högre än budget", a small surplus "30 tkr" after its reasons and the contributions that
"följer budget" (boilerplate); the change since April without a cause, an action, the sharing of the deficit
between the kommuner and inspections against last year (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Miljönämnden för Habo och Mullsjö kommuner", "Delårsrapport 2025"),
        footer=lambda n, m: ("Miljönämnden 2025-09-11", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, tkr",
        header=(("Post", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunbidrag Habo", "4 920", "4 920", "0"),
            ("Kommunbidrag Mullsjö", "3 280", "3 280", "0"),
            ("Avgifter och tillsyn", "3 900", "3 480", "-420"),
            ("Bidrag kalkning", "1 100", "1 250", "150"),
            ("Personalkostnader", "-9 850", "-9 650", "200"),
            ("Kalkning och naturvård", "-1 300", "-1 440", "-140"),
            ("Övriga kostnader", "-2 050", "-2 020", "30"),
            ("Resultat", "0", "-180", "-180"),
        ),
        widths=(160.0, 80.0, 80.0, 75.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Miljönämnden för Habo och Mullsjö kommuner", size=12, font="cond", after=12),
        H("Verksamheten", 2),
        P(
            "Nämnden ansvarar för tillsyn enligt miljöbalken och livsmedelslagen i de två kommunerna samt för "
            "kalkning av sjöar och vattendrag. Under våren infördes en ny taxa för livsmedelskontroll med "
            "efterhandsdebitering."
        ),
        H("Ekonomi", 2),
        P(
            "Miljönämndens resultat för januari–augusti är 286 tkr bättre än periodiserad budget.",
            C(None, "286 tkr", "+"),
        ),
        P(
            "För helåret beräknas ett underskott på 180 tkr mot budget, vilket främst beror på lägre intäkter från "
            "livsmedelskontrollen.",
            C(None, "180 tkr", "-", "avgifter_intakter"),
        ),
        table,
        LP(
            "Avgifter och tillsyn.",
            "Intäkterna från livsmedelskontroll och miljötillsyn blir 420 tkr lägre än budgeterat, eftersom den "
            "nya taxan ger intäkter först när kontrollen är utförd och flera kontroller har skjutits till hösten.",
            C("Avgifter och tillsyn", "420 tkr", "-", "avgifter_intakter", "periodisering"),
        ),
        LP(
            "Bidrag kalkning.",
            "Länsstyrelsen har beviljat ett högre bidrag till kalkningen än nämnden räknat med.",
            C(
                "Bidrag kalkning",
                "150",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. A grant via the länsstyrelse is statsbidrag.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "En miljöinspektör har varit tjänstledig utan att tjänsten ersatts, vilket ger ett överskott på 200 000 "
            "kronor.",
            C("Personalkostnader", "200 000 kronor", "+", "vakanser"),
        ),
        LP(
            "Kalkning och naturvård.",
            "Kostnaderna för kalkning blir 140 tkr högre än budget på grund av högre priser på kalk och på "
            "helikoptertransporter.",
            C("Kalkning och naturvård", "140 tkr", "-", "prisokningar"),
        ),
        LP(
            "Övriga kostnader.",
            "Lägre kostnader för resor och utbildning ger ett litet överskott, 30 tkr.",
            C("Övriga kostnader", "30 tkr", "+", "ovrigt", note="Travel and training: ovrigt."),
        ),
        LP(
            "Kommunbidrag.",
            "Kommunbidragen från Habo och Mullsjö kommuner följer budget.",
            BP("Kommunbidrag"),
        ),
        P(
            "Prognosen är 90 tkr sämre än vid tertialuppföljningen i april.",
            F(None, "90 tkr", "-", note="A change with no cause: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att resterande kontroller av livsmedelsanläggningar ska utföras före årsskiftet, "
            "så att avgifterna faktureras under 2025.",
            A("Avgifter och tillsyn", None, "periodisering"),
        ),
        H("Fördelning mellan kommunerna", 2),
        P(
            "Enligt samverkansavtalet bär Habo kommun 60 procent och Mullsjö kommun 40 procent av nämndens "
            "nettokostnad, och ett underskott regleras mot kommunbidragen efter årets slut.",
            O(None, note="A financing statement: other."),
        ),
        H("Tillsyn i siffror", 2),
        P(
            "Antalet tillsynsbesök under perioden var 412, vilket är 38 fler än samma period 2024. Ökningen beror "
            "på att två nya inspektörer är fullt inskolade.",
            O(None, "volymer", note="Inspections against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="miljonamnden-habo-mullsjo-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Miljönämnden för Habo och Mullsjö kommuner",
                "Miljönämnden i Habo och Mullsjö",
                "Habo och Mullsjö kommuner",
            ],
            "committee": ["Miljönämnden", "Miljönämnden för Habo och Mullsjö kommuner"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Miljönämnden för Habo och Mullsjö kommuner",
            "author": "Miljönämnden för Habo och Mullsjö kommuner",
        },
        style=style,
        blocks=blocks,
    )
