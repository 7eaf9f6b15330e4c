"""Ljungby kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026 (januari–april).

A culture and leisure committee's tertial report, DejaVu Sans 9.5 pt, footer with the förvaltning's letter date
in May: the full year "ett överskott mot budget med 0,9 mnkr", the period "0,6 mnkr lägre än periodiserad
budget" with its timing reason, and "Prognosen är oförändrad" since February
(a boilerplate forecast change); a table whose last column is each row's comment (CommentTable) in tkr with
U+2212 minus signs and "+" for surpluses, where the comments give reasons without amounts (each takes its
row's cell: "+200", "+620", "−310", "−680", "+470", "+600"), one comment says "Prognosen följer budget"
(boilerplate) and one row has no comment; an undistributed buffer that is not needed (reserver); an
investment project moved to 2027 "och ger ett överskott på 1,4 mnkr"; an action with its effect; a risk about
an insurance claim and library loans against last year (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Ljungby kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Skrivelse 2026-05-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "3 150", "2 950", "+200"),
                "Lägre kostnader för konsulter i arbetet med den nya kulturplanen.",
                C(
                    "Nämnd och administration",
                    "+200",
                    "+",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Bibliotek", "14 800", "14 180", "+620"),
                "Två tjänster som bibliotekarie är vakanta under våren och tillsätts först i augusti.",
                C("Bibliotek", "+620", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "9 600", "9 910", "−310"),
                "Fler elever i ämneskurserna än budgeterat kräver extra lärartimmar. De ökade avgiftsintäkterna "
                "täcker inte hela kostnaden.",
                C(
                    "Kulturskola",
                    "−310",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The higher fee revenue only offsets part: the cause is the volume.",
                ),
            ),
            (
                ("Museer och kulturarv", "5 400", "5 400", "0"),
                "Prognosen följer budget.",
                BP("Museer och kulturarv"),
            ),
            (
                ("Fritidsanläggningar", "21 700", "22 380", "−680"),
                "Högre elkostnader i ishallen och en vattenskada i simhallens omklädningsrum som måste åtgärdas "
                "akut.",
                C(
                    "Fritidsanläggningar",
                    "−680",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Water damage is ovrigt.",
                ),
            ),
            (
                ("Föreningsbidrag", "6 250", "5 780", "+470"),
                "Färre föreningar än väntat har sökt anläggningsbidrag.",
                C("Föreningsbidrag", "+470", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (("Fritidsgårdar", "4 900", "4 900", "0"), "", None),
            (
                ("Buffert", "600", "0", "+600"),
                "Nämndens ofördelade buffert bedöms inte behöva tas i anspråk.",
                C("Buffert", "+600", "+", "reserver", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "66 400", "65 500", "+900"), "", None),
        ),
        widths=(126.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Inledning", 2),
        P(
            "Tertialrapporten omfattar perioden januari–april. Under perioden har biblioteket i Lidhult fått "
            "meröppet, och sportlovsveckan lockade fler besökare till anläggningarna än tidigare år."
        ),
        H("Ekonomisk prognos", 2),
        P(
            "Kultur- och fritidsnämnden prognostiserar ett överskott mot budget med 0,9 mnkr för 2026.",
            C(None, "0,9 mnkr", "+"),
        ),
        P(
            "Utfallet för januari–april är 0,6 mnkr lägre än periodiserad budget, eftersom flera av sommarens "
            "evenemang betalas först i juni och juli.",
            C(
                None,
                "0,6 mnkr",
                "+",
                "periodisering",
                note="The period: net cost under the periodised budget is positive, with its timing reason.",
            ),
        ),
        P(
            "Prognosen är oförändrad jämfört med årets första prognos i februari.",
            BF(None, note="'Oförändrad' since the previous forecast: a boilerplate forecast change."),
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 7,2 mnkr har 1,1 mnkr förbrukats per april. Upprustningen av elljusspåret i "
            "Ryssby skjuts till 2027 och ger ett överskott på 1,4 mnkr, medan övriga projekt beräknas följa plan.",
            C(
                "Upprustning av elljusspåret i Ryssby",
                "1,4 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending by a postponed project; the spend so far is a level.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska kostnaderna i ishallen sänks temperaturen i läktarutrymmet och isen läggs en vecka senare "
            "i höst, vilket beräknas spara 150 tkr.",
            A("Fritidsanläggningar", "150 tkr", "prisokningar"),
        ),
        H("Risker och volymer", 2),
        P(
            "Det råder osäkerhet om hur stora kostnaderna för vattenskadan i simhallen till slut blir, eftersom "
            "försäkringsbolagets bedömning ännu inte är klar.",
            O("Fritidsanläggningar", note="A risk."),
        ),
        P(
            "Antalet utlån på biblioteken var 4 procent lägre än under samma period 2025.",
            O("Bibliotek", "volymer", note="Loans against the previous year."),
        ),
    ]
    return ReportSpec(
        file="ljungby-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
