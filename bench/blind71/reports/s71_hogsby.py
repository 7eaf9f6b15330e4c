"""Högsby kommun, Socialnämnden, bokslut 2025.

A small kommun's social committee year-end report (elderly care, IFO, funktionsstöd), DejaVu Serif 10 pt with
Liberation Sans headings, footer with the nämnd's date in February 2026: the result "−5 940 tkr i förhållande
till budget", the outcome against October's forecast (a forecast change, no cause), three kostnadsslag in one sentence ("2,8 mnkr och … 3,6 mnkr
högre än budget, medan intäkterna översteg budget med 0,5 mnkr", three items), a table in tkr with en
dashes as minus signs ("–3 870"), two columns of bold run-in verksamheter ending in a full stop: reasons first
and the rounded amount last ("landar äldreomsorgen 3,9 mnkr sämre än budget"), an IFO paragraph whose first
sentence has no amount (the row's "–2 640") and whose second gives a sub-area's "380 tkr lägre än
budgeterat" (its own item), "Verksamheten redovisar ett överskott på 1 150 tkr", a verbless "Ett underskott
på 1,1 mnkr, som i sin helhet beror på" and an undistributed buffer; sick leave against 2024 (other),
investments "ett överskott om 0,7 mnkr", two actions (one with an amount) and the accumulated deficit
(other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Högsby kommun", "Socialnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Socialnämnden 2026-02-19", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "96 300", "100 170", "–3 870"),
            ("Individ- och familjeomsorg", "27 850", "30 490", "–2 640"),
            ("Funktionsstöd", "31 400", "30 250", "1 150"),
            ("Hälso- och sjukvård", "14 600", "15 680", "–1 080"),
            ("Ledning och gemensamt", "6 900", "6 400", "500"),
            ("Summa", "177 050", "182 990", "–5 940"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=3),
        Title("Socialnämnden", size=13, font="serif-italic", after=16),
        H("Årets resultat", 2),
        P(
            "Socialnämndens resultat för 2025 blev −5 940 tkr i förhållande till budget.",
            C(None, "−5 940 tkr", "-"),
        ),
        P(
            "Det är 1 210 tkr bättre än prognosen i oktober, då underskottet bedömdes till 7,15 mnkr.",
            F(
                None,
                "1 210 tkr",
                "+",
                note="The outcome against October's forecast; October's figure is a level.",
            ),
        ),
        P(
            "Per kostnadsslag blev personalkostnaderna 2,8 mnkr och köp av verksamhet 3,6 mnkr högre än budget, medan "
            "intäkterna översteg budget med 0,5 mnkr.",
            C(
                "Personalkostnader",
                "2,8 mnkr",
                "-",
                note="Three kostnadsslag in one sentence: three items with the same text, no tags.",
                also=(
                    C("Köp av verksamhet", "3,6 mnkr", "-"),
                    C("Intäkter", "0,5 mnkr", "+"),
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Äldreomsorg.",
            "Hemtjänsten har haft fler beviljade timmar än budgeterat, särskilt i Berga och Fågelfors, och på "
            "Solbacken har nattbemanningen förstärkts efter flera fallolyckor. Sammantaget landar äldreomsorgen "
            "3,9 mnkr sämre än budget.",
            C(
                "Äldreomsorg",
                "3,9 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="The reasons first, the rounded amount last (the row says –3 870).",
            ),
        ),
        Para(
            (
                (
                    "Kostnaderna för placeringar av barn och unga i familjehem och på HVB har överstigit budget.",
                    C(
                        "Individ- och familjeomsorg",
                        "–2 640",
                        "-",
                        "kopt_verksamhet",
                        unit="tkr",
                        table=True,
                        note="No amount in the sentence: the row's cell.",
                    ),
                ),
                (
                    "Försörjningsstödet har däremot minskat, och utbetalningarna blev 380 tkr lägre än budgeterat.",
                    C(
                        "Ekonomiskt bistånd",
                        "380 tkr",
                        "+",
                        "ekonomiskt_bistand",
                        note="A sub-area's deviation inside another area's paragraph: its own item.",
                    ),
                ),
            ),
            lead="Individ- och familjeomsorg.",
        ),
        LP(
            "Funktionsstöd.",
            "Verksamheten redovisar ett överskott på 1 150 tkr. En gruppbostad har haft två tomma platser under "
            "hösten, och Försäkringskassan har betalat ut retroaktiv assistansersättning för 2024.",
            C("Funktionsstöd", "1 150 tkr", "+", "volymer", "ersattning_fk", "periodisering"),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Ett underskott på 1,1 mnkr, som i sin helhet beror på hyrsjuksköterskor under sommaren.",
            C("Hälso- och sjukvård", "1,1 mnkr", "-", "inhyrd_personal"),
        ),
        LP(
            "Ledning och gemensamt.",
            "Överskottet på 500 tkr kommer från nämndens ofördelade buffert.",
            C("Ledning och gemensamt", "500 tkr", "+", "reserver"),
        ),
        Columns(1),
        H("Personal", 2),
        P(
            "Sjukfrånvaron minskade från 8,9 procent 2024 till 8,1 procent 2025. Minskningen beror främst på färre "
            "långtidssjukskrivningar inom hemtjänsten.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 1,8 mnkr användes till 1,1 mnkr, vilket ger ett överskott om 0,7 mnkr. Bytet "
            "till digitala trygghetslarm blev billigare än beräknat.",
            C("Investeringar", "0,7 mnkr", "+", "it_digitalisering"),
        ),
        H("Åtgärder och framåtblick", 2),
        PS(
            (
                "Under året genomförde nämnden den handlingsplan som antogs i maj, med en besparing på 1,4 mnkr, "
                "främst genom minskad användning av timvikarier.",
                A(None, "1,4 mnkr", "vikarier"),
            ),
            (
                "Inför 2026 införs ett nytt planeringssystem i hemtjänsten.",
                A("Äldreomsorg", None, "bemanning", "it_digitalisering"),
            ),
        ),
        P(
            "Nämndens ackumulerade underskott för 2024 och 2025 uppgår till 9,3 mnkr. Kommunfullmäktige beslutar "
            "om hur det ska hanteras i samband med årsredovisningen.",
            O(None, note="An accumulated deficit over two years and its handling: other."),
        ),
    ]
    return ReportSpec(
        file="hogsby-sn-bokslut-2025.pdf",
        report={
            "municipality": "Högsby",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Högsby kommun"},
        style=style,
        blocks=blocks,
    )
