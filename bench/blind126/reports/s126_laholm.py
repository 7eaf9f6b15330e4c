"""Laholms kommun, Barn- och ungdomsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report in mnkr, footer with the nämnd's meeting in May: the full year's
"underskott på 4,2 mnkr" and the period "1,3 mnkr lägre än periodiserad budget" (a net cost under the
periodised budget: positive) with its timing reason in the same sentence; a comment table whose "Avv." is
budget minus forecast with U+2212 minus, reason-only comments taking their cells, a comment that names only a
part ("0,8 mnkr" of "−5,4"), one that names its own amount ("400 tkr dyrare"), a buffer and a vacancy that
give the row's "2,4" (the buffer's "2,0 mnkr" a part), "Prognos enligt budget" and a row with no comment;
then the deficit explained again in prose with two invented schools as a "respektive" pair; a change since
February with its cause, an investment frame "används fullt ut" (boilerplate), an action without an amount
and pupil numbers against last year with "beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 82.0, 62.0, 74.0),
        header=lambda n, m: ("Laholms kommun", "Barn- och ungdomsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Barn- och ungdomsnämnden 2026-05-20", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )

    def row(name: str, budget: str, prognos: str, avv: str) -> tuple[str, ...]:
        return (name, budget, prognos, avv)

    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avv.", "Kommentar"),
        rows=(
            (
                row("Förskola", "168,2", "166,9", "1,3"),
                "Färre barn än budgeterat i Mellbystrand och Skottorp.",
                C(
                    "Förskola",
                    "1,3",
                    "+",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note="A reason only: the row's cell.",
                ),
            ),
            (
                row("Grundskola F–9", "331,5", "336,9", "−5,4"),
                "Avvikelsen beror på ökade kostnader för elever i behov av särskilt stöd och på att lönerevisionen "
                "blev 0,8 mnkr dyrare än vad som kompenserats.",
                C(
                    "Grundskola F–9",
                    "−5,4",
                    "-",
                    "volymer",
                    "lonekostnader",
                    unit="mnkr",
                    table=True,
                    note="The comment names only a part (0,8 mnkr): the row's cell.",
                ),
            ),
            (row("Fritidshem", "41,0", "41,0", "0,0"), "Prognos enligt budget.", BP("Fritidshem")),
            (
                row("Grundsärskola", "18,7", "20,3", "−1,6"),
                "Två nya elever med omfattande behov har skrivits in sedan januari, vilket kräver extra personal.",
                C("Grundsärskola", "−1,6", "-", "volymer", "bemanning", unit="mnkr", table=True),
            ),
            (row("Gymnasieskola", "152,9", "153,4", "−0,5"), "", None),
            (
                row("Skolskjuts", "24,6", "25,0", "−0,4"),
                "Nytt avtal med högre taxa från 1 januari, 400 tkr dyrare än budgeterat.",
                C("Skolskjuts", "400 tkr", "-", "prisokningar", note="The comment's own amount."),
            ),
            (
                row("Central administration", "21,1", "18,7", "2,4"),
                "Ofördelad buffert på 2,0 mnkr samt en vakant tjänst som utvecklingsledare.",
                C(
                    "Central administration",
                    "2,4",
                    "+",
                    "reserver",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="The buffer's 2,0 mnkr is a part: the row's cell.",
                ),
            ),
            (row("Summa", "758,0", "762,2", "−4,2"), "", None),
        ),
        widths=(118.0, 44.0, 46.0, 40.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och ungdomsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Barn- och ungdomsnämnden prognostiserar ett underskott på 4,2 mnkr för helåret.",
                C(None, "4,2 mnkr", "-"),
            ),
            (
                "Efter april är utfallet 1,3 mnkr lägre än periodiserad budget, främst eftersom kostnader för "
                "fortbildning och läromedel faller ut under hösten.",
                C(
                    None,
                    "1,3 mnkr",
                    "+",
                    "periodisering",
                    note="A net cost under the periodised budget: positive, the timing reason in the same sentence.",
                ),
            ),
        ),
        table,
        H("Grundskola F–9", 3),
        PS(
            (
                "Grundskolans underskott på 5,4 mnkr är koncentrerat till två enheter.",
                C("Grundskola F–9", "5,4 mnkr", "-", note="The deficit explained a second time, in prose."),
            ),
            (
                "Vallbergaskolan och Norra Ekenäs skola visar −3,1 respektive −1,7 mnkr, främst på grund av fler "
                "elevassistenter än budgeterat.",
                C(
                    "Vallbergaskolan",
                    "−3,1",
                    "-",
                    "bemanning",
                    unit="mnkr",
                    note="Two invented schools as a 'respektive' pair: two items.",
                    also=(C("Norra Ekenäs skola", "−1,7 mnkr", "-", "bemanning"),),
                ),
            ),
        ),
        H("Förändring sedan februari", 3),
        P(
            "Prognosen har försämrats med 1,9 mnkr jämfört med månadsuppföljningen i februari, till följd av "
            "grundsärskolans nya elever.",
            F(None, "1,9 mnkr", "-", "volymer"),
        ),
        H("Investeringar", 3),
        P(
            "Nämndens investeringsram på 6,5 mnkr beräknas användas fullt ut, huvudsakligen till inventarier i den nya "
            "förskolan i Veinge.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 3),
        P(
            "Rektorerna inom grundskolan har fått i uppdrag att ta fram handlingsplaner för en budget i balans. Effekten "
            "är ännu inte beräknad.",
            A("Grundskola F–9"),
        ),
        H("Verksamhetsmått", 3),
        P(
            "Antalet inskrivna barn i förskolan var 1 412 i april, 38 färre än i april 2025, vilket beror på lägre "
            "födelsetal.",
            O("Förskola", "volymer", note="Numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="laholm-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och ungdomsnämnden", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
