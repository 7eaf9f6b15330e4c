"""Karlskrona kommun, Kulturnämnden, delårsrapport januari–augusti 2025.

A culture committee's interim report in DejaVu Serif 10 pt, footer with the nämnd's meeting date in
September: the period's surplus "ett överskott mot periodiserad budget på 1 340 tkr" and the full year "ett
underskott om 900 tkr" as two sentences of one paragraph, the period surplus's timing reason in a paragraph
of its own (amount null), a change since the tertial report caused by a break-in (ovrigt); a comment table in
tkr whose deficits are in brackets ("(420)", "(1 180)"): reason-only comments take their cells, one comment
names its own amount ("Underskottet på 1 180 tkr"), one says "Prognos enligt budget" (boilerplate);
investments that "beräknas överstiga budgeten med 0,4 mnkr"; an action with its effect and participants
against last year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr), deficit in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("KARLSKRONA KOMMUN", "Kulturförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025", "Kulturnämnden 2025-09-23", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "6 850", "6 700", "150"),
                "Lägre kostnader för nämndens sammanträden och utbildningar.",
                C("Nämnd och administration", "150", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "41 200", "41 620", "(420)"),
                "Stadsbiblioteket hade utökat öppethållande under sommaren när en filial renoverades, vilket krävde "
                "timanställd personal.",
                C("Bibliotek", "(420)", "-", "vikarier", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Konsthall och kulturhus", "12 300", "13 480", "(1 180)"),
                "Underskottet på 1 180 tkr beror på reparationer och bevakning efter inbrottet i juni samt lägre "
                "entréintäkter när utställningshallen hölls stängd i sju veckor.",
                C(
                    "Konsthall och kulturhus",
                    "1 180 tkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Kulturskola", "28 900", "28 350", "550"),
                "Vakanta lärartjänster i stråk och slagverk under våren.",
                C("Kulturskola", "550", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturstöd och evenemang", "9 400", "9 400", "0"),
                "Prognos enligt budget.",
                BP("Kulturstöd och evenemang"),
            ),
            (("Summa", "98 650", "99 550", "(900)"), "", None),
        ),
        widths=(128.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="serif", after=14),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Kulturnämnden redovisar per den 31 augusti ett överskott mot periodiserad budget på 1 340 tkr.",
                C(None, "1 340 tkr", "+", note="The period's deviation."),
            ),
            (
                "För helåret beräknas nämnden däremot överskrida sin ram, och prognosen pekar på ett underskott om "
                "900 tkr.",
                C(None, "900 tkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P(
            "Det positiva utfallet för perioden beror framför allt på att bidragen till kulturföreningarna betalas "
            "ut i oktober och november.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 600 tkr sedan tertialrapporten. Försämringen förklaras av kostnader för "
            "bevakning och städning efter inbrottet på konsthallen i juni.",
            F(None, "600 tkr", "-", "ovrigt"),
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 3,6 mnkr. Nya meröppetsystem till två filialbibliotek blir "
            "dyrare än planerat och investeringarna beräknas överstiga budgeten med 0,4 mnkr.",
            C("Investeringar", "0,4 mnkr", "-", "it_digitalisering", note="An investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har nämnden beslutat att senarelägga inköp av nya medier till biblioteken, "
            "vilket minskar kostnaderna med 300 tkr under hösten.",
            A("Bibliotek", "300 tkr"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Antalet deltagare i kulturskolans kurser är 8 procent lägre än vid samma tid förra året, vilket delvis "
            "beror på vakanserna.",
            O("Kulturskola", "volymer", "vakanser", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-kun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Kulturnämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
