"""Trelleborgs kommun, Kultur- och fritidsnämnden, månadsrapport mars 2026.

A culture and leisure committee's month report in tkr, whose footer carries the nämnd's meeting date in
April: the full year "ett underskott på 1 450 tkr för 2026 (−1 200 tkr i februari)" (the bracket is
February's), the period "620 tkr bättre än periodiserad budget" with its timing reason in the same sentence,
the change since February with its cause (a forecast change); a table with trailing minus signs ("350-",
"1 450-"); bullets under a generic heading ("Förvaltningens kommentar"): a reason-only deficit after a colon
(the row's "350-"), "överskrider budget med nära en miljon kronor" (in words, the row says 900-), two
verksamheter as a "respektive" pair with their own reasons in the next sentence ("−850 respektive +500
tkr"), "går cirka 150 tkr plus" and one that "bedöms följa budget" (boilerplate); investments "2,5 miljoner
kronor lägre än budgeterat", an action with its effect and visits against last year (other). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

PAIR = "A 'respektive' pair with each reason in the next sentence: two items, same text, own tags."


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
        margins=(66.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Kultur- och fritidsnämnden 2026-04-22", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "7 400", "7 250", "150"),
            ("Bibliotek", "24 600", "24 950", "350-"),
            ("Kulturverksamhet", "18 300", "18 300", "0"),
            ("Fritid och föreningsbidrag", "15 900", "16 800", "900-"),
            ("Idrottsanläggningar", "31 200", "32 050", "850-"),
            ("Fritidsgårdar", "12 100", "11 600", "500"),
            ("Summa", "109 500", "110 950", "1 450-"),
        ),
        widths=(180.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="cond-bold", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Kultur- och fritidsnämnden prognostiserar ett underskott på 1 450 tkr för 2026 (−1 200 tkr i februari).",
            C(None, "1 450 tkr", "-", note="The bracket is February's figure, not the amount."),
        ),
        P(
            "Utfallet efter mars är 620 tkr bättre än periodiserad budget, vilket främst beror på att Kulturnatten "
            "flyttats från mars till maj och att kostnaderna därför kommer senare.",
            C(
                None,
                "620 tkr",
                "+",
                "periodisering",
                note="The period with its timing reason in one sentence.",
            ),
        ),
        P(
            "Jämfört med februari har prognosen försämrats med 250 tkr, till följd av ett extra föreningsbidrag "
            "som nämnden beslutade om i mars.",
            F(None, "250 tkr", "-", "ovrigt", note="An extra grant decided by the nämnd: ovrigt."),
        ),
        table,
        H("Förvaltningens kommentar", 2),
        Bullets(
            (
                "Biblioteken: kostnaderna för medieinköp blir högre än budget sedan leverantören höjt priserna på "
                "e-böcker med närmare 20 procent.",
                "Föreningsbidragen överskrider budget med nära en miljon kronor. Fler föreningar har beviljats "
                "aktivitetsstöd när antalet deltagartillfällen ökat, och ett extra bidrag till ungdomsverksamheten "
                "i en av ishockeyklubbarna beslutades i mars.",
                "Idrottsanläggningarna och fritidsgårdarna avviker med −850 respektive +500 tkr. "
                "Energikostnaderna i den stora sporthallen är högre än beräknat, medan en vakant "
                "fritidsledartjänst ger ett överskott på fritidsgårdarna.",
                "Nämnd och administration går cirka 150 tkr plus, eftersom nämnden haft färre sammanträden än "
                "planerat.",
                "Kulturverksamheten bedöms följa budget.",
            ),
            labels=(
                C(
                    "Bibliotek",
                    "350-",
                    "-",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's cell as printed. The percentage is a price rise, not the amount.",
                ),
                C(
                    "Fritid och föreningsbidrag",
                    "nära en miljon kronor",
                    "-",
                    "volymer",
                    "ovrigt",
                    value=1_000_000,
                    note="An amount in words: the stated figure (the row says 900-).",
                ),
                C(
                    "Idrottsanläggningar",
                    "−850",
                    "-",
                    "prisokningar",
                    unit="tkr",
                    note=PAIR,
                    also=(C("Fritidsgårdar", "+500 tkr", "+", "vakanser", note=PAIR),),
                ),
                C("Nämnd och administration", "cirka 150 tkr", "+", "ovrigt", note="Fewer meetings: ovrigt."),
                BP("Kulturverksamhet"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 2,5 miljoner kronor lägre än budgeterat, eftersom bytet av konstgräs på "
            "en av de kommunala fotbollsplanerna skjuts till 2027.",
            C(
                "Investeringar",
                "2,5 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har förvaltningen beslutat att hålla en bibliotekarietjänst vakant till "
            "hösten och att minska öppettiderna i simhallen under sommaren, vilket tillsammans ger cirka 400 tkr.",
            A(None, "cirka 400 tkr", "vakanser"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök i idrottsanläggningarna var 8 procent fler än under första kvartalet 2025.",
            O("Idrottsanläggningar", "volymer", note="Visits against last year: other."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-kfn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport mars 2026 Kultur- och fritidsnämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
