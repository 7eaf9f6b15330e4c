"""Umeå kommun, Individ- och familjenämnden, månadsuppföljning november 2025.

A social committee's month report in DejaVu Sans Condensed, with en dashes as minus signs and last month's
figure in brackets ("–9,4 mnkr (–8,6 mnkr i oktober)"), footer with the arbetsutskott's date in December:
the full year and the accumulated period as two sentences; a table with October's and November's deviation;
three kostnadsslag in two sentences ("1,2 mnkr lägre … medan köp av verksamhet överskrider budgeten med 11,8
mnkr", grants "1,2 mnkr högre än budget"); headings that carry the verksamhet, the amount and last month's
figure in brackets ("Barn och familj –6,3 mnkr (–5,8)") over a cause and, in the same paragraph, the reason
for the change since October (a forecast change, amount null) or "Prognosen är oförändrad" (a boilerplate
forecast change); consultants for vacancies; "håller budget" (boilerplate); an action with its effect for
2026 and reports of concern against last year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Umeå kommun – Individ- och familjeomsorgen", "Månadsuppföljning november 2025"),
        footer=lambda n, m: ("Individ- och familjenämndens arbetsutskott 2025-12-09", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos nov", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Barn och familj", "214,6", "220,9", "–6,3", "–5,8"),
            ("Vuxen", "118,3", "122,2", "–3,9", "–3,6"),
            ("Försörjningsstöd", "142,0", "140,6", "1,4", "1,4"),
            ("Mottagning och utredning", "46,8", "47,4", "–0,6", "–0,6"),
            ("Ledning och administration", "31,5", "31,5", "0,0", "0,0"),
            ("Summa", "553,2", "562,6", "–9,4", "–8,6"),
        ),
        widths=(150.0, 66.0, 66.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )

    def head(title: str, first: tuple, *more: tuple) -> Para:
        return Para((first, *more), head=title, head_level=3)

    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="cond-bold", after=2),
        Title("Individ- och familjenämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Individ- och familjenämnden prognostiserar ett underskott mot budget på –9,4 mnkr (–8,6 mnkr i "
                "oktober).",
                C(None, "–9,4 mnkr", "-", note="Last month's figure in brackets is not the amount."),
            ),
            (
                "Ackumulerat till och med november är underskottet 8,7 mnkr.",
                C(None, "8,7 mnkr", "-", note="The period, in its own sentence."),
            ),
        ),
        table,
        H("Kostnadsslag", 2),
        PS(
            (
                "Personalkostnaderna blir 1,2 mnkr lägre än budgeterat till följd av vakanser, medan köp av "
                "verksamhet överskrider budgeten med 11,8 mnkr.",
                C(
                    "Personalkostnader",
                    "1,2 mnkr",
                    "+",
                    "vakanser",
                    note="Two kostnadsslag in one sentence after 'medan': split.",
                    also=(C("Köp av verksamhet", "11,8 mnkr", "-"),),
                ),
            ),
            (
                "Riktade statsbidrag för arbetet mot våld i nära relationer ger intäkter som är 1,2 mnkr högre än "
                "budget.",
                C("Intäkter", "1,2 mnkr", "+", "statsbidrag"),
            ),
        ),
        H("Verksamheterna", 2),
        head(
            "Barn och familj –6,3 mnkr (–5,8)",
            (
                "Kostnaderna för externa placeringar på HVB och i konsulentstödda familjehem fortsätter att öka.",
                C(
                    "Barn och familj",
                    "–6,3 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="The heading carries the amount and last month's figure in brackets.",
                ),
            ),
            (
                "Under november placerades ytterligare två ungdomar, vilket förklarar försämringen sedan oktober.",
                F(
                    "Barn och familj",
                    None,
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The change since October.",
                ),
            ),
        ),
        head(
            "Vuxen –3,9 mnkr (–3,6)",
            (
                "Vuxenenheten har fler placeringar enligt LVM och på behandlingshem än budgeterat, samtidigt som "
                "kostnaderna för skyddat boende för våldsutsatta har ökat.",
                C("Vuxen", "–3,9 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        head(
            "Försörjningsstöd +1,4 mnkr (+1,4)",
            (
                "Antalet hushåll med försörjningsstöd har minskat något under hösten, och utbetalningarna ligger "
                "därför under budget.",
                C("Försörjningsstöd", "+1,4 mnkr", "+", "ekonomiskt_bistand", "volymer"),
            ),
            ("Prognosen är oförändrad jämfört med oktober.", BF("Försörjningsstöd")),
        ),
        head(
            "Mottagning och utredning –0,6 mnkr (–0,6)",
            (
                "Konsulter har anlitats för att täcka vakanta socialsekreterartjänster.",
                C("Mottagning och utredning", "–0,6 mnkr", "-", "inhyrd_personal", "vakanser"),
            ),
        ),
        head(
            "Ledning och administration ±0,0 mnkr",
            ("Verksamheten håller budget.", BP("Ledning och administration")),
        ),
        H("Åtgärder", 2),
        P(
            "En handlingsplan för fler hemmaplanslösningar inom barn och familj har tagits fram och beräknas minska "
            "kostnaderna för placeringar med 3,0 mnkr under 2026.",
            A("Barn och familj", "3,0 mnkr", "kopt_verksamhet"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet orosanmälningar för barn och unga har ökat med 14 procent jämfört med samma period 2024, vilket "
            "främst beror på fler anmälningar från skolan.",
            O("Barn och familj", "volymer", note="Reports of concern against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-ifn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Individ- och familjenämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning november 2025 Individ- och familjenämnden",
            "author": "Umeå kommun",
        },
        style=style,
        blocks=blocks,
    )
