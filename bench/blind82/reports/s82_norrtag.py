"""Norrtåg AB (owned jointly by the four northern regions), Styrelsen, tertialrapport januari–april 2026.

A jointly owned regional train company's tertial report in mnkr with U+2212 signs, footer with the board's
meeting date in May: the period "2,3 mnkr sämre än budget för perioden" after the period's result, the full
year "ett resultat på −4,0 mnkr mot budgeterade 0,0 mnkr" (the result is the amount), the change since March
without a cause, a table per post; paragraphs that name the post in varied ways: ticket revenue "blir 3,5
mnkr lägre än budgeterat" with its causes in the next sentence, the operator contract's index "ger en
merkostnad på 1,8 mnkr", "För fordon och underhåll är prognosen −2,2 mnkr" (wildlife collisions), energy that
"blir däremot lägre än budget, med 2,9 mnkr", track charges and staff as a signed "respektive" pair ("−0,6
respektive +1,2 mnkr"), the owners' operating grant that "följer budget" (boilerplate); an action with its
effect, equity covering the deficit and journeys against last year with "beror på" (others). DejaVu Sans 10 pt.

The owner is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Norrtåg AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-28", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per post, mnkr",
        header=(("Post", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Driftbidrag från ägarna", "412,0", "412,0", "0,0"),
            ("Biljettintäkter", "148,5", "145,0", "−3,5"),
            ("Trafikavtal", "−388,2", "−390,0", "−1,8"),
            ("Fordon och underhåll", "−96,4", "−98,6", "−2,2"),
            ("Energi", "−38,0", "−35,1", "2,9"),
            ("Banavgifter", "−21,5", "−22,1", "−0,6"),
            ("Personal och administration", "−16,4", "−15,2", "1,2"),
            ("Resultat", "0,0", "−4,0", "−4,0"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="sans-bold", after=2),
        Title("Norrtåg AB", size=12.5, font="sans", after=12),
        H("Resultat och prognos", 2),
        P(
            "Bolagets resultat för januari–april är −6,8 mnkr, vilket är 2,3 mnkr sämre än budget för perioden.",
            C(None, "2,3 mnkr", "-", note="The period; −6,8 mnkr is the period's result."),
        ),
        P(
            "För helåret räknar bolaget med ett resultat på −4,0 mnkr mot budgeterade 0,0 mnkr.",
            C(
                None,
                "−4,0 mnkr",
                "-",
                note="A result against a budgeted result of zero: the result is the amount.",
            ),
        ),
        P("Prognosen har försämrats med 1,5 mnkr sedan mars.", F(None, "1,5 mnkr", "-")),
        table,
        H("Kommentarer", 2),
        P(
            "Biljettintäkterna blir 3,5 mnkr lägre än budgeterat. Resandet på kustlinjen har inte återhämtat sig efter "
            "de långa banarbetena under hösten 2025, och fler resenärer reser med rabatterade periodkort.",
            C("Biljettintäkter", "3,5 mnkr", "-", "volymer", "avgifter_intakter"),
        ),
        P(
            "Trafikavtalet med operatören räknas upp med ett index som för 2026 blev högre än budgetens antagande, "
            "vilket ger en merkostnad på 1,8 mnkr.",
            C("Trafikavtal", "1,8 mnkr", "-", "prisokningar", "kopt_verksamhet"),
        ),
        P(
            "För fordon och underhåll är prognosen −2,2 mnkr. Två motorvagnar har varit avställda efter viltolyckor, "
            "och reparationerna har blivit dyrare än beräknat.",
            C(
                "Fordon och underhåll",
                "−2,2 mnkr",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                note="Wildlife collisions are ovrigt, vehicles material_hjalpmedel.",
            ),
        ),
        P(
            "Energikostnaderna blir däremot lägre än budget, med 2,9 mnkr, tack vare ett lägre elpris.",
            C("Energi", "2,9 mnkr", "+", "prisokningar"),
        ),
        P(
            "Banavgifter och personal och administration avviker med −0,6 respektive +1,2 mnkr.",
            C(
                "Banavgifter",
                "−0,6",
                "-",
                unit="mnkr",
                note="A signed 'respektive' pair: one item each, no reasons.",
                also=(C("Personal och administration", "+1,2 mnkr", "+"),),
            ),
        ),
        P("Ägarnas driftbidrag följer budget.", BP("Driftbidrag från ägarna")),
        H("Åtgärder", 2),
        P(
            "Styrelsen har gett vd i uppdrag att införa ett sommarerbjudande för att vinna tillbaka resenärer, "
            "vilket väntas ge 1,0 mnkr i ökade biljettintäkter.",
            A("Biljettintäkter", "1,0 mnkr", "avgifter_intakter"),
        ),
        H("Eget kapital och resande", 2),
        P(
            "Bolagets egna kapital uppgår till 18,5 mnkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Antalet resor under januari–april var 612 000, 4 procent färre än samma period 2025, vilket främst "
            "beror på ersättningsbussar under banarbeten.",
            O(None, "volymer", note="Journeys against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="norrtag-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Norrtåg", "Norrtåg AB"],
            "committee": ["Styrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport januari–april 2026 Norrtåg AB", "author": "Norrtåg AB"},
        style=style,
        blocks=blocks,
    )
