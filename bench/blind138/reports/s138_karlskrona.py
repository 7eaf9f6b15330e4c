"""Karlskrona kommun, Arbetsmarknadsnämnden, verksamhetsberättelse 2025.

A labour-market committee's year-end report, DejaVu Serif Condensed 10 pt, footer with the nämnd's meeting
date in February: the result "ett överskott på 5,4 miljoner kronor jämfört med tilldelad budget", the outcome
against the interim forecast with its cause (a forecast change, the difference never written out), net cost
growth against 2024 (other); a table with en-dash minus signs and last year's outcome; plain headings per
verksamhet: "blev 4,2 miljoner kronor lägre än budget" (a cost under budget: positive) followed by a
paragraph with households against 2024 (other), "ett underskott på en och en halv miljon kronor" in words,
"ett positivt utfall jämfört med budget på 3,9 miljoner kronor, varav 2,6" (the total is the amount) followed
by its two sub-areas as a "respektive" pair, a reason-only deficit (the row's "–300"), a volume above budget
that is not the amount before "översteg budget med 0,8 miljoner kronor", and "i nivå med budget" beside a row
of –100 (boilerplate); investments "1,2 miljoner kronor användes till 0,4 miljoner kronor" (0,8 never
written out), an action taken in the year and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun", "Arbetsmarknadsförvaltningen"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden 2026-02-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Ekonomiskt bistånd", "98 500", "94 300", "4 200", "99 100"),
            ("Arbetsmarknadsinsatser", "41 200", "42 700", "–1 500", "39 800"),
            ("Vuxenutbildning", "52 800", "48 900", "3 900", "51 400"),
            ("Integration och etablering", "12 300", "12 600", "–300", "14 900"),
            ("Feriearbeten", "6 100", "6 900", "–800", "5 700"),
            ("Nämnd och ledning", "8 400", "8 500", "–100", "8 200"),
            ("Summa", "219 300", "213 900", "5 400", "219 100"),
        ),
        widths=(150.0, 72.0, 72.0, 68.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-cond-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12.5, font="serif-cond", after=12),
        H("Årets resultat", 2),
        P(
            "Arbetsmarknadsnämnden redovisar för 2025 ett överskott på 5,4 miljoner kronor jämfört med tilldelad "
            "budget.",
            C(None, "5,4 miljoner kronor", "+"),
        ),
        P(
            "I delårsrapporten per augusti bedömdes överskottet bli 3,0 miljoner kronor. Skillnaden beror främst på "
            "att kostnaderna för ekonomiskt bistånd minskade mer än väntat under hösten.",
            F(
                None,
                None,
                "+",
                "ekonomiskt_bistand",
                note="The outcome against the interim forecast: the difference is never written out, and 3,0 is "
                "the earlier forecast's level.",
            ),
        ),
        P(
            "Nettokostnaden ökade med 2,1 procent jämfört med 2024.",
            O(None, note="Against the previous year: other."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd blev 4,2 miljoner kronor lägre än budget. Fler hushåll har gått vidare "
            "till arbete eller studier, och det genomsnittliga biståndet per hushåll har minskat.",
            C("Ekonomiskt bistånd", "4,2 miljoner kronor", "+", "ekonomiskt_bistand", "volymer"),
        ),
        P(
            "Antalet hushåll som fick försörjningsstöd var i genomsnitt 1 086 per månad, 74 färre än 2024.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Against the previous year: other.",
            ),
        ),
        H("Arbetsmarknadsinsatser", 3),
        P(
            "Verksamheten gick med ett underskott på en och en halv miljon kronor. Förklaringen är att antalet "
            "extratjänster och lönebidragsanställningar blev fler än budgeterat samtidigt som ersättningen från "
            "Arbetsförmedlingen sänktes.",
            C(
                "Arbetsmarknadsinsatser",
                "en och en halv miljon kronor",
                "-",
                "volymer",
                "statsbidrag",
                value=1_500_000,
                note="An amount in words. State compensation from Arbetsförmedlingen: statsbidrag.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen visar ett positivt utfall jämfört med budget på 3,9 miljoner kronor, varav 2,6 miljoner "
            "kronor är ett statsbidrag för yrkesvux som beviljades först i november.",
            C(
                "Vuxenutbildning",
                "3,9 miljoner kronor",
                "+",
                "statsbidrag",
                note="A 'varav' part: the total is the amount.",
            ),
        ),
        P(
            "Inom verksamheten redovisar sfi och gymnasial vuxenutbildning +2,2 respektive +1,7 miljoner kronor.",
            C(
                "Sfi",
                "+2,2",
                "+",
                unit="mnkr",
                note="Sub-areas as a 'respektive' pair: two items.",
                also=(C("Gymnasial vuxenutbildning", "+1,7 miljoner kronor", "+"),),
            ),
        ),
        H("Integration och etablering", 3),
        P(
            "Mindre statsbidrag från Migrationsverket, till följd av att färre nyanlända har tagits emot, förklarar "
            "resultatet.",
            C(
                "Integration och etablering",
                "–300",
                "-",
                "statsbidrag",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        H("Feriearbeten", 3),
        P(
            "Nämnden erbjöd sommarjobb till 410 ungdomar, 60 fler än budgeterat, vilket gav kostnader som översteg "
            "budget med 0,8 miljoner kronor.",
            C("Feriearbeten", "0,8 miljoner kronor", "-", "volymer"),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning redovisar ett resultat i nivå med budget.",
            BP("Nämnd och ledning", note="–100 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,2 miljoner kronor användes till 0,4 miljoner kronor. Ombyggnaden av "
            "lokalerna för vuxenutbildningen har flyttats till 2026.",
            C(
                "Investeringar",
                "1,2 miljoner kronor användes till 0,4 miljoner kronor",
                "+",
                "periodisering",
                value=800_000,
                note="Under-spending of 0,8 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder och framåtblick", 2),
        P(
            "Under året slogs arbetsmarknadsenheten och jobbcentrum samman, vilket minskade ledningskostnaderna med "
            "0,6 miljoner kronor.",
            A(None, "0,6 miljoner kronor", "omstallning"),
        ),
        P(
            "För 2026 finns en risk att minskade statliga ersättningar för etablering leder till högre kostnader för "
            "ekonomiskt bistånd.",
            O(None, "statsbidrag", "ekonomiskt_bistand", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-amn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Arbetsmarknadsnämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
