"""Huddinge kommun, Förskolenämnden, månadsrapport mars 2026.

A preschool committee's month report, footer with the nämnd's meeting in April: the period ("2,2 mnkr mer
än den periodiserade budgeten") and the full year ("ett underskott mot budget på 6,5 mnkr") in one sentence
followed by the reasons in the same paragraph (one item, the full year's amount), the change since
February with its cause (a forecast change); a table whose last column is each row's comment, in tkr with
hyphen-minus deficits: a comment that names its own amount ("ett underskott på 5,8 mnkr"), reason-only
comments that take their row's cell ("600", "-2 100", "-1 800", "-1 200", "3 700"), "Prognos enligt
budget" (boilerplate) and a row with no comment (unlabelled); investments "1,4 mnkr lägre än budgeterat",
an action with its effect and enrolled children against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "Förskoleförvaltningen"),
        footer=lambda n, m: ("Förskolenämnden 2026-04-22", "Dnr FSN-2026/0093", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget helår", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltningsledning", "14 200", "13 600", "600"),
                "Två vakanta tjänster på förvaltningskontoret, varav en controller.",
                C("Nämnd och förvaltningsledning", "600", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kommunal förskola", "412 500", "418 300", "-5 800"),
                "Prognosen är ett underskott på 5,8 mnkr. Barnantalet i kommunal regi är cirka 120 färre än "
                "budgeterat, medan personalen inte har kunnat minskas i samma takt eftersom minskningen är spridd "
                "över många enheter.",
                C(
                    "Kommunal förskola",
                    "5,8 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Fristående förskolor", "268 000", "270 100", "-2 100"),
                "Fler barn än beräknat väljer fristående förskola, framför allt i Vårby och Sjödalen.",
                C(
                    "Fristående förskolor",
                    "-2 100",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=ROW + " The barnpeng paid to independent preschools is kopt_verksamhet.",
                ),
            ),
            (
                ("Pedagogisk omsorg", "6 400", "6 400", "0"),
                "Prognos enligt budget.",
                BP("Pedagogisk omsorg"),
            ),
            (
                ("Tilläggsbelopp och särskilt stöd", "22 800", "24 600", "-1 800"),
                "Beviljade tilläggsbelopp för barn med omfattande behov av särskilt stöd har ökat sedan "
                "årsskiftet.",
                C(
                    "Tilläggsbelopp och särskilt stöd",
                    "-1 800",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Lokaler", "96 300", "97 500", "-1 200"),
                "Tomställda lokaler efter sammanslagningen av två förskolor i Stuvsta har ännu inte kunnat "
                "sägas upp.",
                C("Lokaler", "-1 200", "-", "lokaler", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Statsbidrag och övriga intäkter", "-18 000", "-21 700", "3 700"),
                "Statsbidraget för kvalitetssäkrande åtgärder i förskolan blev högre än budgeterat.",
                C(
                    "Statsbidrag och övriga intäkter",
                    "3 700",
                    "+",
                    "statsbidrag",
                    unit="tkr",
                    table=True,
                    note=ROW + " Revenue above budget: positive.",
                ),
            ),
            (("Öppen förskola", "3 100", "3 000", "100"), "", None),
            (("Summa", "805 300", "811 800", "-6 500"), "", None),
        ),
        widths=(142.0, 54.0, 50.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="cond-bold", after=3),
        Title("Förskolenämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Efter mars uppgår förskolenämndens utfall till 281,4 mnkr, vilket är 2,2 mnkr mer än den "
            "periodiserade budgeten, och helårsprognosen visar ett underskott mot budget på 6,5 mnkr. Underskottet "
            "förklaras framför allt av att antalet barn i kommunal förskola har minskat snabbare än lokalerna har "
            "kunnat avvecklas, medan ersättningen till fristående förskolor blir högre än budgeterat.",
            C(
                None,
                "6,5 mnkr",
                "-",
                "volymer",
                "lokaler",
                "kopt_verksamhet",
                note="The period and the full year in one sentence, reasons after: one item, the full year's "
                "amount.",
            ),
        ),
        P(
            "Jämfört med februari har prognosen försämrats med 1,5 mnkr, vilket beror på att hyresavtalet för den "
            "tillfälliga paviljongen i Flemingsberg förlängs till årets slut.",
            F(None, "1,5 mnkr", "-", "lokaler"),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Investeringarna i inventarier och utemiljöer väntas bli 1,4 mnkr lägre än budgeterat, då "
            "upprustningen av gården vid en av förskolorna i Skogås skjuts till 2027.",
            C("Investeringar", "1,4 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en samordnad bemanning mellan förskolorna i Stuvsta och Snättringe och "
            "beräknar att det minskar personalkostnaderna med 1,2 mnkr under resten av året.",
            A("Kommunal förskola", "1,2 mnkr", "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "I mars var 6 480 barn inskrivna i förskola, 95 fler än i mars förra året. Andelen barn i fristående "
            "förskola har ökat från 38 till 40 procent.",
            O(None, note="Enrolled children against the previous year."),
        ),
    ]
    return ReportSpec(
        file="huddinge-fsn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Förskolenämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Förskolenämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
