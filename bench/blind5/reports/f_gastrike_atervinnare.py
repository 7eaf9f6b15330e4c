"""Gästrike Återvinnare (kommunalförbund for waste in Gävle, Sandviken, Hofors, Ockelbo and Älvkarleby),
Förbundsdirektionen, årsredovisning 2025.

A taxe-financed waste kommunalförbund's annual report (period = the year), named only in the header, the
title and a long footer listing the member kommuner: the chair's foreword and a list of the year's
volumes (not labelled), the year's result against the budgeted result with the deviation written out in
the next sentence and its causes, a result table per kostnadsslag in tkr with budget, outcome, deviation
and last year's outcome; then two columns of bold run-in kostnadsslag: the waste tariff under budget
(households choosing less frequent collection), material sales over budget (market prices), the
collection contract with the cause first and "knappt 1,4 mnkr" last (diesel index), treatment costs
and personnel whose amounts live only in the table, "Övriga poster" in balance (boilerplate); the
result fund that will damp next year's tariff (other), investments under budget from an appealed
building permit, two refuse trucks over budget from the exchange rate, costs against last year (other),
a balance sheet in brief (not labelled), solidity and liquidity (other) and a sorting goal (not
labelled). Liberation Sans Narrow 10 pt, a footer with the member kommuner.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, O

ROW = "Amount from the table row (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 74.0, 64.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Gästrike Återvinnare", "Årsredovisning 2025"),
        footer=lambda n, m: (
            "Kommunalförbundet för Gävle, Sandviken, Hofors, Ockelbo och Älvkarleby kommuner",
            "",
            f"{n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    result = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Avfallstaxa", "186 400", "184 660", "−1 740", "179 300"),
            ("Försäljning av material", "9 800", "14 010", "4 210", "10 940"),
            ("Övriga intäkter", "3 200", "3 390", "190", "3 050"),
            ("Personalkostnader", "−48 600", "−47 720", "880", "−45 900"),
            ("Insamlingsentreprenad", "−71 900", "−73 280", "−1 380", "−69 100"),
            ("Behandlingskostnader", "−43 500", "−40 440", "3 060", "−42 800"),
            ("Övriga kostnader", "−21 700", "−21 760", "−60", "−20 950"),
            ("Avskrivningar", "−10 600", "−10 480", "120", "−9 700"),
            ("Finansnetto", "−1 600", "−1 580", "20", "−1 450"),
            ("Årets resultat", "1 500", "6 800", "5 300", "3 390"),
        ),
        widths=(160.0, 72.0, 72.0, 64.0, 72.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=9.0,
    )
    balance = Table(
        caption="Balansräkning 31 december, mnkr",
        header=(("", "2025", "2024"),),
        rows=(
            ("Anläggningstillgångar", "112,4", "99,8"),
            ("Omsättningstillgångar", "58,6", "54,1"),
            ("Summa tillgångar", "171,0", "153,9"),
            ("Eget kapital", "54,5", "47,7"),
            ("varav resultatfond", "14,2", "7,4"),
            ("Avsättningar", "9,3", "8,8"),
            ("Skulder", "107,2", "97,4"),
            ("Summa eget kapital och skulder", "171,0", "153,9"),
        ),
        widths=(140.0, 40.0, 40.0),
        bold_rows=frozenset({2, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=22, font="narrow-bold"),
        Title(
            "Gästrike Återvinnare – kommunalförbund för avfallshantering", size=12, font="narrow", after=14
        ),
        H("Ordföranden har ordet", 1),
        Para(
            (
                (
                    "2025 blev året då insamlingen av matavfall nådde alla hushåll i förbundets fem kommuner. Det är ett "
                    "resultat av flera års arbete, och det syns redan i mängden restavfall. Samtidigt har vi fått en ny "
                    "lagstiftning om förpackningar att förhålla oss till, och våra återvinningscentraler har fått fler "
                    "besök än någonsin.",
                    None,
                ),
            ),
            font="italic",
        ),
        H("Året i korthet", 1),
        Bullets(
            (
                "118 400 ton avfall togs emot, 2 procent mindre än 2024.",
                "Återvinningscentralerna hade 1,02 miljoner besök.",
                "Andelen hushåll med matavfallsinsamling ökade till 100 procent.",
            ),
            glyph="•",
        ),
        H("Ekonomi", 1),
        P(
            "Årets resultat blev 6,8 mnkr, att jämföra med budgeterade 1,5 mnkr. Den positiva avvikelsen på 5,3 mnkr "
            "förklaras främst av högre intäkter för sorterat material och av att mängden restavfall till förbränning "
            "minskade.",
            C(
                None,
                "5,3 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The result against the budgeted result; the deviation is written out in the next sentence.",
            ),
        ),
        result,
        Columns(2),
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Avfallstaxa.",
            "Intäkterna från avfallstaxan blev 1 740 tkr lägre än budgeterat. Fler hushåll än väntat har valt "
            "hämtning var fjärde vecka eller hemkompostering, vilket ger en lägre avgift per hushåll.",
            C("Avfallstaxa", "1 740 tkr", "-", "avgifter_intakter"),
        ),
        LP(
            "Försäljning av material.",
            "Försäljningen av sorterat material, framför allt metallskrot och wellpapp, gav 4 210 tkr mer än "
            "budgeterat. Marknadspriserna låg högt under hela första halvåret.",
            C(
                "Försäljning av material",
                "4 210 tkr",
                "+",
                "avgifter_intakter",
                "prisokningar",
                note="Higher market prices for sold material: a price cause that raises revenue.",
            ),
        ),
        LP(
            "Insamlingsentreprenad.",
            "Avtalet med insamlingsentreprenören indexregleras två gånger per år, och dieselindex steg mer än vad "
            "budgeten förutsatte. Kostnaden blev knappt 1,4 mnkr högre än budget.",
            C(
                "Insamlingsentreprenad",
                "knappt 1,4 mnkr",
                "-",
                "prisokningar",
                note="The cause first, the amount last (table −1 380).",
            ),
        ),
        LP(
            "Behandlingskostnader.",
            "Mängden restavfall som skickades till förbränning minskade med 6 procent jämfört med budget, när "
            "matavfallsinsamlingen nådde de sista villaområdena i Sandviken och Hofors. Det gav en lägre kostnad "
            "än budgeterat.",
            C("Behandlingskostnader", "3 060", "+", "volymer", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Personalkostnader.",
            "Två tjänster som maskinförare på återvinningscentralerna har varit vakanta under större delen av året.",
            C(
                "Personalkostnader",
                "880",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note=ROW + " No cue word.",
            ),
        ),
        P("Övriga poster ligger i nivå med budget.", BP("Övriga poster")),
        H("Resultatfond", 2),
        P(
            "Verksamheten är helt taxefinansierad. Överskottet förs till förbundets resultatfond, som efter årets "
            "avsättning uppgår till 14,2 mnkr. Direktionen har beslutat att fonden ska användas för att dämpa "
            "taxehöjningen 2027.",
            O(None, "reserver", note="Result fund (eget kapital): financing."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 22,6 mnkr, vilket är 11,9 mnkr lägre än budget. Bygget av den nya "
            "återvinningscentralen i Norrsätra har försenats av ett överklagat bygglov och påbörjas först i april "
            "2026.",
            C(
                "Investeringar",
                "11,9 mnkr",
                "+",
                "periodisering",
                note="Investment spending under budget: delay.",
            ),
        ),
        P(
            "Två nya tvåfacksbilar för mat- och restavfall blev 0,9 mnkr dyrare än budgeterat, eftersom "
            "leverantören höjde priserna med hänvisning till valutakursen.",
            C("Tvåfacksbilar", "0,9 mnkr", "-", "prisokningar", note="An investment over its budget."),
        ),
        H("Jämförelse med 2024", 2),
        P(
            "Förbundets kostnader ökade med 3,9 procent jämfört med 2024, vilket främst beror på indexuppräkningen "
            "av insamlingsavtalet.",
            O(None, "prisokningar", note="Against the previous year, not the budget."),
        ),
        H("Balansräkning i sammandrag", 2),
        balance,
        P(
            "Soliditeten var 32 procent vid årets slut, mot 31 procent ett år tidigare. Likviditeten är god, och "
            "förbundet har inte behövt utnyttja sin checkkredit under året.",
            O(None, note="Solidity and liquidity."),
        ),
        H("God ekonomisk hushållning", 2),
        P(
            "Målet att andelen förpackningar i restavfallet ska understiga 20 procent uppnåddes inte. Plockanalysen "
            "i oktober visade 24 procent, vilket beror på att många hushåll väntar på den nya "
            "förpackningsinsamlingen vid fastigheten."
        ),
    ]
    return ReportSpec(
        file="gastrike-atervinnare-arsredovisning-2025.pdf",
        report={
            "municipality": ["Gästrike Återvinnare", "Kommunalförbundet Gästrike Återvinnare"],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Gästrike Återvinnare"},
        style=style,
        blocks=blocks,
    )
