"""Pajala kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in mkr and tkr, footer with the nämnd's meeting date and paragraph in May:
the full year in words ("ett underskott på sju miljoner kronor") with its reasons in the next sentence (one
item), the period "2,1 mkr mer än den periodiserade budgeten", three kostnadsslag in one sentence ("−1,4
respektive −6,1 mkr, medan intäkterna ger ett överskott på 0,5 mkr", three items); a table whose deficits have
a minus sign separated by a space ("- 4 500"); then two columns of bold run-in verksamheter with a colon:
"ligger 4,5 mkr över budget" followed in the same paragraph by a sentence on placements that end (other), the
reason before the amount ("beräknas överstiga budget med 1 300 tusen kronor"), "bedöms gå jämnt ut"
(boilerplate), a reason-only deficit (the row's "- 2 300"), "Överskottet på 900 tkr beror på" and "Prognosen
är +200 tkr"; a forecast change with a "varav", an action with its effect and a risk about a state grant
(other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Pajala kommun", "Tertialrapport 1 2026 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20 § 48", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "4 200", "1 290", "4 000", "200"),
            ("Individ- och familjeomsorg", "28 600", "10 950", "33 100", "- 4 500"),
            ("Ekonomiskt bistånd", "6 800", "2 680", "8 100", "- 1 300"),
            ("Funktionsstöd", "31 400", "10 420", "31 400", "0"),
            ("Äldreomsorg", "118 900", "40 610", "121 200", "- 2 300"),
            ("Hälso- och sjukvård", "22 500", "7 140", "21 600", "900"),
            ("Summa", "212 400", "73 090", "219 400", "- 7 000"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="narrow-bold", after=2),
        Title("Socialnämnden, Pajala kommun", size=12.5, font="narrow", after=12),
        H("Ekonomisk uppföljning", 1),
        P(
            "Socialnämndens prognos för helåret är ett underskott på sju miljoner kronor. Det är i huvudsak "
            "placeringar av barn och unga samt ett ökat behov av ekonomiskt bistånd som driver underskottet.",
            C(
                None,
                "sju miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                value=7_000_000,
                note="The amount in words, the reasons in the next sentence: one item.",
            ),
        ),
        P(
            "Efter april uppgår nettokostnaderna till 73,1 mkr, vilket är 2,1 mkr mer än den periodiserade budgeten.",
            C(None, "2,1 mkr", "-", note="The period: a net cost above the periodised budget."),
        ),
        P(
            "Personalkostnaderna och köp av verksamhet avviker med −1,4 respektive −6,1 mkr, medan intäkterna ger "
            "ett överskott på 0,5 mkr.",
            C(
                "Personalkostnader",
                "−1,4",
                "-",
                unit="mkr",
                note="Three kostnadsslag in one sentence, no reasons: three items, no tags.",
                also=(
                    C("Köp av verksamhet", "−6,1 mkr", "-"),
                    C("Intäkter", "0,5 mkr", "+"),
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Individ- och familjeomsorg:",
            "Kostnaderna för köpt vård ligger 4,5 mkr över budget. Sedan årsskiftet har tre ungdomar placerats på "
            "HVB-hem och ett syskonpar i konsulentstött familjehem.",
            C("Individ- och familjeomsorg", "4,5 mkr", "-", "kopt_verksamhet", "volymer"),
            (
                "Två av placeringarna väntas avslutas under sommaren, vilket ingår i prognosen.",
                O("Individ- och familjeomsorg", note="An assumption behind the forecast: other."),
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Fler hushåll än väntat söker försörjningsstöd sedan en underentreprenör vid gruvan i Kaunisvaara "
            "varslade sin personal i februari. Utbetalningarna beräknas överstiga budget med 1 300 tusen kronor.",
            C("Ekonomiskt bistånd", "1 300 tusen kronor", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP("Funktionsstöd:", "Verksamheten bedöms gå jämnt ut.", BP("Funktionsstöd")),
        LP(
            "Äldreomsorg:",
            "Sjukfrånvaron på Tornedalsgårdens särskilda boende har krävt timvikarier och övertid, och hemtjänsten "
            "i Junosuando har fått fler beslutade timmar än budgeten räknar med.",
            C(
                "Äldreomsorg",
                "- 2 300",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, its minus sign separated by a space.",
            ),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Överskottet på 900 tkr beror på en vakant tjänst som distriktssköterska och lägre kostnader för "
            "hjälpmedel än beräknat.",
            C("Hälso- och sjukvård", "900 tkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        LP(
            "Nämnd och ledning:",
            "Prognosen är +200 tkr, främst för att nämndens planerade utbildningsresa har ställts in.",
            C("Nämnd och ledning", "+200 tkr", "+", "ovrigt"),
        ),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Jämfört med budgetuppföljningen i februari har prognosen försämrats med 2,4 mkr, varav 1,8 mkr avser "
            "nya placeringar inom individ- och familjeomsorgen.",
            F(None, "2,4 mkr", "-", "kopt_verksamhet", note="A 'varav' part: the total is the amount."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan som bland annat innebär att familjehemsvården byggs ut i egen "
            "regi. Effekten beräknas till 0,9 mkr under 2026.",
            A("Individ- och familjeomsorg", "0,9 mkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att statsbidraget för ökad bemanning i äldreomsorgen blir lägre än de 3,2 mkr som "
            "ingår i budgeten, eftersom regeringens beslut ännu inte har kommit.",
            O("Äldreomsorg", "statsbidrag", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
