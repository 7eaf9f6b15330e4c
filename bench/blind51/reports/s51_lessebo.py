"""Lessebo kommun, Kommunstyrelsen, månadsrapport februari 2026.

A short whole-kommun month report early in the year, its table of nämnder pasted as an image (every amount in
the prose), dated in March: the full year "3,2 mkr, vilket är 5,3 mkr sämre än budget" (a level before the
deviation), then en-dash bullets under a generic heading ("Nämndernas prognoser") in varied shapes: a colon and
an en-dash amount ("Socialnämnden: –4,0 mkr."), last month's figure in brackets ("–1,8 mkr (–1,2 i
januari)"), "drygt en miljon kronor" in words, "håller sin budget" (boilerplate), tax revenue "0,5 mkr lägre
än budgeterat"; investments "41 mkr, bedöms förbrukas till cirka 34 mkr" (7 never written out), an action and
an uncertainty (other). Liberation Sans (Arial) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

NB = "En-dash bullet under a generic heading."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Lessebo kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport februari 2026", "Kommunstyrelsen 2026-03-17", f"{n}"),
        header_size=8.0,
    )
    image = Table(
        caption="Helårsprognos per nämnd, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Jan"),),
        rows=(
            ("Kommunstyrelsen", "96,4", "95,4", "1,0", "0,6"),
            ("Barn- och utbildningsnämnden", "248,0", "249,8", "-1,8", "-1,2"),
            ("Socialnämnden", "231,5", "235,5", "-4,0", "-3,8"),
            ("Miljö- och byggnadsnämnden", "7,2", "7,2", "0,0", "0,0"),
            ("Finansförvaltningen", "", "", "-0,5", "0,0"),
            ("Summa", "", "", "-5,3", "-4,4"),
        ),
        widths=(170.0, 64.0, 64.0, 64.0, 50.0),
        bold_rows=frozenset({5}),
        grid=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=3),
        Title("Kommunstyrelsen", size=12, font="arial", after=12),
        H("Resultatprognos", 2),
        P(
            "Kommunens samlade prognos för 2026 är ett resultat på 3,2 mkr, vilket är 5,3 mkr sämre än budget.",
            C(None, "5,3 mkr", "-", note="The full year after the level."),
        ),
        image,
        H("Nämndernas prognoser", 3),
        Bullets(
            items=(
                "Socialnämnden: –4,0 mkr. Kostnaderna för köpt vård inom LSS och för placeringar av barn och unga "
                "ligger kvar på en hög nivå.",
                "Barn- och utbildningsnämnden redovisar en avvikelse om –1,8 mkr (–1,2 i januari), som förklaras "
                "av att fler barn än beräknat har skrivits in i förskolan.",
                "Kommunstyrelsen räknar med ett överskott på drygt en miljon kronor, främst på grund av vakanta "
                "tjänster inom kommunledningsförvaltningen.",
                "Miljö- och byggnadsnämnden håller sin budget.",
                "Skatteintäkterna beräknas bli 0,5 mkr lägre än budgeterat enligt den senaste "
                "skatteunderlagsprognosen.",
            ),
            labels=(
                C("Socialnämnden", "–4,0 mkr", "-", "kopt_verksamhet", note=NB),
                C(
                    "Barn- och utbildningsnämnden",
                    "–1,8 mkr",
                    "-",
                    "volymer",
                    note=NB + " The bracket is January's figure, not the amount.",
                ),
                C(
                    "Kommunstyrelsen",
                    "drygt en miljon kronor",
                    "+",
                    "vakanser",
                    value=1_000_000,
                    note=NB + " Amount in words: the stated figure.",
                ),
                BP("Miljö- och byggnadsnämnden"),
                C("Skatteintäkter", "0,5 mkr", "-", note=NB + " Finance item: no tag."),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Årets investeringsbudget, 41 mkr, bedöms förbrukas till cirka 34 mkr.",
            C(
                "Investeringar",
                "41 mkr, bedöms förbrukas till cirka 34 mkr",
                "+",
                value=7_000_000,
                note="Investment under-spending of 7 mkr, never written out, no reason: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat att alla nyrekryteringar av administrativa tjänster ska prövas av "
            "kommundirektören under resten av året.",
            A(None, None, "bemanning"),
        ),
        P(
            "Det är tidigt på året och prognosen är osäker, särskilt när det gäller socialnämndens placeringar.",
            O(None, note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="lessebo-ks-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Lessebo",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026", "author": "Lessebo kommun"},
        style=style,
        blocks=blocks,
    )
