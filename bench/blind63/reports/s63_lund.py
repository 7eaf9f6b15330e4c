"""Lunds kommun, Utbildningsnämnden, delårsrapport augusti 2025.

An upper-secondary and adult education committee's interim report in "miljoner kronor" and tkr, footer with
the nämnd's meeting date in September: the full year "ett underskott på 10,9 miljoner kronor" with a
percentage of the frame beside it, and the period "3,2 miljoner kronor bättre än den periodiserade
budgeten" with its timing reason in the same sentence; a table in tkr whose deficits are in brackets
("(7 800)") with a note that says so; a kostnadsslag paragraph (premises); bold run-in areas ending in a
colon, in varied shapes ("Underskottet om 7,8 miljoner kronor beror på", a reason-only paragraph taking the
row's "(6 200)", a reason sentence before "överstiger därför budget med 2,7 miljoner kronor", "visar ett
överskott på 4,35 miljoner kronor" with a sub-area's own deviation in the next sentence, "Överskottet på
1 450 tkr kommer från", "följer budget" (boilerplate)); the change since April with its cause; an action
with its effect next year; investments whose frame "förbrukas fullt ut" (boilerplate); pupil numbers against
last year (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "A bold run-in area ending in a colon: part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Lunds kommun · Utbildningsförvaltningen", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Utbildningsnämnden 2025-09-17", "", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr. Negativa avvikelser anges inom parentes.",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38 400", "36 950", "1 450"),
            ("Kommunala gymnasieskolor", "612 300", "620 100", "(7 800)"),
            ("Gymnasieskola i annan regi", "285 600", "291 800", "(6 200)"),
            ("Anpassad gymnasieskola", "64 200", "66 900", "(2 700)"),
            ("Vuxenutbildning", "118 700", "114 350", "4 350"),
            ("Elevresor", "22 100", "22 100", "0"),
            ("Summa", "1 141 300", "1 152 200", "(10 900)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="times-bold", after=2),
        Title("Utbildningsnämnden", size=13, font="times", after=12),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar ett underskott på 10,9 miljoner kronor för 2025, vilket motsvarar "
            "knappt en procent av budgetramen.",
            C(None, "10,9 miljoner kronor", "-", note="The full year; the percentage is not the amount."),
        ),
        P(
            "Till och med augusti är utfallet 3,2 miljoner kronor bättre än den periodiserade budgeten, vilket "
            "förklaras av att höstterminens kostnader för nya elever ännu inte har bokförts.",
            C(None, "3,2 miljoner kronor", "+", "periodisering", note="The period with its timing reason."),
        ),
        table,
        P(
            "Lokalkostnaderna blir 1,9 miljoner kronor högre än budget, eftersom paviljongerna vid två av "
            "skolorna hyrs ytterligare ett år i väntan på ombyggnaden.",
            C("Lokalkostnader", "1,9 miljoner kronor", "-", "lokaler"),
        ),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Kommunala gymnasieskolor:",
            "Underskottet om 7,8 miljoner kronor beror på att fler elever än planerat har valt de yrkesprogram som "
            "har högst programpeng, och på att lärarlönerna räknades upp mer än budgeterat i årets lönerevision.",
            C("Kommunala gymnasieskolor", "7,8 miljoner kronor", "-", "volymer", "lonekostnader", note=LEAD),
        ),
        LP(
            "Gymnasieskola i annan regi:",
            "Fler lundaelever än beräknat går i fristående skolor och i grannkommunernas skolor, vilket ökar "
            "kostnaderna för interkommunal ersättning och skolpeng.",
            C(
                "Gymnasieskola i annan regi",
                "(6 200)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=LEAD + " Reason only: the row's cell as printed (brackets = deficit).",
            ),
        ),
        LP(
            "Anpassad gymnasieskola:",
            "Två elever med omfattande behov av stöd har tillkommit under våren. Kostnaderna för elevassistenter "
            "och anpassade lokaler överstiger därför budget med 2,7 miljoner kronor.",
            C("Anpassad gymnasieskola", "2,7 miljoner kronor", "-", "volymer", "lokaler", note=LEAD),
        ),
        Para(
            (
                (
                    "Verksamheten visar ett överskott på 4,35 miljoner kronor. Statsbidragen för regional yrkesvux "
                    "blev högre än budgeterat, samtidigt som färre deltagare har påbörjat svenska för invandrare.",
                    C("Vuxenutbildning", "4,35 miljoner kronor", "+", "statsbidrag", "volymer", note=LEAD),
                ),
                (
                    "Inom svenska för invandrare blir kostnaderna 1,1 miljoner kronor lägre än budgeterat när två "
                    "klasser har slagits ihop.",
                    C(
                        "Svenska för invandrare",
                        "1,1 miljoner kronor",
                        "+",
                        "volymer",
                        note="A sub-area's deviation inside another area's paragraph: its own item.",
                    ),
                ),
            ),
            lead="Vuxenutbildning:",
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Överskottet på 1 450 tkr kommer från en vakant utvecklingsledartjänst och lägre kostnader för "
            "IT-licenser än beräknat.",
            C("Nämnd och förvaltningsledning", "1 450 tkr", "+", "vakanser", "it_digitalisering", note=LEAD),
        ),
        LP("Elevresor:", "Kostnaderna för busskort följer budget.", BP("Elevresor")),
        H("Förändring sedan tertialrapport 1", 2),
        P(
            "Prognosen har försämrats med 4,1 miljoner kronor sedan april, i huvudsak på grund av det högre "
            "elevantalet i höstens intag.",
            F(None, "4,1 miljoner kronor", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över klasstorlekarna inför vårterminen och har infört restriktivitet vid "
            "nyanställningar. Åtgärderna beräknas ge 2,5 miljoner kronor under 2026.",
            A(None, "2,5 miljoner kronor", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsramen på 9,0 miljoner kronor används till inventarier och utrustning för de nya "
            "vårdlokalerna på gymnasiet. Prognosen är att ramen förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Elever", 2),
        P(
            "Antalet elever i de kommunala gymnasieskolorna är 4 212 i september, 138 fler än samma månad förra "
            "året.",
            O(None, "volymer", note="Pupils against last year."),
        ),
    ]
    return ReportSpec(
        file="lund-un-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Utbildningsnämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
