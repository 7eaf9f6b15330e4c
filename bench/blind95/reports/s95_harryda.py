"""Härryda kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report in Liberation Serif (Times), footer with the adoption date in February:
the result "−9,6 mnkr jämfört med budget" and, in the next sentence of the same paragraph, the outcome against
the interim report's forecast (a cause and a forecast change); a table in tkr whose deficits carry a trailing
minus ("6 400-"); two columns of headings that carry the verksamhet and amount ("Äldreomsorg −6,4 mnkr", the
heading rounding the row's "4 750-" to "−4,8 mnkr"), a sub-area's surplus in a paragraph of its own under the
deficit heading, a heading paragraph with the reason followed by two sub-areas' amounts in one sentence (three
items), a central buffer as the reason for a surplus, and "±0 mnkr" over "inom budget" (boilerplate);
investments "2,4 mnkr lägre än budgeterat", an action with its effect on a yearly basis, sick leave and net cost
against 2024 (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Härryda kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Socialnämnden", "Antagen 2026-02-12", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, tkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "14 250", "13 480", "770"),
            ("Äldreomsorg", "338 900", "345 300", "6 400-"),
            ("Funktionsstöd", "212 400", "217 150", "4 750-"),
            ("Individ- och familjeomsorg", "118 600", "117 900", "700"),
            ("Hälso- och sjukvård", "45 300", "45 220", "80"),
            ("Summa", "729 450", "739 050", "9 600-"),
        ),
        widths=(180.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times-italic", after=14),
        H("Året som gått", 2),
        P(
            "Under året öppnade nämnden en ny träffpunkt för äldre i Landvetter och införde digital tillsyn i "
            "hemtjänsten. Arbetet med att samla funktionsstödets dagliga verksamheter i nya lokaler fortsatte."
        ),
        H("Ekonomiskt utfall", 2),
        Para(
            (
                (
                    "Socialnämnden redovisar ett resultat på −9,6 mnkr jämfört med budget för 2025.",
                    C(None, "−9,6 mnkr", "-", note="The year's result against budget."),
                ),
                (
                    "I delårsrapporten prognostiserades ett underskott på 11,0 mnkr, och utfallet blev alltså 1,4 "
                    "mnkr bättre än prognosen.",
                    F(None, "1,4 mnkr", "+", note="The outcome against the interim forecast, no cause."),
                ),
            )
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        Columns(2),
        HP(
            "Äldreomsorg −6,4 mnkr",
            "Underskottet finns framför allt inom hemtjänsten, där antalet utförda timmar har ökat med 9 procent "
            "under året. Sjukfrånvaron i hemtjänstgrupperna har också varit hög, med höga kostnader för "
            "timvikarier och övertid som följd.",
            C("Äldreomsorg", "−6,4 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
        ),
        P(
            "Särskilt boende redovisar däremot ett överskott på 1,2 mnkr, eftersom ett av boendena i Mölnlycke hade "
            "tomma platser under våren.",
            C(
                "Särskilt boende",
                "1,2 mnkr",
                "+",
                "volymer",
                note="A sub-area's surplus in a paragraph of its own under the deficit heading: its own item.",
            ),
        ),
        HP(
            "Funktionsstöd −4,8 mnkr",
            "Två nya beslut om bostad med särskild service för vuxna har verkställts genom köp av plats hos "
            "extern utförare, till en kostnad som inte ryms i budgeten. Ersättningen från Försäkringskassan för "
            "personlig assistans har samtidigt varit lägre än beräknat.",
            C(
                "Funktionsstöd",
                "−4,8 mnkr",
                "-",
                "kopt_verksamhet",
                "ersattning_fk",
                note="The heading rounds the row's '4 750-': the heading's amount.",
            ),
        ),
        Para(
            (
                (
                    "Överskottet förklaras av lägre kostnader för ekonomiskt bistånd, som delvis motverkas av fler "
                    "placeringar av barn och unga.",
                    C(
                        "Individ- och familjeomsorg",
                        "+0,7 mnkr",
                        "+",
                        "ekonomiskt_bistand",
                        "kopt_verksamhet",
                    ),
                ),
                (
                    "Ekonomiskt bistånd blev 1,6 mnkr lägre än budgeterat och placeringarna av barn och unga kostade "
                    "0,9 mnkr mer än budget.",
                    C(
                        "Ekonomiskt bistånd",
                        "1,6 mnkr",
                        "+",
                        "ekonomiskt_bistand",
                        note="Two sub-areas' amounts in one sentence after the heading's item: two items.",
                        also=(C("Placeringar av barn och unga", "0,9 mnkr", "-", "kopt_verksamhet"),),
                    ),
                ),
            ),
            head="Individ- och familjeomsorg +0,7 mnkr",
        ),
        HP(
            "Nämnd och ledning +0,8 mnkr",
            "Överskottet förklaras av att den centrala bufferten för oförutsedda kostnader inte har behövt tas i "
            "anspråk.",
            C("Nämnd och ledning", "+0,8 mnkr", "+", "reserver", note="An unused central buffer: reserver."),
        ),
        HP(
            "Hälso- och sjukvård ±0 mnkr",
            "Verksamheten har bedrivits inom budget.",
            BP("Hälso- och sjukvård", note="'±0' over 'inom budget' (the row says 80): boilerplate."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 1,1 mnkr, vilket är 2,4 mnkr lägre än budgeterat. Inköpet av nya "
            "trygghetslarm har skjutits fram till 2026.",
            C("Investeringar", "2,4 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes ett nytt planeringsverktyg i hemtjänsten, som har minskat kostnaderna för "
            "övertid med omkring 0,9 mnkr på årsbasis.",
            A("Äldreomsorg", "0,9 mnkr", "overtid", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland nämndens medarbetare var 8,7 procent, jämfört med 9,4 procent 2024.",
            O(None, note="Sick leave against the previous year."),
        ),
        H("Nyckeltal", 2),
        P(
            "Nettokostnaden per invånare för äldreomsorgen ökade med 4,1 procent jämfört med föregående år, vilket "
            "främst beror på fler hemtjänsttimmar.",
            O("Äldreomsorg", note="Net cost against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="harryda-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Härryda kommun"},
        style=style,
        blocks=blocks,
    )
