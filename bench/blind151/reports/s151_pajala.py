"""Pajala kommun, Socialnämnden, bokslut 2025.

A small kommun's social committee's year-end report in tkr and mkr, footer with the nämnd's meeting date in
February: the result "ett negativt resultat på 6,8 mkr jämfört med tilldelad budgetram", the outcome "1,3 mkr
bättre än prognosen i delårsrapporten" (a forecast change), a table with hyphen-minus deficits, then two columns
of headings with the amount after a colon ("Individ- och familjeomsorg: –3 950 tkr") and a cost level that is
only a part ("uppgick till 5,2 mkr"), elderly care with hired nurses, sick leave, overtime and vacancies, a
surplus from a delayed opening, hjälpmedel, postponed training; net cost growth against 2024 with "beror på",
an action plan with its effect and state grants received (others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Pajala kommun", "Bokslut 2025 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2026-02-18, § 9", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Individ- och familjeomsorg", "9 480", "13 430", "-3 950"),
            ("Ekonomiskt bistånd", "3 200", "4 380", "-1 180"),
            ("Äldreomsorg", "96 750", "99 390", "-2 640"),
            ("LSS och socialpsykiatri", "21 600", "20 180", "1 420"),
            ("Hälso- och sjukvård", "11 900", "12 660", "-760"),
            ("Administration och nämnd", "7 870", "7 560", "310"),
            ("Summa", "150 800", "157 600", "-6 800"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-cond-bold", after=2),
        Title(
            "Socialnämnden – verksamhetsberättelse med ekonomisk redovisning",
            size=12,
            font="serif-cond",
            after=12,
        ),
        H("Årets resultat", 2),
        P(
            "Socialnämnden redovisar för 2025 ett negativt resultat på 6,8 mkr jämfört med tilldelad budgetram.",
            C(None, "6,8 mkr", "-"),
        ),
        P(
            "Resultatet är 1,3 mkr bättre än prognosen i delårsrapporten per augusti.",
            F(None, "1,3 mkr", "+", note="The outcome against the interim forecast: a forecast change."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Individ- och familjeomsorg: –3 950 tkr",
            "Två barn har varit placerade på HVB under hela året och ytterligare ett familjehem har behövt köpas "
            "från konsulentstödd verksamhet. Kostnaderna för placeringar uppgick till 5,2 mkr, vilket är mer än "
            "dubbelt så mycket som budgeterat.",
            C(
                "Individ- och familjeomsorg",
                "–3 950 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The placement cost level (5,2 mkr) is a part, the heading's amount is the deviation.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd: –1 180 tkr",
            "Fler hushåll har varit beroende av försörjningsstöd under längre tid, främst unga vuxna utan "
            "fullständig gymnasieutbildning.",
            C("Ekonomiskt bistånd", "–1 180 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Äldreomsorg: –2 640 tkr",
            "Underskottet beror på höga kostnader för inhyrda sjuksköterskor på Myrbackens äldreboende under "
            "sommaren och på en hög sjukfrånvaro i hemtjänsten i Korpilombolo. Övertid har använts för att täcka "
            "vakanta nattpass.",
            C(
                "Äldreomsorg",
                "–2 640 tkr",
                "-",
                "inhyrd_personal",
                "sjukfranvaro",
                "overtid",
                "vakanser",
            ),
        ),
        HP(
            "LSS och socialpsykiatri: +1 420 tkr",
            "Ett planerat boende med särskild service har inte öppnats under året och en brukare har flyttat från "
            "kommunen.",
            C("LSS och socialpsykiatri", "+1 420 tkr", "+", "periodisering", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård: –760 tkr",
            "Kostnaderna för hjälpmedel har ökat, främst för sängar och lyftar.",
            C("Hälso- och sjukvård", "–760 tkr", "-", "material_hjalpmedel"),
        ),
        HP(
            "Administration och nämnd: +310 tkr",
            "Utbildningsinsatser som planerades till hösten har skjutits till 2026.",
            C("Administration och nämnd", "+310 tkr", "+", "periodisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Jämförelse med 2024", 2),
        P(
            "Nämndens nettokostnader ökade med 4,6 procent jämfört med 2024, vilket främst beror på de ökade "
            "placeringskostnaderna.",
            O(None, "kopt_verksamhet", note="Net cost growth against the previous year: other."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har antagit en handlingsplan som bland annat innebär att hemmaplanslösningar ska prövas före "
            "placering och att bemanningen i hemtjänsten ses över. Effekten beräknas till 1,5 mkr för 2026.",
            A(None, "1,5 mkr", "kopt_verksamhet", "bemanning"),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har under året tagit emot riktade statsbidrag på 2,9 mkr, bland annat för äldreomsorgens "
            "bemanning. Bidragen har förbrukats enligt villkoren.",
            O(None, "statsbidrag", note="Grants received and used: context, no deviation."),
        ),
    ]
    return ReportSpec(
        file="pajala-sn-bokslut-2025.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
