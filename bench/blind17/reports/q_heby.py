"""Heby kommun, Vård- och omsorgsnämnden, månadsrapport oktober 2025.

An elderly-care month report whose result table is pasted as an image (no text layer: every amount lives in
the prose), footer with the nämnd's meeting date in November: the accumulated outcome "3,9 mnkr högre än den
periodiserade budgeten" (a cost overrun: negative), the full year's deficit in its own sentence and the
improvement since September in the next (two causes, one forecast change); two areas as a "respektive" pair
with no reasons, then each area's reasons in a paragraph of its own (amount null: the table is an image); a
heading that carries the area and amount ("LSS och socialpsykiatri +1,7 mnkr") with a counteracting cause from
Försäkringskassan; "en positiv avvikelse på 0,3 mnkr som en följd av"; a part in whole kronor ("1 350 000
kronor") that is not the deviation ("vilket ger en negativ avvikelse på 0,5 mnkr"); sick pay against last year
(other); an action with a full-year effect from next year; investments "0,8 mnkr lägre än budget". 10 scored
causes. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

IMAGE = "Reasons only, and the result table is an image: amount null."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Heby kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-11-20", "Månadsrapport oktober 2025", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreboende", "142,6", "146,7", "−4,1"),
            ("Hemtjänst", "88,3", "90,9", "−2,6"),
            ("Hälso- och sjukvård", "31,4", "31,1", "0,3"),
            ("LSS och socialpsykiatri", "64,0", "62,3", "1,7"),
            ("Nämnd och ledning", "12,8", "13,3", "−0,5"),
            ("Summa", "339,1", "344,3", "−5,2"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Nämndens ackumulerade utfall per oktober är 3,9 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "3,9 mnkr",
                    "-",
                    note="The period: costs above the periodised budget (negative), a sentence of its own.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott på 5,2 mnkr.",
                C(None, "5,2 mnkr", "-", note="The full year in a sentence of its own: a second cause."),
            ),
            ("Det är 0,8 mnkr bättre än prognosen i september.", F(None, "0,8 mnkr", "+")),
        ),
        table,
        H("Verksamhetsområden", 2),
        P(
            "Äldreboendena och hemtjänsten prognostiserar underskott på 4,1 respektive 2,6 mnkr.",
            C(
                "Äldreboende",
                "4,1",
                "-",
                unit="mnkr",
                note="A 'respektive' pair without reasons: two items.",
                also=(C("Hemtjänst", "2,6 mnkr", "-"),),
            ),
        ),
        P(
            "På Björkgårdens äldreboende har en avdelning för personer med demenssjukdom öppnats i förtid för att "
            "korta kön till särskilt boende. Nattbemanningen har dessutom förstärkts efter en lex Sarah-anmälan i "
            "augusti.",
            C("Äldreboende", None, "-", "volymer", "bemanning", note=IMAGE),
        ),
        P(
            "I hemtjänsten har antalet beviljade timmar ökat med 11 procent sedan januari, främst i Östervåla och "
            "Harbo, och körsträckorna har blivit längre.",
            C(
                "Hemtjänst",
                None,
                "-",
                "volymer",
                note=IMAGE + " Longer driving distances are part of the volume growth.",
            ),
        ),
        HP(
            "LSS och socialpsykiatri +1,7 mnkr",
            "Två boendeplatser har stått tomma sedan i våras, och en brukare med personlig assistans har flyttat "
            "från kommunen. Överskottet minskas något av att ersättningen från Försäkringskassan för assistansen "
            "har blivit lägre.",
            C("LSS och socialpsykiatri", "+1,7 mnkr", "+", "volymer", "ersattning_fk"),
        ),
        P(
            "Hälso- och sjukvården redovisar en positiv avvikelse på 0,3 mnkr som en följd av lägre kostnader för "
            "inkontinenshjälpmedel efter en ny upphandling.",
            C("Hälso- och sjukvård", "0,3 mnkr", "+", "material_hjalpmedel", "prisokningar"),
        ),
        P(
            "Nämnd och ledning belastas med 1 350 000 kronor för konsultstöd vid införandet av det nya "
            "verksamhetssystemet, vilket ger en negativ avvikelse på 0,5 mnkr.",
            C(
                "Nämnd och ledning",
                "0,5 mnkr",
                "-",
                "inhyrd_personal",
                "it_digitalisering",
                note="The consultant cost in whole kronor is a cost, not the deviation.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 8,9 procent under januari–oktober. Kostnaderna för sjuklön var 4,1 mnkr, "
            "0,6 mnkr mer än samma period i fjol.",
            O(None, "sjukfranvaro", note="Sick pay against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Schemaöversynen inom hemtjänsten slutförs i november och beräknas ge en helårseffekt på 1,1 mnkr från "
            "2026. Ingen effekt är medräknad i årets prognos.",
            A("Hemtjänst", "1,1 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 0,8 mnkr lägre än budget, då bytet av trygghetslarm i ordinärt boende "
            "skjuts till 2026.",
            C("Investeringar", "0,8 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
    ]
    return ReportSpec(
        file="heby-von-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Heby",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Vård- och omsorgsnämnden", "author": "Heby kommun"},
        style=style,
        blocks=blocks,
    )
