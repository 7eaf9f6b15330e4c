"""Region Uppsala, Sjukhusstyrelsen, tertialrapport 1 2026 (januari–april).

A region's hospital board in its first tertial report, in "miljoner kronor" and "mnkr", footer with the
styrelse's meeting date in May and a diary number: the period "71,8 miljoner kronor sämre än periodens
budget" after the level, the full year "ett underskott mot budget på 180 miljoner kronor" followed by an
assumption (unlabelled), the change since February; a kostnadsslag table with U+2212 minus signs; then bold
run-in kostnadsslag ending in a full stop: revenue above budget, own staff "överskrider budget med 38,2
mnkr", hired staff "blivit 14,6 mnkr högre än budgeterat", drugs "11,9 mnkr högre än budget" followed by a
cost level (41 mnkr) that is not the amount, bought care "kostar 6,8 mnkr mer än planerat", a reason-only
row (the cell "−9,6") and "i nivå med budget" (boilerplate); then the two hospitals, one "negativ avvikelse
mot periodens budget på 83,1 mnkr", one "däremot ett överskott på 11,3 mnkr" with a timing reason, so the
deviation is explained twice (by kostnadsslag and by sjukhus); investments with the period's level in a
sentence of its own and "95 mnkr mindre än investeringsbudgeten"; an action plan with its effect, volumes
against 2025 and a risk (others). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Tertialrapport 1 2026 – Sjukhusstyrelsen"),
        footer=lambda n, m: ("Sjukhusstyrelsen 2026-05-28", "SHS 2026-00187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Utfall per kostnadsslag januari–april, mnkr",
        header=(("Kostnadsslag", "Budget jan–apr", "Utfall jan–apr", "Avvikelse"),),
        rows=(
            ("Patientavgifter och övriga intäkter", "1 412,0", "1 421,3", "+9,3"),
            ("Personalkostnader, egen personal", "2 106,4", "2 144,6", "−38,2"),
            ("Inhyrd personal", "22,0", "36,6", "−14,6"),
            ("Läkemedel", "318,5", "330,4", "−11,9"),
            ("Köpt vård", "96,0", "102,8", "−6,8"),
            ("Material och tjänster", "512,3", "521,9", "−9,6"),
            ("Lokaler och fastighet", "228,7", "228,7", "0,0"),
            ("Summa avvikelse", "", "", "−71,8"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title(
            "Sjukhusstyrelsen – Akademiska sjukhuset och Lasarettet i Enköping",
            size=12,
            font="serif",
            after=12,
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Sjukhusstyrelsens resultat för januari–april är −96,4 miljoner kronor, vilket är 71,8 miljoner kronor "
            "sämre än periodens budget.",
            C(None, "71,8 miljoner kronor", "-", note="The period: the level (−96,4) is not the amount."),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott mot budget på 180 miljoner kronor.",
                C(None, "180 miljoner kronor", "-"),
            ),
            ("Prognosen bygger på att åtgärdsplanen får full effekt från september.", None),
        ),
        P(
            "Prognosen har försämrats med 25 miljoner kronor sedan februarirapporten.",
            F(None, "25 miljoner kronor", "-"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter.",
            "Patientavgifter och övriga intäkter överstiger budget med 9,3 mnkr, främst genom högre försäljning av "
            "högspecialiserad vård till andra regioner.",
            C("Intäkter", "9,3 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader.",
            "Kostnaderna för egen personal överskrider budget med 38,2 mnkr. Övertid och mertid har ökat kraftigt "
            "under influensasäsongen, och sjuklönekostnaderna var höga i januari och februari.",
            C("Personalkostnader", "38,2 mnkr", "-", "overtid", "sjukfranvaro"),
        ),
        LP(
            "Inhyrd personal.",
            "Trots målet om oberoende av hyrpersonal har kostnaden blivit 14,6 mnkr högre än budgeterat, eftersom det "
            "fortfarande är svårt att rekrytera specialistsjuksköterskor till operation och intensivvård.",
            C("Inhyrd personal", "14,6 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna är 11,9 mnkr högre än budget. Den största ökningen gäller nya behandlingar inom "
            "hematologin, där kostnaden hittills uppgår till 41 mnkr.",
            C(
                "Läkemedel",
                "11,9 mnkr",
                "-",
                "material_hjalpmedel",
                note="The cost level (41 mnkr) is not the deviation; drugs are material_hjalpmedel.",
            ),
        ),
        LP(
            "Köpt vård.",
            "Den köpta vården kostar 6,8 mnkr mer än planerat till följd av fler remisser till privata vårdgivare för "
            "att korta köerna.",
            C("Köpt vård", "6,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Material och tjänster.",
            "Priserna på sjukvårdsmaterial och laboratorietjänster har stigit mer än vad som antogs i budgeten.",
            C(
                "Material och tjänster",
                "−9,6",
                "-",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's deviation cell.",
            ),
        ),
        LP(
            "Lokaler och fastighet.",
            "Kostnaderna ligger i nivå med budget.",
            BP("Lokaler och fastighet"),
        ),
        H("Sjukhusen", 2),
        P(
            "Akademiska sjukhuset redovisar en negativ avvikelse mot periodens budget på 83,1 mnkr. Underskottet "
            "finns i huvudsak inom akutsjukvård, operation och intensivvård, där både övertiden och användningen av "
            "inhyrd personal har ökat.",
            C(
                "Akademiska sjukhuset",
                "83,1 mnkr",
                "-",
                "overtid",
                "inhyrd_personal",
                note="The deviation explained a second time, by sjukhus: an item for every passage.",
            ),
        ),
        P(
            "Lasarettet i Enköping har däremot ett överskott på 11,3 mnkr. Det förklaras av att den nya dagkirurgiska "
            "enheten öppnar först i oktober, medan budgeten förutsatte start i mars.",
            C("Lasarettet i Enköping", "11,3 mnkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringsutgifterna för perioden uppgår till 62 mnkr.", None),
            (
                "För helåret beräknas 310 mnkr att användas, vilket är 95 mnkr mindre än investeringsbudgeten, "
                "främst eftersom leveransen av två magnetkameror har försenats.",
                C(
                    "Investeringar",
                    "95 mnkr",
                    "+",
                    "periodisering",
                    "material_hjalpmedel",
                    note="The period's level in a sentence of its own is not part of the item.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusstyrelsen beslutade i mars om en åtgärdsplan med stopp för nya chefstjänster, skärpt prövning av "
            "övertid och en plan för att avveckla hyrsjuksköterskor inom intensivvården. Åtgärderna beräknas "
            "förbättra resultatet med 60 miljoner kronor under 2026.",
            A(None, "60 miljoner kronor", "overtid", "inhyrd_personal"),
        ),
        H("Produktion och risker", 2),
        P(
            "Antalet operationer var 4 procent fler än under samma period 2025, medan antalet disponibla vårdplatser "
            "i genomsnitt var 12 färre.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
        P(
            "Förhandlingarna om ersättning för vård av patienter från andra regioner är inte avslutade, och utfallet "
            "kan påverka årets resultat med upp till 20 miljoner kronor.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-shs-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Sjukhusstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Sjukhusstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
