"""Vaxholms stad, Kommunstyrelsen, tertialrapport 1 2026 (prognos per april, the whole stad).

A small city's first forecast of the year, footer with the kommunstyrelse's meeting date in May: the result as
a level and "6,9 mnkr sämre än budget" in one sentence, the nämnder's combined shortfall in the next (two
items, tax revenue only named); a reading note saying the table's deviation is prognos minus budget of the net
cost, so a positive figure is a cost over budget; a table whose last column is each nämnd's comment
(CommentTable): reasons only with the row's cell as the amount where "+4,8" and "+1,7" are deficits and "−1,3"
and "−0,3" surpluses, one comment with its own amount ("Underskottet på 4,5 mnkr") and a share of the ram that
is not the amount, one "Prognosen följer budget" (boilerplate) and a sum row with no comment; tax revenue "3,1
mnkr över budget" and pensions "0,6 mnkr högre än budgeterat" in one sentence (two items); investments "knappt
25 mnkr under budget"; two actions (one with its effect) and the result as a share of tax revenue against the
financial goal (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O

ROW = "A comment-column reason with no amount: the row's cell (prognos − budget, + = cost over budget)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("VAXHOLMS STAD", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-21, § 64", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Nämnd, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Kommunstyrelsen", "78,4", "77,1", "−1,3"),
                "Vakanta tjänster inom HR och ekonomi under våren samt lägre arvodeskostnader för "
                "förtroendevalda.",
                C(
                    "Kommunstyrelsen",
                    "−1,3",
                    "+",
                    "vakanser",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " A negative cell is a surplus here. Councillors' fees are ovrigt.",
                ),
            ),
            (
                ("Barn- och utbildningsnämnden", "262,0", "266,8", "+4,8"),
                "Fler barn i förskoleåldern än befolkningsprognosen visade, och skolskjutsarna till Rindö och "
                "Resarö har blivit dyrare efter den nya upphandlingen. Avvikelsen motsvarar 1,8 procent av "
                "nämndens ram.",
                C(
                    "Barn- och utbildningsnämnden",
                    "+4,8",
                    "-",
                    "volymer",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The share of the ram is not the amount.",
                ),
            ),
            (
                ("Socialnämnden", "198,5", "203,0", "+4,5"),
                "Underskottet på 4,5 mnkr beror på två nya externa placeringar inom barn och unga samt ökade "
                "volymer inom hemtjänsten, där beviljade timmar ligger cirka 7 procent över budget.",
                C("Socialnämnden", "4,5 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                ("Stadsbyggnadsnämnden", "46,2", "47,9", "+1,7"),
                "Akut reparation av Lägerkajen efter stormen i februari.",
                C(
                    "Stadsbyggnadsnämnden",
                    "+1,7",
                    "-",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Storm damage is ovrigt.",
                ),
            ),
            (
                ("Kultur- och fritidsnämnden", "21,3", "21,0", "−0,3"),
                "Uthyrningen av Kronängshallen till föreningar och företag har gett mer än beräknat.",
                C(
                    "Kultur- och fritidsnämnden",
                    "−0,3",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Miljö- och hälsoskyddsnämnden", "4,1", "4,1", "0,0"),
                "Prognosen följer budget.",
                BP("Miljö- och hälsoskyddsnämnden"),
            ),
            (("Summa nämnder", "610,5", "619,9", "+9,4"), "", None),
        ),
        widths=(136.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Vaxholms stad – ekonomisk prognos per april", size=12, font="cond", after=12),
        H("Stadens resultat", 2),
        PS(
            (
                "Helårsprognosen för staden är ett resultat på 11,6 mnkr, vilket är 6,9 mnkr sämre än budget.",
                C(None, "6,9 mnkr", "-", note="The level and the deviation in one sentence: the deviation."),
            ),
            (
                "Nämnderna bidrar med ett samlat underskott om 9,4 mnkr, som till en del vägs upp av högre "
                "skatteintäkter.",
                C("Nämnderna", "9,4 mnkr", "-", note="Tax revenue only named here (its own item below)."),
            ),
        ),
        H("Nämndernas prognoser", 2),
        P(
            "I tabellen anges avvikelsen som prognos minus budget för nettokostnaden. Ett positivt tal innebär "
            "alltså en kostnad över budget.",
            size=9.0,
        ),
        comments,
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas till 3,1 mnkr över budget enligt SKR:s "
            "aprilprognos, medan pensionskostnaderna blir 0,6 mnkr högre än budgeterat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "3,1 mnkr",
                "+",
                note="Revenue over budget: positive. Finance items: no tag. Two items in one sentence.",
                also=(C("Pensionskostnader", "0,6 mnkr", "-", note="A cost over budget. No tag."),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna väntas landa på 71,5 mnkr, knappt 25 mnkr under budget, eftersom ombyggnaden av "
            "Rindö skola skjuts till 2027.",
            C(
                "Investeringar",
                "knappt 25 mnkr",
                "+",
                "periodisering",
                note="'Knappt 25': the stated figure (budget 96,0). Investment under-spending: positive.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Barn- och utbildningsnämnden har fått i uppdrag att ta fram en plan för att anpassa "
                "förskoleplatserna till det ökade barnantalet.",
                A("Barn- och utbildningsnämnden", None, "volymer"),
            ),
            (
                "Socialnämnden har beslutat att alltid pröva insatser på hemmaplan före extern placering, vilket "
                "bedöms minska kostnaderna med 0,8 mnkr under året.",
                A("Socialnämnden", "0,8 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Finansiellt mål", 2),
        P(
            "Prognosen motsvarar ett resultat på 1,0 procent av skatteintäkterna, vilket är under fullmäktiges "
            "mål om 2 procent.",
            O(None, note="The result against the financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="vaxholm-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Vaxholm", "Vaxholms stad"],
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Vaxholms stad"},
        style=style,
        blocks=blocks,
    )
