"""Ekerö kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026.

An education committee's tertial report in "mnkr" with en dashes as minus signs, footer with the nämnd's
meeting date in May: the full year "ett underskott på 8,2 mnkr" with a percentage of the frame and, in the
next sentence, the period "2,6 mnkr högre än den periodiserade budgeten" (two items, one paragraph); a
result table whose last column is each row's comment (CommentTable), with reason-only comments taking their
cells ("2,5", "–1,8", "–4,6", "–1,7"), one comment that names its own amount ("Underskottet på 6,3 mnkr"), an
undistributed buffer that is only a part of its row ("3,0 mnkr" of "3,7": the cell), "Prognos enligt
budget" (boilerplate) and a sum row with no comment; the change since February; actions after an unlabelled
lead-in; investments "7,8 mnkr beräknas vara kvar"; a grant risk and pupil numbers against last year
(others). 9 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Ekerö kommun", "Tertialrapport 1 2026 – Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("BUN 2026/0088", "Nämndsammanträde 2026-05-19", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "212,4", "209,9", "2,5"),
                "Färre barn än beräknat i förskolorna på Färingsö, där två avdelningar har slagits ihop.",
                C("Förskola", "2,5", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "486,0", "492,3", "–6,3"),
                "Underskottet på 6,3 mnkr beror på fler elever med tilläggsbelopp och på hyran för tillfälliga "
                "paviljonger vid en av skolorna.",
                C(
                    "Grundskola F–9",
                    "6,3 mnkr",
                    "-",
                    "volymer",
                    "lokaler",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Anpassad grundskola", "38,2", "40,0", "–1,8"),
                "Två nya elever med omfattande behov har tillkommit under våren.",
                C("Anpassad grundskola", "–1,8", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Gymnasieskola", "198,5", "203,1", "–4,6"),
                "Interkommunala ersättningar för elever i andra kommuners och i fristående gymnasieskolor blir högre "
                "än budgeterat.",
                C(
                    "Gymnasieskola",
                    "–4,6",
                    "-",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Interkommunal ersättning is kopt_verksamhet.",
                ),
            ),
            (
                ("Elevhälsa", "24,0", "24,0", "0,0"),
                "Prognos enligt budget.",
                BP("Elevhälsa"),
            ),
            (
                ("Skolskjuts", "31,5", "33,2", "–1,7"),
                "Nytt avtal med högre priser från januari.",
                C("Skolskjuts", "–1,7", "-", "prisokningar", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Central administration", "18,9", "15,2", "3,7"),
                "Ofördelad buffert för volymförändringar på 3,0 mnkr redovisas som överskott, liksom en vakant "
                "controllertjänst.",
                C(
                    "Central administration",
                    "3,7",
                    "+",
                    "reserver",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="The buffer's 3,0 mnkr is only a part: the row's cell.",
                ),
            ),
            (("Summa", "1 009,5", "1 017,7", "–8,2"), "", None),
        ),
        widths=(118.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämnden ansvarar för förskola, grundskola, anpassad grundskola, gymnasieskola och elevhälsa. Rapporten "
            "avser perioden januari–april."
        ),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Nämndens prognos för helåret visar ett underskott på 8,2 mnkr jämfört med budget, motsvarande 0,8 "
                "procent av nämndens ram.",
                C(
                    None,
                    "8,2 mnkr",
                    "-",
                    note="The full year; the percentage of the frame is not the amount.",
                ),
            ),
            (
                "Utfallet för januari–april är 2,6 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "2,6 mnkr",
                    "-",
                    note="The period in a sentence of its own: net cost above budget, negative.",
                ),
            ),
        ),
        comments,
        H("Förändring mot budgetuppföljningen i februari", 2),
        P(
            "Prognosen är 1,9 mnkr sämre än i februari. Förändringen förklaras främst av gymnasieskolans "
            "interkommunala ersättningar.",
            F(None, "1,9 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        PS(
            ("Förvaltningen har tagit fram en åtgärdsplan som nämnden fastställde i april.", None),
            (
                "Inom grundskolan prövas varje återbesättning av tjänster centralt, vilket beräknas ge 2,0 mnkr lägre "
                "personalkostnader under hösten.",
                A("Grundskola F–9", "2,0 mnkr", "bemanning"),
            ),
            (
                "Avtalet för skolskjuts omförhandlas inför läsåret 2026/27.",
                A("Skolskjuts", None, "prisokningar"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 14,2 mnkr mot en budget på 22,0 mnkr. Det innebär att 7,8 mnkr beräknas vara "
            "kvar vid årets slut, främst eftersom inköpen av inventarier till den nya skolan i Stenhamra skjuts till "
            "2027.",
            C("Investeringar", "7,8 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Risker", 2),
        P(
            "Det finns en osäkerhet kring statsbidraget för lågstadiesatsningen, som ännu inte har beslutats för "
            "hösten. Om det uteblir påverkar det prognosen negativt med upp till 3 mnkr.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
        H("Volymer", 2),
        P(
            "Antalet elever i grundskolan var 4 610 i april, 85 fler än ett år tidigare.",
            O("Grundskola F–9", "volymer", note="Pupils against last year: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Ekerö kommun"},
        style=style,
        blocks=blocks,
    )
