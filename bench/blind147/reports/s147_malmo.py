"""Malmö stad, Kulturnämnden, delårsrapport per augusti 2025.

A culture committee's interim report in DejaVu Sans 9.5 pt, footer with the nämnd's meeting date in
September: the full year "ett överskott om 3,0 mnkr mot kommunbidraget" followed by the period's share of the
budget (other), the change since the April report with its cause; a comment table in tkr whose last column
explains each row: reason-only comments taking their cells ("1 300", "–1 800", "–1 200", "2 100"), a comment
that names its own amount ("Överskottet på 2,1 mnkr"), an undistributed buffer "om 1 500 tkr" that is a part,
"Bidragen fördelas enligt plan" (boilerplate), a row with no comment and the sum row (nothing); investments
"4,6 mnkr lägre än den budgeterade investeringsramen"; sick leave against last year with "beror på", an
action with "cirka 0,9 mnkr" and an uncertainty (others).

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
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 82.0, 60.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden 2025-09-25, ärende 7", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "148 600", "147 300", "1 300"),
                "Flera tjänster har varit vakanta under våren och rekryteringarna har tagit längre tid än beräknat.",
                C(
                    "Bibliotek",
                    "1 300",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="Reason only: the cell.",
                ),
            ),
            (
                ("Museer", "96 200", "94 100", "2 100"),
                "Överskottet på 2,1 mnkr förklaras av vakanser och av högre entréintäkter än budgeterat under "
                "sommarens utställning.",
                C(
                    "Museer",
                    "2,1 mnkr",
                    "+",
                    "vakanser",
                    "avgifter_intakter",
                    note="The comment names its amount.",
                ),
            ),
            (
                ("Kulturstöd", "71 400", "71 400", "0"),
                "Bidragen fördelas enligt plan.",
                BP("Kulturstöd"),
            ),
            (
                ("Kulturskolan", "58 300", "60 100", "–1 800"),
                "Lokalkostnaderna för den tillfälliga verksamheten i Rosengård har blivit högre än budgeterat.",
                C("Kulturskolan", "–1 800", "-", "lokaler", unit="tkr", table=True),
            ),
            (
                ("Evenemang", "31 200", "32 400", "–1 200"),
                "Kostnaderna för bevakning och avspärrningar vid sommarens stadsfester blev högre efter nya krav "
                "från polisen.",
                C(
                    "Evenemang",
                    "–1 200",
                    "-",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="New security requirements: ovrigt.",
                ),
            ),
            (("Konsthallen", "22 900", "22 400", "500"), "", None),
            (
                ("Förvaltningsgemensamt", "34 800", "32 700", "2 100"),
                "Ej fördelad buffert om 1 500 tkr samt lägre kostnader för IT-licenser än budgeterat.",
                C(
                    "Förvaltningsgemensamt",
                    "2 100",
                    "+",
                    "reserver",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note="The buffer's 1 500 tkr is a part: the row's cell is the amount.",
                ),
            ),
            (("Summa", "463 400", "460 400", "3 000"), "", None),
        ),
        widths=(108.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport per augusti 2025", size=18, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12, font="sans", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Kulturnämnden prognostiserar ett överskott om 3,0 mnkr mot kommunbidraget för 2025.",
                C(None, "3,0 mnkr", "+"),
            ),
            (
                "Utfallet per augusti uppgår till 302,1 mnkr, vilket motsvarar 65 procent av årets budget.",
                O(None, note="The period's outcome as a share of the budget: other."),
            ),
        ),
        P(
            "Jämfört med prognosen i uppföljningsrapporten per april har prognosen förbättrats med 1,6 mnkr, i "
            "huvudsak på grund av vakanser inom museiverksamheten.",
            F(None, "1,6 mnkr", "+", "vakanser"),
        ),
        H("Avvikelser per verksamhet", 3),
        table,
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 7,4 mnkr, alltså 4,6 mnkr lägre än den budgeterade investeringsramen på "
            "12,0 mnkr, eftersom upphandlingen av ny scenteknik till Kulturskolans konsertsal har överklagats.",
            C("Investeringar", "4,6 mnkr", "+", "periodisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 5,1 procent, vilket är 0,4 procentenheter lägre än under motsvarande period "
            "2024. Minskningen beror på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Kulturskolan utreder möjligheten att samlokalisera undervisningen i Rosengård med en grundskola från "
            "januari 2026, vilket på helårsbasis bedöms minska lokalkostnaderna med cirka 0,9 mnkr.",
            A("Kulturskolan", "cirka 0,9 mnkr", "lokaler"),
        ),
        P(
            "Prognosen är förenad med viss osäkerhet kring intäkterna från höstens utställningar och konserter.",
            O(None, note="Uncertainty."),
        ),
    ]
    return ReportSpec(
        file="malmo-kn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport per augusti 2025 Kulturnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
