"""Västra Mälardalens Myndighetsförbund, Direktionen, årsredovisning 2025.

A kommunalförbund's annual report (environment, health and building permits for Arboga, Köping and Kungsör) in
DejaVu Sans 9.5 pt with a shaded table header, footer with the direktion's adoption date in March: the result
"–612 tkr" against a budgeted zero with its reasons and a one-off cost of 380 tkr (a part) in the same paragraph
(one cause); a summary income statement in tkr with last year's outcome; bold run-in account groups: fees whose
first sentence compares with last year and gives the deviation, followed by "Livsmedelskontrollens intäkter
följde budget" (boilerplate), personnel costs whose amount comes in the second sentence ("Det gav ett överskott
på 1,2 mnkr"), two reason-only rows that take the table's cells ("550", "–542"); the outcome against the interim
report's forecast (a forecast change); investments "154 tkr återstår" (a cause); the equity and the rule to
restore a negative result (other), an action for next year and a goal not met (other). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Västra Mälardalens Myndighetsförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Direktionen 2026-03-05", "Arboga · Köping · Kungsör", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning i sammandrag, tkr",
        header=(("Post", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Avgifter och taxor", "21 500", "19 740", "–1 760", "20 880"),
            ("Medlemsbidrag", "18 200", "18 200", "0", "17 600"),
            ("Övriga intäkter", "900", "1 450", "550", "1 020"),
            ("Personalkostnader", "–32 800", "–31 620", "1 180", "–30 950"),
            ("Lokalkostnader", "–2 600", "–2 640", "–40", "–2 520"),
            ("Övriga kostnader", "–5 200", "–5 742", "–542", "–4 990"),
            ("Årets resultat", "0", "–612", "–612", "1 040"),
        ),
        widths=(140.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="sans-bold", after=2),
        Title("Västra Mälardalens Myndighetsförbund", size=12.5, font="sans", after=12),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundet utövar kommunernas myndighetsutövning inom miljö, hälsoskydd, livsmedel och byggande för "
            "medlemskommunerna Arboga, Köping och Kungsör. Verksamheten finansieras av avgifter och taxor samt av "
            "medlemsbidrag som fördelas efter invånarantal."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundet redovisar ett resultat på –612 tkr för 2025. Budgeten var ett nollresultat, och avvikelsen "
            "förklaras av att intäkterna från bygglov blev lägre när bostadsbyggandet i medlemskommunerna minskade. "
            "Resultatet belastas dessutom av en engångskostnad på 380 tkr för flytten till ett nytt "
            "ärendehanteringssystem.",
            C(
                None,
                "–612 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "it_digitalisering",
                "periodisering",
                note="The result against a budgeted zero. The one-off cost (380 tkr) is a part inside the "
                "paragraph.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Avgifter och taxor.",
            "Antalet bygglovsansökningar minskade med en femtedel jämfört med 2024, och intäkterna blev 1 760 tkr "
            "lägre än budgeterat.",
            C("Avgifter och taxor", "1 760 tkr", "-", "avgifter_intakter", "volymer"),
            ("Livsmedelskontrollens intäkter följde budget.", BP("Livsmedelskontroll")),
        ),
        LP(
            "Personalkostnader.",
            "Två tjänster som miljöinspektör har varit vakanta under större delen av året, och en "
            "byggnadsinspektör har varit föräldraledig utan ersättare. Det gav ett överskott på 1,2 mnkr.",
            C("Personalkostnader", "1,2 mnkr", "+", "vakanser", note="The amount in the second sentence."),
        ),
        LP(
            "Övriga intäkter.",
            "Ersättning från länsstyrelsen för ett tillsynsprojekt om förorenad mark, som inte var budgeterad.",
            C("Övriga intäkter", "550", "+", "statsbidrag", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Övriga kostnader.",
            "Licens- och konsultkostnaderna för det nya ärendehanteringssystemet förklarar större delen av "
            "överskridandet.",
            C("Övriga kostnader", "–542", "-", "it_digitalisering", unit="tkr", table=True, note=ROW),
        ),
        H("Jämförelse med delårsrapporten", 2),
        P(
            "I delårsrapporten prognostiserades ett underskott på 300 tkr. Utfallet blev 312 tkr sämre, främst för att "
            "bygglovsintäkterna under hösten blev lägre än väntat.",
            F(None, "312 tkr", "-", "avgifter_intakter", note="The outcome against the interim forecast."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 250 tkr användes 96 tkr, och 154 tkr återstår eftersom utbytet av "
            "bullermätare flyttades till 2026.",
            C("Investeringar", "154 tkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Balanskrav och eget kapital", 2),
        PS(
            (
                "Förbundets eget kapital uppgår efter årets resultat till 2 940 tkr. Enligt förbundsordningen ska ett "
                "negativt resultat återställas inom tre år, och direktionen föreslår att underskottet regleras mot "
                "eget kapital.",
                O(None, "reserver", note="Equity and the balanskrav: other."),
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Bygglovstaxan har räknats upp inför 2026 och två av de vakanta tjänsterna är tillsatta från januari.",
            A(None, None, "avgifter_intakter", "vakanser"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Förbundet genomförde 91 procent av den planerade livsmedelskontrollen, vilket är lägre än målet på 95 "
            "procent.",
            O("Livsmedelskontroll", note="A goal not met."),
        ),
    ]
    return ReportSpec(
        file="vastra-malardalens-myndighetsforbund-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Västra Mälardalens Myndighetsförbund",
                "VMMF",
                "Kommunalförbundet Västra Mälardalens Myndighetsförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Västra Mälardalens Myndighetsförbund"},
        style=style,
        blocks=blocks,
    )
