"""Kungsörs kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report in mnkr with en dashes as minus signs, footer with the nämnd's meeting date
in April: the full year "underskott på 3,5 mnkr (–2,9 mnkr i februari)" (last month's figure in brackets is
not the amount) and the period "0,5 mnkr högre än den periodiserade budgeten" (a net cost above budget:
negative) in two sentences; the change since February with its cause; a comment table whose last column
explains each row: reasons only (the rows' "+0,6", "–0,9", "–1,6", "–0,3"), comments that name their own
amount ("överstiger budget med 1,8 mnkr", "ger ett överskott på 0,3 mnkr"), "Ingen avvikelse väntas." and a
row with no comment; personnel costs against the periodised budget under a heading of their own; an action
with "cirka 0,4 mnkr" and children against last year (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

REASON_ONLY = "A comment with reasons only: the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: (
            "Kungsörs kommun | Barn- och utbildningsförvaltningen",
            "Månadsuppföljning mars 2026",
        ),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-04-15", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "118,4", "117,8", "+0,6"),
                "Färre barn i kö än beräknat, och en avdelning hålls stängd under våren.",
                C("Förskola", "+0,6", "+", "volymer", unit="mnkr", table=True, note=REASON_ONLY),
            ),
            (
                ("Grundskola F–6", "142,0", "143,8", "–1,8"),
                "Kostnaderna för elevassistenter överstiger budget med 1,8 mnkr, då fler elever har omfattande "
                "stödbehov.",
                C("Grundskola F–6", "1,8 mnkr", "-", "volymer", note="The comment names its own amount."),
            ),
            (
                ("Grundskola 7–9", "71,5", "72,4", "–0,9"),
                "Lönerevisionen blev dyrare än budgeterat, främst för lärare i matematik och NO.",
                C("Grundskola 7–9", "–0,9", "-", "lonekostnader", unit="mnkr", table=True, note=REASON_ONLY),
            ),
            (
                ("Anpassad grundskola", "9,8", "9,8", "0,0"),
                "Ingen avvikelse väntas.",
                BP("Anpassad grundskola"),
            ),
            (
                ("Gymnasieskola", "76,3", "77,9", "–1,6"),
                "Fler elever än budgeterat har valt program i Köping och Arboga, vilket ökar de interkommunala "
                "ersättningarna.",
                C(
                    "Gymnasieskola",
                    "–1,6",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=REASON_ONLY + " Interkommunal ersättning: kopt_verksamhet.",
                ),
            ),
            (
                ("Skolskjuts", "8,6", "8,9", "–0,3"),
                "Nytt avtal för skolskjuts med högre priser från januari.",
                C(
                    "Skolskjuts",
                    "–0,3",
                    "-",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note=REASON_ONLY + " A dearer transport contract: prisokningar.",
                ),
            ),
            (("Kulturskola", "4,1", "3,9", "+0,2"), "", None),
            (
                ("Central administration", "12,0", "11,7", "+0,3"),
                "En vakant tjänst som utvecklingsledare under våren ger ett överskott på 0,3 mnkr.",
                C("Central administration", "0,3 mnkr", "+", "vakanser"),
            ),
            (("Summa", "442,7", "446,2", "–3,5"), "", None),
        ),
        widths=(112.0, 46.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="cond", after=12),
        H("Prognos för helåret", 2),
        PS(
            (
                "Barn- och utbildningsnämndens helårsprognos efter mars visar ett underskott på 3,5 mnkr (–2,9 "
                "mnkr i februari).",
                C(None, "3,5 mnkr", "-", note="Last month's figure in brackets is not the amount."),
            ),
            (
                "Utfallet för januari–mars är 0,5 mnkr högre än den periodiserade budgeten.",
                C(None, "0,5 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
        ),
        P(
            "Försämringen med 0,6 mnkr sedan februari beror i huvudsak på gymnasieskolan, där fyra elever har "
            "tillkommit efter omvalen.",
            F(None, "0,6 mnkr", "-", "volymer"),
        ),
        table,
        H("Personalkostnader", 2),
        P(
            "Personalkostnaderna ligger 1,1 mnkr över den periodiserade budgeten, vilket främst förklaras av att "
            "lönerevisionen blev dyrare än budgeterat och av fler elevassistenter i grundskolan.",
            C("Personalkostnader", "1,1 mnkr", "-", "lonekostnader", "bemanning"),
        ),
        H("Åtgärder", 2),
        P(
            "Från april prövas alla nyanställningar och vikariat av förvaltningschefen. Åtgärden beräknas minska "
            "kostnaderna med cirka 0,4 mnkr under resten av året.",
            A(None, "cirka 0,4 mnkr", "bemanning"),
        ),
        H("Barn och elever", 2),
        P(
            "Antalet inskrivna barn i förskolan är 22 färre än i mars 2025, vilket beror på lägre födelsetal.",
            O("Förskola", "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="kungsor-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Kungsör",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Barn- och utbildningsnämnden",
            "author": "Kungsörs kommun",
        },
        style=style,
        blocks=blocks,
    )
