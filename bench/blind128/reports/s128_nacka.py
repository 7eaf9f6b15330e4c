"""Nacka kommun, Kulturnämnden, bokslut 2025.

A culture committee's year-end report in "miljoner kronor" set in DejaVu Sans Condensed, footer with the
nämnd's meeting in February and a dnr: the result "+2,4 miljoner kronor jämfört med budget" followed by the
outcome against the tertial forecast (a forecast change); a result table whose last column is each row's
comment: a comment that names its own amount ("1,8 mnkr mer än beräknat"), reason-only comments that take
their row's cell (with U+2212 for minus), a comment "I nivå med budget." (boilerplate), a row with no comment
and a comment whose buffer "på 1,0 mnkr" is only a part of the row's 1,3; then the culture school's deficit
split into dance and music "−1,1 respektive −0,7 miljoner kronor" (two items); investments "3,4 miljoner
kronor av en budget på 5,0 miljoner kronor" (1,6 never written out); library visits against last year with
"beror på" and a proposed carry-over of the surplus (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O


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
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Nacka kommun", "Kulturnämndens bokslut 2025"),
        footer=lambda n, m: ("Kulturnämnden 2026-02-11", "Dnr KUN 2026/14", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "62,8", "61,3", "1,5"),
                "Två vakanta bibliotekarietjänster under våren och lägre kostnader för medier än planerat.",
                C(
                    "Bibliotek",
                    "1,5",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="A comment-column reason: the row's deviation cell.",
                ),
            ),
            (
                ("Kulturskola", "48,6", "50,4", "−1,8"),
                "Kulturskolecheckarna har lösts in i högre grad än budgeterat, 1,8 mnkr mer än beräknat, sedan "
                "fler anordnare godkänts.",
                C(
                    "Kulturskola",
                    "1,8 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Kulturhus och scener", "31,2", "30,6", "0,6"),
                "Intäkterna från uthyrning av Kvarnscenen blev högre än budget.",
                C(
                    "Kulturhus och scener",
                    "0,6",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                ),
            ),
            (
                ("Konst i offentlig miljö", "4,1", "4,1", "0,0"),
                "I nivå med budget.",
                BP("Konst i offentlig miljö"),
            ),
            (("Stöd till föreningar", "18,9", "17,4", "1,5"), "", None),
            (
                ("Evenemang", "6,2", "6,9", "−0,7"),
                "Kulturnatten flyttades inomhus på grund av stormen i augusti, vilket gav extra kostnader för "
                "lokaler och teknik.",
                C(
                    "Evenemang",
                    "−0,7",
                    "-",
                    "ovrigt",
                    "lokaler",
                    unit="mnkr",
                    table=True,
                    note="A storm is ovrigt; the cell's U+2212 minus.",
                ),
            ),
            (
                ("Nämnd och administration", "9,8", "8,5", "1,3"),
                "Nämndens ofördelade buffert på 1,0 mnkr har inte använts.",
                C(
                    "Nämnd och administration",
                    "1,3",
                    "+",
                    "reserver",
                    unit="mnkr",
                    table=True,
                    note="The buffer's 1,0 mnkr is a part: the row's cell is the amount.",
                ),
            ),
            (("Summa", "181,6", "179,2", "2,4"), "", None),
        ),
        widths=(118.0, 44.0, 44.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kulturnämnden redovisar ett resultat för 2025 på +2,4 miljoner kronor jämfört med budget.",
                C(None, "+2,4 miljoner kronor", "+"),
            ),
            (
                "Överskottet är 1,1 miljoner kronor större än i prognosen vid tertialbokslut 2.",
                F(None, "1,1 miljoner kronor", "+", note="The outcome against the interim forecast."),
            ),
        ),
        H("Resultat per verksamhet", 3),
        table,
        H("Kulturskolan", 3),
        P(
            "Inom kulturskolan är det dans och musik som står för −1,1 respektive −0,7 miljoner kronor av "
            "avvikelsen.",
            C(
                "Dans",
                "−1,1",
                "-",
                unit="mnkr",
                note="The culture school's deficit split into two areas ('respektive'): two items.",
                also=(C("Musik", "−0,7 miljoner kronor", "-"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 3,4 miljoner kronor av en budget på 5,0 miljoner kronor. Ny "
            "utrustning till biblioteket i Fisksätra levererades inte före årsskiftet.",
            C(
                "Investeringar",
                "3,4 miljoner kronor av en budget på 5,0 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=1_600_000,
                note="Under-spending of 1,6 miljoner kronor never written out: the computed value.",
            ),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet besök på biblioteken ökade med 6 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna i Orminge.",
            O(None, "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Nämnden föreslår att 1,2 miljoner kronor av överskottet förs över till 2026 för digitalisering av "
            "det lokalhistoriska arkivet.",
            O(None, "reserver", note="A proposed carry-over of the surplus: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="nacka-kn-bokslut-2025.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kulturnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
