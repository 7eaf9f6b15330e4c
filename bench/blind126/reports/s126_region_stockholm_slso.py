"""Region Stockholm, Styrelsen för Stockholms läns sjukvårdsområde (SLSO), månadsrapport oktober 2025.

A region's health-care provider's month report in "miljoner kronor", footer with the board's meeting in
November: the period "121 miljoner kronor sämre än budget för perioden" after a level, the full year's
"underskott på 140 miljoner kronor mot budget" and the change since September with its cause in separate
sentences; a shaded grid table per verksamhetsområde with U+2212 and "+"; two columns of bold run-in areas
with a colon: psychiatry "Underskottet på 68 miljoner kronor kan härledas till" followed by a sub-area's
own deficit, geriatrics "Prognosen är −51 miljoner kronor.", primary care with reasons only (the row's
"−25"), "Ett överskott om 14 miljoner kronor väntas, en följd av", aids with the amount at the end of the
sentence ("har gett 18 miljoner kronor i underskott"), and "sluta 8 miljoner kronor bättre än budget"; an
action with its effect, the share of hired staff against last year and an uncertainty (others). Liberation
Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(56.0, 80.0, 56.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Region Stockholm", "Stockholms läns sjukvårdsområde"),
        footer=lambda n, m: ("Styrelsen för SLSO 2025-11-26", "Månadsrapport oktober 2025", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Psykiatri", "4 120", "4 188", "−68"),
            ("Geriatrik", "1 640", "1 691", "−51"),
            ("Primärvård och ASIH", "2 310", "2 335", "−25"),
            ("Habilitering och hälsa", "980", "966", "+14"),
            ("Hjälpmedel", "760", "778", "−18"),
            ("Gemensamma funktioner", "530", "522", "+8"),
            ("SLSO totalt", "10 340", "10 480", "−140"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        shade=(0.85, 0.88, 0.93),
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Stockholms läns sjukvårdsområde", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 1),
        P(
            "SLSO:s resultat för januari–oktober uppgår till −84 miljoner kronor, vilket är 121 miljoner kronor sämre "
            "än budget för perioden.",
            C(None, "121 miljoner kronor", "-", note="A level, then the period's deviation."),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott på 140 miljoner kronor mot budget.",
                C(None, "140 miljoner kronor", "-"),
            ),
            (
                "Det är en försämring med 12 miljoner kronor jämfört med prognosen i september, som främst beror på "
                "ökade kostnader för hyrsjuksköterskor inom geriatriken.",
                F(None, "12 miljoner kronor", "-", "inhyrd_personal"),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        LP(
            "Psykiatri:",
            "Underskottet på 68 miljoner kronor kan härledas till hyrläkare inom vuxenpsykiatrin i södra länet och "
            "till fler patienter i slutenvården än planerat.",
            C("Psykiatri", "68 miljoner kronor", "-", "inhyrd_personal", "volymer"),
            (
                "Rättspsykiatrin visar för sig ett underskott på 22 miljoner kronor, där beläggningen har legat över "
                "100 procent sedan maj.",
                C(
                    "Rättspsykiatri",
                    "22 miljoner kronor",
                    "-",
                    "volymer",
                    note="A sub-area inside another area's paragraph: its own item.",
                ),
            ),
        ),
        LP(
            "Geriatrik:",
            "Prognosen är −51 miljoner kronor. Bemanningen på de geriatriska klinikerna har krävt hyrsjuksköterskor och "
            "övertid under hela sommaren.",
            C("Geriatrik", "−51 miljoner kronor", "-", "inhyrd_personal", "overtid", "bemanning"),
        ),
        LP(
            "Primärvård och ASIH:",
            "Vårdcentralernas ersättning från vårdvalet blir lägre än budgeterat, bland annat för att antalet listade "
            "har minskat. Därtill har ASIH-enheterna ökade kostnader för läkemedel.",
            C(
                "Primärvård och ASIH",
                "−25",
                "-",
                "avgifter_intakter",
                "volymer",
                "material_hjalpmedel",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell. Drugs are material_hjalpmedel.",
            ),
        ),
        LP(
            "Habilitering och hälsa:",
            "Ett överskott om 14 miljoner kronor väntas, en följd av vakanta psykologtjänster och att ett nytt IT-stöd "
            "för habiliteringsplaner har försenats.",
            C(
                "Habilitering och hälsa",
                "14 miljoner kronor",
                "+",
                "vakanser",
                "it_digitalisering",
                "periodisering",
            ),
        ),
        LP(
            "Hjälpmedel:",
            "Kostnaderna för hjälpmedel ökar snabbare än ersättningen, och prisökningar på elrullstolar har gett 18 "
            "miljoner kronor i underskott.",
            C("Hjälpmedel", "18 miljoner kronor", "-", "material_hjalpmedel", "prisokningar"),
        ),
        LP(
            "Gemensamma funktioner:",
            "Gemensamma funktioner bedöms sluta 8 miljoner kronor bättre än budget på grund av lägre lokalkostnader "
            "efter flytten av förvaltningskontoret.",
            C("Gemensamma funktioner", "8 miljoner kronor", "+", "lokaler"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "En handlingsplan för att avveckla hyrsjuksköterskor inom geriatriken till och med mars 2026 har beslutats. "
            "Effekten för 2025 beräknas till 6 miljoner kronor.",
            A("Geriatrik", "6 miljoner kronor", "inhyrd_personal"),
        ),
        H("Personal och osäkerheter", 2),
        P(
            "Andelen hyrpersonal av personalkostnaderna var 4,6 procent, jämfört med 3,9 procent i oktober 2024.",
            O(None, "inhyrd_personal", note="A share against the previous year: other."),
        ),
        P(
            "Prognosen innehåller en osäkerhet kring utfallet av förhandlingarna med Hälso- och sjukvårdsnämnden om "
            "vårdvalsersättningen för 2025.",
            O(None, note="An uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-slso-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Stockholms läns sjukvårdsområde",
                "Stockholms läns sjukvårdsområde",
                "SLSO",
            ],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 SLSO", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
