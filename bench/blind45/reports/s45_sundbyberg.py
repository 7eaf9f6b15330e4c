"""Sundbybergs stad, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (culture and leisure, year end).

A culture and leisure committee's year-end report in tkr, "miljoner kronor" and mnkr, footer with its adoption
date in February: the result "ett överskott på 1 870 tkr mot budget" (a percentage and the kommunbidrag beside
it) and the outcome against the interim report's forecast with its cause (a forecast change); a driftredovisning
whose last column is each row's comment (reasons without amounts take their row's cell: "1 250", "–840",
"–1 410", one comment with a part in mnkr, "I nivå med budget." (boilerplate) and a row with no comment);
then the same year by kostnadsslag in prose: revenue "1,6 miljoner kronor lägre än budgeterat" (negative) and
personnel costs that "understeg budget med 2,2 miljoner kronor"; investments "Av investeringsbudgeten på 9,5
mnkr har 6,1 mnkr använts" with the unspent "3,4 mnkr" written out; library visits against 2024 with "beror
på" and a request to carry part of the surplus over (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Sundbybergs stad", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet (tkr)", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "36 100", "34 850", "1 250"),
                "Vakanta bibliotekarietjänster under våren och lägre kostnader för medier än planerat.",
                C(
                    "Bibliotek",
                    "1 250",
                    "+",
                    "vakanser",
                    "material_hjalpmedel",
                    unit="tkr",
                    table=True,
                    note="A comment with reasons only: its row's cell.",
                ),
            ),
            (
                ("Kulturskola", "29 800", "30 640", "–840"),
                "Fler elever i ämneskurserna än budgeterat, och elevavgifterna täcker inte de ökade lärarkostnaderna.",
                C(
                    "Kulturskola",
                    "–840",
                    "-",
                    "volymer",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Allmänkultur och konsthall", "12 600", "12 580", "20"),
                "I nivå med budget.",
                BP("Allmänkultur och konsthall", note="20 in the table."),
            ),
            (
                ("Idrottsanläggningar", "41 900", "43 310", "–1 410"),
                "Elkostnaderna i ishallen blev 0,9 mnkr högre än budgeterat, och simhallen var stängd i sex veckor "
                "för reparation av bassängduken, vilket minskade entréintäkterna.",
                C(
                    "Idrottsanläggningar",
                    "–1 410",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note="The electricity's 0,9 mnkr is a part: the row's cell. A repair closure is ovrigt.",
                ),
            ),
            (
                ("Ungdomsverksamhet", "11 200", "10 180", "1 020"),
                "Öppettiderna på fritidsgården i Hallonbergen minskades under hösten, när två tjänster inte gick att "
                "tillsätta.",
                C(
                    "Ungdomsverksamhet",
                    "1 020",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Föreningsbidrag", "7 300", "6 230", "1 070"),
                "Färre föreningar än väntat sökte aktivitetsbidrag, och ett beviljat anläggningsbidrag betalades inte "
                "ut under året.",
                C(
                    "Föreningsbidrag",
                    "1 070",
                    "+",
                    "volymer",
                    "periodisering",
                    unit="tkr",
                    table=True,
                ),
            ),
            (("Nämnd och administration", "2 300", "1 540", "760"), "", None),
            (("Summa", "141 200", "139 330", "1 870"), "", None),
        ),
        widths=(150.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="serif", after=12),
        H("Året i korthet", 2),
        P(
            "Under 2025 öppnade den nya sporthallen i Ursvik och biblioteken utökade sina öppettider på söndagar. "
            "Kulturskolan startade kurser i elektronisk musik och nådde fler elever än tidigare."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämnden redovisar för 2025 ett överskott på 1 870 tkr mot budget, vilket motsvarar 1,3 procent av "
            "kommunbidraget på 141,2 mnkr.",
            C(None, "1 870 tkr", "+", note="The kommunbidrag and a percentage beside it are not the amount."),
        ),
        P(
            "Resultatet är 2,4 mnkr bättre än prognosen i delårsrapporten, främst för att hyran för sporthallen i "
            "Ursvik debiterades först från december.",
            F(None, "2,4 mnkr", "+", "lokaler", "periodisering", note="Against the interim forecast."),
        ),
        comments,
        H("Intäkter och kostnader", 2),
        P(
            "Verksamhetens intäkter blev 1,6 miljoner kronor lägre än budgeterat, då uthyrningen av idrottshallar till "
            "externa arrangörer minskade.",
            C("Verksamhetens intäkter", "1,6 miljoner kronor", "-", "avgifter_intakter"),
        ),
        P(
            "Personalkostnaderna understeg budget med 2,2 miljoner kronor, framför allt på grund av vakanser och "
            "föräldraledigheter som inte ersattes fullt ut.",
            C("Personalkostnader", "2,2 miljoner kronor", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 9,5 mnkr har 6,1 mnkr använts. Upprustningen av en konstgräsplan har flyttats "
            "till 2026, och de medel som inte förbrukats, 3,4 mnkr, föreslås föras över till nästa år.",
            C(
                "Investeringar",
                "3,4 mnkr",
                "+",
                "periodisering",
                note="Under-spending written out between commas.",
            ),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök på biblioteken ökade med 11 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna på söndagar.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        H("Överföring av resultat", 2),
        P(
            "Nämnden begär att 1,0 mnkr av överskottet förs över till 2026 för digitalisering av lokalbokningen.",
            O(None, "reserver", note="A request to carry the surplus over: financing, other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Sundbyberg",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
