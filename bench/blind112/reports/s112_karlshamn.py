"""Karlshamns kommun, Kultur- och fritidsnämnden, månadsrapport mars 2026.

A culture and leisure committee's short month report in tkr set in DejaVu Sans Condensed, footer with the
nämnd's meeting date in April: the full year "ett underskott på 1,1 mnkr" followed in the same paragraph by
"Prognosen är oförändrad jämfört med februari" (a boilerplate forecast change); a verksamhet table with
deficits in brackets ("(1 050)", "(450)"); paragraphs whose area is named in varied ways: after "Inom" with
"1 050 tkr högre än budget" (energy prices and a leaking pool) and a split of that deficit between
two facilities in the next sentence (two more items, no reasons), a possessive reason-only deficit (the row's
"(450)"), "ett litet överskott, 250 tkr," between commas, "För administrationen och nämnden blir kostnaderna
150 tkr lägre", and two verksamheter that "följer budget" in one sentence (boilerplate); the period's share
of the annual budget against a benchmark with "Det beror på" (other), an action with its effect and library
visits against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Karlshamns kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-04-22", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Administration och nämnd", "6 850", "1 640", "6 700", "150"),
            ("Bibliotek", "14 200", "3 480", "14 200", "0"),
            ("Fritidsgårdar och ungdom", "9 600", "2 610", "10 050", "(450)"),
            ("Idrotts- och fritidsanläggningar", "27 400", "8 120", "28 450", "(1 050)"),
            ("Kulturverksamhet", "8 300", "1 790", "8 050", "250"),
            ("Kulturskola", "11 900", "2 810", "11 900", "0"),
            ("Summa", "78 250", "20 450", "79 350", "(1 100)"),
        ),
        widths=(150.0, 66.0, 70.0, 66.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Kultur- och fritidsnämnden prognostiserar ett underskott på 1,1 mnkr för 2026.",
                C(None, "1,1 mnkr", "-", note="The full year with no reason."),
            ),
            ("Prognosen är oförändrad jämfört med februari.", BF(None)),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        PS(
            (
                "Inom idrotts- och fritidsanläggningarna beräknas kostnaderna bli 1 050 tkr högre än budget. "
                "Energikostnaderna för ishallen och simhallen ligger kvar på en hög nivå, och ett läckage i "
                "simhallens bassäng i februari krävde en akut reparation.",
                C(
                    "Idrotts- och fritidsanläggningar",
                    "1 050 tkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy costs are prisokningar, a leak and its repair ovrigt.",
                ),
            ),
            (
                "Underskottet fördelas med 700 tkr på ishallen och 350 tkr på simhallen.",
                C(
                    "Ishallen",
                    "700 tkr",
                    "-",
                    note="Two facilities inside the area's paragraph: their own items. The sentence gives no cause.",
                    also=(C("Simhallen", "350 tkr", "-"),),
                ),
            ),
        ),
        P(
            "Fritidsgårdarnas prognos visar ett underskott, eftersom fler ungdomar än beräknat besöker mötesplatsen "
            "i Mörrum och bemanningen därför har förstärkts på kvällarna.",
            C(
                "Fritidsgårdar och ungdom",
                "(450)",
                "-",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note="A possessive reason-only deficit: the row's cell, in brackets.",
            ),
        ),
        P(
            "Kulturverksamheten redovisar ett litet överskott, 250 tkr, då en tjänst som kulturutvecklare står "
            "vakant till och med augusti.",
            C("Kulturverksamhet", "250 tkr", "+", "vakanser"),
        ),
        P(
            "För administrationen och nämnden blir kostnaderna 150 tkr lägre än budget till följd av färre "
            "sammanträden och lägre arvoden.",
            C("Administration och nämnd", "150 tkr", "+", "ovrigt", note="Nämnd members' fees: ovrigt."),
        ),
        P(
            "Biblioteken och kulturskolan följer budget.",
            BP("Bibliotek", also=(BP("Kulturskola"),)),
        ),
        H("Periodens utfall", 2),
        P(
            "Utfallet för januari–mars motsvarar 26,1 procent av årsbudgeten, vilket är något högre än riktvärdet "
            "25 procent. Det beror på att föreningsbidragen betalas ut under första kvartalet.",
            O(
                None,
                "periodisering",
                note="The share of the annual budget against a linear benchmark, not a deviation from the "
                "budget: other.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram förslag på höjda taxor för ishallen från hösten, "
            "med en beräknad intäktsökning på 120 tkr för 2026.",
            A("Idrotts- och fritidsanläggningar", "120 tkr", "avgifter_intakter"),
        ),
        H("Verksamheten", 2),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med första kvartalet 2025, vilket beror på "
            "de utökade öppettiderna i Asarum.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlshamn-kfn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport mars 2026 Kultur- och fritidsnämnden",
            "author": "Karlshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
