"""Region Uppsala, Kultur- och bildningsnämnden, verksamhetsberättelse 2025.

A region's culture and education year-end report in "miljoner kronor", footer with the nämnd's meeting date
in February 2026: the result "ett överskott mot budget på 4,6 miljoner kronor", the outcome "2,6 miljoner
kronor bättre än prognosen i delårsrapporten" with its cause (a forecast change); a result table in tkr with
deficits in brackets pasted as an image (no text layer: every amount lives in the prose); bold run-in
verksamheter ending in a colon in varied shapes ("Ett underskott på 3,1 miljoner kronor.", "slutar 1,4
miljoner kronor sämre än budgeterat", "Överskottet om 5,3 miljoner kronor förklaras av", "+1,6 miljoner
kronor, där", "I nivå med budget." boilerplate, the area after "För" with "2,2 miljoner kronor lägre än
budget"); personnel, other costs and revenue in one sentence ("3,8 respektive 4,2 … medan intäkterna blev
3,4 … lägre", three items); investments with the deviation at the end of the reason sentence; net cost
growth against 2024 (other). 10 scored causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Region Uppsala", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och bildningsnämnden 2026-02-19", "KBN2026-0021", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Folkhögskolor", "48 200", "51 308", "(3 108)"),
            ("Naturbruksutbildning", "22 600", "23 992", "(1 392)"),
            ("Regional kulturverksamhet", "61 400", "56 083", "5 317"),
            ("Regional biblioteksverksamhet", "9 800", "8 229", "1 571"),
            ("Bidrag till kulturinstitutioner", "118 500", "118 462", "38"),
            ("Nämnd och förvaltning", "14 300", "12 086", "2 214"),
            ("Summa", "274 800", "270 160", "4 640"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och bildningsnämnden", size=12.5, font="cond", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Kultur- och bildningsnämnden redovisar för 2025 ett överskott mot budget på 4,6 miljoner kronor.",
            C(None, "4,6 miljoner kronor", "+", note="The year's result against budget."),
        ),
        P(
            "Resultatet är 2,6 miljoner kronor bättre än prognosen i delårsrapporten, främst eftersom flera "
            "kulturprojekt inte kom igång under hösten som planerat.",
            F(
                None,
                "2,6 miljoner kronor",
                "+",
                "periodisering",
                note="The outcome against the interim forecast.",
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        LP(
            "Folkhögskolorna:",
            "Ett underskott på 3,1 miljoner kronor. Antalet deltagarveckor blev lägre än vad statsbidraget från "
            "Folkbildningsrådet förutsätter, och internatet på en av skolorna har haft låg beläggning.",
            C("Folkhögskolorna", "3,1 miljoner kronor", "-", "statsbidrag", "volymer", note=IMAGE),
        ),
        LP(
            "Naturbruksutbildning:",
            "Verksamheten slutar 1,4 miljoner kronor sämre än budgeterat till följd av högre foderpriser och ökade "
            "kostnader för underhåll av maskiner.",
            C(
                "Naturbruksutbildning",
                "1,4 miljoner kronor",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note=IMAGE,
            ),
        ),
        LP(
            "Regional kulturverksamhet:",
            "Överskottet om 5,3 miljoner kronor förklaras av att två projekt inom kulturplanen har skjutits till "
            "2026 och av vakanta tjänster inom konsulentverksamheten.",
            C(
                "Regional kulturverksamhet",
                "5,3 miljoner kronor",
                "+",
                "periodisering",
                "vakanser",
                note=IMAGE,
            ),
        ),
        LP(
            "Regional biblioteksverksamhet:",
            "+1,6 miljoner kronor, där lägre kostnader för licenser till e-medier och en sjukskrivning som inte "
            "har ersatts förklarar avvikelsen.",
            C(
                "Regional biblioteksverksamhet",
                "+1,6 miljoner kronor",
                "+",
                "it_digitalisering",
                "sjukfranvaro",
                note=IMAGE,
            ),
        ),
        LP(
            "Bidrag till kulturinstitutioner:",
            "I nivå med budget.",
            BP("Bidrag till kulturinstitutioner"),
        ),
        P(
            "För nämnd och förvaltning blev kostnaderna 2,2 miljoner kronor lägre än budget, eftersom den centrala "
            "utvecklingsreserven inte har tagits i anspråk.",
            C(
                "Nämnd och förvaltning",
                "2,2 miljoner kronor",
                "+",
                "reserver",
                note="The area after 'För'; an unused reserve is reserver.",
            ),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna och övriga verksamhetskostnader blev 3,8 respektive 4,2 miljoner kronor lägre än "
            "budgeterat, medan intäkterna blev 3,4 miljoner kronor lägre.",
            C(
                "Personalkostnader",
                "3,8",
                "+",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items, no reasons so no tags.",
                also=(
                    C("Övriga verksamhetskostnader", "4,2 miljoner kronor", "+"),
                    C("Intäkter", "3,4 miljoner kronor", "-"),
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av investeringsbudgeten på 12,0 miljoner kronor förbrukades 7,7 miljoner kronor. Utbytet av en "
                "traktor och en skördetröska vid naturbruksgymnasiet har skjutits upp till 2026, vilket förklarar "
                "huvuddelen av avvikelsen på 4,3 miljoner kronor.",
                C(
                    "Investeringar",
                    "4,3 miljoner kronor",
                    "+",
                    "periodisering",
                    "material_hjalpmedel",
                    note="Investment under-spending, the amount at the end of the reason sentence.",
                ),
            ),
        ),
        H("Nettokostnadsutveckling", 2),
        P(
            "Nämndens nettokostnader ökade med 3,9 procent jämfört med 2024, främst till följd av högre bidrag "
            "till de regionala kulturinstitutionerna.",
            O(None, note="Net cost growth against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-kbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Kultur- och bildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och bildningsnämnden",
            "author": "Region Uppsala",
        },
        style=style,
        blocks=blocks,
    )
