"""Region Stockholm, Hälso- och sjukvårdsnämnden, verksamhetsberättelse 2025 (year end).

A region's health-care committee's year-end report in "miljoner kronor" and mnkr, footer with the nämnd's
meeting date in February: the result "ett underskott på 412 miljoner kronor mot budget" with its causes in the
next sentence (one item), the outcome against the second tertial report's forecast with a cause (forecast
change); the result table per verksamhetsområde pasted as an image (every amount in the prose); headings that
carry the area and a U+2212 amount ("Akutsjukhus −142 mnkr") over one paragraph each: a volume percentage
that is not the amount, drugs whose cost level (2 840 miljoner kronor) is not the deviation, a surplus from a
late start; two areas as a "respektive" pair in a plain paragraph; investments "12 miljoner kronor mot
budgeterade 30 miljoner kronor" (18 never written out); an action with its effect, a drug-cost risk, the deficit's
financing from a central reserve and visits against 2024 with "beror på" (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Region Stockholm", "Hälso- och sjukvårdsnämndens verksamhetsberättelse 2025"),
        footer=lambda n, m: ("HSN 2026-02-17", "HSN 2025-1043", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Akutsjukhus", "21 480", "21 622", "−142"),
            ("Vårdval primärvård", "9 870", "10 101", "−231"),
            ("Läkemedel inom förmånen", "2 744", "2 840", "−96"),
            ("Utomlänsvård och rikssjukvård", "1 912", "1 986", "−74"),
            ("Psykiatri", "5 310", "5 262", "48"),
            ("Avancerad sjukvård i hemmet", "1 205", "1 167", "38"),
            ("Tandvård", "642", "615", "27"),
            ("Sjukresor", "688", "670", "18"),
            ("Summa", "", "", "−412"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="arial-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Hälso- och sjukvårdsnämnden redovisar för 2025 ett underskott på 412 miljoner kronor mot budget. "
            "Underskottet förklaras av högre kostnader för vårdvalet inom primärvården, för läkemedel och för vård "
            "som köps av andra regioner.",
            C(
                None,
                "412 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "material_hjalpmedel",
                note="The result and its causes in two contiguous sentences: one item.",
            ),
        ),
        P(
            "Resultatet är 58 miljoner kronor bättre än prognosen i tertialrapport 2, främst eftersom statsbidraget "
            "för ökad tillgänglighet betalades ut i december.",
            F(None, "58 miljoner kronor", "+", "statsbidrag"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Akutsjukhus −142 mnkr",
            "Avtalen med de akuta sjukhusen innehåller en volymersättning, och antalet vårdtillfällen blev 3,2 procent "
            "fler än avtalat, framför allt inom internmedicin under influensasäsongen.",
            C("Akutsjukhus", "−142 mnkr", "-", "volymer", note="The percentage is not the amount."),
        ),
        HP(
            "Vårdval primärvård −231 mnkr",
            "Den största avvikelsen finns inom vårdvalet. Fler listade invånare och fler besök hos "
            "husläkarmottagningarna än budgeterat förklarar underskottet, tillsammans med den nya ersättningen för "
            "digitala vårdbesök.",
            C("Vårdval primärvård", "−231 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Läkemedel −96 mnkr",
            "Kostnaderna för läkemedel inom förmånen blev 2 840 miljoner kronor, vilket är 96 miljoner kronor mer än "
            "budget. Ökningen beror främst på nya läkemedel mot diabetes och fetma.",
            C(
                "Läkemedel",
                "96 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The cost level is not the amount.",
            ),
        ),
        HP(
            "Utomlänsvård och rikssjukvård −74 mnkr",
            "Fler patienter har remitterats till rikssjukvård i andra regioner, och priserna i de regionala "
            "samverkansavtalen höjdes med 4,1 procent.",
            C(
                "Utomlänsvård och rikssjukvård",
                "−74 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
            ),
        ),
        HP(
            "Psykiatri +48 mnkr",
            "Överskottet inom psykiatrin är en följd av att två nya öppenvårdsmottagningar för barn- och "
            "ungdomspsykiatri startade ett halvår senare än planerat.",
            C("Psykiatri", "+48 mnkr", "+", "periodisering"),
        ),
        HP(
            "Avancerad sjukvård i hemmet +38 mnkr",
            "Färre patienter än beräknat har skrivits in i den avancerade sjukvården i hemmet.",
            C("Avancerad sjukvård i hemmet", "+38 mnkr", "+", "volymer"),
        ),
        P(
            "Tandvården och sjukresorna redovisar överskott på 27 respektive 18 miljoner kronor, i båda fallen för att "
            "färre personer än beräknat har använt förmånerna.",
            C(
                "Tandvård",
                "27",
                "+",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair: two items.",
                also=(C("Sjukresor", "18 miljoner kronor", "+", "volymer"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 12 miljoner kronor mot budgeterade 30 miljoner kronor, eftersom "
            "upphandlingen av ett nytt system för remisshantering har överprövats.",
            C(
                "Investeringar",
                "12 miljoner kronor mot budgeterade 30 miljoner kronor",
                "+",
                "it_digitalisering",
                "periodisering",
                value=18_000_000,
                note="Investment under-spending of 18 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten infördes ett tak för volymersättningen i avtalen med akutsjukhusen, vilket begränsade "
            "kostnaderna med cirka 35 miljoner kronor under 2025.",
            A("Akutsjukhus", "cirka 35 miljoner kronor", "volymer"),
        ),
        H("Omvärld och risker", 2),
        P(
            "Kostnaderna för läkemedel väntas fortsätta öka med 6–8 procent per år, vilket är den största ekonomiska "
            "risken inför 2026.",
            O("Läkemedel", "material_hjalpmedel", note="A risk."),
        ),
        P(
            "Regionfullmäktige har beslutat att underskottet ska täckas av regionens centrala reserv för hälso- och "
            "sjukvården.",
            O(None, "reserver", note="Financing of the deficit: other."),
        ),
        P(
            "Antalet besök i primärvården ökade med 5 procent jämfört med 2024, vilket främst beror på att fler "
            "invånare har listat sig hos en vårdcentral.",
            O("Vårdval primärvård", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-hsn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
