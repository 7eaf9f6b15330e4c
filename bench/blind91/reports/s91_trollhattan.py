"""Trollhättans stad, Socialnämnden, månadsuppföljning maj 2026.

A social committee's month report (elderly care, funktionsstöd, individ- och familjeomsorg) in Liberation Sans,
footer with the nämnd's meeting date in June: the period "4 150 tkr sämre än den periodiserade budgeten" and
the full year "ett underskott på 11 800 tkr" in two sentences, then "1 300 tkr bättre än i aprilprognosen"
(a forecast change) in the same paragraph; a table in tkr whose deficits carry a trailing minus ("9 400-");
bold run-in verksamheter with a colon: "Prognosen är ett underskott på 9 400 tkr" with volumes and night
staffing, a reason-only funktionsstöd (the row's "3 400-"), one sentence with two sub-areas, placements
"överstiger budget med 3 100 tkr, medan vuxenenheten har ett överskott på 1 150 tkr" (two items), income
support "ligger lägre än budgeterat … ett överskott om 2 200 tkr", "följer budget" (boilerplate) and a
reason-only management row ("750"); bullet actions, one with its effect; a risk with a per-case cost (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell (tkr, trailing minus)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Trollhättans stad", "Socialnämnden"),
        footer=lambda n, m: (
            "Månadsuppföljning maj 2026",
            "Socialnämndens sammanträde 2026-06-17",
            f"{n} ({m})",
        ),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (underskott anges med efterställt minus)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "17 650", "750"),
            ("Äldreomsorg", "612 300", "621 700", "9 400-"),
            ("Funktionsstöd", "288 900", "292 300", "3 400-"),
            ("Individ- och familjeomsorg", "164 200", "166 150", "1 950-"),
            ("Försörjningsstöd", "72 500", "70 300", "2 200"),
            ("Hälso- och sjukvård", "58 100", "58 100", "0"),
            ("Summa", "1 214 400", "1 226 200", "11 800-"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar efter maj ett utfall som är 4 150 tkr sämre än den periodiserade budgeten.",
                C(None, "4 150 tkr", "-", note="The period, in a sentence of its own."),
            ),
            ("Helårsprognosen visar ett underskott på 11 800 tkr.", C(None, "11 800 tkr", "-")),
            ("Det är 1 300 tkr bättre än i aprilprognosen.", F(None, "1 300 tkr", "+")),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Äldreomsorg:",
            "Prognosen är ett underskott på 9 400 tkr. Hemtjänsten har fler beviljade timmar än budgeterat, och i "
            "särskilt boende har bemanningen förstärkts nattetid på två enheter. Sjuklönekostnaderna är också högre "
            "än under samma period i fjol.",
            C("Äldreomsorg", "9 400 tkr", "-", "volymer", "bemanning", "sjukfranvaro"),
        ),
        LP(
            "Funktionsstöd:",
            "Två nya beslut om boende enligt LSS för unga vuxna har lett till köp av externa platser, vilket "
            "förklarar merparten av avvikelsen.",
            C("Funktionsstöd", "3 400-", "-", "kopt_verksamhet", "volymer", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Individ- och familjeomsorg:",
            "Kostnaderna för placeringar av barn och unga överstiger budget med 3 100 tkr, medan vuxenenheten har "
            "ett överskott på 1 150 tkr till följd av en vakant socialsekreterartjänst.",
            C(
                "Placeringar av barn och unga",
                "3 100 tkr",
                "-",
                "kopt_verksamhet",
                note="Two sub-areas in one sentence: two items (their net is the row's 1 950-).",
                also=(C("Vuxenenheten", "1 150 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Försörjningsstöd:",
            "Utbetalningarna av ekonomiskt bistånd ligger lägre än budgeterat, och prognosen visar ett överskott "
            "om 2 200 tkr. Antalet hushåll har minskat sedan årsskiftet.",
            C("Försörjningsstöd", "2 200 tkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        LP("Hälso- och sjukvård:", "Verksamheten följer budget.", BP("Hälso- och sjukvård")),
        LP(
            "Nämnd och förvaltningsledning:",
            "Överskottet beror på att en utvecklartjänst har stått vakant och att kostnaderna för nämndens arvoden "
            "blivit lägre.",
            C(
                "Nämnd och förvaltningsledning",
                "750",
                "+",
                "vakanser",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Members' fees are ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av hemtjänstens planering och ruttoptimering, beräknad effekt 1 500 tkr på helår.",
                "Hemtagning av två externa placeringar inom funktionsstöd till egen verksamhet under hösten.",
            ),
            labels=(
                A("Äldreomsorg", "1 500 tkr", "bemanning"),
                A("Funktionsstöd", None, "kopt_verksamhet"),
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen för placeringar är osäker. Ett enda nytt ärende på HVB kan kosta 1,5–2 mnkr per år.",
            O("Individ- och familjeomsorg", note="A risk with a per-case cost: other."),
        ),
    ]
    return ReportSpec(
        file="trollhattan-sn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": ["Trollhättan", "Trollhättans stad"],
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Socialnämnden", "author": "Trollhättans stad"},
        style=style,
        blocks=blocks,
    )
