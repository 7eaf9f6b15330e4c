"""Trollhättans stad, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), footer with the nämnd's adoption date
in February: the result "drygt två miljoner kronor bättre än budget" (amount in words), the outcome against
the interim forecast with its cause (a forecast change); a table in tkr whose deficits carry a trailing minus
("1 450-"); plain headings per verksamhet with varied shapes: "gjorde ett överskott på 640 tkr",
"överskred budgeten med 1 450 tkr", a reason-only paragraph (the row's "380"), "visar ett överskott på
1 920 tkr" with a closure for repairs, "vilket gav 610 tkr lägre kostnader än budgeterat", "betalades ut
enligt budget" (boilerplate) and a row with no text; investments "Av … 8 400 tkr har 5 150 tkr använts"
(3 250 never written out); an action for next year; library loans against last year and equity (others).
Liberation Serif (Times metrics) 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Trollhättans stad", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-24, § 12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "24 310", "23 670", "640"),
            ("Kultur och evenemang", "18 920", "20 370", "1 450-"),
            ("Kulturskola", "15 480", "15 100", "380"),
            ("Idrotts- och fritidsanläggningar", "52 600", "50 680", "1 920"),
            ("Ungdom och fritidsgårdar", "12 750", "12 140", "610"),
            ("Föreningsbidrag", "9 800", "9 800", "0"),
            ("Nämnd och ledning", "6 140", "5 920", "220"),
            ("Totalt", "140 000", "137 680", "2 320"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="times", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämndens resultat för 2025 blev drygt två miljoner kronor bättre än budget.",
            C(
                None,
                "drygt två miljoner kronor",
                "+",
                value=2_000_000,
                note="An amount in words with 'drygt': the stated figure (the table says 2 320 tkr).",
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten är resultatet 1,4 mnkr bättre, främst för att energikostnaderna "
            "under november och december blev lägre än befarat.",
            F(None, "1,4 mnkr", "+", "prisokningar", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Bibliotek", 3),
        P(
            "Biblioteken gjorde ett överskott på 640 tkr. Förklaringen är främst att en bibliotekarietjänst stod "
            "vakant under våren och att anslaget för medier inte förbrukades fullt ut.",
            C("Bibliotek", "640 tkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        H("Kultur och evenemang", 3),
        P(
            "Verksamheten överskred budgeten med 1 450 tkr. Stadsfesten i Kanalparken genomfördes i utökad form, "
            "och intäkterna från entréer och sponsorer blev betydligt lägre än beräknat samtidigt som priserna för "
            "säkerhetstjänster och scenteknik steg.",
            C("Kultur och evenemang", "1 450 tkr", "-", "avgifter_intakter", "prisokningar"),
        ),
        H("Kulturskola", 3),
        P(
            "Lägre personalkostnader, då två lärare har varit föräldralediga under hösten utan att tjänsterna har "
            "tillsatts fullt ut.",
            C(
                "Kulturskola",
                "380",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        H("Idrotts- och fritidsanläggningar", 3),
        P(
            "Anläggningarna visar ett överskott på 1 920 tkr. Ishallen på Slättbergsvallen var stängd i tre månader "
            "för byte av kylanläggningen, vilket sänkte kostnaderna för el och drift. Samtidigt blev "
            "hyresintäkterna från föreningar och skolor högre än budgeterat.",
            C(
                "Idrotts- och fritidsanläggningar",
                "1 920 tkr",
                "+",
                "ovrigt",
                "avgifter_intakter",
                note="A closure for repairs is ovrigt.",
            ),
        ),
        H("Ungdom och fritidsgårdar", 3),
        P(
            "Fritidsgården i Lextorp hölls stängd under hösten efter en vattenskada, vilket gav 610 tkr lägre "
            "kostnader än budgeterat.",
            C(
                "Ungdom och fritidsgårdar",
                "610 tkr",
                "+",
                "ovrigt",
                note="Water damage and a closure are ovrigt.",
            ),
        ),
        H("Föreningsbidrag", 3),
        P("Bidragen till föreningslivet betalades ut enligt budget.", BP("Föreningsbidrag")),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 8 400 tkr har 5 150 tkr använts. Upprustningen av friluftsbadet i "
            "Hjulkvarnelund har skjutits upp till 2026 eftersom bygglovet överklagades.",
            C(
                "Investeringar",
                "8 400 tkr har 5 150 tkr",
                "+",
                "periodisering",
                value=3_250_000,
                note="Investment under-spending of 3 250 tkr, never written out: the computed value.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att stadsfesten 2026 ska genomföras i mindre format, vilket beräknas minska "
            "kostnaderna med 500 tkr.",
            A("Kultur och evenemang", "500 tkr"),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet utlån på biblioteken minskade med 4 procent jämfört med 2024, medan antalet besök ökade med "
            "2 procent.",
            O("Bibliotek", "volymer", note="Loans and visits against the previous year: other."),
        ),
        P(
            "Efter årets resultat uppgår nämndens ackumulerade överskott, som får föras vidare enligt stadens "
            "regler för resultatöverföring, till 3,1 mnkr.",
            O(None, note="Equity carried forward: other."),
        ),
    ]
    return ReportSpec(
        file="trollhattan-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Trollhättan",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Trollhättans stad",
        },
        style=style,
        blocks=blocks,
    )
