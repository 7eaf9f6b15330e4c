"""Region Stockholm, Ambulanssjukvården i Storstockholm AB (its styrelse), månadsrapport januari–november 2025.

A region-owned ambulance company's month report in DejaVu Sans Condensed 9.5 pt, footer with the board meeting
in December: the period's result as a level against a budgeted period result, then "Avvikelsen mot budget är
därmed −17,7 miljoner kronor" (one item), the full year "underskott på 16 miljoner kronor mot budget,
oförändrat jämfört med oktober" in a paragraph of its own; the result table pasted as an image (every amount in
the prose); bold run-in kostnadsslag with a colon: revenue "6,3 miljoner kronor över budget", personnel "Överskridandet
på 18,9 miljoner kronor beror på" with three causes, vehicles and fuel, premises with a reason only (amount
null: the image has no text layer), other costs; a forecast change for personnel with an offset, an action
with its effect, investments "31,2 miljoner kronor mot en budget på 44,0 miljoner kronor" (12,8 never written
out), sick leave against last year and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Ambulanssjukvården i Storstockholm AB", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-12-16", "Region Stockholm", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultaträkning januari–november 2025, miljoner kronor",
        header=(("", "Utfall", "Budget", "Avvikelse"),),
        rows=(
            ("Intäkter från Region Stockholm", "612,4", "606,1", "6,3"),
            ("Övriga intäkter", "8,2", "8,2", "0,0"),
            ("Personalkostnader", "−448,7", "−429,8", "−18,9"),
            ("Fordon och drivmedel", "−61,5", "−57,7", "−3,8"),
            ("Lokalkostnader", "−38,9", "−36,2", "−2,7"),
            ("Övriga kostnader", "−85,7", "−87,1", "1,4"),
            ("Periodens resultat", "−14,2", "3,5", "−17,7"),
        ),
        widths=(190.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport januari–november 2025", size=18, font="cond-bold", after=2),
        Title("Ambulanssjukvården i Storstockholm AB", size=12, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet för januari–november uppgår till −14,2 miljoner kronor, att jämföra med ett budgeterat "
            "resultat för perioden på 3,5 miljoner kronor. Avvikelsen mot budget är därmed −17,7 miljoner kronor.",
            C(None, "−17,7 miljoner kronor", "-", note="The period: two levels, then the deviation."),
        ),
        P(
            "Helårsprognosen är ett underskott på 16 miljoner kronor mot budget, oförändrat jämfört med oktober.",
            C(
                None,
                "16 miljoner kronor",
                "-",
                note="The full year in a paragraph of its own, 'oförändrat' in the same sentence: one cause item.",
            ),
        ),
        image,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Intäkter:",
            "Ersättningen från Region Stockholm ligger 6,3 miljoner kronor över budget, eftersom antalet "
            "ambulansuppdrag har ökat med drygt fyra procent.",
            C("Intäkter", "6,3 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Överskridandet på 18,9 miljoner kronor beror på övertid och extrapass för att upprätthålla beredskapen "
            "när sjukfrånvaron bland ambulanssjuksköterskor varit hög under hösten, samt på att lönerevisionen blev "
            "högre än budgeterat.",
            C("Personalkostnader", "18,9 miljoner kronor", "-", "overtid", "sjukfranvaro", "lonekostnader"),
        ),
        LP(
            "Fordon och drivmedel:",
            "Kostnaderna är 3,8 miljoner kronor högre än budget. Fler reparationer av den äldre fordonsflottan och "
            "högre dieselpriser förklarar avvikelsen.",
            C(
                "Fordon och drivmedel",
                "3,8 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="Vehicles and fuel are material_hjalpmedel, the dearer diesel prisokningar.",
            ),
        ),
        LP(
            "Lokaler:",
            "Hyran för den nya ambulansstationen i södra länet började debiteras i mars i stället för i september, "
            "vilket ger en negativ avvikelse.",
            C(
                "Lokaler",
                None,
                "-",
                "lokaler",
                "periodisering",
                note="Reason only, the table pasted as an image: amount null.",
            ),
        ),
        LP(
            "Övriga kostnader:",
            "Lägre kostnader för utbildning och konsulter ger ett överskott på 1,4 miljoner kronor.",
            C(
                "Övriga kostnader",
                "1,4 miljoner kronor",
                "+",
                "inhyrd_personal",
                note="Consultants: inhyrd_personal.",
            ),
        ),
        H("Prognos och åtgärder", 2),
        P(
            "Jämfört med föregående månad har prognosen för personalkostnaderna försämrats med 1,2 miljoner kronor, "
            "vilket vägs upp av högre intäkter.",
            F("Personalkostnader", "1,2 miljoner kronor", "-"),
        ),
        P(
            "Bolaget har infört centralt godkännande av extrapass och förstärkt rehabiliteringsarbetet, vilket "
            "beräknas minska kostnaderna med 0,8 miljoner kronor i december.",
            A("Personalkostnader", "0,8 miljoner kronor", "overtid", "sjukfranvaro"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för helåret beräknas till 31,2 miljoner kronor mot en budget på 44,0 miljoner kronor, "
            "då leveransen av sex nya ambulanser har försenats till februari 2026.",
            C(
                "Investeringar",
                "31,2 miljoner kronor mot en budget på 44,0 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=12_800_000,
                note="Under-spending of 12,8 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgår till 7,9 procent, jämfört med 6,8 procent under samma period 2024.",
            O(None, note="Sick leave against the previous year: other."),
        ),
        H("Risker", 2),
        P(
            "Regionens nya ersättningsmodell för 2026 kan innebära lägre intäkter för liggande transporter.",
            O("Intäkter", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-aisab-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Ambulanssjukvården i Storstockholm AB",
                "Ambulanssjukvården i Storstockholm AB",
                "AISAB",
            ],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Ambulanssjukvården i Storstockholm AB"},
        style=style,
        blocks=blocks,
    )
