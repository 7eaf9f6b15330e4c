"""Markaryds kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in mkr, set in Liberation Sans Narrow, footer with the nämnd's meeting date
in May: the full year "ett underskott mot budget på 5,2 mkr" beside a percentage of the frame, then the period
"1,0 mkr lägre än den periodiserade budgeten" with its reason in the same sentence (one item); a table with
U+2212 minus signs; headings that carry the verksamhet and amount after a colon ("Individ- och
familjeomsorg: −3,6 mkr") over a paragraph whose second sentence says a sub-area is "i nivå med budget"
(boilerplate), "tar mer i anspråk än budgeterat", elderly care whose heading deficit is followed by two
sub-areas in one sentence (hemtjänst "kostar … 1,4 mkr" "medan" särskilt boende "ett överskott på 0,5 mkr"),
a reason-only surplus under a plain heading (the row's "0,6"), "+0,3 mkr" in a heading and "följer budget"
(boilerplate); the change since February with its cause, an action with its effect and a risk (other).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Markaryds kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Socialnämnden 2026-05-27", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhetsområde, mkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6,8", "6,5", "0,3"),
            ("Individ- och familjeomsorg", "38,4", "42,0", "−3,6"),
            ("Ekonomiskt bistånd", "9,5", "11,1", "−1,6"),
            ("Äldreomsorg", "142,0", "142,9", "−0,9"),
            ("Funktionsstöd", "52,3", "51,7", "0,6"),
            ("Arbetsmarknadsenhet", "4,6", "4,6", "0,0"),
            ("Summa", "253,6", "258,8", "−5,2"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="narrow-bold", after=2),
        Title("Socialnämnden", size=13, font="narrow", after=14),
        H("Ekonomisk översikt", 1),
        P(
            "Socialnämndens helårsprognos pekar på ett underskott mot budget på 5,2 mkr, motsvarande 1,9 procent av "
            "nettobudgeten.",
            C(None, "5,2 mkr", "-", note="A percentage of the frame beside the amount."),
        ),
        P(
            "Till och med april är nettokostnaderna 1,0 mkr lägre än den periodiserade budgeten, vilket främst beror "
            "på att semesterlöneskulden minskar under årets första månader.",
            C(
                None,
                "1,0 mkr",
                "+",
                "lonekostnader",
                "periodisering",
                note="The period's deviation with its reason in the same sentence: one item.",
            ),
        ),
        table,
        H("Verksamhetsområden", 2),
        Para(
            (
                (
                    "Tre nya placeringar av ungdomar på HVB-hem sedan januari, där dygnskostnaden är hög, förklarar "
                    "underskottet.",
                    C(
                        "Individ- och familjeomsorg",
                        "−3,6 mkr",
                        "-",
                        "kopt_verksamhet",
                        note="The heading carries area and amount after a colon.",
                    ),
                ),
                ("Familjehemsvården är i nivå med budget.", BP("Familjehemsvård")),
            ),
            head="Individ- och familjeomsorg: −3,6 mkr",
            head_level=3,
        ),
        HP(
            "Ekonomiskt bistånd: −1,6 mkr",
            "Utbetalningarna av försörjningsstöd tar mer i anspråk än budgeterat. Fler hushåll saknar arbete efter "
            "varslen inom tillverkningsindustrin under hösten.",
            C("Ekonomiskt bistånd", "−1,6 mkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        Para(
            (
                (
                    "Äldreomsorgens underskott förklaras av hemtjänstens nattpatrull, som bemannas med två personer "
                    "sedan februari.",
                    C("Äldreomsorg", "−0,9 mkr", "-", "bemanning"),
                ),
                (
                    "Nattpatrullen kostar 1,4 mkr mer än budgeterat, medan särskilt boende visar ett överskott på 0,5 "
                    "mkr då ett av boendena har haft tomma platser.",
                    C(
                        "Hemtjänst",
                        "1,4 mkr",
                        "-",
                        "bemanning",
                        note="Two sub-areas in one sentence: two items.",
                        also=(C("Särskilt boende", "0,5 mkr", "+", "volymer"),),
                    ),
                ),
            ),
            head="Äldreomsorg: −0,9 mkr",
            head_level=3,
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd redovisar ett överskott, vilket hänger ihop med att en brukare med personlig assistans "
            "enligt LSS har flyttat från kommunen.",
            C(
                "Funktionsstöd",
                "0,6",
                "+",
                "volymer",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        HP(
            "Nämnd och administration: +0,3 mkr",
            "Kostnaderna för konsulter har blivit lägre än budgeterat.",
            C("Nämnd och administration", "+0,3 mkr", "+", "inhyrd_personal"),
        ),
        H("Arbetsmarknadsenhet", 3),
        P("Arbetsmarknadsenheten följer budget.", BP("Arbetsmarknadsenhet")),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 0,8 mkr sämre än i februari till följd av de nya HVB-placeringarna.",
            F(None, "0,8 mkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Ett team för hemmaplanslösningar startar i juni och ska ersätta externa placeringar. Effekten bedöms till "
            "1,0 mkr under 2026.",
            A("Individ- och familjeomsorg", "1,0 mkr", "kopt_verksamhet"),
        ),
        P(
            "Det finns en risk för ytterligare placeringar under hösten, som inte ingår i prognosen.",
            O("Individ- och familjeomsorg", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="markaryd-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
