"""Pajala kommun, Socialnämnden, månadsuppföljning september 2025 (mostly elderly care).

A small kommun's social committee month report in tkr with a header carrying the nämnd's meeting date in
October: the full year "ett underskott på 6 350 tkr jämfört med budget" and the period "4 120 tkr över
periodiserad budget" in separate sentences of one paragraph (two items, the period's net cost over budget
negative), a table with a trailing minus for deficits ("3 900-"); then bold run-in verksamheter ending in a
colon: särskilt boende whose "Underskottet på 3 900 tkr" has three staffing causes, hemtjänst and hälso- och
sjukvård as a "respektive" pair under one lead with the shared cause in the next sentence (two items with the
same text), a reason-only surplus (the row's "450"), "bedöms hålla budget" (boilerplate) and a vacancy with
"ett överskott om 450 tkr"; a change since August, an action with its effect, investments "900 tkr lägre än
budgeterat", a grant statement and sick leave against last year (others). Liberation Serif (Times metrics)
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 76.0, 70.0, 72.0),
        header=lambda n, m: ("Pajala kommun – Socialnämnden", "Sammanträde 2025-10-16"),
        footer=lambda n, m: ("", f"{n}", ""),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott anges med minus efter beloppet)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Särskilt boende", "48 600", "52 500", "3 900-"),
            ("Hemtjänst", "31 200", "33 300", "2 100-"),
            ("Hälso- och sjukvård", "14 800", "16 050", "1 250-"),
            ("Individ- och familjeomsorg", "12 400", "11 950", "450"),
            ("LSS", "18 900", "18 900", "0"),
            ("Nämnd och ledning", "6 300", "5 850", "450"),
            ("Summa", "132 200", "138 550", "6 350-"),
        ),
        widths=(160.0, 80.0, 80.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Månadsuppföljning september 2025", size=18, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times-italic", after=12),
        H("Ekonomisk prognos", 2),
        PS(
            (
                "Socialnämndens prognos för 2025 visar ett underskott på 6 350 tkr jämfört med budget.",
                C(None, "6 350 tkr", "-"),
            ),
            (
                "Utfallet till och med september ligger 4 120 tkr över periodiserad budget.",
                C(
                    None,
                    "4 120 tkr",
                    "-",
                    note="The period in a separate sentence: its own item (net cost over budget, negative).",
                ),
            ),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Särskilt boende:",
            "Underskottet på 3 900 tkr beror främst på att sjuksköterskor har hyrts in från bemanningsföretag "
            "under hela sommaren. Det har också varit svårt att rekrytera sommarvikarier, vilket har lett till "
            "mycket övertid för ordinarie personal.",
            C("Särskilt boende", "3 900 tkr", "-", "inhyrd_personal", "vikarier", "overtid", "vakanser"),
        ),
        LP(
            "Hemtjänst och hälso- och sjukvård:",
            "Hemtjänsten och hemsjukvården överskrider budget med 2 100 respektive 1 250 tkr. Antalet beviljade "
            "timmar har ökat sedan våren, och fler brukare med omfattande behov bor kvar hemma i väntan på plats "
            "i särskilt boende.",
            C(
                "Hemtjänst",
                "2 100",
                "-",
                "volymer",
                unit="tkr",
                note="A 'respektive' pair with the shared cause in the next sentence: two items, same text and tags.",
                also=(C("Hälso- och sjukvård", "1 250 tkr", "-", "volymer"),),
            ),
        ),
        LP(
            "Individ- och familjeomsorg:",
            "Färre externa placeringar än beräknat ger ett överskott.",
            C(
                "Individ- och familjeomsorg",
                "450",
                "+",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP("LSS:", "Verksamheten bedöms hålla budget.", BP("LSS")),
        LP(
            "Nämnd och ledning:",
            "Tjänsten som medicinskt ansvarig sjuksköterska har varit vakant sedan maj, vilket ger ett överskott "
            "om 450 tkr.",
            C("Nämnd och ledning", "450 tkr", "+", "vakanser"),
        ),
        H("Förändring sedan augusti", 2),
        P(
            "Jämfört med augustiuppföljningen har prognosen försämrats med 800 tkr.",
            F(None, "800 tkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Två sjuksköterskor har anställts från och med oktober. Det beräknas minska kostnaderna för inhyrd "
            "personal med 600 tkr under resten av året.",
            A("Särskilt boende", "600 tkr", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna blir 900 tkr lägre än budgeterat, eftersom bytet av trygghetslarm i särskilt boende "
            "har skjutits till 2026.",
            C("Investeringar", "900 tkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Statsbidrag och personal", 2),
        P(
            "Nämnden har rekvirerat 1 400 tkr i statsbidrag för kompetenshöjning inom äldreomsorgen. Medlen "
            "används till utbildning av undersköterskor och ingår i prognosen.",
            O(None, note="A grant and its use: other (no deviation)."),
        ),
        P(
            "Sjukfrånvaron inom äldreomsorgen var 9,1 procent till och med september, jämfört med 8,2 procent "
            "samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-sn-manadsuppfoljning-2025-09.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning september 2025 Socialnämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
