"""Mittskåne Vatten (the joint water and sewage body of Höör and Hörby), VA-GIS-nämnden, delårsrapport 2025-08.

A joint committee's interim report for a fee-financed water and sewage service, in mnkr and tkr, set in DejaVu
Serif Condensed, footer with the nämnd's meeting date in October: the full year "ett underskott på 2,8 mnkr mot
budget" and the two kommuner's shares as a "respektive" pair in the next sentence (two more items), the cover
from the result funds (other); a kostnadsslag table with U+2212 minus signs; connection fees "1,4 mnkr lägre
än budgeterat" (negative), chemicals and electricity that "beräknas överstiga budget med 1,3 mnkr", bold run-in
kostnadsslag with a colon: two leaks that "kostar 900 tkr mer än budgeterat", a reason-only revenue surplus (the
row's "+600"), staff costs "lägre än budget, 500 tkr", capital costs that "följer i stort budget" beside a row
of −300 (boilerplate); investments "34 mnkr, att jämföra med budgeterade 52 mnkr" (18 never written out), an
action with its effect and water volumes against last year (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


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
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Mittskåne Vatten – Höörs och Hörby kommuner", "Delårsrapport 2025"),
        footer=lambda n, m: ("VA-GIS-nämnden 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Brukningsavgifter", "48 200", "48 800", "+600"),
            ("Anläggningsavgifter", "3 500", "2 100", "−1 400"),
            ("Personalkostnader", "−14 600", "−14 100", "+500"),
            ("Kemikalier och el", "−8 200", "−9 500", "−1 300"),
            ("Reparationer och underhåll", "−6 400", "−7 300", "−900"),
            ("Kapitalkostnader", "−22 500", "−22 800", "−300"),
            ("Resultat", "0", "−2 800", "−2 800"),
        ),
        widths=(160.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=2),
        Title("Mittskåne Vatten", size=13, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Mittskåne Vattens prognos för 2025 är ett underskott på 2,8 mnkr mot budget.",
                C(None, "2,8 mnkr", "-"),
            ),
            (
                "Av detta står VA-kollektiven i Höör och Hörby för −1,9 respektive −0,9 mnkr.",
                C(
                    "Höör",
                    "−1,9",
                    "-",
                    unit="mnkr",
                    note="The two kommuners' shares as a 'respektive' pair: two items.",
                    also=(C("Hörby", "−0,9 mnkr", "-"),),
                ),
            ),
        ),
        P(
            "Underskottet täcks genom uttag ur resultatfonderna, som efter uttaget uppgår till 4,6 mnkr.",
            O(None, "reserver", note="Fund cover: other."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "Anläggningsavgifterna blir 1,4 mnkr lägre än budgeterat. Utbyggnaden av ett nytt bostadsområde i Höör har "
            "försenats, och färre fastigheter ansluts under året.",
            C("Anläggningsavgifter", "1,4 mnkr", "-", "avgifter_intakter", "periodisering"),
        ),
        P(
            "Kostnaderna för fällningskemikalier och el beräknas överstiga budget med 1,3 mnkr, en följd av högre "
            "priser i det nya kemikalieavtalet.",
            C("Kemikalier och el", "1,3 mnkr", "-", "prisokningar", "material_hjalpmedel"),
        ),
        LP(
            "Reparationer och underhåll:",
            "Två större vattenläckor i Hörby i juni krävde akuta insatser och kostar 900 tkr mer än budgeterat.",
            C("Reparationer och underhåll", "900 tkr", "-", "ovrigt", note="Leaks: ovrigt."),
        ),
        LP(
            "Brukningsavgifter:",
            "Den torra försommaren gav en högre debiterad vattenförbrukning än normalt.",
            C(
                "Brukningsavgifter",
                "+600",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        LP(
            "Personalkostnader:",
            "Kostnaderna blir lägre än budget, 500 tkr, då två tjänster som drifttekniker har varit vakanta.",
            C("Personalkostnader", "500 tkr", "+", "vakanser"),
        ),
        LP(
            "Kapitalkostnader:",
            "Kapitalkostnaderna följer i stort budget.",
            BP("Kapitalkostnader", note="−300 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 34 mnkr, att jämföra med budgeterade 52 mnkr. Skillnaden beror på att "
            "överföringsledningen mellan Hörby och Höör har överklagats och inte kan påbörjas förrän 2026.",
            C(
                "Investeringar",
                "34 mnkr, att jämföra med budgeterade 52 mnkr",
                "+",
                "periodisering",
                value=18_000_000,
                note="An under-spend never written out: the computed 18 mnkr.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att senarelägga planerad relining av avloppsledningar till 2026, vilket sänker "
            "årets underhållskostnader med 0,4 mnkr.",
            A("Reparationer och underhåll", "0,4 mnkr"),
        ),
        H("Volymer", 2),
        P(
            "Debiterad vattenvolym var 4 procent högre än under samma period 2024.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="mittskane-vatten-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Mittskåne Vatten", "MittSkåne Vatten"],
            "committee": ["VA-GIS-nämnden", "VA-GIS nämnden", "Gemensamma VA-GIS-nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Mittskåne Vatten", "author": "Mittskåne Vatten"},
        style=style,
        blocks=blocks,
    )
