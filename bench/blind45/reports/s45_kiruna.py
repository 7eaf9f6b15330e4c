"""Kiruna kommun, Socialnämnden, månadsrapport februari 2026 (social services).

A social committee's month report in mkr, footer with the nämnd's meeting date in March: the full year
"underskott på 11,6 mkr för 2026 (-10,2 mkr i januari)" (the bracket is last month's) with the areas named
and no reasons in the next sentence (one item), personnel costs "2,1 mkr över budget efter två månader" (a
period item by account group), the change since January with its cause; a table with en dashes as minus and
February's and January's deviations side by side; two columns of bold run-in verksamheter with a colon:
"Verksamheten prognostiserar −8,7 mkr", the amount at the end of a long sentence ("prognosen överskrider
budget med 0,8 mkr"), a LSS paragraph whose subject is a list of reasons ("gör att LSS går 4,9 mkr över
budget"), "Ett positivt resultat på 1,1 mkr väntas", a reason-only health care surplus (the row's "0,4") and
an undistributed buffer as a surplus; two en-dash action bullets (one with its effect), sick leave against last
year and a risk (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Kiruna kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Månadsrapport februari", "Socialnämnden 2026-03-26", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse feb", "Avvikelse jan"),),
        rows=(
            ("Individ- och familjeomsorg", "86,4", "95,1", "–8,7", "–7,3"),
            ("Ekonomiskt bistånd", "14,2", "15,0", "–0,8", "–0,8"),
            ("LSS", "118,7", "123,6", "–4,9", "–4,9"),
            ("Äldreomsorg", "312,5", "311,4", "1,1", "1,1"),
            ("Hälso- och sjukvård", "46,3", "45,9", "0,4", "0,4"),
            ("Förvaltningsgemensamt", "21,0", "19,7", "1,3", "1,3"),
            ("Summa", "599,1", "610,7", "–11,6", "–10,2"),
        ),
        widths=(170.0, 64.0, 64.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=20, font="narrow-bold", after=2),
        Title("Socialnämnden", size=13, font="narrow", after=12),
        H("Sammanfattande analys", 2),
        PS(
            (
                "Socialnämnden beräknar ett underskott på 11,6 mkr för 2026 (-10,2 mkr i januari). Underskottet finns "
                "inom individ- och familjeomsorgen, ekonomiskt bistånd och LSS, medan äldreomsorgen och hälso- och "
                "sjukvården tillsammans visar ett litet överskott.",
                C(
                    None,
                    "11,6 mkr",
                    "-",
                    note="The bracket is January's figure. The areas named without reasons belong to the item.",
                ),
            ),
            (
                "Personalkostnaderna ligger 2,1 mkr över budget efter två månader, främst på grund av övertid och "
                "timvikarier under influensaperioden i februari.",
                C(
                    "Personalkostnader",
                    "2,1 mkr",
                    "-",
                    "overtid",
                    "vikarier",
                    "sjukfranvaro",
                    note="The period's deviation of one account group: its own item.",
                ),
            ),
        ),
        P(
            "Försämringen med 1,4 mkr sedan januari beror på två nya placeringar av ungdomar enligt LVU.",
            F(None, "1,4 mkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        LP(
            "Individ- och familjeomsorg:",
            "Verksamheten prognostiserar −8,7 mkr. Kostnaderna för externa placeringar av barn och unga på HVB ligger "
            "långt över budget, eftersom det saknas familjehem i närområdet. Även de konsulentstödda "
            "familjehemsplaceringarna har ökat.",
            C("Individ- och familjeomsorg", "−8,7 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna av försörjningsstöd ökar när fler hushåll står utan arbete efter varslen hos "
            "gruvnäringens underleverantörer, och prognosen överskrider budget med 0,8 mkr.",
            C(
                "Ekonomiskt bistånd",
                "0,8 mkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The amount comes last.",
            ),
        ),
        LP(
            "LSS:",
            "Nya beslut om personlig assistans där kommunen står för de första 20 timmarna, och ett köpt boende i "
            "en annan kommun för en brukare med omfattande behov, gör att LSS går 4,9 mkr över budget.",
            C("LSS", "4,9 mkr", "-", "ersattning_fk", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Äldreomsorg:",
            "Ett positivt resultat på 1,1 mkr väntas. Det beror på att flytten till det nya äldreboendet i "
            "stadskärnan har senarelagts, så att personalkostnaderna för boendet ännu inte har börjat löpa.",
            C("Äldreomsorg", "1,1 mkr", "+", "periodisering"),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Överskottet förklaras av vakanta sjukskötersketjänster, men det vägs delvis upp av att sjuksköterskor "
            "hyrs in under helgerna.",
            C(
                "Hälso- och sjukvård",
                "0,4",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="mkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Överskottet på 1,3 mkr utgörs av nämndens buffert för oförutsedda kostnader, som ännu inte har "
            "fördelats.",
            C("Förvaltningsgemensamt", "1,3 mkr", "+", "reserver"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            glyph="–",
            items=(
                "Hemmaplanslösningar för barn och unga ska ersätta två HVB-placeringar under våren, vilket beräknas "
                "minska kostnaderna med 1,8 mkr.",
                "Rekryteringen av familjehem förstärks med en kampanj i Kiruna och Gällivare.",
            ),
            labels=(
                A("Individ- och familjeomsorg", "1,8 mkr", "kopt_verksamhet"),
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen var 9,8 procent i februari, vilket är lägre än samma månad i fjol.",
            O("Äldreomsorg", "sjukfranvaro", note="Sick leave against last year: other."),
        ),
        P(
            "Prognosen för LSS är osäker eftersom Försäkringskassans omprövning av två assistansärenden ännu inte är "
            "klar.",
            O("LSS", "ersattning_fk", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="kiruna-sn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Kiruna",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Socialnämnden", "author": "Kiruna kommun"},
        style=style,
        blocks=blocks,
    )
