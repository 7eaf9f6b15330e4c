"""Helsingborgs stad, Fastighetsnämnden, månadsrapport oktober 2025.

A property committee's month report in mnkr, footer with the nämnd's meeting date in November: the full
year "ett överskott på 7,6 mnkr (5,9 mnkr i september)" where the bracket is last month's figure, the change
since September with its cause; a table with the deviation in September and October side by side and U+2212
minus; bold run-in areas with a colon: rent revenue "3,4 mnkr högre än budget", a water damage whose upkeep
"överstiger budget med 4,2 mnkr", energy "5,1 mnkr lägre än budgeterat" (prices and the weather), a
reason-only capital cost (the row's "+2,9"), personnel and consultants as two areas in one sentence
("ett överskott på 1,1 mnkr, medan … 0,8 mnkr högre än budget"), empty premises that "kostar 2,3 mnkr mer",
cleaning "2,4 mnkr bättre än budget"; investments as a total "133 mnkr lägre än budget" and a project overrun
"överskrida projektbudgeten med 9,5 mnkr"; an action with its effect and an interest-rate risk (other).
DejaVu Sans Condensed 9.5 pt.

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
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Helsingborgs stad – Fastighetsförvaltningen", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Fastighetsnämnden 2025-11-18", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår 2025, mnkr",
        header=(("Område", "Budget", "Prognos okt", "Avvikelse okt", "Avvikelse sept"),),
        rows=(
            ("Hyresintäkter", "1 284,0", "1 287,4", "+3,4", "+3,0"),
            ("Drift och underhåll", "−412,5", "−416,7", "−4,2", "−4,0"),
            ("Energi och media", "−118,3", "−113,2", "+5,1", "+3,6"),
            ("Kapitalkostnader", "−486,0", "−483,1", "+2,9", "+2,9"),
            ("Personal och konsulter", "−96,4", "−96,1", "+0,3", "+0,1"),
            ("Tomställda lokaler", "−12,0", "−14,3", "−2,3", "−2,1"),
            ("Städ och service", "−29,8", "−27,4", "+2,4", "+2,4"),
            ("Summa", "129,0", "136,6", "+7,6", "+5,9"),
        ),
        widths=(150.0, 70.0, 76.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="cond-bold", after=2),
        Title("Fastighetsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Fastighetsnämnden prognostiserar för helåret ett överskott på 7,6 mnkr (5,9 mnkr i september).",
            C(None, "7,6 mnkr", "+", note="The bracketed figure is last month's: not the amount."),
        ),
        P(
            "Prognosen har förbättrats med 1,7 mnkr jämfört med september, vilket främst förklaras av lägre "
            "elpriser under hösten.",
            F(None, "1,7 mnkr", "+", "prisokningar"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Hyresintäkter:",
            "Intäkterna från externa hyresgäster blir 3,4 mnkr högre än budget, eftersom vakansgraden i stadens "
            "kommersiella lokaler har sjunkit.",
            C("Hyresintäkter", "3,4 mnkr", "+", "avgifter_intakter", "lokaler"),
        ),
        LP(
            "Drift och underhåll:",
            "Efter vattenskadan i Ekbackens förskola i mars har det akuta underhållet blivit mer omfattande än "
            "planerat, och kostnaderna överstiger budget med 4,2 mnkr.",
            C("Drift och underhåll", "4,2 mnkr", "-", "ovrigt", note="Water damage: ovrigt."),
        ),
        LP(
            "Energi och media:",
            "Kostnaden för el och fjärrvärme blir 5,1 mnkr lägre än budgeterat, tack vare lägre elpriser och en "
            "mild inledning av året.",
            C("Energi och media", "5,1 mnkr", "+", "prisokningar", "ovrigt", note="Prices and weather."),
        ),
        LP(
            "Kapitalkostnader:",
            "Flera projekt har försenats, och avskrivningar och räntor blir därför lägre än i budgeten.",
            C(
                "Kapitalkostnader",
                "+2,9",
                "+",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's October cell.",
            ),
        ),
        LP(
            "Personal och konsulter:",
            "Vakanta tjänster inom förvaltningen ger ett överskott på 1,1 mnkr, medan kostnaderna för inhyrda "
            "projektledare blir 0,8 mnkr högre än budget.",
            C(
                "Personalkostnader",
                "1,1 mnkr",
                "+",
                "vakanser",
                note="Two areas with their own amounts in one sentence: two items.",
                also=(C("Konsulter", "0,8 mnkr", "-", "inhyrd_personal"),),
            ),
        ),
        LP(
            "Tomställda lokaler:",
            "De lokaler som stått tomma sedan gymnasieskolan på Planteringen flyttade kostar 2,3 mnkr mer än "
            "budgeterat, eftersom uthyrningen har dragit ut på tiden.",
            C("Tomställda lokaler", "2,3 mnkr", "-", "lokaler", "omstallning"),
        ),
        LP(
            "Städ och service:",
            "Lokalvården blir 2,4 mnkr bättre än budget då förvaltningarna har beställt fler extra uppdrag.",
            C("Städ och service", "2,4 mnkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Totalt beräknas investeringsutgifterna bli 133 mnkr lägre än budget, främst eftersom två skolprojekt "
            "har senarelagts till 2026.",
            C("Investeringar", "133 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet ny idrottshall vid Västra Ramlösa beräknas överskrida projektbudgeten med 9,5 mnkr till följd "
            "av högre entreprenadpriser.",
            C(
                "Idrottshall Västra Ramlösa",
                "9,5 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har infört stopp för planerat underhåll som inte är nödvändigt under året, vilket "
            "beräknas minska kostnaderna med 1,0 mnkr.",
            A("Drift och underhåll", "1,0 mnkr"),
        ),
        P(
            "Prognosen för kapitalkostnaderna är osäker, eftersom räntenivån under november och december kan "
            "avvika från antagandet.",
            O("Kapitalkostnader", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-fn-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Fastighetsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Fastighetsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
