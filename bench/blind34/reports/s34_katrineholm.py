"""Katrineholms kommun, Viadidaktnämnden, månadsrapport september 2025.

An adult-education and labour-market committee's short month report in tkr with no table at all, footer with
the nämnd's meeting date in October: the period "ett överskott mot periodens budget om 2 310 tkr" and the full
year "ett överskott på 1 400 tkr" in two sentences of one paragraph (two items); the change since August with
its cause; then plain prose where the area is named in varied ways: after "Inom" with revenue "1 900 tkr högre
än budgeterat", a possessive "Sfi:s kostnader överstiger budget med 1 150 tkr", two areas as a "respektive"
pair ("överskott på 820 respektive 230 tkr") with each one's reason in the next sentence, "beräknas gå med ett
underskott om 400 tkr" with the reason in the next sentence, "bedöms gå jämnt upp" (boilerplate); investments
"beräknas förbrukas fullt ut" (boilerplate); an action "cirka 700 tkr per år" and participants against
September 2024 with "beror på" (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(76.0, 82.0, 76.0, 76.0),
        header=lambda n, m: ("Katrineholms kommun", "Viadidakt"),
        footer=lambda n, m: ("Viadidaktnämnden 2025-10-21", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=17, font="serif-cond-bold", after=2),
        Title("Viadidaktnämnden", size=12, font="serif-cond", after=14),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Efter september redovisar Viadidaktnämnden ett överskott mot periodens budget om 2 310 tkr.",
                C(None, "2 310 tkr", "+", note="The period: its own item."),
            ),
            (
                "För helåret bedöms nämnden göra ett överskott på 1 400 tkr.",
                C(None, "1 400 tkr", "+", note="The full year: its own item."),
            ),
        ),
        P(
            "Prognosen är 600 tkr bättre än i augusti, när fler deltagare än väntat anvisades från "
            "Arbetsförmedlingen.",
            F(None, "600 tkr", "+", "volymer"),
        ),
        H("Verksamheterna", 2),
        P(
            "Inom den kommunala vuxenutbildningen blir intäkterna från statsbidraget för regional yrkesvux 1 900 tkr "
            "högre än budgeterat, eftersom nämnden har fått fler platser beviljade.",
            C(
                "Kommunal vuxenutbildning",
                "1 900 tkr",
                "+",
                "statsbidrag",
                "volymer",
                note="The area after 'Inom'; revenue above budget is positive.",
            ),
        ),
        P(
            "Sfi:s kostnader överstiger budget med 1 150 tkr. Antalet elever har minskat, men lärarkostnaderna har "
            "inte kunnat anpassas lika snabbt eftersom uppsägningstiderna är långa.",
            C("Sfi", "1 150 tkr", "-", "volymer", "bemanning", note="A possessive names the area."),
        ),
        P(
            "Arbetsmarknadsenheten och feriepraktiken visar överskott på 820 respektive 230 tkr. "
            "Arbetsmarknadsenheten har fått högre ersättning från Arbetsförmedlingen för extratjänster än "
            "budgeterat, medan feriepraktiken hade färre ungdomar i somras.",
            C(
                "Arbetsmarknadsenheten",
                "820",
                "+",
                "statsbidrag",
                unit="tkr",
                note="A 'respektive' pair with each area's reason in the next sentence: two items with the same "
                "text, each with its own tags.",
                also=(C("Feriepraktik", "230 tkr", "+", "volymer"),),
            ),
        ),
        P(
            "Ledning och administration beräknas gå med ett underskott om 400 tkr. Underskottet förklaras av "
            "kostnader för konsulter vid bytet av elevsystem.",
            C("Ledning och administration", "400 tkr", "-", "inhyrd_personal", "it_digitalisering"),
        ),
        P("Uppdragsutbildningen bedöms gå jämnt upp.", BP("Uppdragsutbildning")),
        H("Investeringar", 2),
        P(
            "Nämnden har inga större investeringar 2025. Budgeten för inventarier på 500 tkr beräknas förbrukas "
            "fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska lärarkostnaderna inom sfi samordnas grupperna med den kommunala vuxenutbildningen från "
            "januari 2026, vilket beräknas ge en besparing på cirka 700 tkr per år.",
            A("Sfi", "cirka 700 tkr", "bemanning"),
        ),
        H("Övrigt", 2),
        P(
            "Antalet deltagare i arbetsmarknadsinsatser var 412 i september, 64 fler än i september 2024, vilket "
            "främst beror på att fler hushåll har försörjningsstöd.",
            O(None, "volymer", note="Participants against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-vdn-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Viadidaktnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025 Viadidaktnämnden", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
