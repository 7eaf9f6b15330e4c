"""Region Stockholm, Styrelsen för Södersjukhuset AB, tertialrapport 1 2026.

A hospital company's first tertial report in Arial (Liberation Sans) with every amount in "miljoner kronor",
footer with the board's meeting date in May: the period "41,1 miljoner kronor sämre än budget för perioden"
after a result level and the full year "en negativ avvikelse mot budget med 105 miljoner kronor" after two
levels, in two sentences; a kostnadsslag table with U+2212 minus, then bold run-in kostnadsslag in varied
shapes: revenue "46 miljoner kronor högre än budget", "understiger budget med 17 miljoner kronor", personnel
costs and two causes in the next sentence, hired staff whose level (79) stands before the deviation (31),
drugs and premises as a "respektive" pair with each area's own cause in the next sentence, material "4
miljoner kronor lägre", "bedöms följa budget" (boilerplate); the change since February with a "varav" part,
an action with a full-year effect, investments with a period level before "45 miljoner kronor lägre än
investeringsbudgeten" and production against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Södersjukhuset AB", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Region Stockholm – Styrelsen för Södersjukhuset AB, 2026-05-21", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, miljoner kronor",
        header=(("", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter från vårdavtal", "4 812", "4 858", "46"),
            ("Övriga intäkter", "388", "371", "\u221217"),
            ("Personalkostnader", "\u22123 226", "\u22123 298", "\u221272"),
            ("Inhyrd personal", "\u221248", "\u221279", "\u221231"),
            ("Läkemedel", "\u2212312", "\u2212331", "\u221219"),
            ("Medicinskt material", "\u2212402", "\u2212398", "4"),
            ("Lokaler och fastighet", "\u2212612", "\u2212628", "\u221216"),
            ("Övriga kostnader", "\u2212590", "\u2212590", "0"),
            ("Resultat", "10", "\u221295", "\u2212105"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="arial-bold", after=2),
        Title("Södersjukhuset AB", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Södersjukhusets resultat för januari–april uppgår till −38,6 miljoner kronor, vilket är 41,1 "
                "miljoner kronor sämre än budget för perioden.",
                C(None, "41,1 miljoner kronor", "-", note="The period after a result level."),
            ),
            (
                "Helårsprognosen är ett underskott på 95 miljoner kronor jämfört med ett budgeterat resultat på 10 "
                "miljoner kronor, en negativ avvikelse mot budget med 105 miljoner kronor.",
                C(None, "105 miljoner kronor", "-", note="The full year after two levels."),
            ),
        ),
        P(
            "Prognosen har försämrats med 20 miljoner kronor jämfört med prognosen i februari, varav 12 miljoner "
            "kronor avser den högre lönerevisionen.",
            F(None, "20 miljoner kronor", "-", "lonekostnader", note="The total with a 'varav' part."),
        ),
        table,
        H("Kommentarer till avvikelserna", 3),
        LP(
            "Vårdavtal.",
            "Intäkterna från vårdavtalet med hälso- och sjukvårdsnämnden beräknas bli 46 miljoner kronor högre än "
            "budget, till följd av fler akutbesök och en högre produktion inom ortopedi än avtalat.",
            C("Intäkter från vårdavtal", "46 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Övriga intäkter.",
            "Övriga intäkter understiger budget med 17 miljoner kronor, eftersom ersättningen för vård av patienter "
            "från andra regioner har minskat.",
            C("Övriga intäkter", "17 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personal.",
            "Personalkostnaderna överstiger budget med 72 miljoner kronor. Lönerevisionen blev högre än budgeterat "
            "och övertiden har ökat på akutkliniken och inom förlossningsvården.",
            C("Personalkostnader", "72 miljoner kronor", "-", "lonekostnader", "overtid"),
        ),
        LP(
            "Inhyrd personal.",
            "Kostnaderna för inhyrd personal beräknas till 79 miljoner kronor, vilket är 31 miljoner kronor mer än "
            "budgeterat, främst hyrsjuksköterskor på grund av vakanser inom intensivvården.",
            C(
                "Inhyrd personal",
                "31 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The cost level (79) stands before the deviation.",
            ),
        ),
        LP(
            "Läkemedel och lokaler.",
            "Läkemedel och lokaler väntas överskrida budget med 19 respektive 16 miljoner kronor. "
            "Läkemedelskostnaderna ökar till följd av nya cancerbehandlingar, och hyran för den nya akutbyggnaden "
            "har räknats upp med ett högre index än beräknat.",
            C(
                "Läkemedel",
                "19",
                "-",
                "material_hjalpmedel",
                unit="mnkr",
                value=19e6,
                note="A 'respektive' pair with each area's own cause in the next sentence: two items with the "
                "same text, each with its own tags (drugs are material_hjalpmedel).",
                also=(C("Lokaler och fastighet", "16 miljoner kronor", "-", "lokaler", "prisokningar"),),
            ),
        ),
        LP(
            "Medicinskt material.",
            "Kostnaderna för medicinskt material blir 4 miljoner kronor lägre än budget tack vare nya upphandlade "
            "avtal med lägre priser.",
            C("Medicinskt material", "4 miljoner kronor", "+", "prisokningar", "material_hjalpmedel"),
        ),
        LP("Övriga kostnader.", "Övriga kostnader bedöms följa budget.", BP("Övriga kostnader")),
        H("Åtgärder", 2),
        P(
            "Sjukhuset har infört en åtgärdsplan med skärpt anställningsprövning och utfasning av inhyrda "
            "sjuksköterskor, som beräknas förbättra resultatet med 30 miljoner kronor på helårsbasis.",
            A(None, "30 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringarna för perioden uppgår till 62 miljoner kronor.", None),
            (
                "För helåret prognostiseras 260 miljoner kronor, vilket är 45 miljoner kronor lägre än "
                "investeringsbudgeten, främst eftersom leveransen av två magnetkameror har försenats.",
                C(
                    "Investeringar",
                    "45 miljoner kronor",
                    "+",
                    "periodisering",
                    "material_hjalpmedel",
                    note="The period's level in the sentence before is unlabelled.",
                ),
            ),
        ),
        H("Verksamhet", 2),
        P(
            "Produktionen inom akutsjukvården var 5 procent högre än under samma period 2025.",
            O(None, "volymer", note="Production against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-sos-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Styrelsen för Södersjukhuset AB", "Södersjukhuset AB", "Södersjukhuset"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Södersjukhuset AB", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
