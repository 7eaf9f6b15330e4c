"""Mjölby kommun, Utbildningsnämnden, månadsuppföljning februari 2026.

A school committee's month report, footer with the nämnd's meeting date in March: the full year "en negativ
budgetavvikelse på 7,2 miljoner kronor", the period "1,3 miljoner kronor högre än periodiserad budget" (a net
cost over the period's budget: negative) with its retroactive-pay reason in the next sentence (one item), "Helårsprognosen är densamma
som i januariuppföljningen" (boilerplate forecast change); a comment table in tkr (DejaVu Sans Condensed)
whose comments give reasons without amounts (the rows' "1 600", "-1 800", "-2 700"), name their own amount
("Underskottet på 5,2 mnkr", "blev 1,0 mnkr högre än budgeterat"), say "Ingen avvikelse." (boilerplate) or
are empty (a row of -100 and the sum: unlabelled); an action with its effect, investments "2,5 mnkr inte
förbrukas" and sick leave against last year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Mjölby kommun", "Utbildningsförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning februari 2026", "Utbildningsnämnden 2026-03-24", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget 2026", "Prognos 2026", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "298 400", "296 800", "1 600"),
                "Färre barn än planerat i Mantorp och Väderstad. Två avdelningar på Vallby förskola hålls stängda "
                "under våren.",
                C("Förskola", "1 600", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–6", "412 600", "417 800", "-5 200"),
                "Underskottet på 5,2 mnkr beror på ökade kostnader för elevassistenter till elever med omfattande "
                "behov och på fler elever i fristående skolor.",
                C(
                    "Grundskola F–6",
                    "5,2 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Grundskola 7–9", "201 300", "203 100", "-1 800"),
                "Skolskjutsavtalet som började gälla i januari är dyrare än det tidigare avtalet.",
                C(
                    "Grundskola 7–9",
                    "-1 800",
                    "-",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " A dearer transport contract: prisokningar.",
                ),
            ),
            (
                ("Gymnasieskola", "188 200", "190 900", "-2 700"),
                "Interkommunala ersättningar till Linköping och Motala ökar, eftersom fler elever har valt program "
                "som inte erbjuds i Mjölby.",
                C(
                    "Gymnasieskola",
                    "-2 700",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxenutbildning", "46 900", "45 900", "1 000"),
                "Statsbidraget för regional yrkesvux blev 1,0 mnkr högre än budgeterat.",
                C("Vuxenutbildning", "1,0 mnkr", "+", "statsbidrag"),
            ),
            (
                ("Elevhälsa", "31 600", "31 600", "0"),
                "Ingen avvikelse.",
                BP("Elevhälsa"),
            ),
            (("Kulturskola", "14 200", "14 300", "-100"), "", None),
            (("Summa", "1 193 200", "1 200 400", "-7 200"), "", None),
        ),
        widths=(98.0, 64.0, 66.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=19, font="cond-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar för 2026 en negativ budgetavvikelse på 7,2 miljoner kronor.",
            C(None, "7,2 miljoner kronor", "-"),
        ),
        P(
            "Efter två månader är utfallet 1,3 miljoner kronor högre än periodiserad budget. En stor del av det "
            "förklaras av att lönerevisionen för lärare blev klar i januari och betalades ut retroaktivt, vilket inte "
            "var periodiserat i budgeten.",
            C(
                None,
                "1,3 miljoner kronor",
                "-",
                "lonekostnader",
                "periodisering",
                note="A net cost over the period's budget: negative. The reason in the next sentence belongs to it.",
            ),
        ),
        P("Helårsprognosen är densamma som i januariuppföljningen.", BF(None)),
        H("Prognos och kommentarer per verksamhet", 2),
        comments,
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över resursfördelningen till grundskolan och har infört ett gemensamt beslutsstöd för "
            "tilldelning av elevassistenter. Åtgärderna bedöms kunna minska underskottet med cirka 2 mnkr under "
            "hösten.",
            A("Grundskola F–6", "cirka 2 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 6,5 mnkr bedöms 2,5 mnkr inte förbrukas under 2026, eftersom inköpen "
            "av möbler till den nya skolan i Mantorp skjuts till 2027 när inflyttningen har försenats.",
            C("Investeringar", "2,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i februari var 6,8 procent, vilket är lägre än i februari 2025. Minskningen beror på en "
            "mildare influensasäsong.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="mjolby-un-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Utbildningsnämnden", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
