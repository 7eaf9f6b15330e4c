"""Västerås stad, Individ- och familjenämnden, tertialrapport 1 2026 (per april).

A social committee's tertial report in "mnkr", set in DejaVu Serif with DejaVu Sans headings, whose footer
carries the nämnd's meeting date in May: the full year "14,8 mnkr sämre än budget", the period "nettokostnaderna
6,2 mnkr högre än den periodiserade budgeten" (negative) and the shared reasons in three sentences (three
causes, the last with amount null); a table with deficits in brackets ("(9,6)"); bold run-in verksamheter
ending in a colon, in varied shapes: a paragraph that gives only a part of its area's deviation ("överstiger
budget med 11,3 mnkr", offset by vacancies) so the row's "(9,6)", a lower-case continuation after the lead
("underskottet på 2,4 mnkr förklaras av"), "Prognosen pekar på ett underskott om 5,1 mnkr" with a
percentage against December, two verksamheter as a "respektive" pair under one lead, and a reason-only
surplus (the row's "1,2"); the change since February; three action bullets under a generic heading;
"beräknas användas i sin helhet" for the inventory budget (boilerplate); reports of concern against last year
(other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason-only passage: the table row's cell, deficits in brackets (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Västerås stad", "Individ- och familjenämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "IFN 2026-05-19, § 64", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos helår per verksamhetsområde, mnkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "312,4", "322,0", "(9,6)"),
            ("Vuxna missbruk", "88,7", "91,1", "(2,4)"),
            ("Ekonomiskt bistånd", "164,0", "169,1", "(5,1)"),
            ("Socialpsykiatri", "57,3", "56,5", "0,8"),
            ("Familjerätt och familjestöd", "21,6", "21,3", "0,3"),
            ("Förvaltningsgemensamt", "46,2", "45,0", "1,2"),
            ("Summa", "690,2", "705,0", "(14,8)"),
        ),
        widths=(180.0, 66.0, 66.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Individ- och familjenämnden", size=12, font="serif-italic", after=12),
        H("Sammanfattning", 2),
        P(
            "Individ- och familjenämnden prognostiserar för 2026 ett resultat som är 14,8 mnkr sämre än budget.",
            C(None, "14,8 mnkr", "-", note="The full year, in a paragraph of its own."),
        ),
        P(
            "Efter årets fyra första månader är nettokostnaderna 6,2 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "6,2 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Underskottet beror i huvudsak på fortsatt höga kostnader för placeringar av barn och unga och på att "
            "behovet av ekonomiskt bistånd ökar.",
            C(
                None,
                None,
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The reasons apart from the amounts: a cause with amount null.",
            ),
        ),
        table,
        H("Verksamhetsområden", 2),
        LP(
            "Barn och unga:",
            "Kostnaderna för externa placeringar överstiger budget med 11,3 mnkr. Under perioden har tre "
            "ungdomar placerats på särskilda ungdomshem och antalet placeringar i konsulentstödda familjehem har "
            "ökat. En del av underskottet vägs upp av att kostnaderna för den egna öppenvården är lägre än "
            "budgeterat, eftersom två tjänster som socialsekreterare är vakanta.",
            C(
                "Barn och unga",
                "(9,6)",
                "-",
                "kopt_verksamhet",
                "volymer",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Only a part (11,3 mnkr, offset by vacancies) and no total: the table row's cell.",
            ),
        ),
        LP(
            "Vuxna missbruk:",
            "underskottet på 2,4 mnkr förklaras av fler placeringar enligt LVM än beräknat och av längre "
            "vårdtider på behandlingshem.",
            C("Vuxna missbruk", "2,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Prognosen pekar på ett underskott om 5,1 mnkr. Antalet hushåll med försörjningsstöd har ökat med 8 "
            "procent sedan december, framför allt bland hushåll där ersättningen från a-kassan har upphört.",
            C("Ekonomiskt bistånd", "5,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Socialpsykiatri samt familjerätt och familjestöd:",
            "visar överskott på 0,8 respektive 0,3 mnkr, som beror på vakanta tjänster och lägre kostnader för "
            "köpta boendeplatser.",
            C(
                "Socialpsykiatri",
                "0,8",
                "+",
                "vakanser",
                "kopt_verksamhet",
                unit="mnkr",
                note="Two verksamheter as a 'respektive' pair under one lead: two items, same tags.",
                also=(C("Familjerätt och familjestöd", "0,3 mnkr", "+", "vakanser", "kopt_verksamhet"),),
            ),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Överskottet härrör från ett statsbidrag för att stärka den sociala barn- och ungdomsvården som inte "
            "var budgeterat.",
            C("Förvaltningsgemensamt", "1,2", "+", "statsbidrag", unit="mnkr", table=True, note=ROW),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 3,5 mnkr sämre än i februari. Förändringen avser främst barn och unga.",
            F(None, "3,5 mnkr", "-"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "En placeringsgrupp prövar varje vecka alla nya externa placeringar.",
                "Placerade barn och unga flyttas hem till förstärkta familjehem i egen regi, med en beräknad "
                "effekt på 2,0 mnkr på helår.",
                "Anställningsprövning av alla tjänster utom socialsekreterare.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Barn och unga", "2,0 mnkr", "kopt_verksamhet"),
                A(None, None, "bemanning"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Nämnden har inga större investeringar. Budgeten för inventarier, 0,5 mnkr, beräknas användas i sin "
            "helhet.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet orosanmälningar för barn och unga ökade med 12 procent jämfört med samma period 2025.",
            O("Barn och unga", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vasteras-ifn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Individ- och familjenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Individ- och familjenämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
