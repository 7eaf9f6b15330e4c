"""Rättviks kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun, januari–april).

A whole-kommun tertial report: the full year's result "8,7 mnkr … 6,3 mnkr sämre än det budgeterade
resultatet på 15,0 mnkr, men balanskravet klaras" (the result and the budget are levels); one sentence
giving the nämnder's total deficit and the taxes' and pensions' offsetting surpluses as "3,1 mnkr
respektive 2,4 mnkr" (three items, same text); per-nämnd bullets under a generic heading in varied shapes:
"(−7,4 mnkr, varav försörjningsstöd −1,9 mnkr)" (one item with the total), "räknar med att överskrida
budgeten med", "beräknas gå med ett underskott om", "Kultur- och fritidsnämnden: +0,9 mnkr" for a repair
closure, "visar en negativ budgetavvikelse om 0,6 mnkr", "bedöms klara sin budget" (boilerplate); net
costs against last year (other); investments where 14,5 mnkr "inte kommer att förbrukas" and one project
"överskrida projektbudgeten med 1,2 mnkr" (two causes); an assignment to two nämnder with no amount (an
action); the tax forecast's uncertainty (other). A table per nämnd (not labelled). DejaVu Serif 9.5 pt
with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Rättviks kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-26, § 87", "", f"{n}"),
        header_size=8.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Rättviks kommun – uppföljning januari–april", size=12, font="serif", after=14),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för helåret är ett resultat på 8,7 mnkr. Det är 6,3 mnkr sämre än det budgeterade "
            "resultatet på 15,0 mnkr, men balanskravet klaras.",
            C(None, "6,3 mnkr", "-", note="The whole kommun's full year; 8,7 and 15,0 are levels."),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 11,8 mnkr, vilket delvis vägs upp av att "
            "skatteintäkterna och pensionskostnaderna utvecklas bättre än budgeterat med 3,1 mnkr respektive 2,4 "
            "mnkr.",
            C(
                "Nämnderna",
                "11,8 mnkr",
                "-",
                note="The nämnder's total and two finance items in one sentence: three items, same text, no tags.",
                also=(
                    C("Skatteintäkter", "3,1 mnkr", "+"),
                    C("Pensionskostnader", "2,4 mnkr", "+"),
                ),
            ),
        ),
        P(
            "Tertialrapporten är årets första uppföljning med helårsprognos. Nästa uppföljning görs i delårsrapporten "
            "per augusti, som behandlas av kommunfullmäktige i oktober."
        ),
        H("Nämndernas ekonomi", 2),
        Table(
            caption="Nämndernas nettokostnader, mnkr",
            header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse"),),
            rows=(
                ("Socialnämnden", "214,6", "222,0", "−7,4"),
                ("Barn- och utbildningsnämnden", "268,9", "273,0", "−4,1"),
                ("Kommunstyrelsen", "121,4", "122,0", "−0,6"),
                ("Kultur- och fritidsnämnden", "24,8", "23,9", "0,9"),
                ("Bygg- och miljönämnden", "6,2", "6,8", "−0,6"),
                ("Överförmyndarnämnden", "2,1", "2,1", "0,0"),
                ("Summa nämnder", "638,0", "649,8", "−11,8"),
            ),
            widths=(170.0, 78.0, 78.0, 70.0),
            bold_rows=frozenset({6}),
            rules=True,
            size=8.5,
        ),
        P("Kommentarer till nämndernas prognoser, lämnade av respektive förvaltning:"),
        Bullets(
            (
                "Socialnämnden (−7,4 mnkr, varav försörjningsstöd −1,9 mnkr): placeringarna av barn och unga på HVB "
                "och i konsulentstödda familjehem har blivit fler än vad som ryms i budgeten, och fler hushåll än "
                "väntat behöver försörjningsstöd.",
                "Barn- och utbildningsnämnden räknar med att överskrida budgeten med 4,1 mnkr, i första hand för att "
                "elevantalet i gymnasieskolan är högre än budgeterat och kostnaderna för interkommunala ersättningar "
                "därmed ökar.",
                "Kommunstyrelsen beräknas gå med ett underskott om 0,6 mnkr. Energikostnaderna i kommunens "
                "fastigheter har inte sjunkit i den takt som antogs i budgeten, och räddningstjänsten har haft fler "
                "larm än ett normalår.",
                "Kultur- och fritidsnämnden: +0,9 mnkr, eftersom badhuset håller stängt för renovering av "
                "bassängen under mars–maj och personalen har placerats i andra verksamheter.",
                "Bygg- och miljönämnden visar en negativ budgetavvikelse om 0,6 mnkr till följd av att färre "
                "bygglovsansökningar än normalt har kommit in.",
                "Överförmyndarnämnden bedöms klara sin budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "−7,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    note="'Varav' a part: one item with the total.",
                ),
                C("Barn- och utbildningsnämnden", "4,1 mnkr", "-", "volymer", "kopt_verksamhet"),
                C("Kommunstyrelsen", "0,6 mnkr", "-", "prisokningar", "volymer"),
                C(
                    "Kultur- och fritidsnämnden",
                    "+0,9 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
                C("Bygg- och miljönämnden", "0,6 mnkr", "-", "avgifter_intakter", "volymer"),
                BP("Överförmyndarnämnden"),
            ),
        ),
        P(
            "Nämndernas nettokostnader har ökat med 4,8 procent jämfört med samma period 2025, medan skatteintäkterna "
            "har ökat med 3,9 procent.",
            O(None, note="Net costs against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 62,5 mnkr inklusive ombudgeteringar från 2025. Till och med april har "
            "9,8 mnkr upparbetats och prognosen för helåret är 48,0 mnkr, vilket innebär att 14,5 mnkr inte kommer "
            "att förbrukas under året. Den främsta orsaken är att exploateringen av området vid Lerdalsvägen skjuts "
            "till 2027.",
            C(
                "Investeringar",
                "14,5 mnkr",
                "+",
                "periodisering",
                note="Budget, spend so far and forecast are levels.",
            ),
        ),
        P(
            "Ombyggnaden av ishallen beräknas däremot överskrida projektbudgeten med 1,2 mnkr på grund av högre "
            "entreprenadpriser.",
            C("Ombyggnaden av ishallen", "1,2 mnkr", "-", "prisokningar", note="One project's overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden och barn- och utbildningsnämnden i uppdrag att senast i juni "
            "redovisa åtgärder som får full effekt under 2027.",
            A(None, note="An assignment with no stated effect."),
        ),
        H("Risker", 2),
        P(
            "Skatteprognosen är osäker. Om sysselsättningen utvecklas svagare under hösten än vad SKR räknar med "
            "kan skatteintäkterna bli lägre än i denna prognos.",
            O(None, note="Uncertainty about the tax forecast."),
        ),
    ]
    return ReportSpec(
        file="rattvik-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Rättvik",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Rättviks kommun"},
        style=style,
        blocks=blocks,
    )
