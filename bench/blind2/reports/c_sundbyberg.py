"""Sundbybergs stad, Social- och arbetsmarknadsnämnden, månadsrapport maj 2025.

A shaded key-figure box at the top (a table, no prose), the full-year deviation with last year's
figure in brackets ("6,5 mkr (maj 2024: −3,9 mkr)", not the amount) and the share of the net budget in
percent, the change since April, the period outcome against the periodised budget with the budget
figure in brackets, a year-on-year cost comparison naming its drivers (other), a table per verksamhet
in tkr (avvikelse = budget − prognos) whose last column comments each row in a few words, so every
amount comes from its row and the direction from the prose (one row "Ingen avvikelse.", boilerplate),
the month's change placed in one verksamhet, a review of placements with its effect, a central
reserve the nämnd may apply for (other), a risk and a goal (not labelled). DejaVu Sans Condensed.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Amount from the comment table's row (avvikelse = budget − prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=5.5,
        heading_sizes=(13.0, 11.0, 9.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 72.0, 60.0, 70.0),
        header=lambda n, m: ("Sundbybergs stad", "Social- och arbetsmarknadsnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2025", "", str(n)),
        rule_under_header=True,
    )
    box = Table(
        caption="Nyckeltal ekonomi, mkr",
        header=(("", "Maj", "April"),),
        rows=(
            ("Budget helår", "374,0", "374,0"),
            ("Prognos helår", "380,5", "379,2"),
            ("Avvikelse mot budget", "−6,5", "−5,2"),
            ("Avvikelse i procent av budget", "−1,7 %", "−1,4 %"),
            ("Utfall mot periodiserad budget", "−2,8", "−2,0"),
        ),
        widths=(200.0, 60.0, 60.0),
        shade=(0.9, 0.9, 0.9),
        grid=True,
        size=9.0,
    )
    areas = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "14 200", "13 600", "600"),
                "Lägre kostnader för IT-konsulter än budgeterat.",
                C("Nämnd och ledning", "600", "+", "inhyrd_personal", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Barn och familj", "96 500", "99 900", "−3 400"),
                "Två nya placeringar i stödboende och dyrare konsulentstödda familjehem.",
                C(
                    "Barn och familj",
                    "−3 400",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxen", "58 300", "62 500", "−4 200"),
                "Tre LVM-placeringar sedan mars och fler beslut om skyddat boende för våldsutsatta.",
                C("Vuxen", "−4 200", "-", "kopt_verksamhet", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Ekonomiskt bistånd", "118 000", "120 300", "−2 300"),
                "Fler hushåll med långvarigt bistånd än i budget. Högre hyror i nyproduktionen ökar också "
                "kostnaden per hushåll.",
                C(
                    "Ekonomiskt bistånd",
                    "−2 300",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Arbetsmarknad", "52 000", "49 200", "2 800"),
                "Lokalerna för jobbtorget är uppsagda och verksamheten har flyttat in i stadshuset sedan mars.",
                C("Arbetsmarknad", "2 800", "+", "lokaler", "omstallning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Mottagning och myndighet", "35 000", "35 000", "0"),
                "Ingen avvikelse.",
                BP("Mottagning och myndighet", note="Table row avvikelse 0."),
            ),
            (("Summa", "374 000", "380 500", "−6 500"), "", None),
        ),
        widths=(120.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=19, font="cond-bold"),
        Title("Social- och arbetsmarknadsnämnden", size=12, font="cond", after=10),
        box,
        H("Sammanfattning", 1),
        P(
            "Nämnden prognostiserar en negativ avvikelse mot budget på 6,5 mkr (maj 2024: −3,9 mkr), vilket "
            "motsvarar 1,7 procent av nettobudgeten.",
            C(None, "6,5 mkr", "-", note="The bracketed figure is last year's deviation, not the amount."),
        ),
        P(
            "Prognosen har försämrats med 1,3 mkr jämfört med april.",
            F(None, "1,3 mkr", "-"),
        ),
        H("Utfall januari–maj", 1),
        P(
            "Periodens utfall är 158,6 mkr, vilket är 2,8 mkr högre än periodiserad budget (155,8 mkr).",
            C(
                None,
                "2,8 mkr",
                "-",
                note="Period deviation against the periodised budget; the bracket is the budget.",
            ),
        ),
        P(
            "Jämfört med samma period föregående år har nettokostnaderna ökat med 9,4 mkr (6,3 %). Ekonomiskt "
            "bistånd och köpt vård för vuxna står för merparten av ökningen.",
            O(
                None,
                "ekonomiskt_bistand",
                "kopt_verksamhet",
                note="Year-on-year comparison with its drivers.",
            ),
        ),
        H("Prognos per verksamhet", 1),
        areas,
        P(
            "Försämringen sedan april avser i sin helhet vuxenenheten, där två nya LVM-placeringar har tillkommit "
            "under maj.",
            F("Vuxen", None, "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 1),
        P(
            "Förvaltningen går igenom samtliga externa placeringar inom barn och familj och vuxen. Målet är att "
            "fyra placeringar ska kunna avslutas eller ersättas med insatser på hemmaplan under hösten, med en "
            "beräknad effekt på 1,6 mkr för 2025 som inte ingår i prognosen.",
            A(None, "1,6 mkr", "kopt_verksamhet"),
        ),
        H("Finansiering och risker", 1),
        P(
            "Kommunfullmäktige har avsatt 3,0 mkr i en central reserv för volymökningar inom ekonomiskt bistånd. "
            "Nämnden kan ansöka om medel ur reserven i samband med delårsrapporten, och prognosen förutsätter "
            "inte att så sker.",
            O("Ekonomiskt bistånd", "reserver", note="Financing statement: a central reserve."),
        ),
        P(
            "Om antalet hushåll med ekonomiskt bistånd fortsätter att öka i samma takt som under våren kan "
            "kostnaden bli ytterligare 1–2 mkr högre än prognosen.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", "volymer", note="Risk."),
        ),
        H("Mål", 1),
        P(
            "Andelen vuxna som avslutat försörjningsstöd till arbete eller studier var 38 procent under perioden. "
            "Nämndens mål för 2025 är 40 procent."
        ),
    ]
    return ReportSpec(
        file="sundbyberg-san-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Sundbyberg",
            "committee": ["Social- och arbetsmarknadsnämnden"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2025 Social- och arbetsmarknadsnämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
