"""Västra Götalandsregionen, Styrelsen för NU-sjukvården, delårsrapport augusti 2025.

A hospital group's interim report whose result table is pasted as an image, so every amount lives in the
prose, in "miljoner kronor": the period's result level and its deviation "96,1 miljoner kronor sämre än
periodiserad budget" in one sentence (the level is not the amount) and the full year in the next; then account
groups as sentence subjects: personnel costs "överstiger budget med 42,7", hired staff whose cost level (61,2)
is not the deviation (38,9), drugs, bought care, sold care "ett överskott mot budget om 7,2"; three
verksamhetsområden as a "respektive" triple with no cause ("−44,3, −27,0 respektive −19,6 miljoner kronor"), a
fourth "3,1 miljoner kronor bättre än budget"; a forecast change with a "varav" part; bullets of a handlingsplan
(one with its effect); investments "14 miljoner kronor lägre än budget"; negative equity (other). Header with
the region's name, footer with the board's meeting date in September. DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "NU-sjukvården"),
        footer=lambda n, m: (
            "Delårsrapport augusti 2025",
            "Styrelsen för NU-sjukvården 2025-09-25",
            f"{n}/{m}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultaträkning januari–augusti, miljoner kronor",
        header=(("", "Utfall jan–aug", "Budget jan–aug", "Avvikelse", "Prognos helår"),),
        rows=(
            ("Regionersättning", "3 712,0", "3 712,0", "0,0", "0,0"),
            ("Såld vård och övriga intäkter", "401,6", "394,4", "7,2", "9,5"),
            ("Personalkostnader", "-2 446,3", "-2 403,6", "-42,7", "-66,0"),
            ("Inhyrd personal", "-61,2", "-22,3", "-38,9", "-60,0"),
            ("Läkemedel", "-318,5", "-306,0", "-12,5", "-20,0"),
            ("Köpt vård", "-203,8", "-194,0", "-9,8", "-15,0"),
            ("Övriga kostnader", "-1 202,2", "-1 202,8", "0,6", "-23,5"),
            ("Resultat", "-118,4", "-22,3", "-96,1", "-175,0"),
        ),
        widths=(170.0, 78.0, 80.0, 66.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="sans-bold", after=2),
        Title("Styrelsen för NU-sjukvården", size=12.5, font="sans", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "NU-sjukvården redovisar ett resultat för januari–augusti på −118,4 miljoner kronor, vilket är 96,1 "
                "miljoner kronor sämre än periodiserad budget.",
                C(
                    None,
                    "96,1 miljoner kronor",
                    "-",
                    note="The result level is not the amount; the deviation is.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott om 175 miljoner kronor jämfört med budget.",
                C(None, "175 miljoner kronor", "-"),
            ),
        ),
        image,
        H("Analys av avvikelsen", 2),
        P(
            "Personalkostnaderna, exklusive inhyrd personal, överstiger budget med 42,7 miljoner kronor för "
            "perioden. Övertid och mertid inom akutsjukvården och en lönerevision som blev högre än budgeterat "
            "förklarar huvuddelen.",
            C("Personalkostnader", "42,7 miljoner kronor", "-", "overtid", "lonekostnader"),
        ),
        P(
            "Kostnaden för inhyrd personal uppgår till 61,2 miljoner kronor, vilket är 38,9 miljoner kronor mer "
            "än budgeterat. Framför allt är det hyrsjuksköterskor på medicinkliniken och hyrläkare inom "
            "psykiatrin som driver kostnaden, där vakanta tjänster inte har kunnat tillsättas.",
            C(
                "Inhyrd personal",
                "38,9 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The cost level 61,2 is not the deviation.",
            ),
        ),
        P(
            "Läkemedelskostnaderna är 12,5 miljoner kronor högre än budget, främst inom cancervården där nya "
            "behandlingar har införts.",
            C("Läkemedel", "12,5 miljoner kronor", "-", "material_hjalpmedel"),
        ),
        P(
            "Köpt vård från andra regioner och privata vårdgivare ligger 9,8 miljoner kronor över budget, bland "
            "annat till följd av att ortopediska operationer har köpts externt för att korta köerna.",
            C("Köpt vård", "9,8 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        P(
            "Såld vård och övriga intäkter ger ett överskott mot budget om 7,2 miljoner kronor genom fler "
            "utomlänspatienter än beräknat.",
            C("Såld vård och övriga intäkter", "7,2 miljoner kronor", "+", "volymer", "avgifter_intakter"),
        ),
        H("Verksamhetsområden", 2),
        P(
            "Den största delen av periodens underskott finns inom områdena Medicin, Kirurgi och Psykiatri, som "
            "avviker med −44,3, −27,0 respektive −19,6 miljoner kronor.",
            C(
                "Medicin",
                "−44,3",
                "-",
                unit="mnkr",
                note="A 'respektive' triple with no cause: three items with the same text.",
                also=(
                    C("Kirurgi", "−27,0", "-", unit="mnkr"),
                    C("Psykiatri", "−19,6 miljoner kronor", "-"),
                ),
            ),
        ),
        P(
            "Inom Kvinnosjukvård och barn är utfallet 3,1 miljoner kronor bättre än budget, eftersom färre "
            "förlossningar än beräknat har skett på sjukhuset.",
            C("Kvinnosjukvård och barn", "3,1 miljoner kronor", "+", "volymer"),
        ),
        H("Prognosförändring", 2),
        P(
            "Helårsprognosen har försämrats med 25 miljoner kronor sedan april, varav 15 miljoner kronor avser "
            "inhyrd personal.",
            F(
                None,
                "25 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="One item with the total; 'varav' is a part.",
            ),
        ),
        H("Handlingsplan", 2),
        Bullets(
            items=(
                "Stopp för inhyrda sjuksköterskor från den 1 oktober, utom på intensivvårdsavdelningen. Beräknad "
                "effekt 8 miljoner kronor under 2025.",
                "Översyn av vårdplatser och bemanning inom medicin, med effekt från 2026.",
            ),
            labels=(
                A("Inhyrd personal", "8 miljoner kronor", "inhyrd_personal"),
                A("Medicin", None, "bemanning"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas till 48 miljoner kronor för året, vilket är 14 "
            "miljoner kronor lägre än budget, då upphandlingen av en ny magnetkamera har överklagats.",
            C("Investeringar", "14 miljoner kronor", "+", "periodisering"),
        ),
        H("Eget kapital", 2),
        P(
            "Förvaltningens egna kapital är negativt sedan 2024, och årets underskott hanteras därför enligt "
            "regionens regler för återställande av negativt eget kapital.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-nu-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för NU-sjukvården", "NU-sjukvården"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 NU-sjukvården", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
