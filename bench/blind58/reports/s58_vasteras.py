"""Västerås stad, Kultur-, idrotts- och fritidsnämnden, verksamhetsberättelse 2025 (culture, year end).

A culture and leisure committee's year-end report in tkr and "miljoner kronor", DejaVu Serif 9.5 pt, footer
with the adoption date in February: the result "+3,6 miljoner kronor jämfört med budget" and the outcome "1,9
miljoner kronor bättre än prognosen i delårsrapporten" (a forecast change) in two sentences; a table with
U+2212 deficits; plain headings per verksamhet whose paragraphs say it in varied shapes ("lämnar ett
överskott om 2 500 tkr", "går back med 3,25 miljoner kronor", a reason-only surplus (the row's "1 600"), a
possessive "Bibliotekens överskott, 1,5 miljoner kronor,", "blev 750 tkr lägre än budgeterat" of grants,
a positive row "höll i stort sett budget" (boilerplate)); investments "38,2 miljoner kronor av budgeterade
52,0 miljoner kronor" (13,8 never written out); visitors against 2024 with "beror på" and a proposed carry-over
of the surplus (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Västerås stad", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur-, idrotts- och fritidsnämnden", "Fastställd 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kultur", "168 400", "165 900", "2 500"),
            ("Idrott och fritid", "214 700", "217 950", "−3 250"),
            ("Fritidsgårdar och ungdomsverksamhet", "46 200", "44 600", "1 600"),
            ("Bibliotek", "72 300", "70 800", "1 500"),
            ("Föreningsbidrag", "58 000", "57 250", "750"),
            ("Nämnd och ledning", "19 900", "19 400", "500"),
            ("Summa", "579 500", "575 900", "3 600"),
        ),
        widths=(200.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Kultur-, idrotts- och fritidsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämnden redovisar ett resultat på +3,6 miljoner kronor jämfört med budget för 2025.",
                C(None, "+3,6 miljoner kronor", "+"),
            ),
            (
                "Det är 1,9 miljoner kronor bättre än prognosen i delårsrapporten per augusti.",
                F(
                    None,
                    "1,9 miljoner kronor",
                    "+",
                    note="The outcome against the interim forecast, no reason.",
                ),
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        H("Kultur", 3),
        P(
            "Kulturverksamheten lämnar ett överskott om 2 500 tkr. Konstmuseets höstutställning fick ett extra "
            "bidrag från Statens kulturråd, och två vakanta tjänster som kulturutvecklare tillsattes först i oktober.",
            C("Kultur", "2 500 tkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Idrott och fritid", 3),
        P(
            "Idrotts- och fritidsanläggningarna går back med 3,25 miljoner kronor. Ishallen på Rocklunda var stängd "
            "i sex veckor efter ett haveri i kylanläggningen, vilket gav både reparationskostnader och uteblivna "
            "hyresintäkter, och elkostnaderna för konstgräsplanerna blev högre än budgeterat.",
            C(
                "Idrott och fritid",
                "3,25 miljoner kronor",
                "-",
                "ovrigt",
                "avgifter_intakter",
                "prisokningar",
                note="A breakdown closure is ovrigt; electricity costs are prisokningar.",
            ),
        ),
        H("Fritidsgårdar och ungdomsverksamhet", 3),
        P(
            "Inom fritidsgårdarna blev personalkostnaderna lägre än budget, eftersom två gårdar hade kortare "
            "öppettider under våren.",
            C(
                "Fritidsgårdar och ungdomsverksamhet",
                "1 600",
                "+",
                "bemanning",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Bibliotekens överskott, 1,5 miljoner kronor, är en följd av att mediebudgeten inte förbrukades fullt ut "
            "och att det nya biblioteket i Skultuna öppnade i december i stället för i september.",
            C(
                "Bibliotek",
                "1,5 miljoner kronor",
                "+",
                "periodisering",
                note="Possessive area; a delayed opening.",
            ),
        ),
        H("Föreningsbidrag", 3),
        P(
            "Föreningsbidragen blev 750 tkr lägre än budgeterat, eftersom färre föreningar än väntat sökte "
            "aktivitetsstöd.",
            C("Föreningsbidrag", "750 tkr", "+", "volymer", note="Lower costs: positive."),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning höll i stort sett budget.",
            BP("Nämnd och ledning", note="500 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 38,2 miljoner kronor av budgeterade 52,0 miljoner kronor. "
            "Upphandlingen av en ny konstgräsmatta till Lillhamra IP överklagades, och arbetet flyttades till 2026.",
            C(
                "Investeringar",
                "38,2 miljoner kronor av budgeterade 52,0 miljoner kronor",
                "+",
                "periodisering",
                value=13_800_000,
                note="Under-spending of 13,8 miljoner kronor never written out: the computed value.",
            ),
        ),
        H("Verksamhetsmått och resultatdisposition", 2),
        P(
            "Antalet besök på nämndens anläggningar var 2,1 miljoner, 4 procent fler än 2024, vilket främst beror på "
            "att äventyrsbadet hade öppet hela året.",
            O(None, "volymer", note="Visitors against the previous year: other."),
        ),
        P(
            "Nämnden föreslår att 2,0 miljoner kronor av överskottet förs över till 2026 för att slutföra "
            "biblioteket i Skultuna.",
            O(None, note="A carry-over of the surplus: a financing statement."),
        ),
    ]
    return ReportSpec(
        file="vasteras-kifn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Kultur-, idrotts- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur-, idrotts- och fritidsnämnden",
            "author": "Västerås stad",
        },
        style=style,
        blocks=blocks,
    )
