"""Solna stad, Byggnadsnämnden, tertialrapport 2 2025.

A small building committee's tertial report in DejaVu Sans Condensed, footer with the nämnd's meeting date in
September: the period "ett överskott på 1 240 tkr jämfört med periodiserad budget" with its reason, "För
helåret bedöms nämnden hålla sin budgetram" (boilerplate) and "oförändrad" against the first tertial
(boilerplate forecast change); a kostnadsslag table in tkr with deficits in brackets ("(1 600)", "(300)");
revenue "1,6 mnkr lägre än budgeterat", one paragraph with two kostnadsslag that give reasons only (the rows'
"1 200" and "(300)"), other costs "700 tkr lägre än budgeterat" (positive); applications against 2024 (other)
and a recruitment (action). 5 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O

ROW = "A reason-only sentence: the table row's cell as printed (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Solna stad", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Byggnadsnämnden 2025-09-24", "BN/2025:118", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr (negativ avvikelse inom parentes)",
        header=(("Kostnadsslag", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Intäkter bygglov och planavgifter", "18 500", "16 900", "(1 600)"),
            ("Personalkostnader", "−24 300", "−23 100", "1 200"),
            ("Konsulttjänster", "−3 800", "−4 100", "(300)"),
            ("Lokalkostnader", "−2 100", "−2 100", "0"),
            ("Övriga kostnader", "−4 600", "−3 900", "700"),
            ("Nettokostnad", "−16 300", "−16 300", "0"),
        ),
        widths=(190.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="cond-bold", after=2),
        Title("Byggnadsnämnden", size=12, font="cond", after=12),
        H("Ekonomi", 2),
        P(
            "Byggnadsnämnden redovisar efter augusti ett överskott på 1 240 tkr jämfört med periodiserad budget. "
            "Överskottet beror till största delen på att två tjänster som planarkitekt har stått vakanta sedan "
            "våren.",
            C(None, "1 240 tkr", "+", "vakanser", note="The period with its reason."),
        ),
        P(
            "För helåret bedöms nämnden hålla sin budgetram.",
            BP(None, note="The full year in balance: boilerplate."),
        ),
        P(
            "Prognosen är oförändrad jämfört med tertialrapport 1.",
            BF(None),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        P(
            "Intäkterna från bygglov och planavgifter beräknas bli 1,6 mnkr lägre än budgeterat. Flera större "
            "detaljplaner i Hagastaden och Järvastaden har skjutits upp av byggherrarna, och antalet ansökningar om "
            "bygglov för flerbostadshus är lägre än beräknat.",
            C("Intäkter bygglov och planavgifter", "1,6 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        PS(
            (
                "Personalkostnaderna hamnar under budget på grund av vakanserna.",
                C("Personalkostnader", "1 200", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                "Samtidigt har en konsult anlitats för att hinna med granskningen av bygglov, vilket gör att "
                "kostnaden för konsulttjänster överskrider budget.",
                C(
                    "Konsulttjänster",
                    "(300)",
                    "-",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note=ROW + " A consultant covering for vacancies: inhyrd_personal.",
                ),
            ),
        ),
        P(
            "Övriga kostnader väntas bli 700 tkr lägre än budgeterat eftersom införandet av den nya e-tjänsten för "
            "bygglov har skjutits till 2026.",
            C("Övriga kostnader", "700 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Verksamhetens volymer", 2),
        P(
            "Till och med augusti kom det in 412 ansökningar om bygglov, vilket är 14 procent färre än under samma "
            "period 2024.",
            O(None, note="Volumes against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Rekrytering av två planarkitekter pågår, och den första tjänsten tillsätts i oktober.",
            A(None, None, "vakanser"),
        ),
    ]
    return ReportSpec(
        file="solna-bn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Byggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Byggnadsnämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
