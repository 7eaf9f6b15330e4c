"""Region Stockholm, Hälso- och sjukvårdsnämnden, månadsrapport oktober 2025.

A region's health-care month report in "miljoner kronor" and mnkr with U+2212 signs, footer with the nämnd's
meeting date in November and a diarienummer: the period "387 miljoner kronor sämre än periodiserad budget"
after the result's level, the full year "ett underskott på 520 miljoner kronor mot budget (−480 i
septemberrapporten)" (the bracket is last month's) and the change with its cause in three sentences of one
paragraph; a table per avtalsområde; then two columns of headings that carry the area and the amount
("Akutsjukhusvård −318 mnkr"), the first with two hospitals' deficits as a "respektive" pair in a sentence
of its own (their own items), a central risk reserve whose level (120 miljoner) is not the amount, drugs
(material_hjalpmedel), the administration's own vacancies; an action with its effect, directed state grants
passed on (financing, other) and emergency visits against last year (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Stockholm", "Hälso- och sjukvårdsförvaltningen"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2025-11-25", "HSN 2025-0917", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per avtalsområde 2025, mnkr (avvikelse: + bättre, − sämre än budget)",
        header=(("Område", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Akutsjukhusvård", "28 640", "28 958", "−318"),
            ("Primärvård", "11 920", "12 062", "−142"),
            ("Psykiatri", "6 310", "6 386", "−76"),
            ("Läkemedel", "9 480", "9 546", "−66"),
            ("Geriatrik och ASIH", "3 150", "3 112", "+38"),
            ("Tandvård", "1 870", "1 848", "+22"),
            ("Centrala poster och riskreserv", "640", "630", "+10"),
            ("Förvaltningens egna kostnader", "720", "708", "+12"),
            ("Summa", "62 730", "63 250", "−520"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Hälso- och sjukvårdsnämndens resultat för januari–oktober uppgår till −412 miljoner kronor, vilket "
                "är 387 miljoner kronor sämre än periodiserad budget.",
                C(None, "387 miljoner kronor", "-", note="The period against the periodised budget."),
            ),
            (
                "Helårsprognosen är ett underskott på 520 miljoner kronor mot budget (−480 i septemberrapporten).",
                C(
                    None,
                    "520 miljoner kronor",
                    "-",
                    note="The full year in a sentence of its own; the bracket is last month's figure.",
                ),
            ),
            (
                "Försämringen med 40 miljoner kronor beror på ökade volymer inom akutsomatiken under hösten.",
                F(None, "40 miljoner kronor", "-", "volymer"),
            ),
        ),
        table,
        H("Kommentarer per område", 2),
        Columns(2),
        Para(
            (
                (
                    "Produktionen vid akutsjukhusen har överstigit avtalade volymer, främst inom akutmottagningarna "
                    "och internmedicinen, och ersättningen för högspecialiserad vård har ökat mer än budgeterat.",
                    C(
                        "Akutsjukhusvård",
                        "−318 mnkr",
                        "-",
                        "volymer",
                        "kopt_verksamhet",
                        note="The heading carries the amount. Care bought from the hospitals: kopt_verksamhet.",
                    ),
                ),
                (
                    "Avvikelsen avser främst Karolinska Universitetssjukhuset och Södersjukhuset, med −164 respektive "
                    "−97 miljoner kronor.",
                    C(
                        "Karolinska Universitetssjukhuset",
                        "−164",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                        also=(C("Södersjukhuset", "−97 miljoner kronor", "-"),),
                    ),
                ),
            ),
            head="Akutsjukhusvård −318 mnkr",
        ),
        HP(
            "Primärvård −142 mnkr",
            "Antalet listade invånare har ökat mer än beräknat, och fler vårdcentraler har fått ersättning för "
            "utökade öppettider på kvällar och helger.",
            C("Primärvård", "−142 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Psykiatri −76 mnkr",
            "Köpt vård från privata vårdgivare inom barn- och ungdomspsykiatrin har ökat kraftigt för att korta "
            "väntetiderna till neuropsykiatriska utredningar.",
            C("Psykiatri", "−76 mnkr", "-", "kopt_verksamhet"),
        ),
        HP(
            "Läkemedel −66 mnkr",
            "Kostnaderna för läkemedel inom förmånen ökar snabbare än budgeterat, särskilt för diabetesläkemedel "
            "och nya cancerläkemedel.",
            C("Läkemedel", "−66 mnkr", "-", "material_hjalpmedel", note="Drugs: material_hjalpmedel."),
        ),
        HP(
            "Geriatrik och ASIH +38 mnkr",
            "Beläggningen på de geriatriska klinikerna har varit lägre än avtalat under sommaren.",
            C("Geriatrik och ASIH", "+38 mnkr", "+", "volymer"),
        ),
        HP(
            "Tandvård +22 mnkr",
            "Färre patienter än beräknat har utnyttjat det särskilda tandvårdsbidraget.",
            C("Tandvård", "+22 mnkr", "+", "volymer"),
        ),
        HP(
            "Centrala poster och riskreserv +10 mnkr",
            "Den centrala riskreserven på 120 miljoner kronor har till största delen tagits i anspråk för att möta "
            "underskotten inom vårdavtalen, och det som återstår ger ett litet överskott.",
            C(
                "Centrala poster och riskreserv",
                "+10 mnkr",
                "+",
                "reserver",
                note="The reserve's level (120 miljoner) is not the amount: the heading's is.",
            ),
        ),
        HP(
            "Förvaltningens egna kostnader +12 mnkr",
            "Flera tjänster inom beställarenheterna har stått vakanta under året.",
            C("Förvaltningens egna kostnader", "+12 mnkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att omförhandla volymtaken i avtalen med akutsjukhusen, vilket "
            "beräknas minska kostnaderna med 60 miljoner kronor 2026.",
            A("Akutsjukhusvård", "60 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Övrigt", 2),
        P(
            "De riktade statsbidragen för att korta vårdköerna, 210 miljoner kronor, har fördelats vidare till "
            "vårdgivarna och påverkar inte nämndens resultat.",
            O(None, "statsbidrag", note="Grants passed on: a financing statement, other."),
        ),
        P(
            "Antalet besök på länets akutmottagningar var 4 procent fler än under januari–oktober 2024.",
            O(None, "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-hsn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
