"""Jönköpings kommun, Kulturnämnden, delårsrapport augusti 2025.

A culture committee's interim report in DejaVu Sans Condensed 9.5 pt with a footer dated in September: the
period "3,1 mnkr bättre än budget" and the full year's "underskott på 1,4 mnkr" in one sentence (one item, the
full year's amount), the period surplus's timing reason apart (amount null); a table in tkr with a trailing
minus for deficits ("1 900-") and "+" for surpluses; then, in two columns, headings that carry the verksamhet
and its amount after a colon ("Bibliotek: −1,9 mnkr") over short paragraphs (a licence percentage that is not
the amount), "Kulturstöd: ±0 mnkr" over "förbrukas enligt budget" (boilerplate); personnel costs "0,5 mnkr
under budget" across the verksamheter, a forecast change against the April tertial report with its cause,
investments "Resterande 1,4 mnkr föreslås föras över" after a budget and a use, an action without an effect
and loans against 2024 (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Jönköpings kommun", "Kulturnämnden – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Kulturnämnden 2025-09-18", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Bibliotek", "78 600", "80 500", "1 900-"),
            ("Scenkonst och evenemang", "34 200", "34 900", "700-"),
            ("Kulturskola", "41 800", "40 900", "+900"),
            ("Konst och utställningar", "9 400", "9 100", "+300"),
            ("Kulturstöd", "22 500", "22 500", "0"),
            ("Nämnd och administration", "6 100", "6 100", "0"),
            ("Summa", "192 600", "194 000", "1 400-"),
        ),
        widths=(160.0, 86.0, 86.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="cond-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Kulturnämndens resultat för perioden januari–augusti är 3,1 mnkr bättre än budget, medan prognosen "
            "för helåret visar ett underskott på 1,4 mnkr.",
            C(
                None,
                "1,4 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Överskottet under perioden förklaras av att flera evenemang och utställningar genomförs under hösten, "
            "då även kostnaderna faller ut.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Jämfört med tertialrapporten i april har helårsprognosen försämrats med 0,8 mnkr, främst på grund av "
            "lägre biljettintäkter.",
            F(None, "0,8 mnkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Bibliotek: −1,9 mnkr",
            "Biblioteken har utökat öppettiderna på tre stadsdelsbibliotek utan full finansiering, och kostnaderna "
            "för e-medier ökar snabbare än budgeten. Licenserna för e-böcker har räknats upp med 12 procent.",
            C(
                "Bibliotek",
                "−1,9 mnkr",
                "-",
                "bemanning",
                "it_digitalisering",
                "prisokningar",
                note=HEAD + " The licence percentage is not the amount.",
            ),
        ),
        HP(
            "Scenkonst och evenemang: −0,7 mnkr",
            "Biljettintäkterna för vårens föreställningar blev lägre än beräknat.",
            C("Scenkonst och evenemang", "−0,7 mnkr", "-", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Kulturskola: +0,9 mnkr",
            "Två lärartjänster har varit vakanta under våren, och avgiftsintäkterna har blivit något högre när "
            "fler elever har anmält sig.",
            C("Kulturskola", "+0,9 mnkr", "+", "vakanser", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Konst och utställningar: +0,3 mnkr",
            "Inköpen av konst till den offentliga miljön har skjutits till nästa år.",
            C("Konst och utställningar", "+0,3 mnkr", "+", "periodisering", note=HEAD),
        ),
        HP(
            "Kulturstöd: ±0 mnkr",
            "Stöden till föreningar och studieförbund bedöms förbrukas enligt budget.",
            BP("Kulturstöd"),
        ),
        PageBreak(),
        Columns(1),
        H("Personal", 2),
        P(
            "Personalkostnaderna för hela nämnden ligger 0,5 mnkr under budget efter augusti, eftersom flera "
            "tjänster har stått vakanta under rekryteringstiden.",
            C("Personalkostnader", "0,5 mnkr", "+", "vakanser"),
        ),
        P(
            "Antalet utlån ökade med 4 procent jämfört med samma period 2024.",
            O("Bibliotek", note="Loans against last year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 3,5 mnkr för inventarier och meröppen teknik beräknas användas till 2,1 "
            "mnkr. Resterande 1,4 mnkr föreslås föras över till 2026.",
            C("Investeringar", "1,4 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram förslag på hur bibliotekens öppettider kan "
            "anpassas till budgeten.",
            A("Bibliotek", None, "bemanning"),
        ),
    ]
    return ReportSpec(
        file="jonkoping-kn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Kulturnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
