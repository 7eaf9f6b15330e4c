"""Hässleholms kommun, Socialnämnden, månadsuppföljning mars 2026.

A social committee's month report in Liberation Sans (Arial metrics) 10 pt, footer with the April meeting
date: the period "3,2 mnkr sämre än periodens budget" and the full year "underskott på 11,5 mnkr (–9,8 mnkr i
februari)" in two sentences of one paragraph (two items, the bracket is last month's figure), the change
since February with its cause (a forecast change), a table in tkr whose deficits are in brackets ("(7 200)"),
then bold run-in verksamheter ending in a full stop: an amount in mnkr, a reason-only deficit (the row's
"(2 900)"), "ligger 4,2 mnkr över budget för helåret", "väntas ett överskott på 1 800 tkr", "1,0 mnkr bättre
än budget" and "Följer budget." (boilerplate); personnel costs across the verksamheter (explained twice), an
action with its effect and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

TABLE = "Reason only: the table row's cell, as printed (brackets for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Hässleholms kommun", "Socialnämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Sammanträde 2026-04-22", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "4 800", "4 800", "0"),
            ("Barn och familj", "96 400", "103 600", "(7 200)"),
            ("Vuxna missbruk och beroende", "41 200", "44 100", "(2 900)"),
            ("Ekonomiskt bistånd", "58 700", "62 900", "(4 200)"),
            ("Socialpsykiatri", "37 900", "36 100", "1 800"),
            ("Arbetsmarknad och integration", "29 300", "28 300", "1 000"),
            ("Summa", "268 300", "279 800", "(11 500)"),
        ),
        widths=(190.0, 75.0, 75.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="arial-bold", after=4),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämnden redovisar efter mars ett utfall som är 3,2 mnkr sämre än periodens budget.",
            C(None, "3,2 mnkr", "-", note="The period against budget."),
        ),
        P(
            "Helårsprognosen pekar på ett underskott på 11,5 mnkr (–9,8 mnkr i februari).",
            C(
                None,
                "11,5 mnkr",
                "-",
                note="The full year; the bracket is last month's figure, not the amount.",
            ),
        ),
        P(
            "Försämringen sedan februari, 1,7 mnkr, beror på två nya placeringar av ungdomar på HVB.",
            F(None, "1,7 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj.",
            "Verksamheten prognostiserar ett underskott på 7,2 mnkr. Antalet placeringar i familjehem och på HVB är "
            "fler än budgeterat, och konsulentstödda familjehem kostar mer än kommunens egna.",
            C("Barn och familj", "7,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxna missbruk och beroende.",
            "Kostnaderna för köpt behandlingsvård överstiger budget, främst till följd av tvångsvård enligt LVM under "
            "första kvartalet.",
            C(
                "Vuxna missbruk och beroende",
                "(2 900)",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=TABLE,
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd ligger 4,2 mnkr över budget för helåret. Fler hushåll har behov av "
            "stöd under längre tid, och väntetiden till arbetsmarknadsinsatser har ökat.",
            C("Ekonomiskt bistånd", "4,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Socialpsykiatri.",
            "Här väntas ett överskott på 1 800 tkr eftersom två tjänster som boendestödjare är vakanta och det nya "
            "boendet Lönnhagen öppnar först i oktober.",
            C("Socialpsykiatri", "1 800 tkr", "+", "vakanser", "periodisering"),
        ),
        LP(
            "Arbetsmarknad och integration.",
            "Verksamheten redovisar 1,0 mnkr bättre än budget, främst tack vare högre statsbidrag för extratjänster.",
            C("Arbetsmarknad och integration", "1,0 mnkr", "+", "statsbidrag"),
        ),
        LP("Nämnd och ledning.", "Följer budget.", BP("Nämnd och ledning")),
        H("Personal", 2),
        P(
            "Personalkostnaderna är sammantaget 0,9 mnkr högre än periodens budget. Det förklaras av inhyrda "
            "socialsekreterare inom barn och familj, som delvis vägs upp av vakanser inom socialpsykiatrin.",
            C(
                "Personalkostnader",
                "0,9 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="A kostnadsslag across the verksamheter: explained twice, an item of its own.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inrättat en placeringsgrupp som prövar alla nya externa placeringar, och öppenvården i "
            "egen regi utökas. Åtgärderna bedöms minska kostnaderna med 2,5 mnkr under resten av året.",
            A("Barn och familj", "2,5 mnkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker, eftersom enstaka placeringar kan kosta mer än en miljon kronor per år.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-sn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Socialnämnden", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
