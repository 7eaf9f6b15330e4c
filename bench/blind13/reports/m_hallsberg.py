"""Hallsbergs kommun, Bildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's first tertial report in tkr and mnkr, DejaVu Serif 10 pt with DejaVu Sans headings,
footer with the nämnd's meeting date in May: one sentence with the period "3,2 mnkr lägre än budget" and the
full year "ett underskott om 2,9 mnkr" with the period's timing reason (one item, the full year's amount); a
reading note that declares budget − prognos with deficits in brackets; a result table whose last column is each
verksamhet's comment: reason-only comments (the row's "(1 550)", "(2 100)", "(850)", "500"), one comment with
its own amount in another unit ("drygt 0,6 mnkr" beside the row's "640"), "Följer budget." (boilerplate), a row
with no comment and the sum row (nothing); investments where "hela ramen bedöms användas" (boilerplate); two
actions in one paragraph, one with its effect; a population outlook (other). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("HALLSBERGS KOMMUN", "Bildningsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Bildningsnämnden 2026-05-19", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "96 400", "97 950", "(1 550)"),
                "Fler barn än planerat i Pålsboda och Vretstorp; två nya avdelningar har öppnats under våren.",
                C(
                    "Förskola",
                    "(1 550)",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A comment with a reason only: the row's deviation cell (brackets = deficit).",
                ),
            ),
            (
                ("Grundskola F–6", "142 800", "144 900", "(2 100)"),
                "Fler elever med tilläggsbelopp och en dyrare skolskjutsupphandling än beräknat.",
                C(
                    "Grundskola F–6",
                    "(2 100)",
                    "-",
                    "volymer",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="A dearer school-transport contract: prisokningar.",
                ),
            ),
            (
                ("Grundskola 7–9", "88 200", "87 560", "640"),
                "Överskottet, drygt 0,6 mnkr, beror på att två lärartjänster på Sydkullaskolan har varit vakanta "
                "under vårterminen.",
                C(
                    "Grundskola 7–9",
                    "drygt 0,6 mnkr",
                    "+",
                    "vakanser",
                    note="The comment states its own amount: the prose's figure (the row says 640 tkr).",
                ),
            ),
            (
                ("Gymnasieskola", "61 300", "62 150", "(850)"),
                "Fler elever än budgeterat har valt program i Örebro, vilket ökar den interkommunala ersättningen.",
                C(
                    "Gymnasieskola",
                    "(850)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Vuxenutbildning", "18 700", "18 200", "500"),
                "Statsbidraget för regional yrkesvux blev högre än budgeterat.",
                C("Vuxenutbildning", "500", "+", "statsbidrag", unit="tkr", table=True),
            ),
            (
                ("Kulturskola och bibliotek", "14 900", "14 900", "0"),
                "Följer budget.",
                BP("Kulturskola och bibliotek"),
            ),
            (("Nämnd och förvaltning", "12 600", "12 140", "460"), "", None),
            (("Summa", "434 900", "437 800", "(2 900)"), "", None),
        ),
        widths=(112.0, 52.0, 52.0, 58.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Bildningsnämnden, Hallsbergs kommun", size=12, font="serif-italic", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Utfallet till och med april är 3,2 mnkr lägre än budget för perioden, men eftersom höstterminens "
            "kostnader för nya barngrupper ännu inte belastar redovisningen bedöms helåret sluta med ett underskott "
            "om 2,9 mnkr.",
            C(
                None,
                "2,9 mnkr",
                "-",
                "periodisering",
                note="The period's surplus and the full year's deficit in one sentence: the full year's is the "
                "amount; the period's timing reason is periodisering.",
            ),
        ),
        P(
            "Avvikelsen i tabellen beräknas som budget minus prognos, i tusen kronor. Negativa belopp, det vill säga "
            "underskott, anges inom parentes."
        ),
        table,
        H("Investeringar", 2),
        P(
            "Nämnden har en investeringsram på 4,5 mnkr för inventarier och digitala lärverktyg. Hittills har 0,9 "
            "mnkr förbrukats, och hela ramen bedöms användas under året.",
            BP("Investeringar", note="The investment frame used in full: boilerplate."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "För att minska underskottet har nämnden beslutat att inte återbesätta tjänster inom elevhälsans "
                "administration som blir lediga under året, vilket bedöms ge 0,4 mnkr.",
                A(None, "0,4 mnkr", "vakanser"),
            ),
            (
                "Förvaltningen utreder också om skolskjutsarna kan samordnas med kollektivtrafiken inför läsåret "
                "2026/27.",
                A(None, None),
            ),
        ),
        H("Omvärld och risker", 2),
        P(
            "Enligt kommunens befolkningsprognos minskar antalet barn i förskoleåldern med omkring 40 per år fram till "
            "2030, vilket på sikt kräver att förskolans lokaler anpassas.",
            O(None, "volymer", note="A population outlook: other."),
        ),
    ]
    return ReportSpec(
        file="hallsberg-bin-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Hallsberg",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Bildningsnämnden", "author": "Hallsbergs kommun"},
        style=style,
        blocks=blocks,
    )
