"""Huddinge kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report in DejaVu Serif Condensed, footer with the nämnd's meeting date in
February: the result "−11,6 mnkr jämfört med budget", the outcome against the interim forecast without a
cause (forecast change) and net cost growth against 2024 (other), a verksamhet table in tkr with hyphen-minus
("-7 900"), then headings that carry the direction in words and the amount ("Barn och familj
– underskott 7,9 mnkr") over short paragraphs: a part "3,4 mnkr" inside the first, a paragraph where a
monthly level against 2024 (other) follows the cause, a heading "i stort sett i balans" over a real surplus
"0,6 mnkr", and an undistributed IT post delayed by a procurement; an action with its target, investments
"0,6 mkr lägre än budgeterat" and no equity to draw on (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Huddinge kommun", "Socialnämndens verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Socialnämnden 2026-02-25", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Barn och familj", "248 300", "256 200", "-7 900"),
            ("Vuxen", "142 600", "140 500", "2 100"),
            ("Ekonomiskt bistånd", "121 400", "128 900", "-7 500"),
            ("Socialpsykiatri", "68 900", "68 300", "600"),
            ("Ledning och gemensamt", "41 800", "40 700", "1 100"),
            ("Summa", "623 000", "634 600", "-11 600"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-cond-bold", after=2),
        Title("Socialnämnden", size=12.5, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämnden redovisar för 2025 ett resultat på −11,6 mnkr jämfört med budget.",
                C(None, "−11,6 mnkr", "-"),
            ),
            (
                "Det är 2,3 mnkr bättre än prognosen i delårsrapporten per augusti.",
                F(None, "2,3 mnkr", "+", note="The outcome against the interim forecast, no cause."),
            ),
            (
                "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
                O(None, note="Cost growth against the previous year."),
            ),
        ),
        table,
        HP(
            "Barn och familj – underskott 7,9 mnkr",
            "Placeringar på HVB och i konsulentstödda familjehem har varit fler och längre än budgeterat. Under "
            "hösten placerades tre syskongrupper, vilket ensamt kostade 3,4 mnkr.",
            C(
                "Barn och familj",
                "underskott 7,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the direction in words and the amount, the 3,4 mnkr is a part.",
            ),
        ),
        HP(
            "Vuxen – överskott 2,1 mnkr",
            "Färre externa placeringar inom missbruksvården och fler insatser i egen regi gav ett överskott.",
            C("Vuxen", "överskott 2,1 mnkr", "+", "kopt_verksamhet", "volymer"),
        ),
        Para(
            (
                (
                    "Antalet hushåll med försörjningsstöd ökade under året, särskilt bland hushåll som lämnat "
                    "etableringsprogrammet.",
                    C(
                        "Ekonomiskt bistånd",
                        "underskott 7,5 mnkr",
                        "-",
                        "ekonomiskt_bistand",
                        "volymer",
                    ),
                ),
                (
                    "Utbetalt bistånd var i genomsnitt 10,7 mnkr per månad, 0,8 mnkr mer än 2024.",
                    O(
                        "Ekonomiskt bistånd",
                        "ekonomiskt_bistand",
                        note="A monthly level against the previous year in the cause's paragraph: other.",
                    ),
                ),
            ),
            head="Ekonomiskt bistånd – underskott 7,5 mnkr",
        ),
        HP(
            "Socialpsykiatri – i stort sett i balans",
            "Verksamheten visar ett litet överskott på 0,6 mnkr till följd av vakanser bland boendestödjarna.",
            C(
                "Socialpsykiatri",
                "0,6 mnkr",
                "+",
                "vakanser",
                note="A heading 'i stort sett i balans' over a real surplus with a cause: scored.",
            ),
        ),
        HP(
            "Ledning och gemensamt – överskott 1,1 mnkr",
            "Överskottet förklaras av att medel för digitalisering inte har använts fullt ut, eftersom "
            "upphandlingen av ett nytt verksamhetssystem har försenats.",
            C("Ledning och gemensamt", "överskott 1,1 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i oktober om en handlingsplan för placeringar, med målet att minska kostnaderna med "
            "5 mnkr under 2026.",
            A("Barn och familj", "5 mnkr", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna blev 0,6 mkr lägre än budgeterat, eftersom möbleringen av det nya socialkontoret i "
            "Flemingsberg blev billigare än beräknat.",
            C("Investeringar", "0,6 mkr", "+", "material_hjalpmedel", note="Furniture: inventarier."),
        ),
        H("Eget kapital", 2),
        P(
            "Nämnden har inget ackumulerat överskott att ta i anspråk för att täcka årets underskott.",
            O(None, "reserver"),
        ),
    ]
    return ReportSpec(
        file="huddinge-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
