"""Fagersta kommun, Barn- och bildningsnämnden, månadsrapport mars 2026.

A school committee's month report in tkr, footer with the nämnd's meeting date in April: the full year "ett
underskott på 6,3 mnkr för 2026 (–5,1 mnkr i februari)" (the bracket is last month's) and the change since
February with its cause in the same paragraph (two items), the period "0,8 mnkr högre än periodiserad budget"
(a net cost, negative) in a paragraph of its own; a table per verksamhet with en-dash minus; headings that
carry the verksamhet and amount ("Grundskola F–9 –4 400 tkr", "Grundsärskola –1 600 tkr", "Gymnasieskola –2 200
tkr"), then plain headings whose paragraph carries the amount in varied shapes ("går med ett underskott om 600
tkr", "blir 800 tkr högre än budgeterat" of revenue, "Ett överskott på 0,5 mnkr uppstår") and one with a
reason only (the row's "1 200"); two actions as bullets, one with its effect, and sick leave against last year
with "beror på" (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Fagersta kommun", "Barn- och bildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och bildningsnämnden 2026-04-16", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 850", "2 310", "9 350", "500"),
            ("Förskola", "96 400", "23 900", "95 200", "1 200"),
            ("Fritidshem", "21 300", "5 600", "21 900", "–600"),
            ("Grundskola F–9", "188 700", "49 200", "193 100", "–4 400"),
            ("Grundsärskola", "14 200", "3 900", "15 800", "–1 600"),
            ("Gymnasieskola", "92 500", "24 100", "94 700", "–2 200"),
            ("Vuxenutbildning", "18 600", "4 100", "17 800", "800"),
            ("Summa", "441 550", "113 110", "447 850", "–6 300"),
        ),
        widths=(150.0, 68.0, 74.0, 68.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        grid=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och bildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott på 6,3 mnkr för 2026 (–5,1 mnkr i februari).",
                C(None, "6,3 mnkr", "-", note="The bracket is last month's forecast, not the amount."),
            ),
            (
                "Försämringen med 1,2 mnkr sedan förra månaden förklaras av att ytterligare två elever har fått "
                "plats i grundsärskola i annan kommun.",
                F(None, "1,2 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P(
            "Utfallet för januari–mars är 0,8 mnkr högre än periodiserad budget.",
            C(None, "0,8 mnkr", "-", note="A net cost above the periodised budget: negative, the period."),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        HP(
            "Grundskola F–9 –4 400 tkr",
            "Elevantalet i årskurs 7–9 har ökat med 38 elever jämfört med budgeterat, och kostnaden för "
            "elevassistenter till elever med omfattande stödbehov överstiger budget. Dessutom har förvaltningen "
            "tvingats anlita bemanningsföretag för två lärartjänster i matematik som inte har gått att rekrytera.",
            C("Grundskola F–9", "–4 400 tkr", "-", "volymer", "inhyrd_personal", "vakanser"),
        ),
        HP(
            "Grundsärskola –1 600 tkr",
            "Två elever har under våren fått plats i grundsärskola i Norberg och Västerås, vilket ger ökade "
            "kostnader för interkommunal ersättning.",
            C("Grundsärskola", "–1 600 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Gymnasieskola –2 200 tkr",
            "Fler ungdomar än väntat har valt program i Västerås och Sala. Samtidigt har statsbidraget för "
            "gymnasial lärlingsutbildning minskat.",
            C("Gymnasieskola", "–2 200 tkr", "-", "kopt_verksamhet", "volymer", "statsbidrag"),
        ),
        H("Fritidshem", 3),
        P(
            "Fritidshemmen går med ett underskott om 600 tkr då vistelsetiderna har blivit längre och fler barn är "
            "inskrivna än budgeten bygger på.",
            C("Fritidshem", "600 tkr", "-", "volymer"),
        ),
        H("Förskola", 3),
        P(
            "Förskolan beräknas lämna ett överskott. Barnkullarna är mindre än tidigare år och en avdelning på "
            "Lärkans förskola hålls stängd under hösten.",
            C(
                "Förskola",
                "1 200",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="Direction and reasons only: the table row's amount.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Inom vuxenutbildningen blir intäkterna 800 tkr högre än budgeterat tack vare ett större statsbidrag för "
            "regional yrkesvux än beräknat.",
            C("Vuxenutbildning", "800 tkr", "+", "statsbidrag"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Ett överskott på 0,5 mnkr uppstår eftersom tjänsten som utvecklingsstrateg är vakant fram till hösten.",
            C("Nämnd och förvaltningsledning", "0,5 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsprövning av alla tjänster som blir vakanta under våren.",
                "Översyn av skolskjutsorganisationen, med en beräknad effekt på 300 tkr för helåret.",
            ),
            labels=(
                A(None, None, "vakanser"),
                A(None, "300 tkr"),
            ),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron var 6,1 procent i mars, lägre än i mars 2025, vilket beror på att färre medarbetare "
            "drabbades av magsjuka.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="fagersta-bbn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Fagersta",
            "committee": ["Barn- och bildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Barn- och bildningsnämnden", "author": "Fagersta kommun"},
        style=style,
        blocks=blocks,
    )
