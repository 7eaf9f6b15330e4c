"""Katrineholms kommun, Viadidaktnämnden, tertialrapport 1 2026.

An adult-education and labour-market committee's tertial report in tkr with deficits in brackets ("(1
150)"), footer with the nämnd's meeting date in May: the full year "överskott mot
budget på 1 350 tkr", the change since February with its cause, the period "1,9 mnkr lägre än periodiserad
budget" with a timing reason in the same sentence; a reading note and a table; bold run-in verksamheter
ending in a full stop: two causes and "Sammantaget ger det ett överskott på 2,2 mnkr" (amount after the
reasons), a reason-only deficit (the row's "(1 150)"), "minskar kostnaderna med 400 tkr" followed by a risk
(its own item), "överstiger budget marginellt, med 100 tkr", "Följer budget." (boilerplate); investments that
"förbrukas fullt ut" (boilerplate); an action and a goal with "beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Viadidakt"),
        footer=lambda n, m: ("Viadidaktnämnden 2026-05-27", "Tertialrapport 1 2026", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftbudget per verksamhet 2026",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Vuxenutbildning", "58 400", "56 200", "2 200"),
            ("Arbetsmarknadsenheten", "31 900", "33 050", "(1 150)"),
            ("Integration och etablering", "12 600", "12 200", "400"),
            ("Aktivitetsansvar unga", "4 800", "4 900", "(100)"),
            ("Nämnd och administration", "9 300", "9 300", "0"),
            ("Summa", "117 000", "115 650", "1 350"),
        ),
        widths=(160.0, 75.0, 80.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Viadidaktnämnden", size=12, font="sans", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Viadidaktnämnden prognostiserar ett överskott mot budget på 1 350 tkr för 2026.",
            C(None, "1 350 tkr", "+"),
        ),
        P(
            "Prognosen är 600 tkr bättre än i februari, främst till följd av beslutade statsbidrag för regional "
            "yrkesvux.",
            F(None, "600 tkr", "+", "statsbidrag"),
        ),
        P(
            "Utfallet för januari–april är 1,9 mnkr lägre än periodiserad budget, vilket främst beror på att flera "
            "yrkesutbildningar startar först i augusti.",
            C(
                None,
                "1,9 mnkr",
                "+",
                "periodisering",
                note="A net cost below the periodised budget: positive.",
            ),
        ),
        P("Belopp i tkr. Negativ avvikelse redovisas inom parentes.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Vuxenutbildning.",
            "Statsbidraget för regional yrkesvux blev högre än budgeterat, samtidigt som två lärartjänster inom "
            "svenska för invandrare inte har tillsatts. Sammantaget ger det ett överskott på 2,2 mnkr.",
            C("Vuxenutbildning", "2,2 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        LP(
            "Arbetsmarknadsenheten.",
            "Arbetsförmedlingen har anvisat färre deltagare till kommunens extratjänster, vilket ger lägre "
            "lönebidrag, medan lönekostnaderna för handledarna ligger kvar.",
            C(
                "Arbetsmarknadsenheten",
                "(1 150)",
                "-",
                "statsbidrag",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell in brackets. Wage subsidies from Arbetsförmedlingen are "
                "statsbidrag.",
            ),
        ),
        LP(
            "Integration och etablering.",
            "Färre nyanlända har tagits emot än planerat, vilket minskar kostnaderna med 400 tkr.",
            C("Integration och etablering", "400 tkr", "+", "volymer"),
            (
                "Samtidigt minskar schablonersättningen från Migrationsverket, vilket är en risk inför 2027.",
                O("Integration och etablering", "statsbidrag", note="A risk after the cause: its own item."),
            ),
        ),
        LP(
            "Aktivitetsansvar unga.",
            "Kostnaderna för ungdomscoacher överstiger budget marginellt, med 100 tkr, på grund av lönerevisionen.",
            C("Aktivitetsansvar unga", "100 tkr", "-", "lonekostnader"),
        ),
        LP("Nämnd och administration.", "Följer budget.", BP("Nämnd och administration")),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 1,2 mnkr för utrustning till svetsutbildningen bedöms förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Arbetsmarknadsenheten minskar antalet handledare med en heltidstjänst från juni, vilket ger en "
            "besparing på 350 tkr i år.",
            A("Arbetsmarknadsenheten", "350 tkr", "bemanning"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever som fullföljer sin yrkesutbildning har ökat jämfört med 2025, vilket beror på att "
            "fler utbildningar kombineras med praktik.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-vdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Viadidaktnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Viadidaktnämnden", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
