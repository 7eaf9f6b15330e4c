"""Håbo kommun, Socialnämnden, tertialrapport 1 2026 (social services).

A social committee's tertial report in mnkr and words, Liberation Sans 10 pt, footer with the nämnd's meeting
date in May: the full year "ett underskott på elva miljoner kronor" (in words) and the period "2,7 miljoner
kronor bättre än den periodiserade budgeten" with its timing reason in the next sentence (two items); a
table whose deficits have a trailing minus ("4,6-"); under a generic heading, bullets per verksamhet in varied
shapes ("Barn och unga: 4,6 mnkr över budget." with the causes in a verbless sentence, two verksamheter that
"överskrider budget med 2,5 respektive 3,1 mnkr" with their own causes, "underskottet på 1,8 mnkr beror på", "ett
plus på 1,1 mnkr", "i nivå med budget" (boilerplate)); the change since February with an area and no reason;
actions as bullets, one "cirka 1,5 mnkr"; households on försörjningsstöd against last April (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Håbo kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden", "2026-05-21", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr (minustecken efter beloppet = underskott)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "58,4", "63,0", "4,6-"),
            ("Vuxna missbruk och socialpsykiatri", "31,2", "33,7", "2,5-"),
            ("Ekonomiskt bistånd", "24,0", "27,1", "3,1-"),
            ("Funktionsstöd", "96,5", "98,3", "1,8-"),
            ("Arbetsmarknad och integration", "18,9", "17,8", "1,1"),
            ("Nämnd och administration", "12,0", "12,1", "0,1-"),
            ("Summa", "241,0", "252,0", "11,0-"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026 – Socialnämnden", size=18, font="arial-bold", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Socialnämnden prognostiserar för 2026 ett underskott på elva miljoner kronor.",
                C(None, "elva miljoner kronor", "-", value=11_000_000, note="The amount in words."),
            ),
            (
                "Efter april är utfallet 2,7 miljoner kronor bättre än den periodiserade budgeten, vilket förklaras av "
                "att statsbidragen för 2026 har betalats ut i början av året.",
                C(None, "2,7 miljoner kronor", "+", "statsbidrag", "periodisering"),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Bullets(
            (
                "Barn och unga: 4,6 mnkr över budget. Tre nya placeringar på HVB under mars och april samt förlängda "
                "familjehemsplaceringar.",
                "Verksamheterna för vuxna missbruk och socialpsykiatri samt ekonomiskt bistånd överskrider budget med "
                "2,5 respektive 3,1 mnkr. Fler vuxna har behövt skyddat boende, och antalet hushåll med "
                "försörjningsstöd har ökat sedan hösten.",
                "Funktionsstöd: underskottet på 1,8 mnkr beror på ett nytt ärende med personlig assistans där "
                "Försäkringskassan har avslagit ansökan om assistansersättning.",
                "Arbetsmarknad och integration visar ett plus på 1,1 mnkr tack vare högre ersättningar från "
                "Arbetsförmedlingen för extratjänster.",
                "Nämnd och administration ligger i nivå med budget.",
            ),
            labels=(
                C("Barn och unga", "4,6 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Vuxna missbruk och socialpsykiatri",
                    "2,5",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    note="A 'respektive' pair whose causes belong one to each area: two items, own tags.",
                    also=(C("Ekonomiskt bistånd", "3,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),),
                ),
                C("Funktionsstöd", "1,8 mnkr", "-", "ersattning_fk"),
                C(
                    "Arbetsmarknad och integration",
                    "1,1 mnkr",
                    "+",
                    "statsbidrag",
                    note="Compensation from Arbetsförmedlingen: statsbidrag.",
                ),
                BP("Nämnd och administration", note="0,1- in the table."),
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 3,4 mnkr, nästan helt inom barn och unga.",
            F(None, "3,4 mnkr", "-", note="An area but no reason: no tag."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Utökad hemmaplansverksamhet med två nya behandlare från juni, som beräknas ersätta placeringar för "
                "cirka 1,5 mnkr under året.",
                "Tätare uppföljning av försörjningsstödet med individuella planer mot egen försörjning.",
            ),
            labels=(
                A("Barn och unga", "cirka 1,5 mnkr", "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var 312 i april, jämfört med 271 i april 2025.",
            O("Ekonomiskt bistånd", "volymer", note="Households against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="habo-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Håbo",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Håbo kommun"},
        style=style,
        blocks=blocks,
    )
