"""Region Halland, Driftnämnden Hallands sjukhus, delårsrapport januari–augusti 2025.

A region's hospital committee's interim report in "miljoner kronor" with U+2212 minus signs, footer with the
nämnd's meeting date in September and a diary number: one paragraph with the period's result level, the
period "58 miljoner kronor sämre än budget för perioden" and in the next sentence the full year "underskott mot
budget på 95 miljoner kronor" (two items); the change since the tertial report with its cause; a table with the
period's and the full year's deviation per verksamhetsområde; headings that carry the area and amount after a
comma ("Akutsjukvård, −34 miljoner kronor") over paragraphs with reasons only, one with a supporting
percentage, one "Den centrala bufferten har inte fördelats" (reserver); an action plan with its effect and a
second action sentence, staff numbers against last year with "beror på" and a risk (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Region Halland", "Hallands sjukhus – Delårsrapport 2025"),
        footer=lambda n, m: ("Driftnämnden Hallands sjukhus 2025-09-25", "Dnr RS250612", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Jan–aug", "Helårsprognos"),),
        rows=(
            ("Akutsjukvård", "−21", "−34"),
            ("Medicin", "−14", "−23"),
            ("Kirurgi och ortopedi", "−12", "−18"),
            ("Kvinnosjukvård och barn", "−4", "−6"),
            ("Bild- och funktionsmedicin", "+2", "+3"),
            ("Operation, anestesi och IVA", "−11", "−19"),
            ("Gemensamt", "+2", "+2"),
            ("Hallands sjukhus totalt", "−58", "−95"),
        ),
        widths=(190.0, 80.0, 90.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Driftnämnden Hallands sjukhus", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Hallands sjukhus redovisar ett resultat för perioden på −142 miljoner kronor, vilket är 58 miljoner "
                "kronor sämre än budget för perioden.",
                C(
                    None,
                    "58 miljoner kronor",
                    "-",
                    note="The period between a result level and the deviation.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott mot budget på 95 miljoner kronor.",
                C(None, "95 miljoner kronor", "-"),
            ),
        ),
        P(
            "Prognosen har försämrats med 20 miljoner kronor sedan tertialrapporten, främst beroende på ökade "
            "kostnader för hyrläkare inom akutsjukvården under sommaren.",
            F(None, "20 miljoner kronor", "-", "inhyrd_personal"),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        HP(
            "Akutsjukvård, −34 miljoner kronor",
            "Avvikelsen beror till största delen på hyrläkare och hyrsjuksköterskor på akutmottagningarna i Halmstad "
            "och Varberg, där flera tjänster har varit vakanta sedan våren. Antalet besök har dessutom ökat med 7 "
            "procent.",
            C(
                "Akutsjukvård",
                "−34 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                "volymer",
                note="The heading carries the area and amount after a comma.",
            ),
        ),
        HP(
            "Medicin, −23 miljoner kronor",
            "Medicinkliniken har haft en beläggning över 100 procent under hela perioden, vilket har krävt extra "
            "bemanning med övertid och timanställda.",
            C("Medicin", "−23 miljoner kronor", "-", "volymer", "overtid", "vikarier"),
        ),
        HP(
            "Kirurgi och ortopedi, −18 miljoner kronor",
            "Kostnaderna för implantat och medicinskt förbrukningsmaterial har ökat kraftigt. Kirurgin har också köpt "
            "operationer av privata vårdgivare för att korta köerna.",
            C("Kirurgi och ortopedi", "−18 miljoner kronor", "-", "material_hjalpmedel", "kopt_verksamhet"),
        ),
        HP(
            "Operation, anestesi och IVA, −19 miljoner kronor",
            "Intensivvården i Halmstad har haft fler vårddygn än planerat, och sjuklönekostnaderna bland "
            "operationssjuksköterskorna är höga.",
            C("Operation, anestesi och IVA", "−19 miljoner kronor", "-", "volymer", "sjukfranvaro"),
        ),
        HP(
            "Kvinnosjukvård och barn, −6 miljoner kronor",
            "Underskottet förklaras av högre läkemedelskostnader inom barnonkologin.",
            C("Kvinnosjukvård och barn", "−6 miljoner kronor", "-", "material_hjalpmedel", note="Drugs."),
        ),
        HP(
            "Bild- och funktionsmedicin, +3 miljoner kronor",
            "Intäkterna från röntgenundersökningar som primärvården beställer blir högre än budgeterat.",
            C("Bild- och funktionsmedicin", "+3 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Gemensamt, +2 miljoner kronor",
            "Den centrala bufferten har inte fördelats.",
            C("Gemensamt", "+2 miljoner kronor", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Sjukhusledningen har beslutat om en handlingsplan med åtgärder som ska ge en effekt på 30 miljoner "
                "kronor på helårsbasis.",
                A(None, "30 miljoner kronor"),
            ),
            (
                "Bland annat avvecklas hyrsjuksköterskor inom medicin från och med oktober, och övertid ska beviljas "
                "av verksamhetschef.",
                A("Medicin", None, "inhyrd_personal", "overtid"),
            ),
        ),
        H("Personal", 2),
        P(
            "Antalet anställda har ökat med 112 jämfört med augusti 2024, vilket främst beror på nyanställda "
            "sjuksköterskor inom akutsjukvården.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
        P(
            "Kostnaderna för läkemedel och medicinsk teknik kan bli högre än prognostiserat under hösten.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-hallands-sjukhus-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Hallands sjukhus", "Hallands sjukhus"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Hallands sjukhus", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
