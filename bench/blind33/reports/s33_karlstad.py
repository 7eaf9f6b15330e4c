"""Karlstads kommun, Barn- och ungdomsnämnden, månadsrapport februari 2026.

A school committee's early-year month report in tkr whose verksamhet table is pasted as an image (every amount
in the prose), footer with the nämnd's meeting date in March and the item number: the full year's "negativ
avvikelse mot budget på 9 800 tkr" and the period's "2 150 tkr högre än periodens budget" (a net cost above
the period's budget: negative) in two sentences; then headings that carry the verksamhet and the amount with
"+" and U+2212 ("Förskola +2 400 tkr", "Grundskola F–6 −6 900 tkr", "Elevhälsa ±0 tkr" over "bedöms följa
budget", boilerplate) with one short paragraph each, causes without a verb of deviation ("Två nya elever …
har skrivits in"); an action with its effect, a risk about a grant and net costs against the same period of
2025 with "beror på" (others). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Karlstads kommun", "Barn- och ungdomsförvaltningen"),
        footer=lambda n, m: ("Barn- och ungdomsnämnden 2026-03-19", "Ärende 7", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "612 300", "609 900", "+2 400"),
            ("Grundskola F–6", "884 100", "891 000", "−6 900"),
            ("Grundskola 7–9", "428 600", "431 700", "−3 100"),
            ("Grundsärskola", "64 200", "65 400", "−1 200"),
            ("Fritidshem", "142 800", "142 200", "+600"),
            ("Elevhälsa", "71 500", "71 500", "±0"),
            ("Central administration", "58 900", "60 500", "−1 600"),
            ("Totalt", "2 262 400", "2 272 200", "−9 800"),
        ),
        widths=(160.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och ungdomsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk prognos", 2),
        PS(
            (
                "Barn- och ungdomsnämnden prognostiserar för 2026 en negativ avvikelse mot budget på 9 800 tkr.",
                C(None, "9 800 tkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Efter två månader är nettokostnaden 2 150 tkr högre än periodens budget.",
                C(
                    None,
                    "2 150 tkr",
                    "-",
                    note="The period: a net cost above the period's budget is negative.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +2 400 tkr",
            "Färre barn än budgeterat är inskrivna i förskolan, framför allt i Kronoparken och Rud där två "
            "avdelningar har stängts efter årsskiftet.",
            C("Förskola", "+2 400 tkr", "+", "volymer", "omstallning"),
        ),
        HP(
            "Grundskola F–6 −6 900 tkr",
            "Underskottet förklaras av fler elever med omfattande stödbehov, där tilläggsbeloppen inte täcker "
            "kostnaderna, samt av högre lokalhyror sedan den nya skolan i Våxnäs tagits i bruk.",
            C("Grundskola F–6", "−6 900 tkr", "-", "volymer", "lokaler"),
        ),
        HP(
            "Grundskola 7–9 −3 100 tkr",
            "Skolorna har haft hög sjukfrånvaro under januari och februari och har fått ta in vikarier i större "
            "omfattning än planerat. Dessutom har de interkommunala ersättningarna till andra kommuner ökat.",
            C("Grundskola 7–9", "−3 100 tkr", "-", "sjukfranvaro", "vikarier", "kopt_verksamhet"),
        ),
        HP(
            "Grundsärskola −1 200 tkr",
            "Två nya elever med behov av elevassistent på heltid har skrivits in sedan budgeten beslutades.",
            C("Grundsärskola", "−1 200 tkr", "-", "volymer"),
        ),
        HP(
            "Fritidshem +600 tkr",
            "Intäkterna från föräldraavgifter blir högre än budgeterat.",
            C("Fritidshem", "+600 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Elevhälsa ±0 tkr",
            "Elevhälsan bedöms följa budget.",
            BP("Elevhälsa"),
        ),
        HP(
            "Central administration −1 600 tkr",
            "Ett nytt verksamhetssystem för elevdokumentation införs under våren, och licenskostnaderna löper "
            "parallellt med det gamla systemet fram till sommaren.",
            C("Central administration", "−1 600 tkr", "-", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsstopp för administrativa tjänster och ser över skolornas "
            "gruppstorlekar inför hösten. Åtgärderna beräknas förbättra resultatet med 3 500 tkr under året.",
            A(None, "3 500 tkr", "bemanning"),
        ),
        H("Osäkerheter", 2),
        P(
            "Prognosen är osäker eftersom statsbidraget för en likvärdig skola ännu inte är beslutat för 2026.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för januari–februari är 4,8 procent högre än samma period 2025, vilket främst beror på "
            "löneökningar och fler elever i grundskolan.",
            O(None, "lonekostnader", "volymer", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlstad-bun-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Karlstad",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Barn- och ungdomsnämnden",
            "author": "Karlstads kommun",
        },
        style=style,
        blocks=blocks,
    )
