"""Stockholms stad, Idrottsnämnden, verksamhetsberättelse 2025.

A leisure committee's year-end report in DejaVu Sans, header with the förvaltning and footer with the
nämnd's February meeting: the result "ett positivt resultat på 8,7 mnkr i förhållande till budget", net costs
against 2024 with "beroende på" (other), the outcome against the tertial forecast (forecast change); a table per
verksamhetsområde with "+" and "−"; plain headings whose paragraphs name the area in varied ways: a possessive
("Badanläggningarnas underskott på 5,4 mnkr") with a renovation closure, "Inom idrottsplatser och sporthallar
blev kostnaderna 3,9 mnkr lägre", "För föreningsbidragen uppstod ett överskott om 6,8 mnkr" with its reasons
in the next sentence, a reason-only row (the table's "+1,1"), vacancies that "gav ett överskott på 2,3 mnkr";
investments "96 mnkr lägre än budgeterat" with the reason in the next sentence and a project "4,5 mnkr dyrare
än beräknat"; a fee decision for next year (action) and a request to carry over part of the surplus (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Idrottsförvaltningen", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Stockholms stad", "Idrottsnämnden 2026-02-17", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Simhallar och bad", "412,0", "417,4", "−5,4"),
            ("Idrottsplatser och sporthallar", "688,5", "684,6", "+3,9"),
            ("Föreningsbidrag", "214,0", "207,2", "+6,8"),
            ("Idrottsevenemang", "18,6", "17,5", "+1,1"),
            ("Ledning och administration", "61,3", "59,0", "+2,3"),
            ("Summa nettokostnad", "1 394,4", "1 385,7", "+8,7"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="sans-bold", after=2),
        Title("Idrottsnämnden", size=12.5, font="sans", after=14),
        H("Nämndens budgetavvikelse", 1),
        P(
            "Idrottsnämnden redovisar ett positivt resultat på 8,7 mnkr i förhållande till budget för 2025.",
            C(None, "8,7 mnkr", "+"),
        ),
        P(
            "Nettokostnaderna ökade med 4,2 procent jämfört med 2024, främst beroende på att två nya anläggningar "
            "har tagits i drift.",
            O(None, note="Net costs against the previous year: other."),
        ),
        P(
            "Resultatet är 3,1 mnkr bättre än prognosen i tertialrapport 2.",
            F(
                None,
                "3,1 mnkr",
                "+",
                note="The outcome against the last forecast, no cause: forecast change.",
            ),
        ),
        table,
        H("Simhallar och bad", 3),
        P(
            "Badanläggningarnas underskott på 5,4 mnkr beror på att entréintäkterna blev lägre än budgeterat "
            "under den fem månader långa stängningen av Hjulstabadet för renovering, och på att kostnaderna för "
            "energi och vattenrening steg.",
            C("Simhallar och bad", "5,4 mnkr", "-", "avgifter_intakter", "ovrigt", "prisokningar"),
        ),
        H("Idrottsplatser och sporthallar", 3),
        P(
            "Inom idrottsplatser och sporthallar blev kostnaderna 3,9 mnkr lägre än budget, eftersom snöröjningen "
            "av konstgräsplanerna krävde färre insatser under en mild vinter och underhållet av två sporthallar "
            "sköts upp till 2026.",
            C("Idrottsplatser och sporthallar", "3,9 mnkr", "+", "ovrigt", "periodisering"),
        ),
        H("Föreningsbidrag", 3),
        P(
            "För föreningsbidragen uppstod ett överskott om 6,8 mnkr. Färre föreningar än väntat ansökte om det "
            "nya anläggningsbidraget, och aktivitetsstödet blev lägre när antalet deltagartillfällen minskade.",
            C("Föreningsbidrag", "6,8 mnkr", "+", "volymer"),
        ),
        H("Idrottsevenemang", 3),
        P(
            "Färre evenemang än planerat genomfördes, bland annat ställdes en internationell friidrottstävling in "
            "när arrangören drog sig ur.",
            C(
                "Idrottsevenemang",
                "+1,1",
                "+",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Ledning och administration", 3),
        P(
            "Vakanta tjänster på ekonomi- och HR-avdelningarna under våren gav ett överskott på 2,3 mnkr.",
            C("Ledning och administration", "2,3 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsutgifter uppgick till 312 mnkr, vilket är 96 mnkr lägre än budgeterat. "
            "Avvikelsen förklaras av att bygget av den nya sporthallen i Skarpnäck har försenats efter ett "
            "överklagat bygglov.",
            C("Investeringar", "96 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Konstgräs Spånga IP blev 4,5 mnkr dyrare än beräknat på grund av markföroreningar som "
            "upptäcktes vid schaktningen.",
            C("Konstgräs Spånga IP", "4,5 mnkr", "-", "ovrigt"),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att höja entréavgifterna i simhallarna med 5 procent från 1 mars 2026 för att "
            "möta de ökade energikostnaderna.",
            A("Simhallar och bad", None, "avgifter_intakter"),
        ),
        P(
            "Nämnden begär att 6 mnkr av överskottet förs över till 2026 för eftersatt underhåll av idrottsplatser.",
            O(None, note="A request to carry over part of the surplus: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-idn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Idrottsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Idrottsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
