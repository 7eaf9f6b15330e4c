"""Uppvidinge kommun, Omsorgsnämnden, månadsuppföljning oktober 2025.

An elderly-care and disability committee's month report in mnkr, footer with the nämnd's meeting date in
November: the full year "beräknas överskrida sin budget med 3,9 mnkr vid årets slut (−4,6 mnkr i
september)" (the bracket is last month's), the change since September with its cause, the accumulated
deviation to October in a paragraph of its own (a cause); a table with September's deviation; plain headings
per verksamhet: home care whose hours ("6 900 timmar i månaden mot budgeterade 6 100") are not amounts and
whose deviation is "Kostnaden för de extra timmarna beräknas till 2,8 mnkr", night staffing with "Verksamhetens
underskott blir 1,9 mnkr" after the reason, health care where the agency nurses' cost so far ("1,3 mnkr") is
not the deviation ("stannar helårets underskott … vid 1,1 mnkr"), LSS with "ett överskott om 1,4 mnkr"
followed by a risk with an amount in the same paragraph (other), two small areas as a "respektive" pair; an
action with its effect and sick leave against last year (other). 8 scored causes. DejaVu Sans Condensed 9.5
pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("UPPVIDINGE KOMMUN", "Omsorgsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "Omsorgsnämnden 2025-11-12", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Nämnd och ledning", "6,8", "6,5", "+0,3", "+0,3"),
            ("Bemanningsenheten", "2,1", "1,9", "+0,2", "+0,1"),
            ("Hemtjänst", "48,6", "51,4", "−2,8", "−2,9"),
            ("Särskilt boende", "92,3", "94,2", "−1,9", "−2,0"),
            ("Hälso- och sjukvård", "21,5", "22,6", "−1,1", "−1,6"),
            ("Funktionsstöd", "44,0", "42,6", "+1,4", "+1,5"),
            ("Summa", "215,3", "219,2", "−3,9", "−4,6"),
        ),
        widths=(150.0, 62.0, 62.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="cond-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Omsorgsnämnden beräknas överskrida sin budget med 3,9 mnkr vid årets slut (−4,6 mnkr i september).",
            C(None, "3,9 mnkr", "-", note="The bracketed figure is September's, not the amount."),
        ),
        P(
            "Prognosen har därmed förbättrats med 0,7 mnkr sedan förra månaden, framför allt genom att två vakanta "
            "sjukskötersketjänster har tillsatts och behovet av hyrsjuksköterskor har minskat.",
            F(None, "0,7 mnkr", "+", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Ackumulerat till och med oktober är avvikelsen −3,2 mnkr.",
            C(None, "−3,2 mnkr", "-", note="The accumulated deviation in a paragraph of its own: a cause."),
        ),
        table,
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten i Åseda och Lenhovda har under hösten haft fler beviljade timmar än någon gång tidigare, i "
            "genomsnitt 6 900 timmar i månaden mot budgeterade 6 100. Kostnaden för de extra timmarna beräknas till "
            "2,8 mnkr för helåret.",
            C("Hemtjänst", "2,8 mnkr", "-", "volymer", note="The hours are not amounts."),
        ),
        H("Särskilt boende", 3),
        P(
            "Nattbemanningen har förstärkts på två enheter för personer med demenssjukdom, vilket inte ryms i "
            "budgeten. Verksamhetens underskott blir 1,9 mnkr.",
            C("Särskilt boende", "1,9 mnkr", "-", "bemanning", note="The reason first, the amount last."),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Under första halvåret anlitades hyrsjuksköterskor för att klara semesterperioden och vakanserna. "
            "Kostnaden för dessa uppgår hittills till 1,3 mnkr, men eftersom tjänsterna nu är tillsatta stannar "
            "helårets underskott för hälso- och sjukvården vid 1,1 mnkr.",
            C(
                "Hälso- och sjukvård",
                "1,1 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The agency nurses' cost so far (1,3 mnkr) is a part, not the deviation.",
            ),
        ),
        H("Funktionsstöd", 3),
        PS(
            (
                "LSS-verksamheten visar ett överskott om 1,4 mnkr. En gruppbostad i Alstermo har haft två tomma "
                "platser sedan våren, och en brukare med personlig assistans har flyttat från kommunen.",
                C("Funktionsstöd", "1,4 mnkr", "+", "volymer"),
            ),
            (
                "Det råder osäkerhet kring ett nytt assistansärende där Försäkringskassans beslut ännu inte har "
                "kommit, vilket kan påverka prognosen med upp till 0,5 mnkr.",
                O("Funktionsstöd", "ersattning_fk", note="A risk with an amount after the cause: other."),
            ),
        ),
        H("Nämnd och ledning samt bemanningsenheten", 3),
        P(
            "Nämnd och ledning samt bemanningsenheten redovisar +0,3 respektive +0,2 mnkr.",
            C(
                "Nämnd och ledning",
                "+0,3",
                "+",
                unit="mnkr",
                note="A 'respektive' pair with no reason: two items.",
                also=(C("Bemanningsenheten", "+0,2 mnkr", "+"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att dämpa kostnaderna i hemtjänsten följs alla beslut om mer än 60 timmar i månaden upp av "
            "biståndshandläggare. Åtgärden väntas minska kostnaderna med 0,4 mnkr under november och december.",
            A("Hemtjänst", "0,4 mnkr", "volymer"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 8,9 procent i oktober jämfört med 9,6 procent i oktober 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppvidinge-on-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Uppvidinge",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Omsorgsnämnden", "author": "Uppvidinge kommun"},
        style=style,
        blocks=blocks,
    )
