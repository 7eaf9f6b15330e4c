"""Region Stockholm, Ambulanssjukvården i Storstockholm AB (AISAB), tertialrapport 1 2026.

A regional ambulance company's tertial report in DejaVu Sans Condensed with U+2212 minus signs, footer with
the board meeting in May: the period "11,2 mnkr sämre än budget för perioden" and the full year "−14,0 mnkr mot
ett budgeterat nollresultat" (two causes, the second's amount the result); a result table whose last column is
each row's comment (CommentTable) in mnkr: "Enligt avtal." (boilerplate), reason-only comments taking their
cells ("−2,1", "−6,5", "0,4", "−1,3") and a row with no comment, explained instead in the prose below
("Fordonskostnaderna överstiger budget med 1,7 mnkr"); personnel costs explained a second time in prose without
an amount (the row's cell again); an assumption (other) and the change since the year-end forecast in one
paragraph, two dash-bulleted actions (one with an effect), and investments "11,5 mnkr under budget" after the
period level and a delivery delay. 9 scored causes.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Region Stockholm", "Tertialrapport 1 2026"),
        footer=lambda n, m: (
            "Ambulanssjukvården i Storstockholm AB",
            "Styrelsesammanträde 2026-05-28",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Mnkr", "Budget jan–apr", "Utfall jan–apr", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Uppdragsersättning", "236,0", "236,0", "0,0"),
                "Enligt avtal.",
                BP("Uppdragsersättning", note="'Enligt avtal' at a zero deviation: boilerplate."),
            ),
            (
                ("Övriga intäkter", "6,2", "4,1", "−2,1"),
                "Färre uppdrag för sjuktransporter åt andra regioner än beräknat.",
                C("Övriga intäkter", "−2,1", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Personalkostnader", "−168,4", "−174,9", "−6,5"),
                "Övertid och inhyrda ambulanssjuksköterskor för att täcka vakanser under vintern.",
                C(
                    "Personalkostnader",
                    "−6,5",
                    "-",
                    "overtid",
                    "inhyrd_personal",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Fordon och drivmedel", "−21,3", "−23,0", "−1,7"), "", None),
            (
                ("Lokaler", "−14,6", "−14,2", "0,4"),
                "Lägre kostnader för el och värme på stationerna.",
                C("Lokaler", "0,4", "+", "prisokningar", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Övriga kostnader", "−35,1", "−36,4", "−1,3"),
                "Högre kostnader för läkemedel och förbrukningsmaterial.",
                C("Övriga kostnader", "−1,3", "-", "material_hjalpmedel", unit="mnkr", table=True, note=ROW),
            ),
            (("Resultat", "2,8", "−8,4", "−11,2"), "", None),
        ),
        widths=(112.0, 68.0, 68.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Ambulanssjukvården i Storstockholm AB (AISAB)", size=12, font="cond", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Bolaget redovisar efter april ett resultat på −8,4 mnkr, vilket är 11,2 mnkr sämre än budget för "
                "perioden.",
                C(None, "11,2 mnkr", "-", note="The period against the period budget."),
            ),
            (
                "Prognosen för helåret är ett resultat på −14,0 mnkr mot ett budgeterat nollresultat.",
                C(
                    None,
                    "−14,0 mnkr",
                    "-",
                    note="The full year against a budgeted zero result: the result is the deviation.",
                ),
            ),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Fordonskostnaderna överstiger budget med 1,7 mnkr. Fyra ambulanser har fått tas ur drift för "
            "reparation och ersättas med hyrda fordon, och priset på diesel och HVO har varit högre än budgeterat.",
            C(
                "Fordon och drivmedel",
                "1,7 mnkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="The row without a comment is explained in the prose. Vehicles: material_hjalpmedel, fuel "
                "prices: prisokningar.",
            ),
        ),
        P(
            "Den största avvikelsen finns inom personalkostnaderna. I april var 23 tjänster som "
            "ambulanssjuksköterska vakanta, och luckorna i schemat har fyllts med övertid och med personal från "
            "bemanningsföretag. Sjukfrånvaron har dessutom legat på 7,8 procent, att jämföra med 6,0 procent i "
            "budgeten.",
            C(
                "Personalkostnader",
                "−6,5",
                "-",
                "vakanser",
                "overtid",
                "inhyrd_personal",
                "sjukfranvaro",
                unit="mnkr",
                table=True,
                note="Explained a second time in prose without an amount: the row's cell again.",
            ),
        ),
        H("Helårsprognos", 2),
        PS(
            (
                "Helårsprognosen bygger på att vakanserna minskar under hösten, när de nya "
                "ambulanssjuksköterskorna från vårens utbildningsomgång börjar.",
                O(None, note="The forecast's assumption."),
            ),
            (
                "Prognosen har försämrats med 6,0 mnkr sedan bokslutet, då bolaget bedömde ett underskott på 8,0 "
                "mnkr.",
                F(None, "6,0 mnkr", "-", note="The earlier forecast level (8,0) is not the change."),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Övertid beviljas endast efter beslut av stationschef.",
                "Avtalet med bemanningsföretaget sägs upp till den 30 september, vilket beräknas minska kostnaderna "
                "med 2,5 mnkr under hösten.",
            ),
            labels=(A(None, None, "overtid"), A(None, "2,5 mnkr", "inhyrd_personal")),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår till 9,8 mnkr av årets budget på 42,0 mnkr. Leveransen av sex nya ambulanser har "
            "försenats till oktober, och helårsprognosen för investeringarna är därför 30,5 mnkr, det vill säga "
            "11,5 mnkr under budget.",
            C("Investeringar", "11,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-aisab-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Ambulanssjukvården i Storstockholm AB",
                "Ambulanssjukvården i Storstockholm AB",
                "AISAB",
            ],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Ambulanssjukvården i Storstockholm AB",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
