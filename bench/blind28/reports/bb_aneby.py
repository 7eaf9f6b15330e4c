"""Aneby kommun, Barn- och utbildningsnämnden, budgetuppföljning per maj 2026.

A small school committee's May follow-up whose result table carries a comment column: each comment is an item
whose amount is its row's deviation cell (tkr, U+2212 minus), one comment holds a part in mnkr that is not the
deviation ("Statsbidraget för läromedel ger 0,3 mnkr mer …" beside the row's "700"), one says "Enligt budget."
(boilerplate) and one row has no comment. Before the table the summary gives the full year as a "budgetunderskott
på 2,0 mnkr" with a share of the net budget in percent (not the amount), then one sentence naming two areas that
"överskrider budget med 1,45 respektive 0,86 mnkr" with a trailing clause on two surplus areas (two items, same
text). The change since March with its cause, an investment budget that "förbrukas fullt ut" (boilerplate), an
action without an effect and an outlook paragraph (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason: the row's deviation cell (tkr, negative = over budget)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        header=lambda n, m: ("ANEBY KOMMUN", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Budgetuppföljning per maj 2026", "Sammanträde 2026-06-10", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "31 400", "32 250", "−850"),
                "Fler barn än beräknat har skrivits in under våren, flera av dem med behov av extra stöd.",
                C("Förskola", "−850", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidshem", "6 900", "6 700", "200"),
                "Färre inskrivna barn på Furulidsskolans fritidshem än vid budgetering.",
                C("Fritidshem", "200", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–9", "58 300", "57 600", "700"),
                "Två lärartjänster är vakanta och täcks delvis av befintlig personal. Statsbidraget för läromedel ger "
                "0,3 mnkr mer än budgeterat.",
                C(
                    "Grundskola F–9",
                    "700",
                    "+",
                    "vakanser",
                    "statsbidrag",
                    unit="tkr",
                    table=True,
                    note=ROW + " The 0,3 mnkr in the comment is a part, not the deviation.",
                ),
            ),
            (
                ("Anpassad grundskola", "4 100", "4 960", "−860"),
                "Två nya elever från augusti, varav en har plats i en annan kommuns anpassade grundskola.",
                C(
                    "Anpassad grundskola",
                    "−860",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Gymnasieskola", "28 700", "30 150", "−1 450"),
                "Köp av gymnasieplatser i Nässjö, Jönköping och Tranås. Eleverna är elva fler än i budgeten och "
                "programpriserna har räknats upp med 3,8 procent mot budgeterade 2,5 procent.",
                C(
                    "Gymnasieskola",
                    "−1 450",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " The percentages are price rises.",
                ),
            ),
            (("Skolskjuts", "5 200", "5 200", "0"), "Enligt budget.", BP("Skolskjuts")),
            (("Elevhälsa", "3 900", "3 650", "250"), "", None),
            (("Summa", "138 500", "140 510", "−2 010"), "", None),
        ),
        widths=(112.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning per maj 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=14),
        H("Sammanfattande analys", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett budgetunderskott på 2,0 mnkr för 2026, vilket motsvarar "
            "knappt 1,5 procent av nettobudgeten.",
            C(None, "2,0 mnkr", "-", note="The share of the net budget in percent is not the amount."),
        ),
        P(
            "Underskottet finns inom gymnasieskolan och den anpassade grundskolan, som överskrider budget med 1,45 "
            "respektive 0,86 mnkr, medan grundskolan och fritidshemmet lämnar överskott.",
            C(
                "Gymnasieskola",
                "1,45",
                "-",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text; the surplus areas in the trailing clause "
                "get no item of their own (no amount, same sentence).",
                also=(C("Anpassad grundskola", "0,86 mnkr", "-"),),
            ),
        ),
        P(
            "Prognosen har försämrats med 0,6 mnkr sedan uppföljningen per mars, eftersom två elever i anpassad "
            "grundskola har tillkommit.",
            F(None, "0,6 mnkr", "-", "volymer"),
        ),
        H("Driftredovisning med kommentarer", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,8 mnkr för inventarier och digitala verktyg beräknas förbrukas fullt ut.",
            BP("Investeringar", note="Spent in full: an 'i balans' statement."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över skolskjutsorganisationen inför läsåret 2026/27 och prövar varje ny tjänst inom "
            "förskolan mot det faktiska barnantalet.",
            A(None, None, "bemanning", note="Measures without a stated effect."),
        ),
        H("Framåtblick", 2),
        P(
            "Barnomsorgsprognosen för hösten tyder på att antalet barn i förskolan minskar igen, vilket kan förbättra "
            "prognosen inför nästa uppföljning.",
            O("Förskola", "volymer", note="An outlook: other."),
        ),
    ]
    return ReportSpec(
        file="aneby-bun-budgetuppfoljning-2026-05.pdf",
        report={
            "municipality": "Aneby",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-05"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning per maj 2026", "author": "Aneby kommun"},
        style=style,
        blocks=blocks,
    )
