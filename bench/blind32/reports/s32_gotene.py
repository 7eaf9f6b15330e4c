"""Götene kommun, Bildningsnämnden, månadsuppföljning mars 2026.

An education committee's month report in DejaVu Sans Condensed, footer with the report date in April: one
paragraph with the full year "ett negativt resultat på 3,8 mnkr", the period "utfallet till och med mars är
1,1 mnkr högre än periodiserad budget" (a cost over budget: negative) and the worsening since February with
its cause (a forecast change), three items; a table whose last column is each row's comment (CommentTable)
and whose "Diff" is the forecast minus the budget (so "2 200" is a deficit and "−750" a surplus): a comment
that names its own amount ("Överskottet på 750 tkr används delvis …"), reason-only comments taking the row's
cell ("3 400", "400", "−450"), "ökar med 2,2 mnkr" for pupils in other kommuners' schools, an undistributed
buffer "på 1 000 tkr" (reserver), "Prognos enligt budget" (boilerplate) and a row with no comment
(unlabelled); investments whose whole frame "beräknas användas" (boilerplate), an action with its effect,
pupil numbers against last year and a risk with an amount (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment with no amount: the row's Diff cell (tkr, forecast minus budget, so '+' is a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        header=lambda n, m: ("Götene kommun · Bildningsförvaltningen", "Månadsuppföljning mars 2026"),
        footer=lambda n, m: ("Upprättad 2026-04-09", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet (tkr)", "Budget", "Prognos", "Diff", "Kommentar"),
        rows=(
            (
                ("Förskola", "78 400", "77 650", "−750"),
                "Färre barn än planerat i Hällekis och Lundsbrunn. Överskottet på 750 tkr används delvis till "
                "fortbildning under hösten.",
                C("Förskola", "750 tkr", "+", "volymer", note="The comment names its own amount."),
            ),
            (
                ("Grundskola F–6", "96 200", "99 600", "3 400"),
                "Fler elever med omfattande stödbehov och hyra för paviljongerna vid Källby skola.",
                C("Grundskola F–6", "3 400", "-", "volymer", "lokaler", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola 7–9", "58 900", "59 300", "400"),
                "Något högre kostnader för skolskjuts efter ny upphandling.",
                C(
                    "Grundskola 7–9",
                    "400",
                    "-",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " A dearer transport contract is prisokningar.",
                ),
            ),
            (
                ("Grundsärskola", "9 700", "9 700", "0"),
                "Prognos enligt budget.",
                BP("Grundsärskola"),
            ),
            (
                ("Gymnasieskola", "64 300", "66 500", "2 200"),
                "Interkommunala ersättningar till Skövde och Lidköping ökar med 2,2 mnkr när fler ungdomar från Götene "
                "väljer program där. Ersättningen per elev har också räknats upp mer än budgeterat.",
                C("Gymnasieskola", "2,2 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
            ),
            (
                ("Vuxenutbildning", "11 800", "11 350", "−450"),
                "Statsbidraget för regionalt yrkesvux täcker en större del av kostnaderna än beräknat.",
                C("Vuxenutbildning", "−450", "+", "statsbidrag", unit="tkr", table=True, note=ROW),
            ),
            (("Kulturskola och bibliotek", "8 100", "8 100", "0"), "", None),
            (
                ("Central administration", "14 200", "13 200", "−1 000"),
                "Den centralt budgeterade bufferten för oförutsedda kostnader på 1 000 tkr är ännu inte fördelad.",
                C(
                    "Central administration",
                    "1 000 tkr",
                    "+",
                    "reserver",
                    note="An undistributed buffer: reserver.",
                ),
            ),
            (("Summa", "341 600", "345 400", "3 800"), "", None),
        ),
        widths=(112.0, 48.0, 48.0, 44.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="cond-bold", after=2),
        Title("Bildningsnämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Bildningsnämnden prognostiserar i mars ett negativt resultat på 3,8 mnkr för helåret.",
                C(None, "3,8 mnkr", "-"),
            ),
            (
                "Utfallet till och med mars är 1,1 mnkr högre än periodiserad budget.",
                C(
                    None,
                    "1,1 mnkr",
                    "-",
                    note="The period: an outcome (cost) higher than budget is negative.",
                ),
            ),
            (
                "Det är en försämring med 1,5 mnkr jämfört med februari, som i huvudsak beror på att hyran för de "
                "tillfälliga paviljongerna vid Källby skola nu är känd.",
                F(None, "1,5 mnkr", "-", "lokaler"),
            ),
        ),
        P(
            "I tabellen nedan redovisas prognosen per verksamhet. Kolumnen Diff visar prognos minus budget, vilket "
            "innebär att ett positivt tal är ett underskott."
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 7,5 mnkr har 0,6 mnkr förbrukats till och med mars. Hela ramen beräknas "
            "användas, bland annat till inventarier för den nya förskolan i Källby.",
            BP("Investeringar", note="The whole frame is expected to be used: no deviation."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har nämnden gett förvaltningen i uppdrag att pröva varje tjänst innan den "
            "återbesätts och att se över skolskjutsorganisationen inför hösten. Åtgärderna bedöms kunna ge 0,9 mnkr "
            "under 2026.",
            A(None, "0,9 mnkr"),
        ),
        H("Elever och barn", 2),
        P(
            "Antalet elever i grundskolan var 1 486 i mars, 22 fler än i mars 2025. Antalet barn i förskolan har "
            "däremot minskat med 31 under samma tid.",
            O(None, "volymer", note="Pupil numbers against the previous year."),
        ),
        H("Risker", 2),
        P(
            "Om statsbidraget för en likvärdig skola sänks enligt det förslag som regeringen aviserat kan intäkterna "
            "minska med cirka 1,2 mnkr redan i år.",
            O(None, "statsbidrag", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="gotene-bn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Götene",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Bildningsnämnden", "author": "Götene kommun"},
        style=style,
        blocks=blocks,
    )
