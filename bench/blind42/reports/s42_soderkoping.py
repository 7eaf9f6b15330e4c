"""Söderköpings kommun, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report in DejaVu Serif whose result table is pasted as an image (en dashes as minus
signs, every amount of it out of the text layer), footer with the nämnd's meeting date in April: the period
"0,6 mkr lägre än periodiserad budget" (a net cost under budget, positive), the full year "ett underskott om
–2,8 mkr (–2,2 mkr i februari)" with last month's figure in brackets, followed in the same paragraph by the
change since February with its cause (its own item); plain headings per verksamhet: a first sentence with no
amount and "ett minus på 3,3 mkr" in the second, "kostar 1,4 mkr mer än budgeterat", a reason-only surplus
whose amount lives only in the image (amount null), interkommunal costs "0,6 mkr högre än budget", a
surplus "1,4 mkr" after a comma with an undistributed buffer as a part, "bedöms hålla budget"
(boilerplate); an action with its effect and sick leave against March last year with "beror på" (other).
DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Söderköpings kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "BUN 2026-04-22", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning mars 2026, mkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "68,2", "67,1", "1,1"),
            ("Grundskola F–9", "132,5", "135,8", "–3,3"),
            ("Anpassad grundskola", "9,8", "11,2", "–1,4"),
            ("Fritidshem", "14,6", "14,6", "0,0"),
            ("Gymnasieskola", "58,7", "59,3", "–0,6"),
            ("Central administration", "11,4", "10,0", "1,4"),
            ("Summa", "295,2", "298,0", "–2,8"),
        ),
        widths=(160.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Nämnden redovisar för perioden januari–mars ett utfall som är 0,6 mkr lägre än periodiserad budget.",
            C(None, "0,6 mkr", "+", note="The period: a net cost under the periodised budget, positive."),
        ),
        PS(
            (
                "För helåret beräknas ett underskott om –2,8 mkr (–2,2 mkr i februari).",
                C(None, "–2,8 mkr", "-", note="The bracketed figure is last month's, not the amount."),
            ),
            (
                "Försämringen med 0,6 mkr sedan februari beror på att ytterligare två elever har börjat i anpassad "
                "grundskola i Norrköping.",
                F(None, "0,6 mkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Grundskola", 3),
        P(
            "Grundskolan har svårt att nå en budget i balans. Prognosen visar ett minus på 3,3 mkr, framför allt för "
            "att Ekbackens skola och Kvarnbergsskolan har behövt sätta in extra personal för elever med särskilda behov och "
            "för att antalet elever med modersmålsundervisning har ökat.",
            C(
                "Grundskola",
                "3,3 mkr",
                "-",
                "bemanning",
                "volymer",
                note="The first sentence has no amount; the paragraph is one item.",
            ),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Verksamheten för elever i anpassad grundskola kostar 1,4 mkr mer än budgeterat. Det är de två nya "
            "platserna i Norrköpings kommun som förklarar avvikelsen.",
            C("Anpassad grundskola", "1,4 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Förskola", 3),
        P(
            "Förskolan går med överskott. Barnantalet har under våren varit lägre än den befolkningsprognos som "
            "budgeten bygger på, och en avdelning på Sörgårdens förskola hålls stängd.",
            C(
                "Förskola",
                None,
                "+",
                "volymer",
                note="Reasons only; the row's 1,1 lives only in the pasted image: amount null.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för gymnasieelever som studerar i andra kommuner blir 0,6 mkr högre än budget, eftersom fler "
            "elever än beräknat har valt program i Norrköping och Linköping.",
            C("Gymnasieskola", "0,6 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Central administration", 3),
        P(
            "Den centrala administrationen lämnar ett överskott, 1,4 mkr. En del består av en ofördelad buffert på 0,9 "
            "mkr som nämnden avsatte i budgeten, resten av lägre kostnader för skolskjuts efter den nya upphandlingen.",
            C(
                "Central administration",
                "1,4 mkr",
                "+",
                "reserver",
                "prisokningar",
                note="The undistributed buffer is a part; a cheaper transport contract is prisokningar.",
            ),
        ),
        H("Fritidshem", 3),
        P("Fritidshemmen bedöms hålla budget.", BP("Fritidshem")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över resursfördelningen till grundskolan inför höstterminen. Rektorerna har fått i "
            "uppdrag att ta fram förslag som minskar kostnaderna med 1,0 mkr under hösten.",
            A("Grundskola", "1,0 mkr"),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,1 procent i mars, jämfört med 7,4 procent i mars "
            "2025. Minskningen beror bland annat på ett mildare influensautbrott.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="soderkoping-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Söderköping",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Barn- och utbildningsnämnden",
            "author": "Söderköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
