"""Region Stockholm, Södertälje sjukhus AB (styrelsen), månadsrapport februari 2026.

A hospital company's month report in DejaVu Sans 9.5 pt, footer with the board meeting in March: the period
"6,2 mkr sämre än budget för perioden" and the full year "en negativ avvikelse på 15,0 mkr" with its reasons
in the next sentence, a kostnadsslag table in mkr whose deficits carry a trailing minus ("9,0-"), bold run-in
kostnadsslag ending in a full stop: revenue "4,0 mkr lägre än budget", own staff and hired staff in one
sentence ("3,5 mkr lägre" … "medan … överstiger budget med 9,0 mkr"), drugs "2,5 mkr högre än budgeterat",
a reason-only row (the row's "1,8-"), a surplus "något lägre än budget" with a reason (the row's "0,8"),
"avviker negativt med 2,0 mkr"; the change since January with its cause, two actions as bullets (one with
"3 mkr"), production against last year with "beror på" (other) and investments that "följer budgeten"
(boilerplate).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason with no amount: the table row's cell (mkr, trailing minus = deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 74.0, 58.0, 70.0),
        header=lambda n, m: ("Region Stockholm – Södertälje sjukhus AB", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-03-24", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, mkr",
        header=(("", "Budget 2026", "Utfall feb ack", "Prognos 2026", "Avvikelse helår"),),
        rows=(
            ("Vårdavtal med HSN", "1 412,0", "235,1", "1 412,0", "0,0"),
            ("Övriga intäkter", "96,5", "15,2", "92,5", "4,0-"),
            ("Personalkostnader", "924,0", "157,4", "920,5", "3,5"),
            ("Inhyrd personal", "18,0", "4,4", "27,0", "9,0-"),
            ("Läkemedel", "142,0", "24,6", "144,5", "2,5-"),
            ("Medicinsk service", "131,5", "22,9", "133,3", "1,8-"),
            ("Lokaler och fastighet", "168,0", "27,9", "167,2", "0,8"),
            ("Övriga kostnader", "125,0", "21,8", "127,0", "2,0-"),
            ("Resultat", "0,0", "-8,7", "-15,0", "15,0-"),
        ),
        widths=(140.0, 72.0, 78.0, 74.0, 84.0),
        bold_rows=frozenset({8}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="sans-bold", after=2),
        Title("Södertälje sjukhus AB", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Ackumulerat resultat efter februari är -8,7 mkr, vilket är 6,2 mkr sämre än budget för perioden.",
                C(None, "6,2 mkr", "-"),
            ),
            (
                "Helårsprognosen är ett resultat på -15,0 mkr mot ett budgeterat nollresultat, en negativ "
                "avvikelse på 15,0 mkr. Avvikelsen förklaras av lägre intäkter för vård av patienter från andra "
                "regioner och högre kostnader för inhyrd personal.",
                C(None, "15,0 mkr", "-", "avgifter_intakter", "inhyrd_personal"),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 3),
        LP(
            "Övriga intäkter.",
            "Intäkterna för vård av patienter från andra regioner blir 4,0 mkr lägre än budget, eftersom färre "
            "patienter från Sörmland söker sig till sjukhusets förlossning.",
            C("Övriga intäkter", "4,0 mkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personal.",
            "Personalkostnaderna för egen personal blir 3,5 mkr lägre än budget till följd av vakanta "
            "sjukskötersketjänster, medan kostnaderna för inhyrda sjuksköterskor och läkare överstiger budget "
            "med 9,0 mkr.",
            C(
                "Personalkostnader",
                "3,5 mkr",
                "+",
                "vakanser",
                note="Own and hired staff in one sentence: two items.",
                also=(C("Inhyrd personal", "9,0 mkr", "-", "inhyrd_personal"),),
            ),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna blir 2,5 mkr högre än budgeterat, främst på grund av nya cancerläkemedel "
            "inom onkologin.",
            C("Läkemedel", "2,5 mkr", "-", "material_hjalpmedel"),
        ),
        LP(
            "Medicinsk service.",
            "Fler beställda laboratorieanalyser och röntgenundersökningar än beräknat gör att kostnaden "
            "överstiger budget.",
            C("Medicinsk service", "1,8-", "-", "volymer", unit="mkr", table=True, note=ROW),
        ),
        LP(
            "Lokaler och fastighet.",
            "Kostnaderna för lokaler bedöms bli något lägre än budget, eftersom flytten av dialysen till hus 14 "
            "har skjutits upp till hösten.",
            C(
                "Lokaler och fastighet",
                "0,8",
                "+",
                "lokaler",
                "periodisering",
                unit="mkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader avviker negativt med 2,0 mkr, bland annat på grund av ett nytt avtal för "
            "patienttransporter med högre priser.",
            C("Övriga kostnader", "2,0 mkr", "-", "prisokningar"),
        ),
        H("Förändring mot föregående prognos", 3),
        P(
            "Jämfört med januariprognosen har helårsprognosen försämrats med 4,5 mkr, som i sin helhet avser "
            "inhyrd personal.",
            F(None, "4,5 mkr", "-", "inhyrd_personal"),
        ),
        H("Åtgärder", 3),
        Bullets(
            (
                "Rekryteringskampanj för specialistsjuksköterskor till akutmottagningen under våren.",
                "Inhyrd personal får endast beställas efter beslut av verksamhetschef, med en beräknad effekt på "
                "3 mkr för resten av året.",
            ),
            labels=(A("Inhyrd personal", None, "vakanser"), A("Inhyrd personal", "3 mkr", "inhyrd_personal")),
        ),
        H("Verksamhet", 3),
        P(
            "Antalet besök i februari var 3 procent högre än samma månad 2025, vilket beror på fler akuta besök.",
            O(None, "volymer", note="Production against last year: other."),
        ),
        H("Investeringar", 3),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas följa budgeten på 22 mkr.",
            BP("Investeringar"),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-sodertalje-sjukhus-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Södertälje sjukhus AB",
                "Södertälje sjukhus AB",
                "Södertälje sjukhus",
            ],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Södertälje sjukhus AB",
            "author": "Södertälje sjukhus AB",
        },
        style=style,
        blocks=blocks,
    )
