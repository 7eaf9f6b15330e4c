"""Gällivare kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in September: the
period "2,4 mnkr lägre än periodiserad budget" with its timing reason in the same sentence (one item, tags
from the reason), then the full year's "underskott på 6,8 mnkr jämfört med budget" in the next sentence; a
reading note that declares "tusen kronor" and brackets for deficits; a verksamhet table with "(4 900)";
bold run-in verksamheter with a colon in varied shapes ("beräknas överstiga budget med 4,9 mnkr",
"Utbetalningarna … blir 2,1 mnkr högre än budgeterat"), a reason-only deficit (the row's "(1 700)") followed
in the same paragraph by a risk sentence (other), two verksamheter under one lead as a "respektive" pair
("600 respektive 700 tkr"), "Överskottet på 600 tkr kommer från", and the rest of the IFO that "bedöms hålla
budget" (boilerplate); the change since the tertial report with its cause, an action with "omkring 0,8
mnkr på helår" and sick leave against last year (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Gällivare kommun", "Socialnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Socialnämnden 2025-09-24", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "9 100", "13 600", "600"),
            ("Individ- och familjeomsorg", "58 400", "40 200", "63 300", "(4 900)"),
            ("Ekonomiskt bistånd", "16 500", "12 000", "18 600", "(2 100)"),
            ("Funktionsstöd (LSS)", "71 800", "45 000", "73 500", "(1 700)"),
            ("Socialpsykiatri", "12 300", "7 600", "11 700", "600"),
            ("Arbetsmarknadsenheten", "9 600", "5 600", "8 900", "700"),
            ("Summa", "182 800", "119 500", "189 600", "(6 800)"),
        ),
        widths=(150.0, 64.0, 68.0, 66.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Socialnämnden", size=13, font="serif", after=12),
        H("Ekonomisk analys", 2),
        PS(
            (
                "Socialnämnden redovisar för perioden ett utfall som är 2,4 mnkr lägre än periodiserad budget, men "
                "överskottet är tillfälligt och förklaras av att statsbidrag för hela året har bokförts i juni.",
                C(
                    None,
                    "2,4 mnkr",
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period surplus with its timing reason in the same sentence: one item.",
                ),
            ),
            (
                "Helårsprognosen visar ett underskott på 6,8 mnkr jämfört med budget.",
                C(None, "6,8 mnkr", "-", note="The full year in a sentence of its own, no reason."),
            ),
        ),
        P("Belopp i tusen kronor. Negativa avvikelser anges inom parentes.", size=8.5),
        table,
        LP(
            "Individ- och familjeomsorg:",
            "Kostnaderna för placeringar av barn och unga i HVB och familjehem beräknas överstiga budget med 4,9 "
            "mnkr. Under våren placerades tre ungdomar på särskilda ungdomshem, och konsulentstödda familjehem har "
            "fått användas när egna familjehem saknas.",
            C("Individ- och familjeomsorg", "4,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Övriga delar av individ- och familjeomsorgen, bland annat familjerätten och öppenvården, bedöms hålla "
            "budget.",
            BP("Familjerätt och öppenvård"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna av försörjningsstöd blir 2,1 mnkr högre än budgeterat. Fler hushåll söker stöd sedan "
            "flera underleverantörer till gruvindustrin varslat personal, och hushållen behöver stöd under längre "
            "tid.",
            C("Ekonomiskt bistånd", "2,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        Para(
            (
                (
                    "Två nya ärenden med personlig assistans, där Försäkringskassan ännu inte har beviljat "
                    "assistansersättning, gör att kommunen står för hela kostnaden. Därtill har en boendeplats köpts "
                    "externt sedan maj.",
                    C(
                        "Funktionsstöd (LSS)",
                        "(1 700)",
                        "-",
                        "ersattning_fk",
                        "kopt_verksamhet",
                        unit="tkr",
                        table=True,
                        note="Reasons only: the table row's bracketed cell.",
                    ),
                ),
                (
                    "Om Försäkringskassan beviljar ersättning retroaktivt kan underskottet minska.",
                    O(
                        "Funktionsstöd (LSS)",
                        "ersattning_fk",
                        note="A risk sentence in the cause's paragraph.",
                    ),
                ),
            ),
            lead="Funktionsstöd:",
        ),
        LP(
            "Socialpsykiatri och arbetsmarknadsenheten:",
            "Båda verksamheterna har haft vakanta tjänster under större delen av året och redovisar överskott om "
            "600 respektive 700 tkr.",
            C(
                "Socialpsykiatri",
                "600",
                "+",
                "vakanser",
                unit="tkr",
                note="Two verksamheter under one lead: a 'respektive' pair.",
                also=(C("Arbetsmarknadsenheten", "700 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Överskottet på 600 tkr kommer från lägre kostnader för utbildning och konsulter än planerat.",
            C("Nämnd och förvaltningsledning", "600 tkr", "+", "inhyrd_personal"),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 1,5 mnkr. Försämringen beror på de nya "
            "assistansärendena.",
            F(None, "1,5 mnkr", "-", "ersattning_fk"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen rekryterar egna familjehem genom en gemensam kampanj med grannkommunerna. Målet är att två "
            "konsulentstödda placeringar ska kunna flyttas till egna familjehem före årsskiftet, vilket skulle minska "
            "kostnaderna med omkring 0,8 mnkr på helår.",
            A("Individ- och familjeomsorg", "omkring 0,8 mnkr", "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 8,4 procent under perioden, jämfört med 9,1 procent samma period 2024. "
            "Minskningen beror främst på lägre korttidsfrånvaro inom funktionsstöd.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="gallivare-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Gällivare",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Gällivare kommun"},
        style=style,
        blocks=blocks,
    )
