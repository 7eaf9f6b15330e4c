"""Miljönämnden i Mellersta Bohuslän (gemensam nämnd för Lysekil, Munkedal och Sotenäs), tertialrapport 1 2026.

A joint environmental committee's tertial report in DejaVu Serif Condensed, tkr, footer with the nämnd's
meeting date in May: the period "+312 tkr jämfört med periodiserad budget" and its vacancy reason in one
paragraph, the full year "ett underskott om 180 tkr, eftersom" in a paragraph of its own, a table whose
deviations carry "+" and "-", then bold run-in kostnadsslag ending in a full stop: "550 tkr lägre än
budgeterat" with two reasons, "hamnar 320 tkr lägre än budget för helåret, trots att" (vacancies and a
consultant), a reason-only revenue row (the row's "+110"), "blir 60 tkr högre än budgeterat på grund av" and
the member kommuner's contributions "utbetalas enligt budget" (boilerplate); the deficit's financing by the
members (other), an action with "150 tkr" and inspections against last year (other).

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Miljönämnden i Mellersta Bohuslän", "Lysekil  Munkedal  Sotenäs"),
        footer=lambda n, m: ("Miljönämnden 2026-05-20, § 41", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos 2026, tkr",
        header=(("", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunbidrag Lysekil", "4 850", "4 850", "0"),
            ("Kommunbidrag Munkedal", "3 920", "3 920", "0"),
            ("Kommunbidrag Sotenäs", "3 130", "3 130", "0"),
            ("Tillsynsavgifter", "5 600", "5 050", "-550"),
            ("Övriga intäkter", "300", "410", "+110"),
            ("Personalkostnader", "-15 200", "-14 880", "+320"),
            ("Övriga kostnader", "-2 400", "-2 460", "-60"),
            ("Resultat", "200", "20", "-180"),
        ),
        widths=(150.0, 72.0, 76.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="serif-cond-bold", after=2),
        Title("Miljönämnden i Mellersta Bohuslän", size=12.5, font="serif-cond", after=12),
        H("Verksamheten", 2),
        P(
            "Nämnden utövar tillsyn enligt miljöbalken och livsmedelslagstiftningen i Lysekils, Munkedals och "
            "Sotenäs kommuner. Under perioden har arbetet präglats av den nya taxan för enskilda avlopp och av "
            "förberedelserna inför badsäsongen."
        ),
        H("Ekonomi", 2),
        P(
            "Nämndens ekonomiska utfall för januari–april är +312 tkr jämfört med periodiserad budget. Överskottet "
            "beror till största delen på att två inspektörstjänster har varit vakanta under perioden.",
            C(
                None,
                "+312 tkr",
                "+",
                "vakanser",
                note="The period's surplus and its reason in one paragraph.",
            ),
        ),
        P(
            "Helårsprognosen visar ett underskott om 180 tkr, eftersom intäkterna från tillsynsavgifter inte når "
            "budgeterad nivå.",
            C(None, "180 tkr", "-", "avgifter_intakter"),
        ),
        table,
        LP(
            "Tillsynsavgifter.",
            "Intäkterna från den årliga tillsynsavgiften beräknas bli 550 tkr lägre än budgeterat. Flera "
            "livsmedelsverksamheter har lagt ned eller bytt riskklass, och debiteringen enligt den nya taxan för "
            "enskilda avlopp har försenats.",
            C("Tillsynsavgifter", "550 tkr", "-", "avgifter_intakter", "periodisering"),
        ),
        LP(
            "Personalkostnader.",
            "Vakanserna under våren gör att personalkostnaderna hamnar 320 tkr lägre än budget för helåret, trots "
            "att en tjänst har bemannats med konsult under fyra månader.",
            C("Personalkostnader", "320 tkr", "+", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Övriga intäkter.",
            "Nämnden har fått ersättning från Havs- och vattenmyndigheten för ett projekt om dagvatten i Kungshamn.",
            C(
                "Övriga intäkter",
                "+110",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell. A state agency's project grant is statsbidrag.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Kostnaderna för analyser blir 60 tkr högre än budgeterat på grund av fler provtagningar av badvatten "
            "efter algblomningen i Gullmarsfjorden.",
            C("Övriga kostnader", "60 tkr", "-", "volymer", "ovrigt"),
        ),
        LP(
            "Kommunbidrag.",
            "Kommunbidragen från Lysekils, Munkedals och Sotenäs kommuner utbetalas enligt budget.",
            BP("Kommunbidrag"),
        ),
        H("Finansiering och åtgärder", 2),
        P(
            "Nämnden har inget eget kapital, utan ett underskott vid årets slut fördelas på de tre kommunerna enligt "
            "samverkansavtalet.",
            O(None, "reserver", note="The financing of a deficit: other."),
        ),
        P(
            "Förvaltningen ser över tillsynsplanen för att prioritera avgiftsfinansierade besök under hösten, vilket "
            "väntas ge 150 tkr i ökade intäkter.",
            A("Tillsynsavgifter", "150 tkr", "avgifter_intakter"),
        ),
        P(
            "Antalet inspektioner under perioden var 412, fler än under samma period 2025.",
            O(None, "volymer", note="Inspections against 2025: other."),
        ),
    ]
    return ReportSpec(
        file="miljonamnden-mellersta-bohuslan-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Miljönämnden i Mellersta Bohuslän", "Mellersta Bohuslän"],
            "committee": ["Miljönämnden i Mellersta Bohuslän", "Miljönämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Miljönämnden i Mellersta Bohuslän",
            "author": "Miljönämnden i Mellersta Bohuslän",
        },
        style=style,
        blocks=blocks,
    )
