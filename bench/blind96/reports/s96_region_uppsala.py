"""Region Uppsala, Patientnämnden, verksamhetsberättelse 2025.

A region's small patient-advisory committee's year-end report in miljoner kronor and tkr, DejaVu Serif
Condensed 10 pt, footer with the nämnd's meeting in February: budget and net cost, then "ett resultat på
−0,6 miljoner kronor mot budget" (one item), the outcome "0,2 miljoner kronor sämre än prognosen i
delårsrapporten" (a forecast change), a kostnadsslag table with en dashes as minus signs ("–410"), then plain
headings: "överskred budget med 410 tkr" with a new hire and a high wage revision, a reason-only row (the
table's "–290") about support persons in compulsory psychiatric care, a cancelled training giving "ett
överskott på 100 tkr", premises "som budgeterat" (boilerplate); an action with its yearly effect, complaints against last year and the
financing of the deficit (others).

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
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Region Uppsala", "Patientnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Patientnämnden 2026-02-12", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Personalkostnader", "–7 200", "–7 610", "–410"),
            ("Arvoden till stödpersoner", "–1 100", "–1 390", "–290"),
            ("Lokaler", "–800", "–800", "0"),
            ("Övriga kostnader", "–700", "–600", "100"),
            ("Summa", "–9 800", "–10 400", "–600"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=18, font="serif-cond-bold", after=2),
        Title("Patientnämnden", size=12.5, font="serif-cond", after=14),
        H("Ekonomi", 2),
        P(
            "Nämndens budget för 2025 var 9,8 miljoner kronor och nettokostnaden blev 10,4 miljoner kronor. "
            "Patientnämnden redovisar därmed ett resultat på −0,6 miljoner kronor mot budget.",
            C(None, "−0,6 miljoner kronor", "-", note="Two levels, then the deviation: one item."),
        ),
        P(
            "Resultatet är 0,2 miljoner kronor sämre än prognosen i delårsrapporten per augusti.",
            F(None, "0,2 miljoner kronor", "-", note="The outcome against the interim forecast, no cause."),
        ),
        table,
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna överskred budget med 410 tkr. Under hösten anställdes en extra handläggare under "
            "fyra månader för att hantera det ökade antalet klagomål inom akutsjukvården och psykiatrin, och "
            "lönerevisionen blev högre än budgeterat.",
            C("Personalkostnader", "410 tkr", "-", "volymer", "lonekostnader"),
        ),
        H("Arvoden till stödpersoner", 3),
        P(
            "Fler patienter än tidigare har begärt stödperson vid tvångsvård enligt LPT och LRV, vilket har gett "
            "högre arvoden och reseersättningar än planerat.",
            C(
                "Arvoden till stödpersoner",
                "–290",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Övriga kostnader", 3),
        P(
            "Två planerade utbildningsdagar för stödpersoner ställdes in under våren, vilket ger ett överskott på "
            "100 tkr.",
            C("Övriga kostnader", "100 tkr", "+", "ovrigt"),
        ),
        H("Lokaler", 3),
        P("Lokalkostnaderna blev som budgeterat.", BP("Lokaler")),
        H("Åtgärder", 2),
        P(
            "Från 2026 samordnas utbildningen av stödpersoner med Region Västmanland, vilket bedöms minska "
            "kostnaderna med 60 tkr per år.",
            A("Övriga kostnader", "60 tkr"),
        ),
        H("Verksamhet och finansiering", 2),
        P(
            "Antalet ärenden till nämnden ökade med 18 procent jämfört med 2024, till 2 140.",
            O(None, "volymer", note="Cases against the previous year: other."),
        ),
        P(
            "Underskottet hanteras inom regionstyrelsens ram och påverkar inte nämndens budget för 2026.",
            O(None, note="Financing of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-pn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Patientnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Patientnämnden", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
