"""Nacka kommun, Natur- och trafiknämnden, årsbokslut 2025 (technical: roads, parks, traffic).

A technical committee's year-end report in "miljoner kronor", footer with the nämnd's meeting date in
February 2026: the result "6,8 miljoner kronor sämre än budget" and the outcome against the second tertial
forecast (a forecast change); a table with U+2212 minus signs; plain paragraphs whose area is the subject
("Vinterväghållningen blev den största avvikelsen, −7,9 miljoner kronor"), after "För" and after "Inom";
two bold run-in verksamheter ending in a full stop, one reason-only (the row's "−0,7"); net cost growth
against 2024 (other); an investment table and the total "10,9 miljoner kronor lägre än budget", two
projects "+6,5 respektive −3,4 miljoner kronor" where "+" is under-spending, a programme "inom budget"
(boilerplate); a frame request (other) and an action "cirka 1 miljon kronor". DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Nacka kommun", "Natur- och trafiknämnden"),
        footer=lambda n, m: ("Årsbokslut 2025", "NTN 2026-02-17, § 14", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    drift = Table(
        caption="Driftredovisning 2025, miljoner kronor",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Drift av gator och vägar", "96,4", "98,5", "−2,1"),
            ("Vinterväghållning", "31,0", "38,9", "−7,9"),
            ("Parker och naturreservat", "58,2", "56,6", "1,6"),
            ("Trafik och parkering", "−12,5", "−14,8", "2,3"),
            ("Nämnd och stab", "8,9", "9,6", "−0,7"),
            ("Summa", "182,0", "188,8", "−6,8"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    invest = Table(
        caption="Investeringar 2025, miljoner kronor",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Saltsjöbadsvägen, ombyggnad", "42,0", "35,5", "6,5"),
            ("Gång- och cykelväg Värmdövägen", "18,0", "21,4", "−3,4"),
            ("Lekplatsprogram", "6,5", "6,5", "0,0"),
            ("Övriga projekt", "22,5", "14,7", "7,8"),
            ("Summa", "89,0", "78,1", "10,9"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsbokslut 2025", size=20, font="sans-bold", after=2),
        Title("Natur- och trafiknämnden", size=12.5, font="sans", after=14),
        H("Nämndens ekonomiska resultat", 2),
        P(
            "Natur- och trafiknämnden redovisar för 2025 ett resultat som är 6,8 miljoner kronor sämre än budget.",
            C(None, "6,8 miljoner kronor", "-"),
        ),
        P(
            "Utfallet är 1,9 miljoner kronor bättre än den prognos som lämnades i tertialbokslut 2.",
            F(
                None,
                "1,9 miljoner kronor",
                "+",
                note="The outcome against the interim forecast: a forecast change.",
            ),
        ),
        drift,
        H("Verksamheternas avvikelser", 2),
        P(
            "Vinterväghållningen blev den största avvikelsen, −7,9 miljoner kronor. Snöfallen i januari och i "
            "slutet av november var de kraftigaste på tio år och krävde fler plogningar och bortforsling av snö "
            "från centrum.",
            C("Vinterväghållning", "−7,9 miljoner kronor", "-", "ovrigt", note="Snow: ovrigt."),
        ),
        P(
            "För drift av gator och vägar blev kostnaderna 2,1 miljoner kronor högre än budgeterat, eftersom "
            "asfaltsentreprenaden indexreglerades med 8 procent och flera akuta reparationer av dagvattenbrunnar "
            "krävdes efter skyfallet i augusti.",
            C(
                "Drift av gator och vägar",
                "2,1 miljoner kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="Indexation: prisokningar. Storm damage: ovrigt.",
            ),
        ),
        P(
            "Inom parker och naturreservat uppstod ett överskott om 1,6 miljoner kronor. Skötselavtalet för "
            "Nyckelviken upphandlades till ett lägre pris än budgeterat och en tjänst som naturvårdshandläggare var "
            "vakant halva året.",
            C("Parker och naturreservat", "1,6 miljoner kronor", "+", "prisokningar", "vakanser"),
        ),
        LP(
            "Trafik och parkering.",
            "Intäkterna från parkeringsavgifter och felparkeringsavgifter översteg budget med 2,3 miljoner kronor "
            "sedan avgiftszonen i Sickla utvidgades i mars.",
            C("Trafik och parkering", "2,3 miljoner kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Nämnd och stab.",
            "Kostnader för konsultstöd i arbetet med den nya trafikstrategin gav ett underskott.",
            C(
                "Nämnd och stab",
                "−0,7",
                "-",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna ökade med 11,4 miljoner kronor jämfört med 2024, vilket till största delen beror på "
            "vinterväghållningen.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        H("Investeringar", 2),
        invest,
        P(
            "Nämndens investeringar uppgick till 78,1 miljoner kronor, vilket är 10,9 miljoner kronor lägre än "
            "budget.",
            C("Investeringar", "10,9 miljoner kronor", "+", note="Under-spending, no reason: positive."),
        ),
        P(
            "Ombyggnaden av Saltsjöbadsvägen och gång- och cykelvägen längs Värmdövägen avviker med +6,5 "
            "respektive −3,4 miljoner kronor. Den första försenades av att ledningsarbeten i vägen tog längre tid "
            "än planerat, den andra blev dyrare när schaktmassorna visade sig vara förorenade.",
            C(
                "Saltsjöbadsvägen",
                "+6,5",
                "+",
                "periodisering",
                unit="mnkr",
                note="'+' is under-spending in the investment table: positive. Two projects, two items.",
                also=(
                    C(
                        "Gång- och cykelväg Värmdövägen",
                        "−3,4 miljoner kronor",
                        "-",
                        "ovrigt",
                        note="Polluted soil: ovrigt.",
                    ),
                ),
            ),
        ),
        P("Lekplatsprogrammet genomfördes inom budget.", BP("Lekplatsprogram")),
        H("Inför 2026", 2),
        P(
            "Nämnden har begärt att kommunstyrelsen utökar ramen för vinterväghållning med 4 miljoner kronor från "
            "2026.",
            O("Vinterväghållning", note="A request for a larger frame: a financing statement, other."),
        ),
        P(
            "Förvaltningen har upphandlat ett nytt ramavtal för asfalt med fast pris under två år, vilket väntas "
            "minska kostnaderna med cirka 1 miljon kronor per år.",
            A("Drift av gator och vägar", "cirka 1 miljon kronor", "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="nacka-ntn-bokslut-2025.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Natur- och trafiknämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Årsbokslut 2025 Natur- och trafiknämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
