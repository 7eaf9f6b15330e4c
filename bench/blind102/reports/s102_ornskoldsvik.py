"""Örnsköldsviks kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026.

A school committee's first tertial report in Liberation Sans (Arial) 10 pt with U+2212 minus signs, dated in
May: the full year "9,8 mnkr sämre än budget" and the period "2,6 mnkr högre än periodiserad budget" (a net
cost: negative) in two sentences, the change since February without a cause; a verksamhet table in mnkr with
explicit "+" and "−"; plain headings whose first sentence carries the amount in varied shapes ("lämna ett
överskott på 2,2 mnkr", "en negativ avvikelse om 9,4 mnkr", "Avvikelsen, −2,8 mnkr, kan härledas till", a
reason-only gymnasieskola whose revenue "ligger i nivå med budget" (the row's "−0,7"), "kostar 1,4 mnkr mer
än budgeterat" with a price percentage that is not the amount, a central buffer of 1,5 mnkr that is only a
part of "ett överskott på 2,3 mnkr" (reserver)); an action whose effect is in the next sentence, investments
used in full (boilerplate) and child numbers against last year (other). 8 scored causes.

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
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("ÖRNSKÖLDSVIKS KOMMUN", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden", "Sammanträde 2026-05-20", f"{n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "412,0", "409,8", "+2,2"),
            ("Grundskola", "688,5", "697,9", "−9,4"),
            ("Anpassad grundskola", "48,2", "51,0", "−2,8"),
            ("Gymnasieskola", "265,4", "266,1", "−0,7"),
            ("Skolskjuts", "62,0", "63,4", "−1,4"),
            ("Central administration", "38,7", "36,4", "+2,3"),
            ("Summa", "1 514,8", "1 524,6", "−9,8"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomi i sammandrag", 2),
        PS(
            (
                "Barn- och utbildningsnämnden bedömer att årets resultat blir 9,8 mnkr sämre än budget.",
                C(None, "9,8 mnkr", "-"),
            ),
            (
                "Efter april är utfallet 2,6 mnkr högre än periodiserad budget.",
                C(None, "2,6 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
            ("Prognosen är 1,2 mnkr sämre än i februari.", F(None, "1,2 mnkr", "-")),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Förskola", 3),
        P(
            "Förskolan beräknas lämna ett överskott på 2,2 mnkr. Barnantalet har minskat i flera ytterområden, och "
            "två avdelningar har kunnat stängas.",
            C("Förskola", "2,2 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Grundskola", 3),
        P(
            "För grundskolan räknar förvaltningen med en negativ avvikelse om 9,4 mnkr. Det handlar främst om fler "
            "elever i behov av särskilt stöd, där elevassistenter har anställts utöver budget, och om högre "
            "kostnader för elever som går i fristående skolor.",
            C("Grundskola", "9,4 mnkr", "-", "volymer", "bemanning", "kopt_verksamhet"),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Avvikelsen, −2,8 mnkr, kan härledas till fyra nya elever med omfattande behov under våren.",
            C("Anpassad grundskola", "−2,8 mnkr", "-", "volymer"),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för interkommunal ersättning till andra kommuner blir högre än beräknat, medan intäkterna "
            "från elever från grannkommunerna ligger i nivå med budget.",
            C(
                "Gymnasieskola",
                "−0,7",
                "-",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell. 'I nivå med budget' is said of a part, not the area.",
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsarna kostar 1,4 mnkr mer än budgeterat efter den nya upphandlingen, där priset per tur har "
            "stigit med 11 procent.",
            C("Skolskjuts", "1,4 mnkr", "-", "prisokningar", note="The price percentage is not the amount."),
        ),
        H("Central administration", 3),
        P(
            "Ofördelade medel för kompetensutveckling och en central buffert på 1,5 mnkr som ännu inte har fördelats "
            "ger tillsammans ett överskott på 2,3 mnkr.",
            C(
                "Central administration",
                "2,3 mnkr",
                "+",
                "reserver",
                note="The buffer's 1,5 mnkr is a part; the total is the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tillsvidaretjänster och ser över organisationen "
            "av elevassistenter. Åtgärderna beräknas ge 3,5 mnkr lägre kostnader under resten av året.",
            A(None, "3,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten på 12,0 mnkr beräknas förbrukas fullt ut.", BP("Investeringar")),
        H("Verksamhetens volymer", 2),
        P(
            "Antalet barn i förskolan var 2 850 i april, 120 färre än ett år tidigare.",
            O("Förskola", note="Volumes against last year: other."),
        ),
    ]
    return ReportSpec(
        file="ornskoldsvik-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Örnsköldsvik",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Örnsköldsviks kommun"},
        style=style,
        blocks=blocks,
    )
