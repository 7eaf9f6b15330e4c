"""Haninge kommun, Äldrenämnden, verksamhetsberättelse 2025.

An elderly-care year-end report in DejaVu Sans Condensed, footer with the nämnd's meeting date in February:
the result "−11,8 mnkr" with a percentage of the frame, the outcome against the August forecast ("2,2 mnkr
bättre än prognosen", a forecast change), net cost growth against 2024 with "beror främst på" (other); a
kostnadsslag table in tkr with hyphen-minus, then bold run-in kostnadsslag ending in a full stop
("Intäkter.", "Personalkostnader.") in varied shapes ("blev 4,6 mnkr högre än budget", "Överskridandet på 8,6
mnkr förklaras av", a cost "11,2 mnkr högre än budgeterat … eftersom"), two kostnadsslag as a "respektive"
pair with a reason each; then plain headings per verksamhet so the deficit is explained twice ("gick 7,3 mnkr
över budget", "Utfallet blev −5,9 mnkr jämfört med budget", "lämnar ett överskott på 1,4 mnkr" from a closure
for renovation); an action with its yearly effect, investments "3,1 mnkr av budgeterade 4,0 mnkr" (0,9 never
written out) and an outlook risk (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Haninge kommun", "Verksamhetsberättelse 2025 – Äldrenämnden"),
        footer=lambda n, m: ("Äldrenämnden 2026-02-24", "", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Intäkter", "142 300", "146 900", "4 600", "138 200"),
            ("Personalkostnader", "-498 700", "-507 250", "-8 550", "-481 900"),
            ("Köp av verksamhet", "-301 600", "-312 800", "-11 200", "-288 400"),
            ("Lokalkostnader", "-96 200", "-95 450", "750", "-93 100"),
            ("Övriga kostnader", "-102 300", "-99 700", "2 600", "-97 100"),
            ("Nettokostnad", "-856 500", "-868 300", "-11 800", "-822 300"),
        ),
        widths=(140.0, 78.0, 78.0, 70.0, 78.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Äldrenämnden", size=13, font="cond", after=14),
        H("Ekonomiskt utfall", 1),
        P(
            "Äldrenämnden redovisar ett resultat på −11,8 mnkr för 2025, vilket motsvarar 1,4 procent av nämndens "
            "budgetram på 856,5 mnkr.",
            C(None, "−11,8 mnkr", "-", note="The year's result against the frame, no reason."),
        ),
        P(
            "I delårsrapporten per augusti var prognosen −14,0 mnkr, och utfallet blev alltså 2,2 mnkr bättre än "
            "prognosen.",
            F(None, "2,2 mnkr", "+", note="The outcome against the interim forecast."),
        ),
        P(
            "Nettokostnaderna ökade med 5,6 procent jämfört med 2024, vilket främst beror på fler äldre med "
            "omfattande omsorgsbehov.",
            O(None, "volymer", note="Cost growth against the previous year: other."),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter.",
            "Intäkterna blev 4,6 mnkr högre än budget, i huvudsak till följd av att ett prestationsbaserat "
            "statsbidrag betalades ut i december och att omvårdnadsavgifterna ökade efter höjningen av maxtaxan.",
            C("Intäkter", "4,6 mnkr", "+", "statsbidrag", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader.",
            "Överskridandet på 8,6 mnkr förklaras av hög sjukfrånvaro under första halvåret, övertid under "
            "semesterperioden och att grundbemanningen på två boenden utökades efter en tillsyn.",
            C(
                "Personalkostnader",
                "8,6 mnkr",
                "-",
                "sjukfranvaro",
                "overtid",
                "bemanning",
                note="The prose rounds the row's -8 550: the prose amount.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Kostnaden för externa platser i vård- och omsorgsboende blev 11,2 mnkr högre än budgeterat, eftersom "
            "kön till nämndens egna boenden var lång under hela hösten.",
            C("Köp av verksamhet", "11,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Lokaler och övrigt.",
            "Lokalkostnaderna och övriga kostnader blev 0,8 respektive 2,6 mnkr lägre än budgeterat, till följd av "
            "en lägre hyra för Tallbackens korttidsboende och lägre kostnader för inkontinensskydd.",
            C(
                "Lokalkostnader",
                "0,8",
                "+",
                "lokaler",
                unit="mnkr",
                note="A 'respektive' pair with a reason each: two items, each with its own reason's tag.",
                also=(C("Övriga kostnader", "2,6 mnkr", "+", "material_hjalpmedel"),),
            ),
        ),
        H("Kommentarer per verksamhet", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten gick 7,3 mnkr över budget. Antalet utförda timmar blev 9 procent fler än budgeterat, "
            "samtidigt som restiden per besök ökade när fler kunder bor i Vega och Tungelsta.",
            C(
                "Hemtjänst",
                "7,3 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="Travel time per visit in home care: bemanning.",
            ),
        ),
        H("Vård- och omsorgsboende", 3),
        P(
            "Utfallet blev −5,9 mnkr jämfört med budget. Köpta platser stod för merparten, men även "
            "sjuklönekostnaderna var höga.",
            C("Vård- och omsorgsboende", "−5,9 mnkr", "-", "kopt_verksamhet", "sjukfranvaro"),
        ),
        H("Dagverksamhet och anhörigstöd", 3),
        P(
            "Verksamheten lämnar ett överskott på 1,4 mnkr, vilket beror på att dagverksamheten Lärkan var stängd i "
            "tre månader under en ombyggnad.",
            C(
                "Dagverksamhet och anhörigstöd",
                "1,4 mnkr",
                "+",
                "ovrigt",
                note="A closure for renovation: ovrigt.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes ett nytt schemaläggningssystem i hemtjänsten, som väntas sänka kostnaden för "
            "övertid med 1,2 mnkr per år.",
            A("Hemtjänst", "1,2 mnkr", "overtid", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 3,1 mnkr av budgeterade 4,0 mnkr, då inköpet av nya trygghetslarm "
            "flyttades till 2026.",
            C(
                "Investeringar",
                "3,1 mnkr av budgeterade 4,0 mnkr",
                "+",
                "periodisering",
                value=900_000,
                note="Under-spending of 0,9 mnkr, never written out: the computed value.",
            ),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 finns en risk att kostnaderna för köpta platser fortsätter att öka om kön till de egna "
            "boendena inte minskar.",
            O(None, "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-aln-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Äldrenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
