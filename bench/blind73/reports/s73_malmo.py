"""Malmö stad, Hälsa-, vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

A city's elderly-care and municipal health-care committee's interim report whose result table is pasted as
an image (every amount in the prose): the period "−38 miljoner kronor i förhållande till budget" and the full
year's "underskott på 64 miljoner kronor" in two sentences of one paragraph (two items), the change since April
without a cause; two columns of plain headings: home care's "−52 miljoner kronor" with volume, sick-leave and
hourly-staff causes and, in the same paragraph, a sub-area (purchased home care in the valfrihetssystem, "18
miljoner kronor högre än budgeterat") as its own item, a home-care volume against last year (other), care homes "8 miljoner kronor bättre än budget"
after two closures, health care "ett underskott om
12,5 miljoner kronor, varav 9,5 miljoner kronor avser inhyrda sjuksköterskor" (one item, the total),
short-term care and the needs-assessment unit "−9 respektive +1,5 miljoner kronor" with their own reasons in
the next sentence (two items, the same text), the common administration "i nivå med budget" (boilerplate);
an unbudgeted grant as a risk (other), two actions, investments "9 miljoner kronor inte används" and a kitchen
rebuild "2,4 miljoner kronor dyrare än projektbudgeten", and sick leave against last year (other). DejaVu Sans
9.5 pt with an image table.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image: the amount is in the prose."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Malmö stad", "Hälsa-, vård- och omsorgsnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("HVN-2025-04127", "Nämndens sammanträde 2025-09-24", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    image = Table(
        caption="Tabell 1. Resultat per avdelning, miljoner kronor",
        header=(("Avdelning", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Myndighet", "118,0", "76,2", "116,5", "+1,5"),
            ("Hemtjänst", "1 412,0", "983,4", "1 464,0", "−52,0"),
            ("Vård- och omsorgsboenden", "2 236,0", "1 462,1", "2 228,0", "+8,0"),
            ("Hälso- och sjukvård", "604,0", "412,9", "616,5", "−12,5"),
            ("Korttidsvård", "214,0", "148,0", "223,0", "−9,0"),
            ("Gemensam administration", "131,0", "85,9", "131,0", "0,0"),
            ("Summa", "4 715,0", "3 168,5", "4 779,0", "−64,0"),
        ),
        widths=(150.0, 72.0, 78.0, 74.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Hälsa-, vård- och omsorgsnämnden, januari–augusti", size=12, font="sans", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Hälsa-, vård- och omsorgsnämnden redovisar för januari–augusti ett resultat på −38 miljoner kronor "
                "i förhållande till budget.",
                C(None, "−38 miljoner kronor", "-", note="The period, a sentence of its own: a cause."),
            ),
            (
                "Helårsprognosen är ett underskott på 64 miljoner kronor.",
                C(None, "64 miljoner kronor", "-", note="The full year in the next sentence: a second item."),
            ),
        ),
        P(
            "Prognosen har försämrats med 11 miljoner kronor sedan tertialrapporten i april.",
            F(None, "11 miljoner kronor", "-"),
        ),
        image,
        Space(8),
        P(
            "Det statsbidrag för äldreomsorgen som regeringen aviserat för hösten, för nämndens del cirka 14 "
            "miljoner kronor, ingår inte i prognosen eftersom beslutet ännu inte har fattats.",
            O(None, "statsbidrag", note="An unbudgeted grant not in the forecast: a risk, other."),
        ),
        H("Avdelningarnas resultat", 2),
        Columns(2),
        H("Hemtjänst", 3),
        Para(
            (
                (
                    "Hemtjänsten svarar för den största delen av underskottet, −52 miljoner kronor. Antalet "
                    "beviljade timmar har ökat med sex procent sedan januari, och sjukfrånvaron i områdena Väster "
                    "och Norr har lett till att fler timanställda har behövts.",
                    C("Hemtjänst", "−52 miljoner kronor", "-", "volymer", "sjukfranvaro", "vikarier"),
                ),
                (
                    "Kostnaderna för hemtjänst som köps från privata utförare i valfrihetssystemet blir 18 miljoner "
                    "kronor högre än budgeterat, eftersom fler brukare har valt en privat utförare.",
                    C(
                        "Köpt hemtjänst i valfrihetssystemet",
                        "18 miljoner kronor",
                        "-",
                        "kopt_verksamhet",
                        note="A sub-area's deviation inside the area's paragraph: its own item.",
                    ),
                ),
            )
        ),
        P(
            "I augusti hade 5 940 personer hemtjänst, 210 fler än i augusti 2024.",
            O("Hemtjänst", "volymer", note="Volume against the previous year: other."),
        ),
        H("Vård- och omsorgsboenden", 3),
        P(
            "För vård- och omsorgsboendena är prognosen 8 miljoner kronor bättre än budget. Två boenden med "
            "sammanlagt 84 platser avvecklades under våren, medan budgeten räknade med drift under hela året.",
            C("Vård- och omsorgsboenden", "8 miljoner kronor", "+", "omstallning", "volymer"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Hälso- och sjukvården prognostiserar ett underskott om 12,5 miljoner kronor, varav 9,5 miljoner "
            "kronor avser inhyrda sjuksköterskor. Rekryteringen av legitimerad personal till nattorganisationen är "
            "fortsatt svår.",
            C(
                "Hälso- och sjukvård",
                "12,5 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        H("Korttidsvård och myndighet", 3),
        P(
            "Korttidsvården och myndighetsavdelningen avviker med −9 respektive +1,5 miljoner kronor. "
            "Korttidsvården tar emot fler utskrivningsklara patienter från sjukhuset än planerat, medan "
            "myndighetsavdelningen har haft vakanta tjänster som biståndshandläggare.",
            C(
                "Korttidsvård",
                "−9",
                "-",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair, each with its reason in the next sentence: two items, the same text.",
                also=(C("Myndighet", "+1,5 miljoner kronor", "+", "vakanser"),),
            ),
        ),
        H("Gemensam administration", 3),
        P("Den gemensamma administrationen bedöms landa i nivå med budget.", BP("Gemensam administration")),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Hemtjänsten inför ett nytt planeringsstöd och en gemensam bemanningsenhet för områdena Väster och Norr, "
            "vilket beräknas minska kostnaderna med 6 miljoner kronor under resten av året.",
            A("Hemtjänst", "6 miljoner kronor", "bemanning"),
        ),
        P(
            "Hälso- och sjukvården ska helt ha avvecklat inhyrningen av sjuksköterskor till december.",
            A("Hälso- och sjukvård", None, "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet är 9,2 miljoner kronor av en budget på 31 miljoner kronor. Helårsprognosen är "
            "22 miljoner kronor, vilket innebär att 9 miljoner kronor inte används, eftersom inköpet av nya "
            "digitala trygghetslarm har skjutits till 2026.",
            C("Investeringar", "9 miljoner kronor", "+", "periodisering", "it_digitalisering"),
        ),
        P(
            "Ombyggnaden av storköket på ett av vård- och omsorgsboendena i Rosengård blir 2,4 miljoner kronor "
            "dyrare än projektbudgeten, till följd av högre entreprenadpriser.",
            C(
                "Ombyggnad av storkök",
                "2,4 miljoner kronor",
                "-",
                "prisokningar",
                note="An investment overrun.",
            ),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 9,8 procent under perioden, jämfört med 10,4 procent under motsvarande period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-hvon-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Hälsa-, vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Hälsa-, vård- och omsorgsnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
