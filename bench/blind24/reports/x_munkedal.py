"""Munkedals kommun, Välfärdsnämnden, delårsrapport januari–augusti 2025.

A welfare committee's interim report in mnkr, footer with the nämnd's meeting date in September: the
period's surplus and the full year's deficit in one sentence (one item, the full year's amount), the period
surplus's reason in a paragraph of its own (holiday pay debt, amount null), the change since the tertial
report with April's level in brackets; a verksamhet table that puts deficits in brackets ("(3,2)") under a
reading note; then two columns of headed verksamheter: hours above budget and leasing before "förväntas
överskrida budget med 2,2 mnkr", "Sammantaget ger det ett överskott på 1,4 mnkr", a reason-only area (the
bracketed cell "(3,2)"), "Underskottet om 3,4 mnkr består av 2,6 mnkr ... och 0,8 mnkr" (parts, one item),
"lämnar ett överskott" with a state reimbursement and vacancies, and a reason-only leadership area (the cell
"0,6"); an action with its target, a court case risk "upp till 1,9 mnkr åt båda håll" (other) and an
investment frame that "beräknas förbrukas" in full (boilerplate). 8 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed (mnkr), brackets meaning a deficit."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Munkedals kommun", "Delårsrapport 2025 – Välfärdsnämnden"),
        footer=lambda n, m: ("Välfärdsnämnden 2025-09-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14,2", "7,9", "13,6", "0,6"),
            ("Hemtjänst", "58,3", "40,6", "60,5", "(2,2)"),
            ("Särskilt boende", "96,1", "60,9", "94,7", "1,4"),
            ("Funktionsstöd", "84,7", "57,9", "87,9", "(3,2)"),
            ("Individ- och familjeomsorg", "49,6", "35,0", "53,0", "(3,4)"),
            ("Arbetsmarknad och integration", "15,9", "8,4", "14,7", "1,2"),
            ("Summa", "318,8", "210,7", "324,4", "(5,6)"),
        ),
        widths=(160.0, 70.0, 80.0, 76.0, 84.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Välfärdsnämnden", size=12.5, font="sans", after=12),
        H("Nämndens ekonomi", 2),
        P(
            "Välfärdsnämnden redovisar per den 31 augusti ett överskott mot periodbudgeten på 1,8 mnkr men räknar för "
            "helåret med ett underskott på 5,6 mnkr. Det är framför allt kostnaderna för köpt vård inom "
            "socialtjänsten och för personlig assistans som driver prognosen.",
            C(
                None,
                "5,6 mnkr",
                "-",
                "kopt_verksamhet",
                note="The period's surplus and the full year's deficit in one sentence: the full year's amount. "
                "Personal assistance is named without a reason.",
            ),
        ),
        P(
            "Överskottet för perioden är tillfälligt. Semesterlöneskulden minskar under sommaren när personalen tar "
            "ut sin semester, medan budgeten är jämnt fördelad över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's reason apart from its amount: amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 2,3 mnkr sedan tertialrapporten i april (−3,3 mnkr).",
            F(None, "2,3 mnkr", "-", note="April's forecast in brackets is a level, not the change."),
        ),
        P("Underskott, dvs. negativa avvikelser, redovisas inom parentes.", size=8.5),
        table,
        H("Verksamhetsområdena", 2),
        Columns(2),
        H("Hemtjänst", 3),
        P(
            "Antalet utförda hemtjänsttimmar har under perioden legat i genomsnitt 9 procent över budgeterad volym. "
            "Till det kommer högre kostnader för bilar sedan leasingavtalet förnyades i mars. Verksamheten förväntas "
            "överskrida budget med 2,2 mnkr.",
            C("Hemtjänst", "2,2 mnkr", "-", "volymer", "material_hjalpmedel"),
        ),
        H("Särskilt boende", 3),
        P(
            "Beläggningen på Ekebackens boende har varit lägre under sommaren och ett av de två korttidsboendena har "
            "hållits stängt i juli och augusti. Sammantaget ger det ett överskott på 1,4 mnkr.",
            C("Särskilt boende", "1,4 mnkr", "+", "volymer"),
        ),
        H("Funktionsstöd", 3),
        P(
            "Två nya ärenden med personlig assistans, där Försäkringskassan har avslagit ansökan om "
            "assistansersättning, belastar nämnden fullt ut. Därutöver har en boendeplats köpts externt sedan maj.",
            C(
                "Funktionsstöd",
                "(3,2)",
                "-",
                "ersattning_fk",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Underskottet om 3,4 mnkr består av 2,6 mnkr för placeringar av barn och unga och 0,8 mnkr för vuxna med "
            "missbruk. Antalet vårddygn på HVB har nästan fördubblats jämfört med 2024.",
            C(
                "Individ- och familjeomsorg",
                "3,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Two parts of the deficit: one item with the total.",
            ),
        ),
        H("Arbetsmarknad och integration", 3),
        P(
            "Verksamheten lämnar ett överskott på 1,2 mnkr. Schablonersättningen från Migrationsverket har blivit "
            "högre än beräknat, och två tjänster som arbetsmarknadskonsulent har stått vakanta sedan våren.",
            C("Arbetsmarknad och integration", "1,2 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Lägre kostnader för kompetensutveckling och för de förtroendevaldas arvoden ger en mindre positiv "
            "avvikelse.",
            C(
                "Nämnd och förvaltningsledning",
                "0,6",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell. Training and members' fees: ovrigt.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Nämnden antog i juni en åtgärdsplan för individ- och familjeomsorgen med målet att minska "
            "placeringskostnaderna med 1,5 mnkr under året. Effekten syns ännu inte i utfallet.",
            A("Individ- och familjeomsorg", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "En dom i förvaltningsrätten om assistansersättning väntas under hösten och kan påverka utfallet med upp "
            "till 1,9 mnkr åt båda håll.",
            O("Funktionsstöd", "ersattning_fk", note="A risk with an amount: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 2,5 mnkr avser inventarier och trygghetslarm. Hittills har 0,7 mnkr använts "
            "och hela ramen beräknas förbrukas under året.",
            BP("Investeringar", note="The whole frame used: an investment 'i balans' statement."),
        ),
    ]
    return ReportSpec(
        file="munkedal-vfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Munkedal",
            "committee": ["Välfärdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Välfärdsnämnden", "author": "Munkedals kommun"},
        style=style,
        blocks=blocks,
    )
