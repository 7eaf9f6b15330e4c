"""Surahammars kommun, Arbetsmarknads- och vuxenutbildningsnämnden, månadsuppföljning september 2025.

A labour-market and adult-education committee's month report in Liberation Sans Narrow 10 pt, footer with the
nämnd's meeting date in October: the full year "en negativ avvikelse mot budget med 2 150 tkr" and, in the next
sentence, only August's forecast level ("I augusti var prognosen –1 700 tkr": a forecast change with no amount
written); a table in tkr whose last column is a short comment in controller's shorthand ("p.g.a.", "bl.a.",
"pga."): reasons without amounts that take the row's cell (budget minus prognos, minus = deficit), a per-household
cost that is not the amount, a comment whose only figure is a part ("Statsbidrag för yrkesvux 600 tkr högre än
budget", the row's deviation is 300), "Följer budget." (boilerplate) and a row with no comment (unlabelled);
personnel costs for the whole nämnd "0,4 mnkr under budget" (a cause); ekonomiskt bistånd against the same
period last year (other); two actions as bullets and a risk with an amount (other). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, budget minus prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Surahammars kommun", "Arbetsmarknads- och vuxenutbildningsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning september 2025", "Sammanträde 2025-10-21", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Ekonomiskt bistånd", "21 400", "24 100", "–2 700"),
                "Fler hushåll p.g.a. ökad arbetslöshet och att etableringsersättningen har upphört för 14 hushåll under "
                "året. Snittkostnaden per hushåll är 9 650 kr per månad.",
                C(
                    "Ekonomiskt bistånd",
                    "–2 700",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The cost per household is not the amount.",
                ),
            ),
            (
                ("Arbetsmarknadsåtgärder", "8 900", "8 350", "550"),
                "Färre deltagare i extratjänster än planerat, bl.a. pga. att Arbetsförmedlingen har minskat antalet "
                "anvisningar.",
                C("Arbetsmarknadsåtgärder", "550", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Vuxenutbildning", "12 600", "12 300", "300"),
                "Statsbidrag för yrkesvux 600 tkr högre än budget, delvis motverkat av dyrare köpta utbildningsplatser.",
                C(
                    "Vuxenutbildning",
                    "300",
                    "+",
                    "statsbidrag",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note="The comment's 600 tkr is a part (the grant), not the deviation: the row's cell.",
                ),
            ),
            (
                ("SFI", "5 800", "5 900", "–100"),
                "Något fler elever än budgeterat.",
                C("SFI", "–100", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Integration och mottagning", "3 200", "3 200", "0"),
                "Följer budget.",
                BP("Integration och mottagning"),
            ),
            (("Administration", "4 100", "4 300", "–200"), "", None),
            (("Summa", "56 000", "58 150", "–2 150"), "", None),
        ),
        widths=(128.0, 50.0, 50.0, 56.0),
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning september 2025", size=18, font="arial-bold", after=2),
        Title("Arbetsmarknads- och vuxenutbildningsnämnden", size=12, font="narrow", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämndens helårsprognos efter september visar en negativ avvikelse mot budget med 2 150 tkr.",
                C(None, "2 150 tkr", "-"),
            ),
            (
                "I augusti var prognosen –1 700 tkr.",
                F(
                    None,
                    None,
                    "-",
                    note="Only last month's forecast level is written: a forecast change with no amount.",
                ),
            ),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        P(
            "Personalkostnaderna för nämnden som helhet ligger 0,4 mnkr under budget, eftersom flera sjukskrivningar "
            "inom vuxenutbildningen inte har ersatts med vikarier.",
            C("Personalkostnader", "0,4 mnkr", "+", "sjukfranvaro", "vikarier"),
        ),
        H("Ekonomiskt bistånd", 2),
        P(
            "Kostnaden för ekonomiskt bistånd till och med september uppgår till 18,1 mnkr, vilket är 2,0 mnkr mer "
            "än samma period 2024.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="Against the previous year, not the budget."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Från oktober kopplas alla nya sökande av ekonomiskt bistånd till arbetsmarknadsenheten inom tio dagar.",
                "Ett samarbete med Västerås stad om köpta yrkesvuxplatser ska ge lägre priser från 2026.",
            ),
            labels=(
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
                A("Vuxenutbildning", None, "kopt_verksamhet"),
            ),
        ),
        H("Risker", 2),
        P(
            "Om arbetslösheten stiger ytterligare under hösten kan kostnaden för ekonomiskt bistånd bli upp till "
            "0,5 mnkr högre än prognosen.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk with an amount."),
        ),
    ]
    return ReportSpec(
        file="surahammar-avn-manadsuppfoljning-2025-09.pdf",
        report={
            "municipality": "Surahammar",
            "committee": ["Arbetsmarknads- och vuxenutbildningsnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning september 2025 Arbetsmarknads- och vuxenutbildningsnämnden",
            "author": "Surahammars kommun",
        },
        style=style,
        blocks=blocks,
    )
