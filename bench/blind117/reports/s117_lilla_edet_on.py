"""Lilla Edets kommun, Omsorgsnämnden, verksamhetsberättelse 2025.

An elderly-care and LSS committee's year-end report, set in DejaVu Serif 10 pt, footer with the adoption
date in February: the result "−7,4 mnkr jämfört med tilldelad budget", the outcome against the interim
forecast in a paragraph of its own (a forecast change) and net cost growth against 2024 (other); a result
table whose last column is each row's comment: reasons without amounts (the row's cell, "-5 750", "1 500",
"-930"), a comment that names its own amount ("överskred budgeten med 2,8 mnkr" beside "-2 780"), "I nivå med
budget." (boilerplate beside "150"), a row with no comment and a sum row; then kostnadsslag under plain
headings, so the deficit is explained twice: personnel "6,2 mnkr högre än budget" with a sick-leave
percentage that is not the amount, revenue "överstiger budget med 2,1 mnkr", purchases "3,3 mnkr dyrare än
budgeterat"; two actions and an outlook (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only in the comment: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Lilla Edets kommun", "Verksamhetsberättelse 2025 – Omsorgsnämnden"),
        footer=lambda n, m: ("Antagen av omsorgsnämnden 2026-02-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "48 200", "53 950", "-5 750"),
                "Antalet beviljade hemtjänsttimmar var i genomsnitt 14 procent högre än budgeterat, och verksamheten "
                "har haft höga kostnader för timvikarier.",
                C("Hemtjänst", "-5 750", "-", "volymer", "vikarier", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Särskilt boende", "71 400", "74 180", "-2 780"),
                "Särskilt boende överskred budgeten med 2,8 mnkr till följd av hög sjukfrånvaro och att en extra "
                "avdelning på Solgårdens boende hölls öppen under hela året.",
                C(
                    "Särskilt boende",
                    "2,8 mnkr",
                    "-",
                    "sjukfranvaro",
                    "bemanning",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "22 600", "22 450", "150"),
                "I nivå med budget.",
                BP("Hälso- och sjukvård", note="150 in the table."),
            ),
            (
                ("LSS och socialpsykiatri", "39 800", "38 300", "1 500"),
                "Två vakanta tjänster som stödpedagog och en senarelagd öppning av den nya gruppbostaden.",
                C(
                    "LSS och socialpsykiatri",
                    "1 500",
                    "+",
                    "vakanser",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Myndighetsutövning", "9 100", "8 720", "380"), "", None),
            (
                ("Nämnd och ledning", "6 300", "7 230", "-930"),
                "Kostnaderna för det nya planeringssystemet för hemtjänsten blev högre än beräknat.",
                C("Nämnd och ledning", "-930", "-", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "197 400", "204 830", "-7 430"), "", None),
        ),
        widths=(122.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=3),
        Title("Omsorgsnämnden", size=13, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Omsorgsnämnden redovisar för 2025 ett resultat på −7,4 mnkr jämfört med tilldelad budget.",
            C(None, "−7,4 mnkr", "-"),
        ),
        P(
            "Det är 1,3 mnkr bättre än den prognos som lämnades i delårsrapporten.",
            F(None, "1,3 mnkr", "+", note="The outcome against the interim forecast, no cause."),
        ),
        P(
            "Nämndens nettokostnader ökade med 5,9 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        H("Resultat per verksamhet", 2),
        table,
        H("Kostnadsslag", 2),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna blev 6,2 mnkr högre än budget. Sjukfrånvaron låg på 9,4 procent, och under "
            "sommaren anlitades bemanningsföretag för sjuksköterskor.",
            C(
                "Personalkostnader",
                "6,2 mnkr",
                "-",
                "sjukfranvaro",
                "inhyrd_personal",
                note="The sick-leave percentage is not the amount.",
            ),
        ),
        H("Intäkter", 3),
        P(
            "Intäkterna överstiger budget med 2,1 mnkr, främst genom högre omvårdnadsavgifter och ett riktat "
            "statsbidrag för äldreomsorgen som inte var budgeterat.",
            C("Intäkter", "2,1 mnkr", "+", "avgifter_intakter", "statsbidrag"),
        ),
        H("Köp av verksamhet", 3),
        P(
            "Köp av verksamhet blev 3,3 mnkr dyrare än budgeterat, eftersom två brukare med omfattande behov fick "
            "plats i externa LSS-boenden.",
            C("Köp av verksamhet", "3,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten infördes en ny rutin för uppföljning av beviljade hemtjänsttimmar, vilken bedöms minska "
            "kostnaderna med cirka 1,5 mnkr under 2026.",
            A("Hemtjänst", "cirka 1,5 mnkr", "volymer"),
        ),
        P(
            "Inom särskilt boende har ett arbete med hälsofrämjande scheman inletts tillsammans med HR-avdelningen "
            "för att sänka sjukfrånvaron.",
            A("Särskilt boende", None, "sjukfranvaro"),
        ),
        H("Framtid", 2),
        P(
            "Antalet invånare över 80 år väntas öka med drygt 20 procent fram till 2030, vilket ställer krav på fler "
            "platser i särskilt boende.",
            O(None, note="Outlook: other."),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-on-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Omsorgsnämnden", "author": "Lilla Edets kommun"},
        style=style,
        blocks=blocks,
    )
