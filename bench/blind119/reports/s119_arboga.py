"""Arboga kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026 (januari–april).

An elderly-care committee's first tertial report, header with the nämnd's May meeting date, set in
Liberation Sans Narrow 10 pt: the full year "en negativ avvikelse mot budget med 7,6 mnkr, att jämföra med
−4,9 mnkr i februariprognosen" (February's figure is not the amount), then "Prognosen har därmed försämrats
med 2,7 mnkr" (a forecast change), then the period "1,8 mnkr sämre än den periodiserade budgeten"; kostnadsslag
in one paragraph: personnel and bought services as a "respektive" pair with each area's own reasons in the
next sentence (two items, same text) and revenue above budget in a sentence of its own; a table with a
trailing minus ("3 900-"); then plain headings per verksamhet with the amount in varied shapes
("prognostiserar −3 900 tkr", "beräknas gå 2,4 mnkr över budget", "blir 1 400 tkr högre än budgeterat",
"Överskottet, 700 tkr, beror på"), a reason-only deficit (the row's "600-") and "i nivå med budget"
(boilerplate), so the deficit is explained twice (by kostnadsslag and by verksamhet); an action with its
effect and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Arboga kommun", "Vård- och omsorgsnämnden 2026-05-21"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd, myndighet och administration", "14 800", "14 100", "700"),
            ("Hemtjänst", "78 400", "82 300", "3 900-"),
            ("Särskilt boende", "132 600", "135 000", "2 400-"),
            ("Korttidsvård", "9 700", "11 100", "1 400-"),
            ("Hälso- och sjukvård", "21 300", "21 900", "600-"),
            ("Dagverksamhet", "3 900", "3 900", "0"),
            ("Summa", "260 700", "268 300", "7 600-"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="narrow-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=12),
        H("Sammanfattning", 2),
        P(
            "Vård- och omsorgsnämndens prognos för helåret pekar på en negativ avvikelse mot budget med 7,6 mnkr, "
            "att jämföra med −4,9 mnkr i februariprognosen.",
            C(
                None,
                "7,6 mnkr",
                "-",
                note="The full year. February's figure is last forecast's, not the amount.",
            ),
        ),
        P(
            "Prognosen har därmed försämrats med 2,7 mnkr, framför allt inom hemtjänsten.",
            F(None, "2,7 mnkr", "-"),
        ),
        P(
            "Periodens utfall för januari–april är 1,8 mnkr sämre än den periodiserade budgeten.",
            C(None, "1,8 mnkr", "-"),
        ),
        H("Kostnadsslag", 2),
        PS(
            (
                "Personalkostnader och köp av verksamhet beräknas överskrida budget med 7,2 respektive 1,4 mnkr. "
                "Övertid och hög sjukfrånvaro bland nattpersonalen förklarar personalkostnaderna, och köpta "
                "korttidsplatser förklarar köpen.",
                C(
                    "Personalkostnader",
                    "7,2",
                    "-",
                    "overtid",
                    "sjukfranvaro",
                    unit="mnkr",
                    note="A 'respektive' pair with each area's own reasons in the next sentence: two items, same "
                    "text, each with its own tags.",
                    also=(C("Köp av verksamhet", "1,4 mnkr", "-", "kopt_verksamhet"),),
                ),
            ),
            (
                "Intäkterna beräknas bli 1,0 mnkr högre än budget tack vare ett större statsbidrag än väntat.",
                C("Intäkter", "1,0 mnkr", "+", "statsbidrag"),
            ),
        ),
        P("Ett minustecken efter beloppet anger en negativ avvikelse.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten prognostiserar −3 900 tkr. Antalet beviljade timmar har ökat med 9 procent sedan årsskiftet, "
            "och planeringen av turerna har inte anpassats i samma takt, vilket ger mer tid mellan besöken.",
            C("Hemtjänst", "−3 900 tkr", "-", "volymer", "bemanning"),
        ),
        H("Särskilt boende", 3),
        P(
            "Särskilt boende beräknas gå 2,4 mnkr över budget till följd av övertid och ökad sjukfrånvaro på två av "
            "boendena.",
            C("Särskilt boende", "2,4 mnkr", "-", "overtid", "sjukfranvaro"),
        ),
        H("Korttidsvård", 3),
        P(
            "Kostnaden för korttidsvård blir 1 400 tkr högre än budgeterat, eftersom fler utskrivningsklara patienter "
            "än väntat har behövt köpta platser i väntan på ett särskilt boende.",
            C("Korttidsvård", "1 400 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Vakanta sjukskötersketjänster har inte kunnat tillsättas, och de sjuksköterskor som hyrs in via "
            "bemanningsföretag kostar mer än budgeterat.",
            C(
                "Hälso- och sjukvård",
                "600-",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell, trailing minus.",
            ),
        ),
        H("Dagverksamhet", 3),
        P("Verksamheten ligger i nivå med budget.", BP("Dagverksamhet")),
        H("Nämnd, myndighet och administration", 3),
        P(
            "Överskottet, 700 tkr, beror på att statsbidraget för ökad bemanning i äldreomsorgen blev högre än "
            "beräknat.",
            C("Nämnd, myndighet och administration", "700 tkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen inför ett nytt planeringsverktyg i hemtjänsten och ser över nattbemanningen på de "
            "särskilda boendena. Åtgärderna beräknas minska kostnaderna med 1,5 mnkr under 2026.",
            A(None, "1,5 mnkr", "bemanning", "it_digitalisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 9,4 procent under perioden, mot 8,1 procent samma period förra året.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="arboga-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
