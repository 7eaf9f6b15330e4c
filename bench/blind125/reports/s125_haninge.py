"""Haninge kommun, Förskolenämnden, tertialrapport 1 2026 (preschool).

A preschool committee's first tertial report in Arial (Liberation Sans) 10 pt, in "mnkr" and "tkr" with
en-dash minus signs, the footer carrying the nämnd's meeting in May: the full year "3,2 mnkr sämre än
budget" and, in the next sentence of the same paragraph, the period "i nivå med den periodiserade budgeten"
(boilerplate); a table in tkr with a grid; then headings that carry the verksamhet and the
amount in tkr ("Förskola egen regi –2 400 tkr", "Lokaler +1 000 tkr", "Nämnd och administration ±0 tkr" over
"bedöms följa budget", boilerplate) with reasons only under each; the change since February with its cause
(revenue from fees); an action with its effect; investments "beräknas användas fullt ut" (boilerplate);
children enrolled against April 2025 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


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
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Haninge kommun", "Tertialrapport 1 2026 – Förskolenämnden"),
        footer=lambda n, m: ("Förskolenämnden 2026-05-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola egen regi", "486 200", "488 600", "–2 400"),
            ("Fristående förskolor", "212 900", "215 700", "–2 800"),
            ("Pedagogisk omsorg", "6 400", "5 900", "500"),
            ("Barn i behov av särskilt stöd", "18 700", "18 200", "500"),
            ("Lokaler", "92 300", "91 300", "1 000"),
            ("Nämnd och administration", "24 500", "24 500", "0"),
            ("Totalt", "841 000", "844 200", "–3 200"),
        ),
        widths=(190.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        grid=True,
        shade=(0.9, 0.9, 0.9),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Förskolenämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt utfall och helårsprognos", 2),
        PS(
            (
                "Förskolenämnden prognostiserar ett helårsresultat som är 3,2 mnkr sämre än budget.",
                C(None, "3,2 mnkr", "-", note="The full year against budget."),
            ),
            (
                "Efter april är utfallet i nivå med den periodiserade budgeten.",
                BP(None, note="The period in balance: boilerplate."),
            ),
        ),
        table,
        Space(6),
        HP(
            "Förskola egen regi –2 400 tkr",
            "Antalet barn i de kommunala förskolorna är 140 färre än budgeterat, men personalen kan inte minskas i "
            "samma takt eftersom minskningen är spridd över många enheter. Dessutom har vikariekostnaderna varit "
            "höga under vårens infektionsperiod.",
            C("Förskola egen regi", "–2 400 tkr", "-", "volymer", "bemanning", "vikarier"),
        ),
        HP(
            "Fristående förskolor –2 800 tkr",
            "Fler barn än beräknat har valt fristående förskolor, och bidragen till dessa blir därför högre än "
            "budget.",
            C(
                "Fristående förskolor",
                "–2 800 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Grants to independent preschools: bought core activity.",
            ),
        ),
        HP(
            "Pedagogisk omsorg +500 tkr",
            "En dagbarnvårdare i Jordbro har gått i pension och tjänsten har inte tillsatts igen.",
            C("Pedagogisk omsorg", "+500 tkr", "+", "vakanser"),
        ),
        HP(
            "Barn i behov av särskilt stöd +500 tkr",
            "Tilläggsbelopp har hittills beviljats i lägre omfattning än vad som planerades.",
            C("Barn i behov av särskilt stöd", "+500 tkr", "+", "volymer"),
        ),
        HP(
            "Lokaler +1 000 tkr",
            "Hyran för den nya förskolan i Vega är lägre under det första året enligt avtalet med "
            "fastighetsägaren, och en paviljong i Brandbergen har avvecklats.",
            C("Lokaler", "+1 000 tkr", "+", "lokaler"),
        ),
        HP(
            "Nämnd och administration ±0 tkr",
            "Verksamheten bedöms följa budget.",
            BP("Nämnd och administration"),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Prognosen är 1,1 mnkr sämre än i februari, eftersom intäkterna från barnomsorgsavgifter sjunker när "
            "färre barn är inskrivna.",
            F(None, "1,1 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen slår ihop två förskoleenheter i Handen till hösten, vilket beräknas ge 0,9 mnkr lägre "
            "kostnader under 2026.",
            A("Förskola egen regi", "0,9 mnkr", "omstallning", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 9,5 mnkr beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Verksamhet", 2),
        P(
            "I april var 5 930 barn inskrivna i förskola och pedagogisk omsorg, vilket är 212 färre än i april "
            "2025.",
            O(None, "volymer", note="Children enrolled against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-fn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Förskolenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Förskolenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
