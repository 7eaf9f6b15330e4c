"""Vadstena kommun, Kommunstyrelsen, månadsuppföljning april 2026 (kommunstyrelsens egna verksamheter).

A kommunstyrelse's month report for its own verksamheter, footer with the arbetsutskott's meeting date in
May, whose result table is pasted as an image (no text layer: every amount lives in the prose): the full
year "överskrida budgetramen med 1 850 tkr", the period "420 tkr bättre än periodiserad budget" with its
timing reason in the same sentence (one item); under "Avvikelser per verksamhet" en-dash bullets in varied
shapes: meals whose food prices rose more than the budget's 2 procent (the percentage is not the amount),
premises with the amount after the area ("Fastighet −740 tkr:"), culture and tourism "i nivå med budget"
(boilerplate), streets "350 tkr under budget" (a cost under budget: positive) and administration "−480 tkr,
varav 300 tkr" (one item, the total); the change since March; an investment project "1,2 mnkr dyrare än
projektbudgeten på 8,5 mnkr" and the others "följer plan" (boilerplate); an action with its effect and the
whole kommun's forecast result (other). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Vadstena kommun", "Månadsuppföljning april 2026"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-05-12", "KS 2026/77", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kommunstyrelsens verksamheter, helårsprognos april 2026 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunledning och administration", "31 200", "31 680", "-480"),
            ("Måltidsverksamhet", "22 400", "23 380", "-980"),
            ("Fastighet", "18 900", "19 640", "-740"),
            ("Gata och park", "12 600", "12 250", "350"),
            ("Kultur och turism", "9 800", "9 800", "0"),
            ("Summa", "94 900", "96 750", "-1 850"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning april 2026", size=19, font="arial-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12, font="arial", after=12),
        H("Sammanfattande bedömning", 2),
        P(
            "Kommunstyrelsens verksamheter beräknas för helåret överskrida budgetramen med 1 850 tkr.",
            C(None, "1 850 tkr", "-"),
        ),
        P(
            "Till och med april är utfallet 420 tkr bättre än periodiserad budget, vilket främst förklaras av "
            "att turistsäsongens kostnader ännu inte har uppstått.",
            C(
                None,
                "420 tkr",
                "+",
                "periodisering",
                note="The period's deviation with its timing reason in one sentence: one item.",
            ),
        ),
        table,
        H("Avvikelser per verksamhet", 2),
        Bullets(
            (
                "Måltidsverksamheten: livsmedelspriserna har stigit mer än de 2 procent som budgeten räknade "
                "med, och prognosen är ett underskott om 980 tkr.",
                "Fastighet −740 tkr: ett vattenläckage i sporthallen har krävt omfattande sanering, och "
                "självrisken samt de kostnader som försäkringen inte täcker belastar verksamheten.",
                "Kultur och turism: prognosen är ett utfall i nivå med budget.",
                "Gata och park: 350 tkr under budget, då ett nytt elavtal för gatubelysningen ger lägre "
                "kostnader.",
                "Kommunledning och administration: −480 tkr, varav 300 tkr avser en inhyrd interimistisk "
                "ekonomichef och resten högre licenskostnader för ärendehanteringssystemet.",
            ),
            labels=(
                C(
                    "Måltidsverksamheten",
                    "980 tkr",
                    "-",
                    "prisokningar",
                    note="The budget's 2 procent is an assumption, not the amount.",
                ),
                C("Fastighet", "−740 tkr", "-", "ovrigt", note="Water damage: ovrigt."),
                BP("Kultur och turism"),
                C(
                    "Gata och park",
                    "350 tkr",
                    "+",
                    "prisokningar",
                    note="A cost under budget: positive. A cheaper electricity contract: prisokningar.",
                ),
                C(
                    "Kommunledning och administration",
                    "−480 tkr",
                    "-",
                    "inhyrd_personal",
                    "it_digitalisering",
                    note="A 'varav' part: one item with the total.",
                ),
            ),
            glyph="–",
        ),
        P(
            "Jämfört med mars har prognosen försämrats med 740 tkr, vilket helt beror på vattenläckaget i "
            "sporthallen.",
            F(None, "740 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Ombyggnaden av Hamnplan, etapp 2, beräknas bli 1,2 mnkr dyrare än projektbudgeten på 8,5 mnkr, "
            "eftersom anbuden för kajarbetena blev högre än kalkylen.",
            C(
                "Hamnplan, etapp 2",
                "1,2 mnkr",
                "-",
                "prisokningar",
                note="An investment overrun: negative; the project budget is a level.",
            ),
        ),
        P("Övriga investeringsprojekt följer plan.", BP("Investeringar")),
        H("Åtgärder", 2),
        P(
            "Måltidsverksamheten ser över menyerna och ökar andelen säsongsbaserade råvaror, med målet att "
            "minska livsmedelskostnaderna med 200 tkr under hösten.",
            A("Måltidsverksamheten", "200 tkr", "prisokningar"),
        ),
        H("Kommunens samlade prognos", 2),
        P(
            "Kommunstyrelsens prognos ingår i kommunens samlade prognos, som i april visar ett resultat på "
            "9,2 mnkr för 2026.",
            O(None, note="The whole kommun's result as a level: other."),
        ),
    ]
    return ReportSpec(
        file="vadstena-ks-manadsuppfoljning-2026-04.pdf",
        report={
            "municipality": "Vadstena",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning april 2026", "author": "Vadstena kommun"},
        style=style,
        blocks=blocks,
    )
