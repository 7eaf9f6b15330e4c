"""Region Östergötland, Hälso- och sjukvårdsnämnden, månadsrapport november 2025.

A region's health-care month report in "miljoner kronor" with U+2212 minus signs, footer with the nämnd's
meeting date in December and a diarienummer: the period "287 miljoner kronor sämre än periodens budget"
after a level, the full year "ett underskott om 330 miljoner kronor mot budget (−305 i oktober)" with last
month's figure in brackets, and the change since October with its cause (three paragraphs); a result table
whose last column is each row's comment: reason-only comments taking their row's cell ("−98", "+8"), one
comment that names its own amount ("blir 55 miljoner kronor högre än budgeterat"), drugs, "I nivå med
budget." (boilerplate beside +6) and a row with no comment; personnel costs "1,4 procent över budget"
(amount null: no table row), investments "36 miljoner kronor lägre än investeringsbudgeten" after a level;
hired staff against the same period of 2024 with "beror på" (other), labelled action bullets (one with its
effect) and a risk (other). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Region Östergötland", "Månadsrapport november 2025"),
        footer=lambda n, m: (
            "Hälso- och sjukvårdsnämnden 2025-12-11",
            "Diarienummer RÖ 2025-01987",
            f"Sida {n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhetsområde, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Kirurgiskt centrum", "2 410", "2 508", "−98"),
                "Högre kostnader för inhyrda sjuksköterskor och operationssjuksköterskor samt övertid för att korta "
                "vårdköerna.",
                C(
                    "Kirurgiskt centrum",
                    "−98",
                    "-",
                    "inhyrd_personal",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note="A comment with reasons only: the row's deviation cell.",
                ),
            ),
            (
                ("Medicinskt centrum", "1 985", "2 061", "−76"),
                "Beläggningen på medicinavdelningarna har legat över 100 procent sedan september, vilket har krävt "
                "extra bemanning nattetid.",
                C("Medicinskt centrum", "−76", "-", "volymer", "bemanning", unit="mnkr", table=True),
            ),
            (
                ("Psykiatri", "1 120", "1 164", "−44"),
                "Hyrläkare på två mottagningar där ordinarie läkartjänster är vakanta.",
                C("Psykiatri", "−44", "-", "inhyrd_personal", "vakanser", unit="mnkr", table=True),
            ),
            (
                ("Primärvård", "2 640", "2 695", "−55"),
                "Ersättningen till privata vårdcentraler blir 55 miljoner kronor högre än budgeterat, eftersom fler "
                "patienter har listat sig där.",
                C(
                    "Primärvård",
                    "55 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Diagnostik", "760", "752", "+8"),
                "Intäkterna för analyser åt andra regioner är högre än budgeterat.",
                C("Diagnostik", "+8", "+", "avgifter_intakter", unit="mnkr", table=True),
            ),
            (
                ("Läkemedel", "2 230", "2 301", "−71"),
                "Kostnaderna för nya cancerläkemedel och diabetesläkemedel ökar snabbare än budgeterat.",
                C("Läkemedel", "−71", "-", "material_hjalpmedel", unit="mnkr", table=True),
            ),
            (
                ("Utomlänsvård", "1 410", "1 404", "+6"),
                "I nivå med budget.",
                BP("Utomlänsvård", note="+6 in the row."),
            ),
            (("Nämndgemensamt", "540", "540", "0"), "", None),
            (("Summa", "13 095", "13 425", "−330"), "", None),
        ),
        widths=(112.0, 44.0, 46.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="narrow-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="narrow", after=12),
        H("Sammanfattning", 1),
        P(
            "Hälso- och sjukvårdsnämndens ackumulerade resultat till och med november är −312 miljoner kronor, vilket "
            "är 287 miljoner kronor sämre än periodens budget.",
            C(None, "287 miljoner kronor", "-", note="The period: a level, then the deviation."),
        ),
        P(
            "Helårsprognosen är ett underskott om 330 miljoner kronor mot budget (−305 i oktober).",
            C(
                None,
                "330 miljoner kronor",
                "-",
                note="The full year; the bracketed figure is last month's.",
            ),
        ),
        P(
            "Prognosen har därmed försämrats med 25 miljoner kronor sedan föregående månad, till största delen på "
            "grund av högre kostnader för hyrsjuksköterskor under hösten.",
            F(None, "25 miljoner kronor", "-", "inhyrd_personal"),
        ),
        H("Resultat per verksamhetsområde", 2),
        table,
        H("Personal", 2),
        P(
            "Kostnaderna för inhyrd personal uppgår till 412 miljoner kronor till och med november, 96 miljoner "
            "kronor mer än samma period 2024. Ökningen beror på att fler sjuksköterskor har sagt upp sig under året.",
            O(None, "inhyrd_personal", note="Against the previous year: other."),
        ),
        P(
            "Personalkostnaderna exklusive inhyrd personal ligger 1,4 procent över budget, vilket främst förklaras av "
            "övertid och mertid på vårdavdelningarna.",
            C(
                "Personalkostnader",
                None,
                "-",
                "overtid",
                note="A percentage only, and no table row for personnel costs: amount null.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för medicinteknisk utrustning är 214 miljoner kronor, 36 miljoner kronor lägre än "
            "investeringsbudgeten, då upphandlingen av två nya magnetkameror har överprövats.",
            C(
                "Investeringar",
                "36 miljoner kronor",
                "+",
                "periodisering",
                "ovrigt",
                note="A level before the under-spend; a procurement appeal (a legal case) delays it.",
            ),
        ),
        H("Pågående åtgärder", 2),
        Bullets(
            items=(
                "Stopp för ny inhyrning av sjuksköterskor från den 1 december, utom inom akutsjukvården.",
                "En samordnad bemanningsenhet för vårdavdelningarna, med en beräknad besparing på 18 miljoner kronor "
                "under 2026.",
            ),
            labels=(
                A(None, None, "inhyrd_personal"),
                A(None, "18 miljoner kronor", "bemanning"),
            ),
        ),
        H("Risker", 2),
        P(
            "Vinterns infektionsläge kan ge ytterligare överbeläggningar i december, vilket inte ingår i prognosen.",
            O(None, "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-ostergotland-hsn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Region Östergötland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Östergötland",
        },
        style=style,
        blocks=blocks,
    )
