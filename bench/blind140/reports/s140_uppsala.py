"""Uppsala kommun, Socialnämnden, tertialrapport januari–april 2026.

A social committee's tertial report in "miljoner kronor" with a tkr table whose deficits are in brackets
("(12 400)", declared in a reading note), footer with the nämnd's meeting date in May: the period "6,1 miljoner
kronor sämre än den periodiserade budgeten" and the full year "ett underskott på 18,7 miljoner kronor" with a
percentage of the budget and its two reasons in separate sentences of one paragraph (two items); then two
columns of plain headings: "prognostiserar ett underskott på 12,4 miljoner kronor" with an action and its
effect in the same paragraph (its own item), "blir kostnaderna för köpt vård 2,8 miljoner kronor högre än
budget. Det beror på", a volume before the amount at the end ("Sammantaget innebär det en negativ avvikelse
mot budget på 6,5 miljoner kronor"), a reason-only surplus (the row's "1 700"), a surplus from an unused
buffer (reserver) and "Verksamheten följer budget" (boilerplate); the change since February with its cause,
an action without an amount, investments "förbrukas fullt ut" (boilerplate) and a grant risk (other).
Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 80.0, 60.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Uppsala kommun – Socialnämnden", "Tertialrapport januari–april 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "SCN-2026-00187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tusen kronor",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "48 200", "46 900", "1 300"),
            ("Barn och unga", "512 600", "525 000", "(12 400)"),
            ("Vuxna", "298 400", "301 200", "(2 800)"),
            ("Ekonomiskt bistånd", "236 000", "242 500", "(6 500)"),
            ("Socialjour och familjerätt", "41 800", "40 100", "1 700"),
            ("Bostadssociala insatser", "62 000", "62 000", "0"),
            ("Summa", "1 199 000", "1 217 700", "(18 700)"),
        ),
        widths=(170.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden, Uppsala kommun", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Socialnämnden redovisar för perioden januari–april ett resultat som är 6,1 miljoner kronor sämre än "
                "den periodiserade budgeten.",
                C(None, "6,1 miljoner kronor", "-", note="The period against the periodised budget."),
            ),
            (
                "Helårsprognosen är ett underskott på 18,7 miljoner kronor, motsvarande 1,6 procent av nämndens "
                "budget. Underskottet förklaras i huvudsak av placeringar av barn och unga samt av ekonomiskt "
                "bistånd.",
                C(None, "18,7 miljoner kronor", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
            ),
        ),
        P(
            "Belopp i tabellen anges i tusen kronor. Negativa avvikelser anges inom parentes.",
            None,
            size=8.5,
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        H("Barn och unga", 3),
        PS(
            (
                "Verksamheten prognostiserar ett underskott på 12,4 miljoner kronor. Antalet barn placerade i HVB "
                "och konsulentstödda familjehem har ökat från 61 till 74 sedan december, och dygnskostnaden i de "
                "nya avtalen är högre.",
                C("Barn och unga", "12,4 miljoner kronor", "-", "kopt_verksamhet", "volymer", "prisokningar"),
            ),
            (
                "Förvaltningen räknar med att två nya egna utredningshem kan ta emot de första barnen i september, "
                "vilket ger en minskad kostnad om 1,5 miljoner kronor redan i år.",
                A("Barn och unga", "1,5 miljoner kronor", "kopt_verksamhet"),
            ),
        ),
        H("Vuxna", 3),
        P(
            "För vuxna med missbruk blir kostnaderna för köpt vård 2,8 miljoner kronor högre än budget. Det beror på "
            "fler LVM-placeringar under våren än under hela förra året.",
            C("Vuxna", "2,8 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Antalet hushåll med försörjningsstöd är i genomsnitt 110 fler per månad än budgetens antagande. Orsaken "
            "är främst att fler personer har lämnat etableringsuppdraget utan egen försörjning. Sammantaget innebär "
            "det en negativ avvikelse mot budget på 6,5 miljoner kronor.",
            C(
                "Ekonomiskt bistånd",
                "6,5 miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The amount in the last sentence, after the volume and the reason.",
            ),
        ),
        H("Socialjour och familjerätt", 3),
        P(
            "Två vakanta socionomtjänster inom familjerätten och lägre kostnader för tolk ger ett överskott.",
            C(
                "Socialjour och familjerätt",
                "1 700",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Överskottet på 1,3 miljoner kronor beror på att nämndens buffert för oförutsedda kostnader inte har "
            "tagits i anspråk.",
            C("Nämnd och administration", "1,3 miljoner kronor", "+", "reserver"),
        ),
        H("Bostadssociala insatser", 3),
        P("Verksamheten följer budget.", BP("Bostadssociala insatser")),
        PageBreak(),
        Columns(1),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 3,2 miljoner kronor sämre än i februari, främst på grund av de nya avtalen för HVB.",
            F(None, "3,2 miljoner kronor", "-", "kopt_verksamhet", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en åtgärdsplan för en ekonomi i balans till juni. "
            "Planen ska bland annat omfatta en översyn av alla placeringar som har pågått längre än två år.",
            A(None, None, "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 3,5 miljoner kronor för inventarier till de nya utredningshemmen förväntas "
            "förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att statsbidraget för förebyggande socialt arbete blir lägre än de 4,0 miljoner "
            "kronor som ingår i prognosen.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
