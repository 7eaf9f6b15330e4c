"""Sundbybergs stad, Grundskolenämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse (letter dated in April, dnr in the header) with a decision proposal, a summary whose first
sentence gives the full year "7,4 mnkr lägre än tilldelad budget" and whose second gives the period's
"underskott mot periodiserad budget på 2,0 mnkr", then "Prognosen är oförändrad jämfört med februari"
(boilerplate forecast change); a comment table in mnkr with U+2212 minus whose comments give reasons without
amounts (each takes its row's cell: "−4,3", "0,8"), one whose comment names only a part ("1,1 mnkr" of the
row's "−1,6"), one that names its own amount ("Underskottet på 2,3 mnkr"), "Prognos enligt budget"
(boilerplate) and a row with no comment; investments "1,5 mnkr lägre än budget"; an action, the "Ekonomiska
konsekvenser" paragraph (unlabelled), a pupil count against last year and a risk (others). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Sundbybergs stad – Grundskoleförvaltningen", "Dnr GSN-2026/0147"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-04-14", "", f"{n} ({m})"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Grundskola F–6", "412,6", "416,9", "−4,3"),
                "Fler elever än budgeterat i årskurs 4–6 och ökade kostnader för elevassistenter till elever med "
                "särskilda behov.",
                C("Grundskola F–6", "−4,3", "-", "volymer", "bemanning", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Grundskola 7–9", "221,8", "223,4", "−1,6"),
                "Interkommunal ersättning för elever i andra kommuners skolor överstiger budget med 1,1 mnkr. "
                "Resten avser vikarier under perioder med hög sjukfrånvaro.",
                C(
                    "Grundskola 7–9",
                    "−1,6",
                    "-",
                    "kopt_verksamhet",
                    "vikarier",
                    "sjukfranvaro",
                    unit="mnkr",
                    table=True,
                    note="The comment names only a part (1,1 mnkr): the row's cell. Interkommunal ersättning "
                    "is kopt_verksamhet.",
                ),
            ),
            (
                ("Anpassad grundskola", "38,2", "40,5", "−2,3"),
                "Underskottet på 2,3 mnkr förklaras av två nya elever med behov av enskild undervisning och "
                "skolskjuts.",
                C(
                    "Anpassad grundskola",
                    "2,3 mnkr",
                    "-",
                    "volymer",
                    note="The comment names its own amount.",
                ),
            ),
            (
                ("Fritidshem", "96,0", "95,2", "0,8"),
                "Färre inskrivna barn än beräknat under våren.",
                C("Fritidshem", "0,8", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Elevhälsa", "29,7", "29,7", "0,0"),
                "Prognos enligt budget.",
                BP("Elevhälsa"),
            ),
            (("Gemensamt och nämnd", "24,9", "24,9", "0,0"), "", None),
            (("Summa", "823,2", "830,6", "−7,4"), "", None),
        ),
        widths=(112.0, 46.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=18, font="sans-bold", after=4),
        Title(
            "Ekonomisk uppföljning per mars 2026, Grundskolenämnden", size=12.5, font="sans-bold", after=10
        ),
        H("Förslag till beslut", 2),
        P(
            "Grundskolenämnden godkänner den ekonomiska uppföljningen per mars 2026 och lägger den till "
            "handlingarna."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Grundskolenämnden prognostiserar för 2026 ett resultat som är 7,4 mnkr lägre än tilldelad budget.",
                C(None, "7,4 mnkr", "-"),
            ),
            (
                "Utfallet per mars visar ett underskott mot periodiserad budget på 2,0 mnkr.",
                C(None, "2,0 mnkr", "-", note="The period in a sentence of its own: a cause."),
            ),
            ("Prognosen är oförändrad jämfört med februari.", BF(None)),
        ),
        H("Ärendet", 2),
        P(
            "Förvaltningen följer upp nämndens ekonomi varje månad utom i januari och juli. Tabellen nedan visar "
            "budget, prognos och avvikelse per verksamhet med förvaltningens kommentarer."
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas bli 1,5 mnkr lägre än budget, eftersom inköpen av elevdatorer till "
            "årskurs 7 har skjutits upp till hösten.",
            C("Investeringar", "1,5 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en central prövning av alla nya beslut om elevassistent, och skolorna ska "
            "redovisa sina kostnader för vikarier varje månad.",
            A(None, None, "bemanning", "vikarier"),
        ),
        H("Elevutveckling och risker", 2),
        P(
            "Antalet elever i stadens grundskolor var 5 912 i mars, vilket är 84 fler än vid samma tid 2025.",
            O(None, "volymer", note="A pupil count against the previous year."),
        ),
        P(
            "Det finns en risk att fler elever än beräknat väljer fristående skolor i höst, vilket skulle minska "
            "skolpengen till de kommunala skolorna.",
            O(None, note="A risk."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet i sig medför inga ekonomiska konsekvenser."),
    ]
    return ReportSpec(
        file="sundbyberg-gsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per mars 2026, Grundskolenämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
