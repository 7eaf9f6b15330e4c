"""Lidköpings kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in two columns throughout, with a footer carrying the
date the nämnd adopted it in February 2026: the task and the year's events (not labelled); the result
"-1,6 mnkr" (a plain hyphen-minus) and, in the next sentence, the outcome against the interim report's
forecast (a forecast change); a narrow table in mnkr; then the verksamheter: energy costs "drygt två
miljoner kronor högre än vad som ryms i budgeten" (the amount in words, under a plain heading that is not
part of the item), a swimming hall that "gick back knappt 1,4 miljoner kronor" after a closure, in a
paragraph that runs from one column to the next, libraries with reasons and no amount (the table row's
"0,6"), headings that carry the verksamhet and its signed amount ("Kultur och museum +0,6 mnkr",
"Kulturskolan -0,3 mnkr"; part of the item), grants and administration in one "0,5 respektive 0,4 mnkr"
sentence with their causes in the next sentence (two items, tags split), youth centres "i nivå med budget"
(boilerplate, +0,1 in the table); investments under budget with the carry-over in the same sentence; a
key-figure table (not labelled); the financial goal restated as a share of the budget, library visits
against last year and sick leave with "beror på" (three others), next year's frame and an energy-price
risk (other), and next year's decisions (not labelled). Liberation Serif (Times) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O

HEAD = "The heading carries the verksamhet and its amount and is part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.34,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Lidköpings kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen av nämnden 2026-02-12", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "24,8", "24,2", "0,6"),
            ("Kulturskolan", "18,1", "18,4", "-0,3"),
            ("Fritidsanläggningar", "46,3", "48,4", "-2,1"),
            ("Simhallen", "21,7", "23,1", "-1,4"),
            ("Föreningsbidrag", "9,6", "9,1", "0,5"),
            ("Fritidsgårdar", "8,4", "8,3", "0,1"),
            ("Kultur och museum", "12,2", "11,6", "0,6"),
            ("Nämnd och administration", "6,9", "6,5", "0,4"),
            ("Summa", "148,0", "149,6", "-1,6"),
        ),
        widths=(96.0, 40.0, 40.0, 50.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    measures = Table(
        header=(("", "2025", "2024", "2023"),),
        rows=(
            ("Besök bibliotek, tusental", "412", "381", "366"),
            ("Elever i kulturskolan", "1 184", "1 120", "1 096"),
            ("Besök simhallen, tusental", "148", "171", "165"),
            ("Föreningar med bidrag", "163", "168", "171"),
            ("Öppna timmar fritidsgårdar", "5 840", "5 720", "5 700"),
        ),
        widths=(110.0, 38.0, 38.0, 40.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times-italic", after=10),
        Columns(2),
        H("Nämndens uppdrag", 2),
        P(
            "Kultur- och fritidsnämnden ansvarar för folkbibliotek, kulturskola, museum och konsthall, allmän "
            "kulturverksamhet, fritidsgårdar, idrotts- och friluftsanläggningar samt stöd till föreningslivet. "
            "Förvaltningen har 142 tillsvidareanställda medarbetare."
        ),
        H("Året i korthet", 2),
        P(
            "Under 2025 firade Lidköpings stadsbibliotek 100 år med en jubileumsvecka i april, och kulturskolan "
            "startade en ny kurs i digitalt skapande. Sportcentrum fick en ny konstgräsplan, och i december "
            "invigdes det renoverade friluftsbadet vid Framnäs. Nämnden fattade under året beslut om ett nytt "
            "program för föreningsbidrag som gäller från 2026."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar ett resultat på -1,6 mnkr för 2025.",
                C(None, "-1,6 mnkr", "-", note="The year's result against budget (hyphen-minus)."),
            ),
            (
                "Det är 0,9 mnkr bättre än prognosen i delårsrapporten.",
                F(None, "0,9 mnkr", "+", note="The outcome against the interim report's forecast."),
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Fritidsanläggningar", 3),
        P(
            "Energikostnaderna för ishallen och de uppvärmda konstgräsplanerna blev drygt två miljoner kronor högre "
            "än vad som ryms i budgeten. Elpriset var under årets första kvartal nästan dubbelt så högt som den nivå "
            "budgeten utgick från.",
            C(
                "Fritidsanläggningar",
                "drygt två miljoner kronor",
                "-",
                "prisokningar",
                value=2_000_000,
                note="The amount in words under a plain heading (the table row shows -2,1).",
            ),
        ),
        H("Simhallen", 3),
        P(
            "Simhallen gick back knappt 1,4 miljoner kronor. Besöksintäkterna blev lägre än budgeterat, eftersom "
            "hallen var stängd i sex veckor under hösten för att bassängduken skulle lagas, och personalen hade "
            "under stängningen ändå sina löner.",
            C(
                "Simhallen",
                "knappt 1,4 miljoner kronor",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="'Gick back' for a deficit; the repair closure is ovrigt.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteken visar ett överskott, främst beroende på att två tjänster som bibliotekarie stod vakanta "
            "under våren och att inköpen av e-medier blev lägre än beräknat.",
            C(
                "Bibliotek",
                "0,6",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="No amount in the prose: the table row's.",
            ),
        ),
        HP(
            "Kultur och museum +0,6 mnkr",
            "Överskottet beror på ett riktat statsbidrag från Kulturrådet för läsfrämjande insatser, som täckte "
            "kostnader som annars hade belastat nämndens ram.",
            C("Kultur och museum", "+0,6 mnkr", "+", "statsbidrag", note=HEAD),
        ),
        HP(
            "Kulturskolan -0,3 mnkr",
            "Fler elever än planerat i kör- och orkesterverksamheten har krävt fler lärartimmar.",
            C("Kulturskolan", "-0,3 mnkr", "-", "volymer", note=HEAD),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Föreningsbidragen och nämnd och administration visar överskott på 0,5 respektive 0,4 mnkr. Färre "
            "föreningar än väntat sökte investeringsbidrag, och en tjänst som utvecklingsstrateg var obesatt under "
            "halva året.",
            C(
                "Föreningsbidrag",
                "0,5",
                "+",
                "volymer",
                unit="mnkr",
                note="'0,5 respektive 0,4 mnkr' with the causes in the next sentence, in the same order: two items, "
                "tags split.",
                also=(C("Nämnd och administration", "0,4 mnkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Fritidsgårdarna hade ett resultat i nivå med budget.",
            BP("Fritidsgårdar", note="'I nivå med budget' although the table shows +0,1."),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 6,5 mnkr har 4,2 mnkr använts. Den nya belysningen i elljusspåret vid "
            "Sportcentrum har skjutits upp till 2026 i väntan på bygglov, och 2,3 mnkr föreslås föras över till "
            "nästa år.",
            C(
                "Investeringar",
                "2,3 mnkr",
                "+",
                "periodisering",
                note="Investments under budget; the carry-over equals the unspent amount (6,5 - 4,2).",
            ),
        ),
        H("Verksamhetsmått", 2),
        measures,
        H("Måluppfyllelse", 2),
        P(
            "Nämndens finansiella mål, en ekonomi i balans, har inte uppnåtts. Underskottet motsvarar 1,1 procent av "
            "nettobudgeten.",
            O(
                None,
                note="The financial goal restating the result as a share of the budget: goal fulfilment, other.",
            ),
        ),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna i stadsbiblioteket och i Järpås.",
            O("Bibliotek", "volymer", note="Volumes against the previous year: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,2 procent (5,4 procent 2024). Ökningen beror främst på ett fåtal långa "
            "sjukskrivningar inom kulturskolan.",
            O(None, "sjukfranvaro", note="A staff statistic with 'beror på', not about the budget: other."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden fått en ramökning på 1,5 mnkr för att täcka de högre energikostnaderna i "
            "anläggningarna. Elpriset är fortsatt svårt att förutse, och en kall vinter kan på nytt ge kostnader "
            "som inte ryms i budgeten.",
            O("Fritidsanläggningar", "prisokningar", note="Next year's frame increase and a risk."),
        ),
        P(
            "Under 2026 ska nämnden besluta om en ny biblioteksplan och om framtiden för friluftsbadet vid Framnäs, "
            "där badbryggorna behöver bytas inom några år."
        ),
    ]
    return ReportSpec(
        file="lidkoping-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Lidköping",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Lidköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
