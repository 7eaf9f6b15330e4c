"""Bergslagens miljö- och byggnämnd (the joint committee of Hällefors, Lindesberg, Ljusnarsberg and Nora),
delårsrapport januari–augusti 2025.

A joint committee's interim report in tkr, footer with the nämnd's meeting date in October: the period
"+860 tkr jämfört med periodiserad budget" and the full year "ett underskott mot budget om 420 tkr" with its
reason (two causes); a table by revenue and cost line with deficits as a trailing minus ("1 150-", "380-");
then plain paragraphs whose subject is the area: building-permit revenue "1 150 tkr lägre än budgeterat"
(negative), supervision fees that "överstiger budget med 250 tkr" (revenue over budget: positive), "följer
budget" (boilerplate), personnel costs "lägre än beräknat, 700 tkr", two reason-only lines (consultants and a
case-management system's licence, the rows' "380-" and "110-"); the member kommuner's funding key (other), an
action with its effect and a goal not met "vilket beror på vakanserna" (other). 7 scored causes. Liberation
Sans (Arial) 9.5 pt.

The place is real (a gemensam nämnd hosted by Lindesberg); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

ROW = "A reason-only passage: the table row's cell, printed with a trailing minus (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Bergslagens miljö- och byggnämnd", "Delårsrapport 2025"),
        footer=lambda n, m: ("Nämndens sammanträde 2025-10-08", "BMB 2025/412", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr (underskott anges med minustecken efter beloppet)",
        header=(("Post", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Bygglovsavgifter", "6 800", "5 650", "1 150-"),
            ("Tillsynsavgifter miljö", "4 900", "5 150", "250"),
            ("Livsmedelskontroll", "2 100", "2 100", "0"),
            ("Personalkostnader", "-19 400", "-18 700", "700"),
            ("Konsulter", "-300", "-680", "380-"),
            ("IT och licenser", "-1 200", "-1 310", "110-"),
            ("Övriga kostnader", "-2 400", "-2 130", "270"),
            ("Nettokostnad", "-9 500", "-9 920", "420-"),
        ),
        widths=(160.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title(
            "Bergslagens miljö- och byggnämnd – gemensam nämnd för Hällefors, Lindesberg, Ljusnarsberg och Nora",
            size=10.5,
            font="arial-italic",
            after=12,
        ),
        H("Ekonomi", 2),
        P(
            "Resultatet för perioden januari–augusti är +860 tkr jämfört med periodiserad budget.",
            C(None, "+860 tkr", "+", note="The period in a sentence of its own."),
        ),
        P(
            "Helårsprognosen pekar på ett underskott mot budget om 420 tkr, framför allt till följd av lägre "
            "intäkter för bygglov.",
            C(None, "420 tkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer till prognosen", 3),
        P(
            "Intäkterna för bygglov beräknas bli 1 150 tkr lägre än budgeterat. Antalet ansökningar har minskat "
            "med en fjärdedel, framför allt för nybyggnad av bostäder.",
            C("Bygglovsavgifter", "1 150 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Tillsynsavgifterna inom miljöområdet överstiger budget med 250 tkr, efter att årsavgifterna för "
            "lantbruk har fakturerats enligt den nya taxan.",
            C(
                "Tillsynsavgifter miljö",
                "250 tkr",
                "+",
                "avgifter_intakter",
                note="Revenue over budget: positive.",
            ),
        ),
        P("Livsmedelskontrollen följer budget.", BP("Livsmedelskontroll")),
        P(
            "Personalkostnaderna är lägre än beräknat, 700 tkr, eftersom två tjänster som miljöinspektör har stått "
            "vakanta sedan våren.",
            C("Personalkostnader", "700 tkr", "+", "vakanser"),
        ),
        P(
            "För att hinna med tillsynsplanen har en konsult anlitats för inventeringen av enskilda avlopp, vilket "
            "gör att kostnaderna för konsulter överskrids.",
            C("Konsulter", "380-", "-", "inhyrd_personal", unit="tkr", table=True, note=ROW),
        ),
        P(
            "Kostnaden för det nya ärendehanteringssystemet blir högre än budgeterat, då licensavgiften har räknats "
            "upp med index.",
            C(
                "IT och licenser",
                "110-",
                "-",
                "it_digitalisering",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Finansiering", 3),
        P(
            "Nämnden finansieras av de fyra kommunerna enligt en fördelningsnyckel baserad på invånarantalet, där "
            "Lindesbergs kommun står för 54 procent. Ett underskott vid årets slut fördelas på kommunerna enligt "
            "samma nyckel.",
            O(None, note="The member kommuner's funding: a financing statement, other."),
        ),
        H("Åtgärder", 3),
        P(
            "Nämnden har beslutat att inte återbesätta en administrativ tjänst under hösten, vilket ger en "
            "besparing på 150 tkr.",
            A(None, "150 tkr", "bemanning"),
        ),
        H("Måluppfyllelse", 3),
        P(
            "Målet att fatta beslut i 90 procent av bygglovsärendena inom tio veckor nås inte under 2025, vilket "
            "beror på vakanserna.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="bergslagens-miljo-och-byggnamnd-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Bergslagens miljö- och byggnämnd",
                "Bergslagens miljö- och byggförvaltning",
                "Bergslagens miljö och bygg",
            ],
            "committee": ["Bergslagens miljö- och byggnämnd", "Miljö- och byggnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Bergslagens miljö- och byggnämnd",
            "author": "Bergslagens miljö- och byggförvaltning",
        },
        style=style,
        blocks=blocks,
    )
