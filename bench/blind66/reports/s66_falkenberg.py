"""Falkenbergs kommun, Barn- och utbildningsnämnden, månadsrapport november 2025 (education).

A school committee's month report in "miljoner kronor" whose result table is pasted as an image (no text
layer: every amount lives in the prose), footer with the arbetsutskott's date in December: the accumulated
outcome "7,4 miljoner kronor högre än budgeten för perioden" (a net cost over budget: negative) and the full
year's "underskott på 8,9 miljoner kronor" beside a percentage of the frame, in two paragraphs; plain headings
per verksamhet: preschool with three causes, a school sentence with the area's "budgetunderskott" followed by
two schools as a "respektive" pair "av underskottet" (two more items), an upper secondary surplus of "nästan
två miljoner kronor" in words, student health "drygt 12 procent över budget" (a percentage only, the table is
an image: amount null), adult education "i nivå med budget" (boilerplate); the change since October (a
forecast change); investments with the under-spend written out; an action with a full-year effect. 9 scored
causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Falkenbergs kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Arbetsutskottet 2025-12-09", "Månadsrapport november 2025", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Prognos per verksamhet 2025, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "312,0", "315,6", "-3,6"),
            ("Grundskola", "604,5", "610,3", "-5,8"),
            ("Gymnasieskola", "228,2", "226,3", "1,9"),
            ("Vuxenutbildning", "41,7", "41,7", "0,0"),
            ("Elevhälsa", "11,4", "12,8", "-1,4"),
            ("Gemensamt och ledning", "32,6", "32,6", "0,0"),
            ("Summa", "1 230,4", "1 239,3", "-8,9"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Barn- och utbildningsnämndens ackumulerade utfall till och med november är 7,4 miljoner kronor högre "
            "än budgeten för perioden.",
            C(
                None,
                "7,4 miljoner kronor",
                "-",
                note="The period: a net cost over the period's budget is negative.",
            ),
        ),
        P(
            "Helårsprognosen visar ett underskott på 8,9 miljoner kronor, vilket motsvarar 0,7 procent av "
            "nämndens budgetram.",
            C(
                None,
                "8,9 miljoner kronor",
                "-",
                note="The full year; the percentage of the frame is not the amount.",
            ),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan beräknas gå med ett underskott på 3,6 miljoner kronor. Barngrupperna har blivit mindre under "
            "hösten utan att antalet avdelningar har kunnat minskas i samma takt, och vikariekostnaderna har varit "
            "höga på grund av korttidsfrånvaro.",
            C("Förskola", "3,6 miljoner kronor", "-", "volymer", "vikarier", "sjukfranvaro"),
        ),
        H("Grundskola", 3),
        Para(
            (
                (
                    "Grundskolan prognostiserar ett budgetunderskott om 5,8 miljoner kronor, framför allt på grund "
                    "av fler elever i behov av särskilt stöd och dyrare skolskjutsar efter den nya upphandlingen.",
                    C("Grundskola", "5,8 miljoner kronor", "-", "volymer", "prisokningar"),
                ),
                (
                    "Ekebackens skola och Solbergsskolan står för 1,7 respektive 1,2 miljoner kronor av "
                    "underskottet, där båda har anställt extra personal för elever med omfattande behov.",
                    C(
                        "Ekebackens skola",
                        "1,7",
                        "-",
                        "bemanning",
                        "volymer",
                        unit="mnkr",
                        note="Two schools inside the area's paragraph as a 'respektive' pair: two items.",
                        also=(C("Solbergsskolan", "1,2 miljoner kronor", "-", "bemanning", "volymer"),),
                    ),
                ),
            )
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan visar ett överskott på nästan två miljoner kronor. Fler elever än beräknat har valt "
            "kommunens egen gymnasieskola i stället för skolor i andra kommuner, vilket minskar kostnaderna för "
            "interkommunal ersättning.",
            C(
                "Gymnasieskola",
                "nästan två miljoner kronor",
                "+",
                "kopt_verksamhet",
                "volymer",
                value=2_000_000,
                note="An amount in words with 'nästan': the stated figure (the image shows 1,9).",
            ),
        ),
        H("Elevhälsa", 3),
        P(
            "Kostnaderna för elevhälsan ligger drygt 12 procent över budget. Två skolpsykologer har hyrts in via "
            "bemanningsföretag sedan augusti, då tjänsterna inte har gått att tillsätta.",
            C(
                "Elevhälsa",
                None,
                "-",
                "inhyrd_personal",
                "vakanser",
                note="A percentage only beside a table pasted as an image: amount null.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P("Komvux och SFI bedöms hamna i nivå med budget.", BP("Vuxenutbildning")),
        H("Förändring sedan oktober", 2),
        P(
            "Jämfört med oktober har prognosen förbättrats med 1,3 miljoner kronor, eftersom statsbidraget för "
            "lågstadiesatsningen blev högre än beräknat.",
            F(None, "1,3 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 14,5 miljoner kronor beräknas förbrukas med 9,2 miljoner kronor, vilket ger "
            "ett överskott på 5,3 miljoner kronor. Inköpen av möbler till den nya skolan i Skrea har skjutits upp "
            "till 2026.",
            C(
                "Investeringar",
                "5,3 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Rektorerna har fått i uppdrag att se över bemanningen inför vårterminen. Effekten bedöms till 2,0 "
            "miljoner kronor på helårsbasis.",
            A(None, "2,0 miljoner kronor", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="falkenberg-bun-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Falkenberg",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Falkenbergs kommun"},
        style=style,
        blocks=blocks,
    )
