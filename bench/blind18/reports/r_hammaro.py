"""Hammarö kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's first tertial report, DejaVu Sans 9.5 pt, footer with the nämnd's meeting in May: the
period "1,4 mnkr bättre än periodens budget" and the full year's "underskott på 2,9 mnkr" in one sentence
(one item, the full year's amount), the period's surplus explained in a paragraph of its own (a timing reason,
amount null), the change since February with its cause; one sentence that splits the deficit into three
kostnadsslag without "respektive" (three items); a table whose last column is each row's comment, in tkr with
a note that a negative figure is a deficit, comments with reasons only (each takes its row's cell), one "I nivå
med budget" (boilerplate) and rows with no comment (unlabelled); sick leave against last year (other), an
action with "ungefär 600 tkr", investments "beräknas användas fullt ut" (boilerplate) and enrolment against
last year (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, budget minus forecast)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 80.0, 58.0, 72.0),
        header=lambda n, m: (
            "Hammarö kommun  ·  Barn- och utbildningsförvaltningen",
            "Tertialrapport 1 2026",
        ),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "98 400", "100 150", "-1 750"),
                "Fler barn i förskoleåldern än i befolkningsprognosen, framför allt i Skoghall och Hallersrud.",
                C("Förskola", "-1 750", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidshem", "21 300", "21 000", "300"),
                "Vakanta fritidspedagogtjänster på två skolor under våren.",
                C("Fritidshem", "300", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "182 600", "184 100", "-1 500"),
                "Fler elever med behov av särskilt stöd har krävt extra elevassistenter utöver budgeterad nivå.",
                C("Grundskola F–9", "-1 500", "-", "volymer", "bemanning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Anpassad grundskola", "9 800", "9 800", "0"),
                "I nivå med budget.",
                BP("Anpassad grundskola"),
            ),
            (
                ("Gymnasieskola", "64 200", "65 350", "-1 150"),
                "Högre interkommunala ersättningar till Karlstad när fler elever har valt natur- och "
                "teknikprogrammen.",
                C(
                    "Gymnasieskola",
                    "-1 150",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " Interkommunal ersättning: kopt_verksamhet.",
                ),
            ),
            (("Elevhälsa", "12 500", "12 100", "400"), "", None),
            (
                ("Måltidsverksamhet", "24 300", "23 500", "800"),
                "Lägre livsmedelspriser än i budgeten och mindre matsvinn.",
                C("Måltidsverksamhet", "800", "+", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "413 100", "416 000", "-2 900"), "", None),
        ),
        widths=(108.0, 50.0, 52.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=11.5, font="sans", after=12),
        H("Ekonomiskt läge", 1),
        P(
            "Nämndens utfall för januari–april är 1,4 mnkr bättre än periodens budget, men för helåret räknar "
            "förvaltningen med ett underskott på 2,9 mnkr.",
            C(
                None,
                "2,9 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's amount and direction.",
            ),
        ),
        P(
            "Periodens positiva avvikelse förklaras av att statsbidraget för fritidshemmens lovverksamhet betalades "
            "ut redan i januari, medan budgeten fördelar det jämnt över året.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 0,8 mnkr, främst för att ytterligare två "
            "förskoleavdelningar har öppnats i april.",
            F(None, "0,8 mnkr", "-", "volymer"),
        ),
        P(
            "Sett per kostnadsslag överstiger personalkostnaderna budget med 2,1 mnkr och köp av verksamhet med 1,4 "
            "mnkr, medan övriga kostnader blir 0,6 mnkr lägre än budgeterat.",
            C(
                "Personalkostnader",
                "2,1 mnkr",
                "-",
                note="Three kostnadsslag in one sentence, no 'respektive': three items, no reasons.",
                also=(
                    C("Köp av verksamhet", "1,4 mnkr", "-"),
                    C("Övriga kostnader", "0,6 mnkr", "+"),
                ),
            ),
        ),
        H("Prognos per verksamhet", 2),
        P("Avvikelse = budget minus prognos. Ett negativt tal innebär ett underskott.", size=8.5),
        comments,
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland medarbetarna var 6,9 procent under perioden, 0,8 procentenheter lägre än samma "
            "period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen tar från maj inte in vikarier vid korttidsfrånvaro under en dag inom förskolan. Det "
            "beräknas sänka kostnaderna med ungefär 600 tkr under resten av året.",
            A("Förskola", "ungefär 600 tkr", "vikarier"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 4,0 mnkr för inventarier och digitala verktyg beräknas användas fullt ut.",
            BP("Investeringar", note="An investment budget used in full: no deviation."),
        ),
        H("Nyckeltal", 2),
        P(
            "I april var 1 012 barn inskrivna i förskolan, 37 fler än i april 2025.",
            O("Förskola", "volymer", note="Enrolment against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hammaro-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Hammarö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Hammarö kommun"},
        style=style,
        blocks=blocks,
    )
