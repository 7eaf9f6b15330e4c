"""Region Uppsala, Sjukhusstyrelsen, delårsrapport januari–augusti 2025.

A region's hospital board's interim report whose table per hospital is pasted as an image (every amount in the
prose), footer with the board's meeting date in September: the period "187 miljoner kronor sämre än periodens
budget" after its level, the full year "underskott på 290 miljoner kronor mot budget" with the tertial report's
figure in brackets, the change since the tertial report with its cause; three areas in one sentence ("−248
respektive −57 miljoner kronor, medan … ett överskott på 15 miljoner kronor"); the three drivers in a paragraph
of their own (reasons, amount null); personnel costs whose paragraph ends with hired staff against last year
(other), drugs whose forecast level (1,92 miljarder) is not the deviation, bought care "ger en negativ avvikelse
om 63 miljoner kronor", revenue "bättre än budget" and an unbudgeted grant in the next sentence (two items);
two bulleted actions, investments "95 miljoner kronor lägre än budgeterat" and a risk. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Sjukhusstyrelsen – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Sjukhusstyrelsen 2025-09-30", "Diarienummer SHS2025-0412", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Avvikelse jan–aug", "Avvikelse helårsprognos"),),
        rows=(
            ("Akademiska sjukhuset", "−152", "−248"),
            ("Lasarettet i Enköping", "−41", "−57"),
            ("Sjukhusgemensamma verksamheter", "6", "15"),
            ("Sjukhusstyrelsen totalt", "−187", "−290"),
        ),
        widths=(190.0, 100.0, 130.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Sjukhusstyrelsen", size=13, font="arial", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Sjukhusstyrelsens resultat för perioden januari–augusti är −298 miljoner kronor, vilket är 187 miljoner "
            "kronor sämre än periodens budget.",
            C(None, "187 miljoner kronor", "-", note="The period: the level is not the amount."),
        ),
        P(
            "Helårsprognosen är ett underskott på 290 miljoner kronor mot budget (−310 miljoner kronor i "
            "tertialrapporten).",
            C(
                None,
                "290 miljoner kronor",
                "-",
                note="The full year; the bracketed figure is the previous forecast.",
            ),
        ),
        P(
            "Prognosen har därmed förbättrats med 20 miljoner kronor sedan tertialrapporten, främst genom att "
            "kostnaderna för inhyrda sjuksköterskor har minskat snabbare än planerat.",
            F(None, "20 miljoner kronor", "+", "inhyrd_personal"),
        ),
        image,
        H("Avvikelser per område", 2),
        P(
            "Av underskottet svarar Akademiska sjukhuset och Lasarettet i Enköping för −248 respektive −57 miljoner "
            "kronor, medan de sjukhusgemensamma verksamheterna väntas ge ett överskott på 15 miljoner kronor.",
            C(
                "Akademiska sjukhuset",
                "−248",
                "-",
                unit="mnkr",
                note="Three areas in one sentence: three items with the same text.",
                also=(
                    C("Lasarettet i Enköping", "−57 miljoner kronor", "-"),
                    C("Sjukhusgemensamma verksamheter", "15 miljoner kronor", "+"),
                ),
            ),
        ),
        P(
            "Det är framför allt tre faktorer som driver underskottet: kostnader för hyrpersonal, ökade "
            "läkemedelskostnader och fler patienter som remitteras till vård i andra regioner.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                "kopt_verksamhet",
                note="Reasons for the whole deficit in a paragraph of their own; the table is an image: amount null.",
            ),
        ),
        H("Personalkostnader", 3),
        PS(
            (
                "Personalkostnaderna överstiger budget med 96 miljoner kronor. Bemanningen på vårdavdelningarna har "
                "legat över den budgeterade nivån under sommaren, och övertiden har ökat inom operation och "
                "intensivvård.",
                C("Personalkostnader", "96 miljoner kronor", "-", "bemanning", "overtid"),
            ),
            (
                "Kostnaderna för inhyrd personal uppgår till 142 miljoner kronor, vilket är 38 miljoner kronor lägre "
                "än samma period i fjol.",
                O("Inhyrd personal", note="Against the previous year: other."),
            ),
        ),
        H("Läkemedel", 3),
        P(
            "Läkemedelskostnaderna beräknas bli 74 miljoner kronor högre än budgeterat. Prognosen för helåret är "
            "1,92 miljarder kronor. Ökningen avser främst nya cancerläkemedel och särläkemedel inom barnmedicinen.",
            C(
                "Läkemedel",
                "74 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The forecast level is not the amount. Drugs are material_hjalpmedel.",
            ),
        ),
        H("Köpt vård", 3),
        P(
            "Köpt vård från andra regioner och privata vårdgivare ger en negativ avvikelse om 63 miljoner kronor, "
            "till följd av längre vårdköer inom ortopedin och fler remisser till rikssjukvård.",
            C("Köpt vård", "63 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Intäkter", 3),
        PS(
            (
                "Patientavgifter och ersättningar från andra regioner blir sammantaget 41 miljoner kronor bättre än "
                "budget, främst för att fler utomlänspatienter har behandlats vid Akademiska sjukhuset.",
                C(
                    "Patientavgifter och ersättningar från andra regioner",
                    "41 miljoner kronor",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                ),
            ),
            (
                "Därtill har riktade statsbidrag för kortare vårdköer tillförts med 28 miljoner kronor som inte var "
                "budgeterade.",
                C("Riktade statsbidrag", "28 miljoner kronor", "+", "statsbidrag"),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Avveckling av hyrsjuksköterskor inom akutsjukvården senast den 1 november, med en beräknad effekt på "
                "18 miljoner kronor under resten av året.",
                "Samordnad vårdplatsplanering mellan sjukhusen för att minska överbeläggningar och övertid.",
            ),
            labels=(
                A("Akademiska sjukhuset", "18 miljoner kronor", "inhyrd_personal"),
                A(None, None, "bemanning", "overtid"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 520 miljoner kronor för helåret, 95 miljoner kronor lägre än "
            "budgeterat, eftersom leveransen av två magnetkameror till Akademiska sjukhuset har försenats.",
            C("Investeringar", "95 miljoner kronor", "+", "periodisering"),
        ),
        H("Omvärld och risker", 2),
        P(
            "Kostnadsutvecklingen för läkemedel och osäkerheten kring de statliga ersättningarna för vårdköer gör att "
            "prognosen är förenad med risk.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-shs-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Sjukhusstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Sjukhusstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
