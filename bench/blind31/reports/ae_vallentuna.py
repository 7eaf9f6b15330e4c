"""Vallentuna kommun, Barn- och ungdomsnämnden, tertialrapport 1 2026 (januari–april).

A school and youth committee's tertial report in mnkr with a tkr table: the full year "ett överskott jämfört med
budget på 0,7 mnkr" and the period "nettokostnaderna 1,1 mnkr lägre än den periodiserade budgeten" with a timing
reason in separate sentences (two causes), the surplus "1,5 mnkr lägre än i februari" with February's level
inside; a table with the period's outcome; then two columns of plain headings: preschool and leisure centres
as a "respektive" pair, a school "budget i balans" (boilerplate), "överskrida budget med 1,9 mnkr sedan …", upper
secondary "redovisar en negativ budgetavvikelse" with pupil numbers and a cost-per-pupil rate but no amount (the
table's "−2 700"), pupil health with vacancies and bought assessments (the table's "−300"), administration
"lämnar ett överskott på 2,0 mnkr" with its buffer of 1,5 mnkr inside (a part), a row with no comment; an
investment budget that "beräknas användas fullt ut" (boilerplate), a risk of a withdrawn grant and an action.
8 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "No amount in the prose: the table row (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Vallentuna kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och ungdomsnämnden", "BUN 2026/112", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förvaltningsledning", "41 500", "13 100", "39 500", "2 000"),
            ("Förskola", "268 300", "88 700", "265 900", "2 400"),
            ("Grundskola", "512 800", "170 200", "512 800", "0"),
            ("Fritidshem", "74 600", "24 300", "73 800", "800"),
            ("Anpassad grundskola", "31 200", "11 000", "33 100", "−1 900"),
            ("Gymnasieskola", "196 400", "66 300", "199 100", "−2 700"),
            ("Elevhälsa", "28 700", "9 700", "29 000", "−300"),
            ("Ungdomsverksamhet", "12 100", "3 800", "11 700", "400"),
            ("Summa", "1 165 600", "387 100", "1 164 900", "700"),
        ),
        widths=(150.0, 76.0, 80.0, 80.0, 66.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Barn- och ungdomsnämnden – uppföljning januari–april", size=11.5, font="sans", after=12),
        H("Ekonomi i korthet", 2),
        P(
            "Nämnden prognostiserar ett överskott jämfört med budget på 0,7 mnkr för helåret.",
            C(None, "0,7 mnkr", "+", note="The full year in a sentence of its own."),
        ),
        P(
            "Efter årets första fyra månader är nettokostnaderna 1,1 mnkr lägre än den periodiserade budgeten, vilket "
            "främst beror på att statsbidraget för lovskola har betalats ut tidigare än väntat.",
            C(
                None,
                "1,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period against the periodised budget in its own paragraph: a separate cause.",
            ),
        ),
        P(
            "Överskottet i prognosen är 1,5 mnkr lägre än i februari, när nämnden räknade med ett överskott på 2,2 "
            "mnkr. Försämringen finns inom gymnasieskolan.",
            F(None, "1,5 mnkr", "-", note="2,2 mnkr is February's level. An area named, no cause: no tag."),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        H("Förskola och fritidshem", 3),
        P(
            "Förskolan och fritidshemmen visar överskott på 2,4 respektive 0,8 mnkr, eftersom barnantalet i båda "
            "verksamheterna ligger under den befolkningsprognos som budgeten bygger på.",
            C(
                "Förskola",
                "2,4",
                "+",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair: two items, the unit written once.",
                also=(C("Fritidshem", "0,8 mnkr", "+", "volymer"),),
            ),
        ),
        H("Grundskola", 3),
        P("Grundskolan bedöms ha en budget i balans.", BP("Grundskola")),
        H("Anpassad grundskola", 3),
        P(
            "Anpassad grundskola beräknas överskrida budget med 1,9 mnkr sedan fem elever har beviljats skolgång i "
            "anpassad grundskola i en annan kommun.",
            C("Anpassad grundskola", "1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan redovisar en negativ budgetavvikelse. I april var 1 436 gymnasieelever folkbokförda i "
            "Vallentuna, 52 fler än budgeten bygger på. Den genomsnittliga kostnaden per elev har dessutom ökat med "
            "3,1 procent, eftersom fler elever har valt yrkesprogram i Stockholm och Täby som är dyrare än "
            "nämndens egna program.",
            C(
                "Gymnasieskola",
                "−2 700",
                "-",
                "volymer",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=ROW + " 1 436 pupils, 52 more and 3,1 percent are volumes and a rate.",
            ),
        ),
        H("Elevhälsa", 3),
        P(
            "Två tjänster som skolpsykolog har varit vakanta sedan årsskiftet. Utredningarna köps i stället av ett "
            "konsultföretag, vilket blir något dyrare än de lönekostnader som inte används.",
            C(
                "Elevhälsa",
                "−300",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note=ROW + " Bought assessments from a consultancy: inhyrd_personal.",
            ),
        ),
        H("Förvaltningsledning", 3),
        P(
            "Förvaltningsledningen lämnar ett överskott på 2,0 mnkr. Nämndens buffert på 1,5 mnkr har hittills inte "
            "behövt användas, och avgiften för den nya lärplattformen blev lägre än beräknat.",
            C(
                "Förvaltningsledning",
                "2,0 mnkr",
                "+",
                "reserver",
                "it_digitalisering",
                note="The buffer's 1,5 mnkr is a part.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Inga investeringar har gjorts under perioden. Investeringsbudgeten på 3,5 mnkr för inventarier till den "
            "nya förskolan i Ormsta beräknas användas fullt ut under hösten.",
            BP("Investeringar", note="The investment budget used in full: in balance."),
        ),
        H("Risker", 2),
        P(
            "Regeringen har aviserat att statsbidraget för mindre barngrupper i förskolan kan dras in redan under "
            "hösten. Bortfallet skulle i så fall bli cirka 2,8 mnkr.",
            O("Förskola", "statsbidrag", note="Risk."),
        ),
        H("Åtgärder", 2),
        P(
            "För att dämpa kostnaderna för gymnasieskolan ser förvaltningen tillsammans med de övriga kommunerna i "
            "länet över avtalet om interkommunal ersättning.",
            A("Gymnasieskola", None, "kopt_verksamhet"),
        ),
    ]
    return ReportSpec(
        file="vallentuna-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och ungdomsnämnden", "author": "Vallentuna kommun"},
        style=style,
        blocks=blocks,
    )
