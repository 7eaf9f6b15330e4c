"""Region Stockholm, Danderyds sjukhus AB, tertialrapport 1 2026.

A regional hospital company's tertial report in DejaVu Sans Condensed with U+2212 minus signs, footer with the
board's meeting date in May: the period's result level and "21,6 mnkr sämre än budget för perioden" in one
sentence, the full year "en negativ budgetavvikelse på 47,0 mnkr" in the next; a result table by kostnadsslag
with the period's and the full year's deviation side by side; then plain headings: care revenue "30 mnkr
lägre än budget" with production below contract, other revenue that "överträffar budget med 15 mnkr", personnel
"överskrider budget med 24 mnkr för helåret" with three reasons, hired staff and drugs as a "respektive" pair
("12 respektive 6 mnkr") with their reasons in the next sentence, material "19 mnkr lägre än budget", a
reason-only premises paragraph (the full-year cell "−9,0"), a forecast change since February, an action with
"5 mnkr", a risk "upp till 10 mnkr" (other), sick leave against last year (other) and investments "alltså 7
mnkr lägre".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Danderyds sjukhus AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsens sammanträde 2026-05-27", "Region Stockholm", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, mnkr",
        header=(
            ("", "Budget", "Utfall", "Avvikelse", "Avvikelse"),
            ("", "jan–apr", "jan–apr", "jan–apr", "helårsprognos"),
        ),
        rows=(
            ("Vårdintäkter", "1 412,0", "1 398,6", "−13,4", "−30,0"),
            ("Övriga intäkter", "96,5", "104,2", "7,7", "15,0"),
            ("Personalkostnader", "−918,4", "−931,9", "−13,5", "−24,0"),
            ("Inhyrd personal", "−22,0", "−29,8", "−7,8", "−12,0"),
            ("Läkemedel", "−118,3", "−121,0", "−2,7", "−6,0"),
            ("Material och tjänster", "−285,6", "−272,9", "12,7", "19,0"),
            ("Lokalkostnader", "−181,0", "−185,6", "−4,6", "−9,0"),
            ("Resultat", "−16,8", "−38,4", "−21,6", "−47,0"),
        ),
        widths=(140.0, 66.0, 66.0, 66.0, 84.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Danderyds sjukhus AB", size=12.5, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Resultatet för januari–april uppgår till −38,4 mnkr, vilket är 21,6 mnkr sämre än budget för "
                "perioden.",
                C(
                    None,
                    "21,6 mnkr",
                    "-",
                    note="The result level first, then the period's deviation: the amount.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat på −32,0 mnkr, en negativ budgetavvikelse på 47,0 mnkr.",
                C(None, "47,0 mnkr", "-"),
            ),
        ),
        P(
            "Prognosen har försämrats med 12 mnkr jämfört med februari, främst på grund av lägre vårdintäkter.",
            F(None, "12 mnkr", "-", "volymer"),
        ),
        table,
        H("Intäkter", 3),
        PS(
            (
                "Vårdintäkterna från hälso- och sjukvårdsnämnden beräknas bli 30 mnkr lägre än budget. Produktionen "
                "inom planerad ortopedi och geriatrik har inte nått avtalad volym, bland annat på grund av stängda "
                "vårdplatser, och sjukhuset får därmed avdrag enligt vårdavtalet.",
                C("Vårdintäkter", "30 mnkr", "-", "volymer", "avgifter_intakter"),
            ),
            (
                "Övriga intäkter överträffar budget med 15 mnkr genom ersättning för utbildningsuppdrag och högre "
                "patientavgifter.",
                C("Övriga intäkter", "15 mnkr", "+", "avgifter_intakter"),
            ),
        ),
        H("Personal", 3),
        P(
            "Personalkostnaderna överskrider budget med 24 mnkr för helåret. Avvikelsen förklaras av fler anställda "
            "på akutmottagningen än i bemanningsplanen, höga övertidskostnader under influensaperioden i januari och "
            "februari och en lönerevision som blev 0,4 procentenheter högre än budgeterat.",
            C("Personalkostnader", "24 mnkr", "-", "bemanning", "overtid", "lonekostnader"),
        ),
        P(
            "Inhyrd personal och läkemedel bedöms kosta 12 respektive 6 mnkr mer än budgeterat. Hyrsjuksköterskor "
            "behövs fortfarande inom intensivvården, och läkemedelskostnaderna ökar när fler patienter behandlas med "
            "nya biologiska läkemedel.",
            C(
                "Inhyrd personal",
                "12",
                "-",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair with the reasons in the next sentence: one item per area.",
                also=(C("Läkemedel", "6 mnkr", "-", "material_hjalpmedel", "volymer"),),
            ),
        ),
        H("Övriga kostnader", 3),
        P(
            "Kostnaderna för material och tjänster blir 19 mnkr lägre än budget, främst för att laboratorieanalyser "
            "har upphandlats till lägre priser och att medicinteknisk utrustning köps in senare än planerat.",
            C(
                "Material och tjänster",
                "19 mnkr",
                "+",
                "prisokningar",
                "material_hjalpmedel",
                "periodisering",
            ),
        ),
        P(
            "Lokalkostnaderna påverkas av en retroaktiv hyresjustering för hus 39 som fakturerades i mars.",
            C(
                "Lokalkostnader",
                "−9,0",
                "-",
                "lokaler",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reason only: the full-year cell of the row.",
            ),
        ),
        H("Åtgärder och risker", 3),
        P(
            "Sjukhuset har startat ett gemensamt bemanningscentrum för sjuksköterskor och beräknar att kostnaderna "
            "för inhyrd personal därmed minskar med 5 mnkr under resten av året.",
            A("Inhyrd personal", "5 mnkr", "inhyrd_personal"),
        ),
        P(
            "Det finns en osäkerhet kring förhandlingarna om ett tilläggsavtal för ortopedi, som kan påverka "
            "intäkterna med upp till 10 mnkr.",
            O("Vårdintäkter", note="A risk: other."),
        ),
        P(
            "Sjukfrånvaron var 6,1 procent under perioden, vilket är något lägre än motsvarande period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
        H("Investeringar", 3),
        P(
            "Investeringarna uppgick till 14,2 mnkr under perioden. Helårsprognosen är 68 mnkr mot en budget på 75 "
            "mnkr, alltså 7 mnkr lägre, eftersom leveransen av en ny MR-kamera har senarelagts.",
            C("Investeringar", "7 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-danderyds-sjukhus-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Styrelsen för Danderyds sjukhus AB", "Danderyds sjukhus AB", "Danderyds sjukhus"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Danderyds sjukhus AB", "author": "Danderyds sjukhus AB"},
        style=style,
        blocks=blocks,
    )
