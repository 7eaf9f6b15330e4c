"""Danderyds kommun, Utbildningsnämnden, tertialrapport 1 2026 (januari–april).

An education committee's tertial report set in a serif face, with a footer carrying the nämnd's meeting date in
May: the period "3,8 mnkr lägre än periodiserad budget" (a net cost below budget: positive) and the full year's
"underskott på 5,6 mnkr" beside a percentage of the budget in two sentences, the period surplus's timing reason
in a paragraph of its own (amount null); a reading note, then a comment table in mnkr whose last column is each
row's comment: a comment that states its own amount ("Avvikelsen på 4,3 mnkr beror på"), reason-only comments
taking their rows' cells ("−8,2", "3,3", "−1,4"), a comment with undistributed funds "på 2,0 mnkr" that are only
a part of the row's "4,7", "Prognos enligt budget." (boilerplate) and a row with no comment; a forecast change
since February; en-dash bullets of actions (one with its effect); a risk about pupils' programme choices,
investments "beräknas förbrukas fullt ut" (boilerplate) and sick leave against last year (other). DejaVu Serif
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reason only: the row's deviation cell (mnkr; negative = deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("DANDERYDS KOMMUN", "Utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026, behandlad av nämnden 2026-05-21", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "312,4", "309,1", "3,3"),
                "Färre barn i förskoleålder än i befolkningsprognosen, i genomsnitt 46 barn färre under våren.",
                C("Förskola", "3,3", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola", "498,7", "506,9", "−8,2"),
                "Skolpengen till fristående skolor och andra kommuner ökar när 37 fler elever än budgeterat väljer "
                "skola utanför kommunen.",
                C("Grundskola", "−8,2", "-", "kopt_verksamhet", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Fritidshem", "62,0", "63,4", "−1,4"),
                "Fler barn inskrivna i fritidshem än budgeterat, framför allt i årskurs 3.",
                C("Fritidshem", "−1,4", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Gymnasieskola", "201,5", "205,8", "−4,3"),
                "Avvikelsen på 4,3 mnkr beror på högre interkommunala ersättningar när fler elever går dyrare "
                "program.",
                C("Gymnasieskola", "4,3 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                ("Elevhälsa", "28,6", "28,6", "0,0"),
                "Prognos enligt budget.",
                BP("Elevhälsa"),
            ),
            (("Kulturskola", "14,2", "13,9", "0,3"), "", None),
            (
                ("Central administration", "36,1", "31,4", "4,7"),
                "Ofördelade medel för kompetensutveckling på 2,0 mnkr samt två vakanta tjänster på kansliet.",
                C(
                    "Central administration",
                    "4,7",
                    "+",
                    "reserver",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="The 2,0 mnkr is a part: the row's cell is the amount.",
                ),
            ),
            (("Summa", "1 153,5", "1 159,1", "−5,6"), "", None),
        ),
        widths=(104.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Utbildningsnämnden", size=13, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Utbildningsnämnden redovisar för perioden januari–april ett utfall som ligger 3,8 mnkr lägre än "
                "periodiserad budget.",
                C(None, "3,8 mnkr", "+", note="A net cost below the periodised budget: positive."),
            ),
            (
                "Helårsprognosen är ett underskott på 5,6 mnkr, motsvarande 0,5 procent av nämndens budget.",
                C(None, "5,6 mnkr", "-"),
            ),
        ),
        P(
            "Överskottet för perioden förklaras till stor del av att kostnaderna för läromedel och skolmåltider "
            "till största delen infaller i början av höstterminen.",
            C(None, None, "+", "periodisering", note="The period surplus's reason apart from its amount."),
        ),
        P(
            "Tabell 2. Driftredovisning per verksamhet, mnkr. Avvikelse är budget minus prognos; negativt tal "
            "innebär underskott.",
            size=8.5,
        ),
        table,
        H("Förändring jämfört med februari", 2),
        P(
            "Prognosen har försämrats med 1,9 mnkr sedan februari, då nya beslut om tilläggsbelopp har fattats "
            "för elever i fristående grundskolor.",
            F(None, "1,9 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            items=(
                "Antalet barngrupper i förskolan anpassas inför hösten, vilket beräknas ge 1,2 mnkr lägre "
                "personalkostnader under 2026.",
                "Rektorerna har fått i uppdrag att se över resursfördelningen inom grundskolan inför läsåret "
                "2026/27.",
            ),
            labels=(A("Förskola", "1,2 mnkr", "bemanning"), A("Grundskola")),
            glyph="–",
        ),
        H("Osäkerheter", 2),
        P(
            "Osäkerheten i prognosen är stor eftersom elevernas val av gymnasieprogram inför hösten ännu inte är "
            "kända.",
            O("Gymnasieskola", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 6,5 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron bland nämndens medarbetare uppgick till 5,1 procent under perioden, vilket är 0,4 "
            "procentenheter lägre än motsvarande period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="danderyd-un-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Utbildningsnämnden", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
