"""Region Uppsala, Kultur- och bildningsnämnden, tertialrapport 1 2026 (regional culture and folk high schools).

A regional culture committee's tertial report in "miljoner kronor", footer with the nämnd's meeting date in
May: the full year's "överskott på 2,4 miljoner kronor" and the period "3,1 miljoner kronor bättre än
periodens budget" with its timing reason in one sentence (two items, the period's with the reason); two
kostnadsslag in one sentence ("0,9 miljoner kronor lägre än budget, medan övriga kostnader överstiger budget
med 1,1"); a result table whose last column is each row's comment: reason-only comments that take their row's
cell, one comment that names its own amount ("Underskottet på 1,3 miljoner kronor beror på"), "Enligt
budget." (boilerplate) and a sum row with no comment; a reallocation and a risk (others), an action with
"cirka 300 000 kronor" and an investment frame that "bedöms användas" in full (boilerplate). DejaVu Serif
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O

ROW = "A reason-only comment: the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Region Uppsala", "Kultur- och bildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Nämndens sammanträde 2026-05-28", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Regional kulturverksamhet", "142,6", "141,0", "1,6"),
                "Tjänsten som länskonsulent för dans har varit vakant sedan januari och ett projekt inom "
                "filmområdet har skjutits upp till 2027.",
                C(
                    "Regional kulturverksamhet",
                    "1,6",
                    "+",
                    "vakanser",
                    "periodisering",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Bidrag till kulturinstitutioner", "96,0", "97,2", "-1,2"),
                "Uppräkningen av bidragen till länsteatern och länsmuseet blev högre än budgeterat efter "
                "regionfullmäktiges beslut i mars.",
                C(
                    "Bidrag till kulturinstitutioner",
                    "-1,2",
                    "-",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note=ROW + " A higher indexation of grants: prisokningar.",
                ),
            ),
            (
                ("Wiks folkhögskola", "38,9", "40,2", "-1,3"),
                "Underskottet på 1,3 miljoner kronor beror på att internatet har haft färre övernattande "
                "kursdeltagare än budgeterat och att energikostnaderna för slottet har stigit.",
                C(
                    "Wiks folkhögskola",
                    "1,3 miljoner kronor",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    "prisokningar",
                    note="A comment that names its own amount.",
                ),
            ),
            (
                ("Länsmansgårdens folkhögskola", "29,4", "28,6", "0,8"),
                "Statsbidraget från Folkbildningsrådet blev högre än beräknat efter fler deltagarveckor.",
                C(
                    "Länsmansgårdens folkhögskola",
                    "0,8",
                    "+",
                    "statsbidrag",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Stöd till studieförbund", "24,1", "24,1", "0,0"),
                "Enligt budget.",
                BP("Stöd till studieförbund"),
            ),
            (
                ("Nämnd och förvaltning", "12,5", "10,0", "2,5"),
                "Lägre kostnader för konsulter och en utredartjänst som inte har tillsatts.",
                C(
                    "Nämnd och förvaltning",
                    "2,5",
                    "+",
                    "inhyrd_personal",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "343,5", "341,1", "2,4"), "", None),
        ),
        widths=(150.0, 44.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="serif-bold", after=2),
        Title("Kultur- och bildningsnämnden", size=12, font="serif", after=12),
        H("Sammanfattande analys", 2),
        PS(
            (
                "Kultur- och bildningsnämndens prognos för 2026 visar ett överskott på 2,4 miljoner kronor jämfört "
                "med budget.",
                C(None, "2,4 miljoner kronor", "+"),
            ),
            (
                "Utfallet till och med april är 3,1 miljoner kronor bättre än periodens budget, vilket till största "
                "delen beror på att bidragen till kulturarrangörer betalas ut först under hösten.",
                C(
                    None,
                    "3,1 miljoner kronor",
                    "+",
                    "periodisering",
                    note="The period's deviation with its reason.",
                ),
            ),
        ),
        P(
            "Personalkostnaderna blir 0,9 miljoner kronor lägre än budget till följd av vakanser, medan övriga "
            "kostnader överstiger budget med 1,1 miljoner kronor på grund av högre hyror för folkhögskolornas "
            "lokaler.",
            C(
                "Personalkostnader",
                "0,9 miljoner kronor",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: two items with the same text.",
                also=(C("Övriga kostnader", "1,1 miljoner kronor", "-", "lokaler"),),
            ),
        ),
        H("Driftredovisning per verksamhet, miljoner kronor", 3),
        table,
        H("Väsentliga händelser", 2),
        P(
            "Nämnden beslutade i april att omfördela 0,5 miljoner kronor från den regionala kulturverksamheten till "
            "Wiks folkhögskola för att täcka en del av underskottet.",
            O("Wiks folkhögskola", note="A reallocation within the nämnd: a financing statement, other."),
        ),
        P(
            "Risken för ytterligare kostnader bedöms som stor om elpriserna stiger under vintern, eftersom slottet "
            "på Wik värms med el.",
            O("Wiks folkhögskola", "prisokningar", note="A risk: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Wiks folkhögskola ska under hösten hyra ut internatet till externa konferensgäster, vilket beräknas ge "
            "intäkter på cirka 300 000 kronor.",
            A("Wiks folkhögskola", "cirka 300 000 kronor", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 6,0 miljoner kronor avser främst upprustning av Länsmansgårdens elevboende. "
            "Hela beloppet bedöms användas under året.",
            BP("Investeringar", note="A frame used in full: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-kbn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Kultur- och bildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och bildningsnämnden", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
