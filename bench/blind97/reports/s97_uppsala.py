"""Uppsala kommun, Plan- och byggnadsnämnden, månadsrapport september 2025.

A planning and building committee's month report, footer with the nämnd's meeting date in October: the
period's result "−2,6 miljoner kronor, jämfört med ett periodiserat budgeterat resultat på 0,0 miljoner
kronor", the full year in words ("ett underskott på fyra miljoner kronor") and "övriga verksamheter i stort
håller budget" (boilerplate) in three sentences, a table with deficits in brackets ("(4 100)"), then plain
headings: building-permit fees "4,8 miljoner kronor lägre än budgeterat" and, in a paragraph of its own, the
same verksamhet's personnel costs "700 tusen kronor lägre än budget" (two items), a planning surplus, a
reason-only paragraph (the row's "(1 300)"), "ett mindre överskott, 300 tkr", "Jämfört med augusti är
prognosen oförändrad" (a boilerplate forecast change), an action without an amount, applications against
2024 and the lack of equity (other). DejaVu Serif Condensed 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Uppsala kommun", "Stadsbyggnadsförvaltningen"),
        footer=lambda n, m: ("Plan- och byggnadsnämnden 2025-10-23", "PBN-2025-00941", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bygglov", "-3 200", "-7 300", "(4 100)"),
            ("Planarbete", "-12 500", "-11 400", "1 100"),
            ("Geodata", "-9 800", "-11 100", "(1 300)"),
            ("Tillsyn", "-6 100", "-5 800", "300"),
            ("Nämnd och ledning", "-4 400", "-4 400", "0"),
            ("Summa", "-36 000", "-40 000", "(4 000)"),
        ),
        widths=(160.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="sans-bold", after=2),
        Title("Plan- och byggnadsnämnden", size=12, font="serif-cond", after=14),
        H("Nämndens ekonomiska läge", 2),
        Para(
            (
                (
                    "Plan- och byggnadsnämnden har efter september ett resultat på −2,6 miljoner kronor, jämfört med "
                    "ett periodiserat budgeterat resultat på 0,0 miljoner kronor.",
                    C(
                        None,
                        "−2,6 miljoner kronor",
                        "-",
                        note="The period's result against a periodised budgeted result of zero: the result.",
                    ),
                ),
                (
                    "Helårsprognosen är ett underskott på fyra miljoner kronor.",
                    C(None, "fyra miljoner kronor", "-", value=4_000_000, note="The full year, in words."),
                ),
                (
                    "Det är framför allt bygglovsverksamheten som avviker, medan övriga verksamheter i stort håller "
                    "budget.",
                    BP("Övriga verksamheter"),
                ),
            )
        ),
        table,
        H("Bygglov", 3),
        P(
            "Intäkterna från bygglovsavgifter beräknas bli 4,8 miljoner kronor lägre än budgeterat. Antalet inkomna "
            "ansökningar om bygglov för flerbostadshus har fortsatt att minska när bostadsbyggandet har bromsat in, "
            "och de ärenden som kommer in är mindre och ger lägre avgifter.",
            C("Bygglovsavgifter", "4,8 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Inom bygglov har personalkostnaderna samtidigt blivit 700 tusen kronor lägre än budget, eftersom tre "
            "tjänster har lämnats vakanta.",
            C(
                "Bygglov, personalkostnader",
                "700 tusen kronor",
                "+",
                "vakanser",
                note="The same verksamhet's second deviation in a paragraph of its own: its own item.",
            ),
        ),
        H("Planarbete", 3),
        P(
            "Planverksamheten visar ett överskott på 1,1 miljoner kronor tack vare att fler planavtal än väntat har "
            "slutfakturerats under hösten.",
            C("Planarbete", "1,1 miljoner kronor", "+", "avgifter_intakter", "periodisering"),
        ),
        H("Geodata", 3),
        P(
            "Licenskostnaderna för det nya systemet för kartproduktion har blivit högre än vad som fanns med i "
            "budgeten, och försäljningen av kartdata till externa kunder har minskat.",
            C(
                "Geodata",
                "(1 300)",
                "-",
                "it_digitalisering",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell, in brackets.",
            ),
        ),
        H("Tillsyn", 3),
        P(
            "Tillsynsverksamheten redovisar ett mindre överskott, 300 tkr, till följd av högre intäkter från "
            "byggsanktionsavgifter.",
            C("Tillsyn", "300 tkr", "+", "avgifter_intakter"),
        ),
        H("Prognosförändring", 2),
        P("Jämfört med augusti är prognosen oförändrad.", BF(None)),
        H("Åtgärder", 2),
        P(
            "Förvaltningen avvaktar med att återbesätta tjänsterna inom bygglov och ser över möjligheten att låna ut "
            "handläggare till andra förvaltningar under resten av året.",
            A("Bygglov", None, "bemanning"),
        ),
        H("Verksamhetens volymer", 2),
        P(
            "Antalet bygglovsansökningar till och med september var 1 214, vilket är 18 procent färre än samma "
            "period 2024.",
            O("Bygglov", "volymer", note="Volumes against the previous year."),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk för att täcka underskottet.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-pbn-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Plan- och byggnadsnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport september 2025 Plan- och byggnadsnämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
