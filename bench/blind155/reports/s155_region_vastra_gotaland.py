"""Västra Götalandsregionen, Styrelsen för Regionservice, delårsrapport per augusti 2025.

A region's internal service organisation's interim report (Liberation Sans Narrow 10 pt, headings in Liberation
Sans), footer with the board's meeting date in September: the period "12,1 mnkr bättre än periodens budget" and
the full year "överstiger budget med 7,5 mnkr" in two sentences, the reason why the period differs from the
year in a third (amount null); the change since the tertial report; a table by affärsområde; bold run-in
leads that carry the area and amount ("Måltid +4,2 mnkr.", "Transport och logistik –2,8 mnkr."), one lead
with no amount that "följer budget" (boilerplate) and one whose reason is an unused central reserve (the row's
"3,0"); investments "41 mnkr, att jämföra med en periodiserad budget på 63 mnkr" (22 never written out); an
action and equity (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "The run-in lead carries the area and amount: part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(17.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Regionservice"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Styrelsen för Regionservice 2025-09-25", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per affärsområde, mnkr",
        header=(("Affärsområde", "Utfall jan–aug", "Avvikelse jan–aug", "Prognos avvikelse helår"),),
        rows=(
            ("Måltid", "6,9", "5,0", "+4,2"),
            ("Transport och logistik", "-1,7", "-2,1", "–2,8"),
            ("Städ och textil", "2,3", "0,4", "0,0"),
            ("Inköp och administration", "4,8", "3,6", "+3,1"),
            ("Regionservice gemensamt", "6,3", "5,2", "+3,0"),
            ("Summa", "18,6", "12,1", "+7,5"),
        ),
        widths=(170.0, 80.0, 90.0, 110.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="arial-bold", after=2),
        Title("Styrelsen för Regionservice", size=12, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Regionservice redovisar ett resultat för januari–augusti på 18,6 mnkr, vilket är 12,1 mnkr bättre "
                "än periodens budget.",
                C(None, "12,1 mnkr", "+", note="The period against budget; the level is not the amount."),
            ),
            (
                "För helåret beräknas ett resultat som överstiger budget med 7,5 mnkr.",
                C(None, "7,5 mnkr", "+"),
            ),
            (
                "Skillnaden mellan periodens och helårets avvikelse beror på att flera upphandlade underhållsuppdrag "
                "faktureras först under hösten.",
                C(None, None, "+", "periodisering", note="The period surplus's timing reason: amount null."),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen förbättrats med 2,0 mnkr.",
            F(None, "2,0 mnkr", "+"),
        ),
        table,
        H("Kommentarer per affärsområde", 2),
        LP(
            "Måltid +4,2 mnkr.",
            "Sjukhusen har beställt fler portioner än beräknat, och försäljningen i personalrestaurangerna har ökat "
            "efter sommaren.",
            C("Måltid", "+4,2 mnkr", "+", "volymer", "avgifter_intakter", note=LEAD),
        ),
        LP(
            "Transport och logistik –2,8 mnkr.",
            "Dieselpriserna och kostnaderna för reparationer av de äldre lastbilarna har blivit högre än beräknat.",
            C("Transport och logistik", "–2,8 mnkr", "-", "prisokningar", "material_hjalpmedel", note=LEAD),
        ),
        LP("Städ och textil.", "Affärsområdet följer budget.", BP("Städ och textil")),
        LP(
            "Inköp och administration +3,1 mnkr.",
            "Överskottet förklaras av vakanta tjänster på upphandlingsenheten och lägre licenskostnader sedan ett "
            "äldre ekonomisystem avvecklades i våras.",
            C("Inköp och administration", "+3,1 mnkr", "+", "vakanser", "it_digitalisering", note=LEAD),
        ),
        LP(
            "Regionservice gemensamt.",
            "Den centrala reserven för oförutsedda kostnader har inte behövt tas i anspråk.",
            C(
                "Regionservice gemensamt",
                "+3,0",
                "+",
                "reserver",
                unit="mnkr",
                table=True,
                note="A reason-only lead: the table's full-year cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 41 mnkr, att jämföra med en periodiserad budget på 63 mnkr, främst för att "
            "leveransen av nya diskmaskiner till centralköket har försenats.",
            C(
                "Investeringar",
                "41 mnkr, att jämföra med en periodiserad budget på 63 mnkr",
                "+",
                "periodisering",
                value=22_000_000,
                note="Investment under-spending of 22 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Affärsområde Transport och logistik ser över körschemat och samordnar rutterna mellan sjukhusen, med en "
            "förväntad besparing på 0,8 mnkr på helårsbasis.",
            A("Transport och logistik", "0,8 mnkr"),
        ),
        H("Eget kapital", 2),
        P(
            "Regionservice egna kapital uppgick vid periodens slut till 54 mnkr.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-regionservice-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Regionservice", "Regionservice"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Regionservice", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
