"""Haninge kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in tkr, mnkr and words, footer with the nämnd's meeting
date in February: the result "ett överskott på knappt två miljoner kronor jämfört med budget" (words), the
outcome against the interim forecast "i balans" with its cause (a forecast change, amount null); a table with
U+2212 deficits; two columns of plain headings: "underskott på 560 tusen kronor", "ett överskott på 0,8
mnkr, vilket beror på", a reason-only surplus after a water leak (the row's "880"), "överskred budget med
drygt 1,1 mnkr" followed in the same paragraph by booked hours against 2024 (other), "Utfallet blev 1,3 mnkr
lägre än budget" for grants (a cost under budget, positive, the prose rounding the row), "Överskottet på
sjuhundra tusen kronor" in words, "har hållit sin budget" (boilerplate); investments "2,6 mnkr lägre än
budget"; next year's frame with "beror på" and a request to carry over part of the surplus (others).
DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Haninge kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (avvikelse = budget − utfall)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Prognos aug"),),
        rows=(
            ("Bibliotek", "41 300", "41 860", "−560", "−300"),
            ("Kulturskola", "28 900", "28 100", "800", "500"),
            ("Fritidsgårdar", "24 600", "23 720", "880", "400"),
            ("Idrotts- och fritidsanläggningar", "78 200", "79 340", "−1 140", "−1 200"),
            ("Föreningsbidrag", "19 500", "18 240", "1 260", "0"),
            ("Kulturarrangemang och konst", "9 800", "9 100", "700", "600"),
            ("Nämnd och administration", "12 700", "12 700", "0", "0"),
            ("Summa", "215 000", "213 060", "1 940", "0"),
        ),
        widths=(170.0, 62.0, 62.0, 64.0, 68.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.8,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="serif-cond", after=12),
        H("Ekonomiskt utfall", 1),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på knappt två miljoner kronor jämfört med "
            "budget.",
            C(
                None,
                "knappt två miljoner kronor",
                "+",
                value=2_000_000,
                note="Amount in words with 'knappt': the stated figure (the table says 1 940).",
            ),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett resultat i balans. Att utfallet blev bättre beror "
            "främst på att intäkterna från uthyrning av idrottshallar blev högre än beräknat under hösten.",
            F(
                None,
                None,
                "+",
                "avgifter_intakter",
                note="The outcome against the interim forecast with its cause: a forecast change, no amount.",
            ),
        ),
        table,
        H("Verksamheterna", 2),
        Columns(2),
        H("Bibliotek", 3),
        P(
            "Biblioteken går med ett underskott på 560 tusen kronor. Licenskostnaderna för e-böcker och för det nya "
            "systemet för meröppna bibliotek har ökat mer än budgeterat.",
            C("Bibliotek", "560 tusen kronor", "-", "it_digitalisering"),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan redovisar ett överskott på 0,8 mnkr, vilket beror på att två lärartjänster i dans varit "
            "vakanta under höstterminen.",
            C("Kulturskola", "0,8 mnkr", "+", "vakanser"),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Fritidsgården i Vega var stängd i tre månader efter en vattenläcka, vilket minskade personal- och "
            "aktivitetskostnaderna.",
            C(
                "Fritidsgårdar",
                "880",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only (a repair closure, ovrigt): the row's cell.",
            ),
        ),
        H("Idrotts- och fritidsanläggningar", 3),
        PS(
            (
                "Anläggningarna överskred budget med drygt 1,1 mnkr. Reparationen av kylaggregatet i ishallen och "
                "högre elpriser förklarar avvikelsen.",
                C("Idrotts- och fritidsanläggningar", "drygt 1,1 mnkr", "-", "ovrigt", "prisokningar"),
            ),
            (
                "Antalet bokade timmar i sporthallarna ökade med 6 procent jämfört med 2024.",
                O("Idrotts- och fritidsanläggningar", note="Volumes against the previous year: other."),
            ),
        ),
        H("Föreningsbidrag", 3),
        P(
            "Utfallet blev 1,3 mnkr lägre än budget då färre föreningar än väntat sökte aktivitetsstöd.",
            C(
                "Föreningsbidrag",
                "1,3 mnkr",
                "+",
                "volymer",
                note="A cost under budget: positive. The prose rounds the row's 1 260.",
            ),
        ),
        H("Kulturarrangemang och konst", 3),
        P(
            "Överskottet på sjuhundra tusen kronor beror på att den offentliga konsten vid Haninge centrum har "
            "skjutits till 2026.",
            C("Kulturarrangemang och konst", "sjuhundra tusen kronor", "+", "periodisering", value=700_000),
        ),
        H("Nämnd och administration", 3),
        P("Nämnd och administration har hållit sin budget.", BP("Nämnd och administration")),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 9,4 mnkr, vilket är 2,6 mnkr lägre än budget. Upprustningen av "
            "motionsspåret vid Årsta havsbad försenades eftersom bygglovet överklagades.",
            C("Investeringar", "2,6 mnkr", "+", "periodisering"),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden tilldelats 3,5 mnkr för driften av den nya sporthallen i Vendelsö, vilket beror "
            "på fullmäktiges beslut om mer idrottsyta.",
            O(None, note="Next year's frame: other."),
        ),
        H("Resultatdisposition", 2),
        P(
            "Nämnden begär att 1,0 mnkr av överskottet förs över till 2026 för att slutföra konstprojektet vid "
            "Haninge centrum.",
            O(None, note="A request to carry over part of the surplus: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="haninge-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Haninge kommun",
        },
        style=style,
        blocks=blocks,
    )
