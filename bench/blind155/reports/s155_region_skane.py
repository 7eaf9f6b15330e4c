"""Region Skåne, Sjukhusstyrelse Helsingborgs lasarett, månadsrapport oktober 2025.

A hospital board's month report (DejaVu Sans Condensed 9.5 pt), header with the board's meeting date in
November: the period "71,2 miljoner kronor sämre än periodens budget" after the level, the full year "ett
underskott mot budget på 88 miljoner kronor" and, in the next sentence, the improvement since September with
its cause (a forecast change); a table by kostnadsslag with the period and the full year's deviation in mnkr;
kostnadsslag paragraphs: staff "överstiger budget med 31,5 mnkr för helåret", hired doctors and nurses "blir
24,0 mnkr högre än budget", a heading that carries the amount ("Läkemedel −18,7 mnkr"), a reason-only bought
care (the full-year cell "−9,5"), revenue from patients of other regions "överstiger budget med 6,3 miljoner
kronor" (positive), other costs with a water leak, laboratory costs "i nivå med budget" (boilerplate); two
verksamhetsområden as a "respektive" pair; an action, sick leave against last year and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne  Helsingborgs lasarett", "Sjukhusstyrelsen 2025-11-26"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Dnr 2025-HL-0817", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, mnkr (negativt = sämre än budget)",
        header=(
            ("Kostnadsslag", "Utfall jan–okt", "Budget jan–okt", "Avvikelse jan–okt", "Avvikelse helår"),
        ),
        rows=(
            ("Patientavgifter och övriga intäkter", "412,6", "407,3", "5,3", "6,3"),
            ("Personalkostnader", "-1 498,2", "-1 472,6", "-25,6", "-31,5"),
            ("Inhyrd personal", "-61,4", "-41,9", "-19,5", "-24,0"),
            ("Köpt vård", "-118,8", "-110,7", "-8,1", "-9,5"),
            ("Läkemedel", "-203,5", "-188,0", "-15,5", "-18,7"),
            ("Laboratorie- och röntgentjänster", "-96,2", "-95,9", "-0,3", "0,0"),
            ("Övriga kostnader", "-341,9", "-334,4", "-7,5", "-10,6"),
            ("Summa", "", "", "-71,2", "-88,0"),
        ),
        widths=(168.0, 70.0, 72.0, 78.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Sjukhusstyrelse Helsingborgs lasarett", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Helsingborgs lasarett redovisar ett ackumulerat resultat efter oktober på −96,4 miljoner kronor, "
            "vilket är 71,2 miljoner kronor sämre än periodens budget.",
            C(None, "71,2 miljoner kronor", "-", note="The level (−96,4) is not the deviation."),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott mot budget på 88 miljoner kronor.",
                C(None, "88 miljoner kronor", "-"),
            ),
            (
                "Det är en förbättring med 6 miljoner kronor jämfört med prognosen i september, som beror på att "
                "vårdavdelningen för geriatrik har kunnat bemannas utan inhyrda sjuksköterskor sedan oktober.",
                F(
                    None,
                    "6 miljoner kronor",
                    "+",
                    "inhyrd_personal",
                    note="In the next sentence: its own item.",
                ),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal överstiger budget med 31,5 mnkr för helåret. Det beror på "
            "fler anställda sjuksköterskor än budgeterat på akutmottagningen och på övertid under sommaren.",
            C("Personalkostnader", "31,5 mnkr", "-", "bemanning", "overtid"),
        ),
        P(
            "Kostnaden för inhyrda läkare och sjuksköterskor blir 24,0 mnkr högre än budget. Hyrläkare behövs "
            "främst inom psykiatrin och på röntgen, där flera specialisttjänster är vakanta.",
            C("Inhyrd personal", "24,0 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        HP(
            "Läkemedel −18,7 mnkr",
            "Kostnaderna för läkemedel fortsätter att öka, framför allt inom cancervården där två nya behandlingar "
            "har införts under året.",
            C("Läkemedel", "−18,7 mnkr", "-", "material_hjalpmedel", note="The heading carries the amount."),
        ),
        H("Köpt vård", 3),
        P(
            "Fler patienter har remitterats till universitetssjukhuset för hjärtkirurgi och till privata vårdgivare "
            "för att korta köerna till ortopedi.",
            C(
                "Köpt vård",
                "-9,5",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason-only paragraph: the table's full-year cell.",
            ),
        ),
        H("Intäkter", 3),
        P(
            "Intäkterna för utomlänspatienter och patientavgifter överstiger budget med 6,3 miljoner kronor, "
            "eftersom fler patienter från andra regioner har sökt planerad vård på lasarettet.",
            C(
                "Patientavgifter och övriga intäkter",
                "6,3 miljoner kronor",
                "+",
                "avgifter_intakter",
                "volymer",
            ),
        ),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader, bland annat för medicinteknisk utrustning och reparationer efter vattenläckan i "
            "operationsavdelningen i juni, blir 10,6 mnkr högre än budget.",
            C(
                "Övriga kostnader",
                "10,6 mnkr",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                note="A water leak is ovrigt.",
            ),
        ),
        H("Laboratorie- och röntgentjänster", 3),
        P(
            "Kostnaderna för laboratorieanalyser och röntgentjänster ligger i nivå med budget.",
            BP("Laboratorie- och röntgentjänster"),
        ),
        H("Verksamhetsområden", 2),
        P(
            "Av helårsunderskottet svarar område Medicin och område Kirurgi för −38 respektive −29 miljoner kronor, "
            "främst genom inhyrd personal och överbeläggningar på vårdavdelningarna.",
            C(
                "Område Medicin",
                "−38",
                "-",
                "inhyrd_personal",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with a shared reason: two items, same tags.",
                also=(C("Område Kirurgi", "−29 miljoner kronor", "-", "inhyrd_personal", "volymer"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusledningen har infört stopp för nya inhyrningar från och med november, utom inom psykiatrin, "
            "vilket beräknas minska kostnaderna med 3 miljoner kronor i år.",
            A(None, "3 miljoner kronor", "inhyrd_personal"),
        ),
        H("Medarbetare och risker", 2),
        P(
            "Sjukfrånvaron var 6,8 procent i september, 0,4 procentenheter lägre än ett år tidigare.",
            O(None, "sjukfranvaro", note="Sick leave against last year."),
        ),
        P(
            "Prognosen förutsätter att antalet vårdplatser inte behöver utökas under vintern med anledning av "
            "influensa och covid-19.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-skane-helsingborgs-lasarett-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Helsingborgs lasarett",
                "Sjukhusstyrelsen för Helsingborgs lasarett",
                "Helsingborgs lasarett",
            ],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Helsingborgs lasarett", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
