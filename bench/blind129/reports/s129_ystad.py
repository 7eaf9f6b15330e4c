"""Ystads kommun, Kultur- och utbildningsnämnden, tertialrapport 1 2026.

A culture and upper-secondary committee's tertial report in DejaVu Serif Condensed 10 pt, footer with the
nämnd's date in May: the full year "ett underskott på 2 350 tkr jämfört med tilldelad ram" followed by the
share of the budget used (other), a verksamhet table in tkr with hyphen-minus, then bold run-in verksamheter
ending in a full stop: "Inom gymnasieskolan beräknas ett underskott på 1 450 tkr", "redovisar ett överskott
om 600 tkr tack vare", the theatre and the museums "900 respektive 250 tkr" with shared causes in the next
sentence, a possessive "Kulturskolans underskott på 350 tkr", the libraries that "bedöms hålla budget"
(boilerplate); the change since February "som helt avser teatern" (no cause), an action with "400 tkr", loans
against 2025 (other) and investments whose whole budget "beräknas användas" (boilerplate).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Ystads kommun", "Tertialrapport 1 – 2026"),
        footer=lambda n, m: ("Kultur- och utbildningsnämnden 2026-05-21", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gymnasieskola", "118 600", "41 900", "120 050", "-1 450"),
            ("Vuxenutbildning och SFI", "27 300", "8 700", "26 700", "600"),
            ("Bibliotek", "19 800", "6 900", "19 800", "0"),
            ("Teater", "14 200", "6 100", "15 100", "-900"),
            ("Museer", "11 500", "3 900", "11 750", "-250"),
            ("Kulturskola", "9 400", "3 300", "9 750", "-350"),
            ("Ledning och administration", "8 200", "2 600", "8 200", "0"),
            ("Summa", "209 000", "73 400", "211 350", "-2 350"),
        ),
        widths=(140.0, 70.0, 74.0, 70.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-cond-bold", after=2),
        Title("Kultur- och utbildningsnämnden", size=12.5, font="serif-cond", after=12),
        H("Ekonomisk prognos", 2),
        PS(
            (
                "Nämndens prognos för helåret visar ett underskott på 2 350 tkr jämfört med tilldelad ram.",
                C(None, "2 350 tkr", "-"),
            ),
            (
                "Efter april är 35,1 procent av budgeten förbrukad, att jämföra med 33,3 procent vid en jämn "
                "förbrukning över året.",
                O(None, note="The share of the budget used: a supporting figure."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Gymnasieskola.",
            "Inom gymnasieskolan beräknas ett underskott på 1 450 tkr. Fler elever än budgeterat har valt "
            "hantverks- och fordonsprogrammen, som kräver dyrare undervisningsmaterial, och kostnaderna för "
            "elevresor har ökat.",
            C("Gymnasieskola", "1 450 tkr", "-", "volymer", "material_hjalpmedel"),
        ),
        LP(
            "Vuxenutbildning och SFI.",
            "Vuxenutbildningen redovisar ett överskott om 600 tkr tack vare statsbidrag för yrkesvux som "
            "beviljats för fler platser än beräknat.",
            C("Vuxenutbildning och SFI", "600 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Teater och museer.",
            "Teatern och museerna beräknas överskrida budgeten med 900 respektive 250 tkr. Biljettintäkterna för "
            "vårens uppsättningar har varit lägre än beräknat, och ett nytt avtal med vaktbolaget har höjt "
            "kostnaderna för bevakning av utställningarna.",
            C(
                "Teater",
                "900",
                "-",
                "avgifter_intakter",
                "prisokningar",
                unit="tkr",
                note="A 'respektive' pair with shared causes in the next sentence: two items, same tags.",
                also=(C("Museer", "250 tkr", "-", "avgifter_intakter", "prisokningar"),),
            ),
        ),
        LP(
            "Kulturskola.",
            "Kulturskolans underskott på 350 tkr beror på att fler lärare har anställts för att korta kön till "
            "instrumentundervisningen.",
            C("Kulturskola", "350 tkr", "-", "bemanning"),
        ),
        LP("Bibliotek.", "Biblioteken bedöms hålla budget.", BP("Bibliotek")),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 650 tkr, som helt avser teatern.",
            F(None, "650 tkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Teatern ser över höstens repertoar och antalet föreställningar för att minska underskottet med 400 "
            "tkr.",
            A("Teater", "400 tkr"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet utlån på biblioteken har ökat med 12 procent jämfört med samma period 2025.",
            O("Bibliotek", "volymer", note="Loans against last year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3 800 tkr har 410 tkr förbrukats. Ny scenteknik till teatern köps in "
            "under hösten och hela budgeten beräknas användas.",
            BP("Investeringar", note="The whole frame 'beräknas användas': boilerplate."),
        ),
    ]
    return ReportSpec(
        file="ystad-kun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Kultur- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och utbildningsnämnden", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
