"""Jönköpings kommun, Stadsbyggnadsnämnden, verksamhetsberättelse 2025.

A planning and building committee's year-end report in "mkr" and "tkr",
with a footer carrying the nämnd's meeting date in February: the year's result "ett överskott på 2,8 mkr
jämfört med budget", the outcome against the interim report's forecast without a cause (a forecast change);
then two columns of plain headings: bygglov revenue "3,4 mkr lägre än budgeterat" followed in the same
paragraph by a count of decisions against 2024 (its own `other` item), plan fees that "översteg budget med
2,2 mkr", a surveying surplus "om 640 tkr", personnel costs "3,9 mkr lägre än budget" and köp av tjänster
"översteg budget med 1,7 mkr" (consultants), licences "0,8 mkr högre", a rent "0,5 mkr högre än budgeterat",
"Följer budget." (boilerplate); investments "Avvikelsen på 2,9 mkr", a request to carry over part of the
surplus and a processing-time goal against 2024 (others). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Jönköpings kommun", "Verksamhetsberättelse 2025 – Stadsbyggnadsnämnden"),
        footer=lambda n, m: ("Stadsbyggnadsnämnden 2026-02-19", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=12.5, font="serif-italic", after=14),
        H("Ekonomiskt utfall", 1),
        P(
            "Stadsbyggnadsnämnden redovisar för 2025 ett överskott på 2,8 mkr jämfört med budget.",
            C(None, "2,8 mkr", "+"),
        ),
        P(
            "Resultatet är 1,1 mkr bättre än den prognos som lämnades i delårsrapporten.",
            F(
                None,
                "1,1 mkr",
                "+",
                note="The outcome against the interim forecast, no cause: forecast change.",
            ),
        ),
        P(
            "Nämndens verksamhet finansieras till ungefär hälften av avgifter. Nedan kommenteras de större "
            "avvikelserna per verksamhet och kostnadsslag."
        ),
        Columns(2),
        H("Bygglov", 3),
        PS(
            (
                "Intäkterna från bygglov blev 3,4 mkr lägre än budgeterat. Antalet ansökningar om bygglov för "
                "flerbostadshus har minskat kraftigt till följd av den svaga bostadsmarknaden.",
                C("Bygglov", "3,4 mkr", "-", "avgifter_intakter", "volymer"),
            ),
            (
                "Under året fattades 1 412 beslut om bygglov, 9 procent färre än 2024.",
                O("Bygglov", "volymer", note="Decisions against the previous year, same paragraph: other."),
            ),
        ),
        H("Planverksamhet", 3),
        P(
            "Planavgifterna översteg budget med 2,2 mkr, eftersom flera detaljplaner för verksamhetsområden "
            "antogs tidigare än beräknat.",
            C("Planverksamhet", "2,2 mkr", "+", "avgifter_intakter", "periodisering"),
        ),
        H("Kart och mät", 3),
        P(
            "Verksamheten gick med ett överskott om 640 tkr, främst genom högre försäljning av kartprodukter och "
            "fler utstakningar än planerat.",
            C("Kart och mät", "640 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Personal", 3),
        P(
            "Personalkostnaderna blev 3,9 mkr lägre än budget. Flera tjänster som planarkitekt och "
            "bygglovshandläggare har varit vakanta under delar av året.",
            C("Personalkostnader", "3,9 mkr", "+", "vakanser"),
        ),
        H("Köp av tjänster", 3),
        P(
            "För att klara handläggningen har konsulter anlitats, och köp av tjänster översteg budget med 1,7 mkr.",
            C(
                "Köp av tjänster",
                "1,7 mkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="Consultants hired to cover vacancies.",
            ),
        ),
        H("IT och digitalisering", 3),
        P(
            "Licenskostnaderna för det nya ärendehanteringssystemet blev 0,8 mkr högre än budgeterat.",
            C("IT och digitalisering", "0,8 mkr", "-", "it_digitalisering"),
        ),
        H("Lokaler", 3),
        P(
            "Efter omflyttningen till kontorshuset Kvarnen blev lokalhyran 0,5 mkr högre än budgeterat.",
            C("Lokaler", "0,5 mkr", "-", "lokaler"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P("Följer budget.", BP("Nämnd och förvaltningsledning")),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämnden har använt 3,1 mkr av årets investeringsbudget på 6,0 mkr. Avvikelsen på 2,9 mkr beror på att "
            "införandet av den digitala stadsmodellen har försenats.",
            C("Investeringar", "2,9 mkr", "+", "periodisering", "it_digitalisering"),
        ),
        H("Resultatöverföring", 2),
        P(
            "Nämnden föreslår att 1,5 mkr av överskottet förs över till 2026 för att slutföra arbetet med den "
            "digitala stadsmodellen.",
            O(None, note="A request to carry a surplus over: a financing statement, other."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Den genomsnittliga handläggningstiden för bygglov var 4,2 veckor, jämfört med 5,1 veckor 2024. "
            "Förbättringen beror på färre inkomna ärenden.",
            O("Bygglov", note="A goal against the previous year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Stadsbyggnadsnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
