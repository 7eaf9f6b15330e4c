"""Solna stad, Barn- och utbildningsnämnden, tertialrapport 2 2025 (per augusti).

An education committee's tertial report in DejaVu Serif, footer with the nämnd's meeting date in September:
the full year "ett överskott på 4,6 mnkr jämfört med budget" with its reasons and the change since tertial 1
in the same paragraph (two items); a reading note that declares tkr and a trailing minus for deficits; a
comment table whose comments are the explanations: reason-only comments taking their cells ("2 400", "1 200-"),
a comment with only a part ("4,1 mnkr" of the row's "6 300"), a comment with its own full amount ("3,8
mnkr"), a central buffer used up (reserver), "I nivå med budget." (boilerplate) and a row with no comment;
the period "8,1 mnkr lägre än den periodiserade budgeten" (a net cost, so positive) with an early grant;
investments "Av investeringsbudgeten på 14,0 mnkr beräknas 9,5 mnkr användas" (4,5 never written out); an
action, a pupil-forecast risk and sick leave against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Solna stad", "Tertialrapport 2 2025 – Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-24", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "412 300", "409 900", "2 400"),
                "Lägre barnantal än budgeterat, i genomsnitt 38 färre inskrivna barn under våren.",
                C(
                    "Förskola",
                    "2 400",
                    "+",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A reason-only comment: its row's deviation cell.",
                ),
            ),
            (
                ("Grundskola", "618 500", "612 200", "6 300"),
                "Elevantalet i kommunala och fristående grundskolor är cirka 110 elever lägre än i budgeten. "
                "Skolpengen till fristående skolor blir därmed 4,1 mnkr lägre än budgeterat.",
                C(
                    "Grundskola",
                    "6 300",
                    "+",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="The comment names only a part (4,1 mnkr): the row's cell is the amount.",
                ),
            ),
            (
                ("Gymnasieskola", "241 800", "245 600", "3 800-"),
                "Fler elever än planerat väljer program i andra kommuner och hos fristående huvudmän, vilket ökar "
                "kostnaderna för interkommunal ersättning och skolpeng med 3,8 mnkr.",
                C(
                    "Gymnasieskola",
                    "3,8 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The comment states the full amount in mnkr.",
                ),
            ),
            (
                ("Anpassad grundskola", "38 400", "39 600", "1 200-"),
                "Två nya elever med omfattande stödbehov och skolskjuts med taxi.",
                C(
                    "Anpassad grundskola",
                    "1 200-",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="Trailing minus in the cell: the amount text as printed.",
                ),
            ),
            (
                ("Elevhälsa och stöd", "28 700", "28 700", "0"),
                "I nivå med budget.",
                BP("Elevhälsa och stöd"),
            ),
            (("Nämnd och förvaltning", "22 100", "22 200", "100-"), "", None),
            (
                ("Central buffert", "6 000", "5 000", "1 000"),
                "Nämndens buffert för oförutsedda kostnader har bara delvis behövt tas i anspråk.",
                C(
                    "Central buffert",
                    "1 000",
                    "+",
                    "reserver",
                    unit="tkr",
                    table=True,
                    note="An unused buffer as the reason: reserver.",
                ),
            ),
            (("Summa", "1 367 800", "1 363 200", "4 600"), "", None),
        ),
        widths=(112.0, 54.0, 54.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämndens prognos för 2025 är ett överskott på 4,6 mnkr jämfört med budget. "
                "Överskottet förklaras till största delen av att färre elever än budgeterat går i Solnas "
                "grundskolor, samtidigt som fler gymnasieelever än planerat går i andra kommuners skolor.",
                C(None, "4,6 mnkr", "+", "volymer", "kopt_verksamhet"),
            ),
            (
                "Prognosen har därmed förbättrats med 2,6 mnkr sedan tertialrapport 1, främst genom lägre "
                "elevvolymer i grundskolan.",
                F(None, "2,6 mnkr", "+", "volymer"),
            ),
        ),
        H("Prognos per verksamhet", 2),
        P("Belopp i tkr. Minustecken efter beloppet anger underskott mot budget.", size=8.5),
        table,
        H("Periodens utfall", 2),
        P(
            "Utfallet för januari–augusti är 903,8 mnkr, vilket är 8,1 mnkr lägre än den periodiserade budgeten. "
            "Skillnaden beror till en del på att statsbidraget för likvärdig skola har betalats ut tidigare än "
            "beräknat och bokförts i sin helhet.",
            C(
                None,
                "8,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="A net cost lower than the periodised budget: positive.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,0 mnkr beräknas 9,5 mnkr användas under året. Inköpen av digitala "
            "lärverktyg och möbler till den nya skolan i Järvastaden skjuts till 2026.",
            C(
                "Investeringar",
                "14,0 mnkr beräknas 9,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_500_000,
                note="An under-spend of 4,5 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen fortsätter att samordna skolskjutsarna för elever i anpassad grundskola, vilket beräknas "
            "minska kostnaderna med cirka 0,4 mnkr på helårsbasis.",
            A("Anpassad grundskola", "cirka 0,4 mnkr"),
        ),
        P(
            "Höstens elevprognos är osäker, eftersom inflyttningen till de nya bostadsområdena i Hagastaden har gått "
            "långsammare än stadens befolkningsprognos.",
            O(None, "volymer", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,1 procent under perioden, jämfört med 6,8 procent "
            "under samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="solna-bun-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Barn- och utbildningsnämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
