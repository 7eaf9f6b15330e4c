"""Täby kommun, Stadsbyggnadsnämnden, tertialrapport 1 2026.

A planning and building committee's tertial report (DejaVu Sans 9.5 pt), header with the nämnd's meeting date
in May: the full year "en negativ avvikelse mot budget med 2,1 miljoner kronor", the period "0,9 miljoner
kronor lägre än budget för perioden" with its reason in the same sentence, the change since February with
its cause; a comment table in tkr whose numbers are net costs with minus signs ("−13 100") and whose
"Avvikelse" is budget minus forecast: a reason-only deficit (the cell "−1 800"), a comment that names its
own amount ("900 tkr under budget"), a reason-only surplus ("400"), "Prognos enligt budget" (boilerplate) and
a row with no comment; then kostnadsslag: consultants "överstiger budget med 1,2 miljoner kronor" and
personnel "1,5 miljoner kronor lägre än budgeterat av samma skäl", temporary premises; investments whose
whole frame "beräknas användas" (boilerplate); an action and handling times against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A reason-only comment: the row's Avvikelse cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Täby kommun", "Stadsbyggnadsnämnden 2026-05-18"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "SBN 2026/132-1", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Plan", "−11 300", "−13 100", "−1 800"),
                "Planintäkterna blir lägre än budgeterat eftersom två större detaljplaner har pausats på "
                "byggherrens begäran.",
                C("Plan", "−1 800", "-", "avgifter_intakter", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bygglov och tillsyn", "−6 200", "−7 100", "−900"),
                "Färre ansökningar om bygglov än beräknat, framför allt för flerbostadshus. Avgiftsintäkterna ligger "
                "900 tkr under budget.",
                C(
                    "Bygglov och tillsyn",
                    "900 tkr",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Lantmäteri och kart", "−4 800", "−4 400", "400"),
                "Två vakanta tjänster som mätningsingenjör.",
                C("Lantmäteri och kart", "400", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Exploatering", "−2 500", "−2 500", "0"),
                "Prognos enligt budget.",
                BP("Exploatering"),
            ),
            (("Nämnd och ledning", "−3 900", "−3 700", "200"), "", None),
            (("Summa", "−28 700", "−30 800", "−2 100"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämndens prognos för helåret är en negativ avvikelse mot budget med 2,1 miljoner kronor.",
            C(None, "2,1 miljoner kronor", "-"),
        ),
        P(
            "Till och med april är nettokostnaden 0,9 miljoner kronor lägre än budget för perioden, vilket främst "
            "beror på att fakturor för konsultuppdrag inom detaljplaneringen släpar.",
            C(
                None,
                "0,9 miljoner kronor",
                "+",
                "periodisering",
                note="The period and its reason in one sentence: one item.",
            ),
        ),
        P(
            "Prognosen har försämrats med 0,6 miljoner kronor sedan februari, när det blev känt att "
            "detaljplanerna skulle pausas.",
            F(None, "0,6 miljoner kronor", "-", "avgifter_intakter"),
        ),
        H("Driftredovisning per verksamhet", 2),
        comments,
        H("Kostnadsslag", 2),
        P(
            "Köp av konsulttjänster överstiger budget med 1,2 miljoner kronor eftersom förvaltningen har tagit in "
            "konsulter för att ersätta vakanta planarkitekter.",
            C("Köp av konsulttjänster", "1,2 miljoner kronor", "-", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Personalkostnaderna blir samtidigt 1,5 miljoner kronor lägre än budgeterat av samma skäl.",
            C("Personalkostnader", "1,5 miljoner kronor", "+", "vakanser"),
        ),
        P(
            "Lokalkostnaderna blir 0,3 miljoner kronor högre än budgeterat, sedan förvaltningen hyrt tillfälliga "
            "lokaler under renoveringen av kommunhuset.",
            C("Lokalkostnader", "0,3 miljoner kronor", "-", "lokaler"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 uppgår till 3,0 mnkr, varav 0,4 mnkr har förbrukats. Hela "
            "budgeten beräknas användas för det nya ärendehanteringssystemet.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen prioriterar ärenden som ger avgiftsintäkter och har pausat rekryteringen av en "
            "kommunikatör, vilket väntas förbättra resultatet med 0,3 miljoner kronor.",
            A(None, "0,3 miljoner kronor"),
        ),
        H("Verksamhet", 2),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 4,1 veckor, jämfört med 5,3 veckor under samma period "
            "2025.",
            O("Bygglov och tillsyn", note="Handling times against last year."),
        ),
    ]
    return ReportSpec(
        file="taby-sbn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Stadsbyggnadsnämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
