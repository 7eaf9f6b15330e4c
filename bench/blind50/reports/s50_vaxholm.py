"""Vaxholms stad, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report in DejaVu Serif 10 pt with U+2212 minus signs: the result "−3,1 mnkr
jämfört med budget", the outcome against the interim forecast with its cause (a forecast change), net cost
growth against 2024 (other), two kostnadsslag in one sentence ("1,9 mnkr lägre än budget medan köp av
verksamhet översteg budget med 5,3 mnkr", two items); a result table; headings that carry the verksamhet
and amount ("Äldreomsorg −2,4 mnkr", "Funktionsnedsättning +0,6 mnkr") with one paragraph each, one of them
holding a sub-area's own surplus in a second sentence ("Familjehemsvården gick samtidigt 0,7 mnkr bättre",
its own item) and a placement cost that is a level, not the amount; investments "0,9 mnkr lägre än budget",
an action with its effect and an outlook with a frame increase (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Vaxholms stad", "Verksamhetsberättelse 2025 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2026-02-19", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9,8", "9,2", "0,6"),
            ("Äldreomsorg", "142,0", "144,4", "−2,4"),
            ("Funktionsnedsättning (LSS och SoL)", "68,5", "67,9", "0,6"),
            ("Individ- och familjeomsorg", "41,2", "43,7", "−2,5"),
            ("Ekonomiskt bistånd", "7,4", "6,8", "0,6"),
            ("Summa", "268,9", "272,0", "−3,1"),
        ),
        widths=(200.0, 70.0, 70.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Socialnämnden", size=13, font="serif-italic", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Socialnämnden redovisar för 2025 ett resultat på −3,1 mnkr jämfört med budget.",
                C(None, "−3,1 mnkr", "-", note="The year's result against budget."),
            ),
            (
                "Resultatet är därmed 1,4 mnkr bättre än prognosen i delårsrapporten, främst för att antalet "
                "hemtjänsttimmar minskade under hösten.",
                F(None, "1,4 mnkr", "+", "volymer", note="The outcome against the interim forecast."),
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year."),
        ),
        P(
            "Fördelat på kostnadsslag blev personalkostnaderna 1,9 mnkr lägre än budget, medan köp av verksamhet "
            "översteg budget med 5,3 mnkr.",
            C(
                "Personalkostnader",
                "1,9 mnkr",
                "+",
                note="Two kostnadsslag in one sentence: two items; no reasons.",
                also=(C("Köp av verksamhet", "5,3 mnkr", "-"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Äldreomsorg −2,4 mnkr",
            "Hemtjänsten utförde 6 procent fler timmar än budgeterat under första halvåret, och inom särskilt "
            "boende har sjukfrånvaron lett till höga kostnader för timvikarier och övertid. Intäkterna från "
            "omvårdnadsavgifter blev samtidigt lägre än beräknat.",
            C(
                "Äldreomsorg",
                "−2,4 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "avgifter_intakter",
                note=HEAD,
            ),
        ),
        Para(
            (
                (
                    "Underskottet förklaras av köpt vård för barn och unga. Under året har tre ungdomar varit "
                    "placerade på särskilda ungdomshem efter beslut enligt LVU, och kostnaden för dessa placeringar "
                    "uppgick till 4,1 mnkr.",
                    C(
                        "Individ- och familjeomsorg",
                        "−2,5 mnkr",
                        "-",
                        "kopt_verksamhet",
                        note=HEAD + " The 4,1 mnkr is the placements' cost, not the deviation.",
                    ),
                ),
                (
                    "Familjehemsvården gick samtidigt 0,7 mnkr bättre än budget, eftersom två "
                    "familjehemsplaceringar avslutades under våren.",
                    C(
                        "Familjehemsvård",
                        "0,7 mnkr",
                        "+",
                        "kopt_verksamhet",
                        note="A sub-area's own deviation inside another area's paragraph: its own item.",
                    ),
                ),
            ),
            head="Individ- och familjeomsorg −2,5 mnkr",
            head_level=3,
        ),
        HP(
            "Funktionsnedsättning +0,6 mnkr",
            "Ett nytt boende enligt LSS öppnade i september i stället för i maj, vilket gav lägre "
            "personalkostnader än budgeterat.",
            C("Funktionsnedsättning", "+0,6 mnkr", "+", "periodisering", note=HEAD + " A delayed opening."),
        ),
        HP(
            "Ekonomiskt bistånd +0,6 mnkr",
            "Färre hushåll än budgeterat har haft behov av försörjningsstöd, och den genomsnittliga utbetalningen "
            "per hushåll har minskat.",
            C("Ekonomiskt bistånd", "+0,6 mnkr", "+", "ekonomiskt_bistand", "volymer", note=HEAD),
        ),
        HP(
            "Nämnd och administration +0,6 mnkr",
            "Överskottet beror på att en tjänst som systemförvaltare inte har tillsatts och att licenskostnaderna "
            "för det nya verksamhetssystemet började debiteras först i oktober.",
            C(
                "Nämnd och administration",
                "+0,6 mnkr",
                "+",
                "vakanser",
                "it_digitalisering",
                "periodisering",
                note=HEAD,
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet blev 0,9 mnkr lägre än budget, eftersom utbytet av trygghetslarm har skjutits "
            "till 2026.",
            C("Investeringar", "0,9 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes ett nytt planeringsverktyg i hemtjänsten, vilket minskade kostnaden för övertid "
            "med cirka 300 tkr under årets sista fyra månader.",
            A("Äldreomsorg", "cirka 300 tkr", "overtid", "bemanning"),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 bedöms kostnaderna för placeringar av unga vara fortsatt höga, och nämnden har fått en "
            "ramförstärkning om 2,0 mnkr.",
            O("Individ- och familjeomsorg", note="Outlook and a frame increase."),
        ),
    ]
    return ReportSpec(
        file="vaxholm-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Vaxholm", "Vaxholms stad"],
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Vaxholms stad"},
        style=style,
        blocks=blocks,
    )
