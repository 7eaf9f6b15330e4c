"""Vellinge kommun, Omsorgsnämnden, månadsrapport maj 2026 (elderly care).

An elderly-care month report in miljoner kronor and tusen kronor, footer with the nämnd's meeting date in June
and a diarienummer: the full year "ett underskott på 6,1 miljoner kronor" with a percentage of the frame
beside it, the change since April with its cause in the next sentence (a forecast change), the period
"nettokostnaderna 2,4 miljoner kronor högre än den periodiserade budgeten" in a paragraph of its own; a
reading note and a result table whose last column is each row's comment, deviations in tkr with U+2212,
comments with reasons only (the row's cell is the amount), "Prognos enligt budget" (boilerplate) and a row
with no comment; then headings that carry the verksamhet and amount in mnkr ("Hemtjänst −5,3 mnkr") over
hours and a sick-leave percentage that are not amounts, so two deficits are explained twice; two bulleted
actions (one with its effect) and a grant risk with an amount (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

CELL = "A comment with reasons only: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Vellinge kommun | Omsorgsnämnden", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Omsorgsnämndens sammanträde 2026-06-17", "Dnr ON 2026/112", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Myndighetsenheten", "18 400", "18 050", "350"),
                "Vakant biståndshandläggartjänst januari–april.",
                C("Myndighetsenheten", "350", "+", "vakanser", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Hemtjänst", "142 600", "147 900", "−5 300"),
                "Beviljade timmar ligger 6 procent över budgeterad volym, främst hos de privata utförarna inom "
                "valfrihetssystemet.",
                C(
                    "Hemtjänst",
                    "−5 300",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=CELL + " Hours from private providers under LOV: kopt_verksamhet.",
                ),
            ),
            (
                ("Särskilt boende", "198 300", "199 900", "−1 600"),
                "Hög sjukfrånvaro på Månstorpsgården har täckts med timvikarier och övertid.",
                C(
                    "Särskilt boende",
                    "−1 600",
                    "-",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Hemsjukvård", "46 100", "45 200", "900"),
                "Avtalet om hyrsjuksköterskor har avslutats och ersatts med egen personal.",
                C("Hemsjukvård", "900", "+", "inhyrd_personal", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Hjälpmedel", "9 300", "10 150", "−850"),
                "Fler förskrivna hjälpmedel och högre priser hos hjälpmedelsleverantören.",
                C(
                    "Hjälpmedel",
                    "−850",
                    "-",
                    "volymer",
                    "prisokningar",
                    "material_hjalpmedel",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (("Korttidsboende", "21 500", "21 500", "0"), "Prognos enligt budget.", BP("Korttidsboende")),
            (("Dagverksamhet", "8 200", "7 800", "400"), "", None),
            (("Summa", "444 400", "450 500", "−6 100"), "", None),
        ),
        widths=(100.0, 64.0, 68.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden prognostiserar för helåret ett underskott på 6,1 miljoner kronor, vilket motsvarar "
                "1,4 procent av budgetramen.",
                C(
                    None,
                    "6,1 miljoner kronor",
                    "-",
                    note="A percentage of the frame beside the amount: not the amount.",
                ),
            ),
            (
                "Det är en försämring med 1,3 miljoner kronor sedan aprilrapporten, vilket beror på att två brukare "
                "med omfattande behov har beviljats dubbelbemanning i hemtjänsten.",
                F(None, "1,3 miljoner kronor", "-", "volymer"),
            ),
        ),
        P(
            "Till och med maj är nettokostnaderna 2,4 miljoner kronor högre än den periodiserade budgeten.",
            C(
                None,
                "2,4 miljoner kronor",
                "-",
                note="The period's net cost above the periodised budget: negative.",
            ),
        ),
        H("Resultat per verksamhet", 2),
        P(
            "Belopp i tusen kronor. Negativ avvikelse innebär att prognosen överstiger budget.",
            size=8.5,
        ),
        table,
        H("Kommentarer till större avvikelser", 2),
        HP(
            "Hemtjänst −5,3 mnkr",
            "Antalet beviljade hemtjänsttimmar var i maj 31 200, att jämföra med budgeterade 29 400 timmar per "
            "månad. Ökningen kommer främst från brukare som skrivs ut från sjukhus med större vårdbehov än tidigare, "
            "och från två nya ärenden med dubbelbemanning dygnet runt.",
            C(
                "Hemtjänst",
                "−5,3 mnkr",
                "-",
                "volymer",
                note="The heading carries the amount; hours are volumes, not amounts. Explained twice.",
            ),
        ),
        HP(
            "Särskilt boende −1,6 mnkr",
            "Sjukfrånvaron på Månstorpsgården har under våren legat på 11 procent. Vakanta nattpass har fått "
            "täckas med timvikarier och övertid, och under april anlitades även bemanningsföretag vid två "
            "tillfällen.",
            C(
                "Särskilt boende",
                "−1,6 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "inhyrd_personal",
                note="A sick-leave percentage is not the amount; unfilled shifts are not vacancies.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Översyn av samtliga beslut om dubbelbemanning i hemtjänsten tillsammans med arbetsterapeut.",
                "En gemensam vikariepool för Månstorpsgården och Skanörs vård- och omsorgsboende, med en beräknad "
                "effekt på 0,4 miljoner kronor under resten av året.",
            ),
            labels=(
                A("Hemtjänst", None, "bemanning"),
                A("Särskilt boende", "0,4 miljoner kronor", "vikarier"),
            ),
        ),
        H("Risker", 2),
        P(
            "Statsbidraget för äldreomsorgen är ännu inte rekvirerat för 2026. Om villkoren ändras kan prognosen "
            "försämras med upp till 2 miljoner kronor.",
            O(None, "statsbidrag", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="vellinge-on-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Vellinge",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Omsorgsnämnden", "author": "Vellinge kommun"},
        style=style,
        blocks=blocks,
    )
