"""Eslövs kommun, Barn- och familjenämnden, tertialrapport april 2026.

An education committee's tertial report in DejaVu Sans Condensed whose footer carries the nämnd's meeting
date in May: the full year "underskott om 6,3 mkr jämfört med tilldelad ram" and the period "1,8 mkr sämre än
den periodiserade budgeten" in two sentences of one paragraph (two causes), a change since February with its
cause; a comment table in mkr whose deficits are printed in brackets ("(3,3)"), where reason-only comments
take their cells, one comment names its own amount ("Avvikelsen om 4,4 mkr beror på"), one says "Prognos
enligt budget" (boilerplate) and two rows have no comment (unlabelled); the period's personnel costs "2,9 mkr
högre än budget för perioden" and the year's revenue "1,5 mkr högre än budgeterat"; actions as bullets after
an unlabelled lead-in, one with an effect, and the number of children against last April (other).
DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = (
    "A comment-column reason with no amount: the row's deviation cell as printed (mkr, deficit in brackets)."
)


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Eslövs kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och familjenämnden 2026-05-20", "BFN.2026.0094", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "248,6", "251,9", "(3,3)"),
                "Fler barn än planerat i åldern 1–3 år och högre kostnader för barn i behov av särskilt stöd.",
                C("Förskola", "(3,3)", "-", "volymer", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "512,4", "516,8", "(4,4)"),
                "Avvikelsen om 4,4 mkr beror på skolskjutsar som har upphandlats till ett högre pris och på ökade "
                "kostnader för elever i fristående skolor.",
                C(
                    "Grundskola F–9",
                    "4,4 mkr",
                    "-",
                    "prisokningar",
                    "kopt_verksamhet",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Fritidshem", "61,2", "60,1", "1,1"),
                "Vakanta tjänster som fritidspedagog under vårterminen.",
                C("Fritidshem", "1,1", "+", "vakanser", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Modersmål och studiehandledning", "9,9", "11,0", "(1,1)"),
                "Fler nyanlända elever med rätt till studiehandledning på modersmålet.",
                C(
                    "Modersmål och studiehandledning",
                    "(1,1)",
                    "-",
                    "volymer",
                    unit="mkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Elevhälsa", "38,0", "38,0", "0,0"), "Prognos enligt budget.", BP("Elevhälsa")),
            (
                ("Familjecentral och förebyggande", "14,7", "14,0", "0,7"),
                "Statsbidraget för föräldraskapsstöd har beviljats med mer än vad som budgeterades.",
                C(
                    "Familjecentral och förebyggande",
                    "0,7",
                    "+",
                    "statsbidrag",
                    unit="mkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Nämnd och central administration", "22,5", "21,8", "0,7"), "", None),
            (("Summa", "907,3", "913,6", "(6,3)"), "", None),
        ),
        widths=(150.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1, januari–april 2026", size=17, font="cond-bold", after=2),
        Title("Barn- och familjenämnden", size=12, font="cond", after=12),
        H("Ekonomisk uppföljning", 1),
        PS(
            (
                "Barn- och familjenämndens prognos för helåret är ett underskott om 6,3 mkr jämfört med tilldelad "
                "ram.",
                C(None, "6,3 mkr", "-"),
            ),
            (
                "Utfallet för januari–april är 1,8 mkr sämre än den periodiserade budgeten.",
                C(None, "1,8 mkr", "-", note="The period in a sentence of its own: a second cause."),
            ),
        ),
        P(
            "Prognosen är 0,4 mkr bättre än i februariuppföljningen, då intäkterna från barnomsorgsavgifter har "
            "blivit högre än beräknat.",
            F(None, "0,4 mkr", "+", "avgifter_intakter"),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Analys per kostnadsslag", 2),
        P(
            "Personalkostnaderna är 2,9 mkr högre än budget för perioden, där sjukfrånvaron och vikarier i förskolan "
            "står för merparten.",
            C(
                "Personalkostnader",
                "2,9 mkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                note="A period deviation of a kostnadsslag.",
            ),
        ),
        P(
            "Intäkterna beräknas för helåret bli 1,5 mkr högre än budgeterat, i huvudsak avgifter och statsbidrag.",
            C("Intäkter", "1,5 mkr", "+", "avgifter_intakter", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P("Nämnden har beslutat om följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "En översyn av förskolornas barngrupper inför hösten, med en beräknad effekt på 1,0 mkr.",
                "Skärpt prövning av alla vikarieanställningar i förskola och grundskola.",
            ),
            labels=(
                A("Förskola", "1,0 mkr", "bemanning"),
                A(None, None, "vikarier"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet barn i förskolan var i april 2 918, vilket är 64 fler än i april 2025.",
            O("Förskola", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="eslov-bfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Eslöv",
            "committee": ["Barn- och familjenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och familjenämnden", "author": "Eslövs kommun"},
        style=style,
        blocks=blocks,
    )
