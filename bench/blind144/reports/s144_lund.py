"""Lunds kommun, Arbetsmarknadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A labour-market committee's cover letter in Liberation Sans Narrow, dated in June with a diary number in the
footer: the decision proposal (unlabelled), the full year "ett överskott på 2,7 mnkr" and the period "1,2
mnkr lägre än den periodiserade budgeten" (positive) in two sentences, the change since April with its cause;
a comment table in tkr whose deficits carry a hyphen-minus ("-1 400"): reason-only comments taking their
row's cell, a comment that names its own amount ("har minskat med 1,4 mnkr"), a volume comment with two
numbers that are not the amount, "Prognos enligt budget" (boilerplate) and a sum row with no comment;
investments that "beräknas förbrukas fullt ut" (boilerplate), a risk (other) and the handling note
(unlabelled).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Lunds kommun – Arbetsmarknadsförvaltningen", "Tjänsteskrivelse 2026-06-09"),
        footer=lambda n, m: ("Dnr AMN 2026/0187", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Ekonomiskt bistånd", "98 400", "95 100", "3 300"),
                "Färre hushåll än budgeterat är beroende av försörjningsstöd, sedan fler deltagare har gått vidare "
                "till anställning med lönestöd.",
                C(
                    "Ekonomiskt bistånd",
                    "3 300",
                    "+",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A comment with reasons only: its row's deviation cell.",
                ),
            ),
            (
                ("Arbetsmarknadsinsatser", "41 200", "42 600", "-1 400"),
                "Intäkterna från Arbetsförmedlingen för extratjänster har minskat med 1,4 mnkr.",
                C(
                    "Arbetsmarknadsinsatser",
                    "1,4 mnkr",
                    "-",
                    "statsbidrag",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Vuxenutbildning", "62 500", "60 300", "2 200"),
                "Statsbidraget för regional yrkesvux blev högre än beräknat.",
                C("Vuxenutbildning", "2 200", "+", "statsbidrag", unit="tkr", table=True),
            ),
            (
                ("Etablering och integration", "12 800", "13 400", "-600"),
                "Hyran för lokalen vid Östra Torn har höjts från april.",
                C("Etablering och integration", "-600", "-", "lokaler", unit="tkr", table=True),
            ),
            (
                ("Feriejobb", "6 500", "7 300", "-800"),
                "Fler ungdomar än planerat har erbjudits feriejobb, 420 jämfört med 350.",
                C(
                    "Feriejobb",
                    "-800",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="The numbers in the comment are volumes: the row's cell is the amount.",
                ),
            ),
            (
                ("Nämnd och förvaltningsledning", "9 100", "9 100", "0"),
                "Prognos enligt budget.",
                BP("Nämnd och förvaltningsledning"),
            ),
            (("Summa", "230 500", "227 800", "2 700"), "", None),
        ),
        widths=(128.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=18, font="narrow-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Arbetsmarknadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Arbetsmarknadsnämnden beräknas redovisa ett överskott på 2,7 mnkr vid årets slut.",
                C(None, "2,7 mnkr", "+"),
            ),
            (
                "Periodens utfall är 1,2 mnkr lägre än den periodiserade budgeten.",
                C(None, "1,2 mnkr", "+", note="The period's net cost under its budget: positive."),
            ),
        ),
        P(
            "Jämfört med april har prognosen förbättrats med 0,8 mnkr, vilket beror på ett högre statsbidrag för "
            "yrkesvux.",
            F(None, "0,8 mnkr", "+", "statsbidrag"),
        ),
        H("Prognos per verksamhet", 2),
        P("Belopp i tkr. Positiv avvikelse innebär ett överskott mot budget.", size=9.0),
        table,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,5 mnkr för inventarier beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Risker", 2),
        P(
            "Om arbetslösheten stiger under hösten kan kostnaderna för ekonomiskt bistånd öka med upp till 2 mnkr.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk: other."),
        ),
        H("Ärendets beredning", 2),
        P("Ärendet har behandlats i förvaltningens samverkansgrupp den 2 juni 2026."),
    ]
    return ReportSpec(
        file="lund-amn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
