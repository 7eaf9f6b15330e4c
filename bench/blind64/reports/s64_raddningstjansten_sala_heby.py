"""Räddningstjänsten Sala-Heby kommunalförbund, Direktionen, delårsrapport januari–augusti 2025.

A fire and rescue kommunalförbund's interim report in "tkr", footer with the direktion's meeting in
September: the period result "1 860 tkr, att jämföra med ett periodiserat budgeterat resultat på 400 tkr,
alltså 1 460 tkr bättre än budget", the full year "överskott mot budget på 650 tkr" and the period's timing
reason (holiday pay, amount null) in three sentences; a kostnadsslag table with a thin rule under every row;
run-in leads that carry the amount ("Övriga intäkter +700 tkr.", "Personalkostnader −900 tkr."), a
reason-only lead (the row's "600"), "Följer budget." (boilerplate); two kostnadsslag as a "respektive" pair;
investments where "endast en mindre del" is used (amount null); members' contributions and equity (other);
an action and the change since April. Liberation Sans Narrow 10 pt.

The place is real (the förbund of Sala and Heby); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: (
            "Räddningstjänsten Sala-Heby kommunalförbund",
            "Delårsrapport januari–augusti 2025",
        ),
        footer=lambda n, m: ("Direktionen 2025-09-25", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("Kostnadsslag", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "49 800", "49 800", "0"),
            ("Övriga intäkter", "5 200", "5 900", "700"),
            ("Personalkostnader", "−34 900", "−35 800", "−900"),
            ("Lokalkostnader", "−6 300", "−6 300", "0"),
            ("Fordon och materiel", "−4 100", "−3 500", "600"),
            ("Övriga kostnader", "−5 600", "−5 450", "150"),
            ("Kapitalkostnader", "−3 900", "−3 800", "100"),
            ("Resultat", "200", "850", "650"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Räddningstjänsten Sala-Heby", size=12, font="narrow", after=12),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Förbundets resultat för perioden januari–augusti uppgår till 1 860 tkr, att jämföra med ett "
                "periodiserat budgeterat resultat på 400 tkr, alltså 1 460 tkr bättre än budget.",
                C(None, "1 460 tkr", "+", note="The period against the periodised budgeted result."),
            ),
            (
                "För helåret prognostiseras ett överskott mot budget på 650 tkr.",
                C(None, "650 tkr", "+", note="The full year in a sentence of its own."),
            ),
            (
                "Det högre periodresultatet förklaras delvis av att semesterlöneskulden minskar först under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "lonekostnader",
                    note="The period surplus's timing reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Övriga intäkter +700 tkr.",
            "Fler larm från automatiska brandlarm och ökad försäljning av utbildningar i brandskydd till företag i "
            "Sala och Heby ger högre intäkter än budgeterat.",
            C("Övriga intäkter", "+700 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader −900 tkr.",
            "Underskottet beror på övertid vid skogsbränderna i juli och på att fler deltidsbrandmän än beräknat har "
            "gått grundutbildning med lön.",
            C(
                "Personalkostnader",
                "−900 tkr",
                "-",
                "overtid",
                "ovrigt",
                note="A run-in lead that carries the amount; forest fires are ovrigt.",
            ),
        ),
        LP(
            "Fordon och materiel.",
            "Leasingkostnaden för det nya höjdfordonet börjar löpa först i december, då leveransen är försenad.",
            C(
                "Fordon och materiel",
                "600",
                "+",
                "material_hjalpmedel",
                "periodisering",
                unit="tkr",
                table=True,
                note="A reason-only lead: the table row's cell.",
            ),
        ),
        LP("Lokalkostnader.", "Följer budget.", BP("Lokalkostnader")),
        P(
            "Övriga kostnader och kapitalkostnader avviker positivt med 150 respektive 100 tkr, främst genom lägre "
            "kostnader för IT-licenser och en senarelagd investering i andningsskydd.",
            C(
                "Övriga kostnader",
                "150",
                "+",
                "it_digitalisering",
                unit="tkr",
                note="A 'respektive' pair: two items, each with its own reason.",
                also=(C("Kapitalkostnader", "100 tkr", "+", "periodisering"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 5,5 mnkr beräknas endast en mindre del förbrukas, eftersom upphandlingen "
            "av en ny tankbil har överprövats.",
            C(
                "Investeringar",
                None,
                "+",
                "periodisering",
                note="A vague share of the budget is not an amount: null.",
            ),
        ),
        H("Medlemsbidrag och eget kapital", 2),
        P(
            "Medlemskommunernas bidrag för 2025 uppgår till 49,8 mnkr, varav Sala kommun betalar 63 procent och Heby "
            "kommun 37 procent. Det egna kapitalet beräknas vid årets slut uppgå till 7,4 mnkr.",
            O(None, note="Members' contributions and equity: other."),
        ),
        H("Åtgärder och förändring sedan april", 2),
        P(
            "Direktionen har beslutat att tills vidare begränsa övertiden genom att omfördela dagtidspersonal under "
            "semesterperioderna.",
            A("Personalkostnader", None, "overtid"),
        ),
        P(
            "Prognosen är 300 tkr bättre än vid tertialrapporten i april.",
            F(None, "300 tkr", "+"),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-sala-heby-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Sala-Heby",
                "Räddningstjänsten Sala-Heby kommunalförbund",
                "Kommunalförbundet Räddningstjänsten Sala-Heby",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Räddningstjänsten Sala-Heby"},
        style=style,
        blocks=blocks,
    )
