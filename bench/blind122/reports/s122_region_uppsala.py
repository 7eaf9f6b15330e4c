"""Region Uppsala, Hälso- och sjukvårdsstyrelsen, delårsrapport per augusti 2025.

A region's health-care interim report in DejaVu Sans with DejaVu Serif headings, in "miljoner kronor": the
period "147 miljoner kronor sämre än budget för perioden" and the full year in two sentences of one paragraph
(two items), the change since the tertial report with two causes (a forecast change); a result table with
hyphen-minus; then two columns of bold run-in verksamhetsområden ending in a full stop in varied shapes
("Området redovisar ett underskott på 128 miljoner kronor" followed by its reasons, "Prognosen är −46
miljoner kronor", drug costs "beräknas överstiga budget med 58 miljoner kronor", "blir 31 miljoner kronor
dyrare än budgeterat", "ett överskott mot budget på 12 miljoner kronor", "budget bedöms hålla"
(boilerplate), "Ett underskott på 9 miljoner kronor till följd av", targeted grants "20 miljoner kronor högre
än budgeterat"), page break before one column; personnel costs against last year (other), hired staff "14
miljoner kronor mer än budgeterat" (a sub-area, its own cause); an action plan with its yearly effect;
investments "168 miljoner kronor mot en budget på 205 miljoner kronor" (37 never written out); a risk
(other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Region Uppsala", "Delårsrapport 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsstyrelsen", "Beslutad 2025-10-01", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Somatisk specialistvård", "6 842", "6 970", "-128"),
            ("Psykiatri", "1 215", "1 261", "-46"),
            ("Läkemedel", "2 480", "2 538", "-58"),
            ("Köpt vård", "1 104", "1 135", "-31"),
            ("Primärvård", "2 317", "2 305", "12"),
            ("Tandvård", "512", "512", "0"),
            ("Ambulanssjukvård", "398", "407", "-9"),
            ("Riktade statsbidrag", "-640", "-660", "20"),
            ("Summa", "14 228", "14 468", "-240"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Hälso- och sjukvårdsstyrelsen", size=12, font="sans", after=14),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Hälso- och sjukvårdsstyrelsens resultat per augusti är −212 miljoner kronor, vilket är 147 "
                "miljoner kronor sämre än budget för perioden.",
                C(
                    None,
                    "147 miljoner kronor",
                    "-",
                    note="The period; the result level (−212) is not the amount.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott mot budget på 240 miljoner kronor.",
                C(None, "240 miljoner kronor", "-", note="The full year, a sentence of its own."),
            ),
        ),
        P(
            "Prognosen har försämrats med 35 miljoner kronor sedan tertialrapporten, till följd av högre kostnader "
            "för läkemedel och för inhyrda sjuksköterskor.",
            F(None, "35 miljoner kronor", "-", "material_hjalpmedel", "inhyrd_personal"),
        ),
        table,
        H("Verksamhetsområdenas prognoser", 2),
        Columns(2),
        LP(
            "Somatisk specialistvård.",
            "Området redovisar ett underskott på 128 miljoner kronor. Det beror främst på inhyrda sjuksköterskor "
            "och läkare, på övertid för att hålla vårdplatser öppna och på högre priser för medicinsk service.",
            C(
                "Somatisk specialistvård",
                "128 miljoner kronor",
                "-",
                "inhyrd_personal",
                "overtid",
                "prisokningar",
            ),
        ),
        LP(
            "Psykiatri.",
            "Prognosen är −46 miljoner kronor. Psykiatrin har svårt att rekrytera specialistläkare och köper i "
            "stället tjänster från bemanningsföretag.",
            C("Psykiatri", "−46 miljoner kronor", "-", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Läkemedel.",
            "Kostnaderna för läkemedel inom förmånen beräknas överstiga budget med 58 miljoner kronor, främst för "
            "nya diabetes- och cancerläkemedel.",
            C(
                "Läkemedel",
                "58 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="Drugs: material_hjalpmedel.",
            ),
        ),
        LP(
            "Köpt vård.",
            "Rikssjukvård och vård i andra regioner blir 31 miljoner kronor dyrare än budgeterat, till följd av "
            "fler remitterade patienter.",
            C("Köpt vård", "31 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Primärvård.",
            "Primärvården visar ett överskott mot budget på 12 miljoner kronor, eftersom ersättningen till de "
            "privata vårdcentralerna blivit lägre när antalet listade har minskat.",
            C("Primärvård", "12 miljoner kronor", "+", "kopt_verksamhet", "volymer"),
        ),
        LP("Tandvård.", "Tandvårdens budget bedöms hålla.", BP("Tandvård")),
        LP(
            "Ambulanssjukvård.",
            "Ett underskott på 9 miljoner kronor till följd av fler uppdrag och högre kostnader för drivmedel.",
            C("Ambulanssjukvård", "9 miljoner kronor", "-", "volymer", "material_hjalpmedel"),
        ),
        LP(
            "Riktade statsbidrag.",
            "Statsbidragen för kortare vårdköer och för personalförstärkning bedöms bli 20 miljoner kronor högre "
            "än budgeterat.",
            C("Riktade statsbidrag", "20 miljoner kronor", "+", "statsbidrag"),
        ),
        PageBreak(),
        Columns(1),
        H("Personal", 2),
        P(
            "Personalkostnaderna är 4,2 procent högre än under samma period 2024.",
            O(None, note="Cost growth against last year: other."),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgår till 96 miljoner kronor per augusti, 14 miljoner kronor mer än "
            "budgeterat.",
            C(
                "Inhyrd personal",
                "14 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="A sub-area's deviation for the period (the level of 96 is not the amount): its own item.",
            ),
        ),
        P(
            "Styrelsen har beslutat om en handlingsplan för att minska beroendet av hyrpersonal, som på årsbasis "
            "ska sänka kostnaderna med 30 miljoner kronor.",
            A(None, "30 miljoner kronor", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas till 168 miljoner kronor mot en budget på 205 "
            "miljoner kronor.",
            C(
                "Medicinteknisk utrustning",
                "168 miljoner kronor mot en budget på 205 miljoner kronor",
                "+",
                value=37_000_000,
                note="An under-spend never written out: the computed 37, the amount text as written.",
            ),
        ),
        H("Risker", 2),
        P(
            "En osäkerhet i prognosen är utfallet av förhandlingarna med andra regioner om priserna för "
            "rikssjukvård under 2025.",
            O("Köpt vård", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-hss-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Hälso- och sjukvårdsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Hälso- och sjukvårdsstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
