"""Region Uppsala, Primärvårdsstyrelsen, verksamhetsberättelse 2025 (primary health care).

A region's year-end report for primary care in Liberation Sans with U+2212 minus signs and "miljoner kronor",
footer with the styrelse's meeting date in February and a diarienummer: the result "−48,3 miljoner kronor för
2025 mot ett budgeterat nollresultat", the reasons in a paragraph of their own (amount null), the outcome against
the interim report's forecast (a forecast change); a result table per verksamhetsområde pasted as an image (no
text layer, every amount in the prose); then plain paragraphs that name the area in varied places: "De
regiondrivna hälsocentralerna står för den största delen av underskottet, −31,6 miljoner kronor" with a gross
agency cost (64) that is a part and two health centres "7,4 respektive 5,9 miljoner kronor" as their own items,
"Närakuterna redovisar ett underskott på", "För mobila team och hemsjukvård blev kostnaderna … högre än budget",
"Inom rehabilitering blev underskottet", a surplus "som beror på vakanser och ett riktat statsbidrag", youth
clinics "drygt en miljon kronor" in words and a deviation with no reason ("avviker med −0,8 miljoner kronor");
personnel costs "4,2 procent högre än budget" (amount null) and hired staff "38 miljoner kronor mer än
budgeterat" in one sentence (two items, the level 71 not the amount); investments "14,2 miljoner kronor av en
budget på 22,0 miljoner kronor" (7,8 never written out); two actions as bullets and staff numbers against 2024
with "beror på" (other).

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
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Verksamhetsberättelse 2025 – Primärvårdsstyrelsen"),
        footer=lambda n, m: ("Primärvårdsstyrelsen 2026-02-19", "Diarienummer PVS2026-0042", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Regiondrivna hälsocentraler", "1 184,2", "1 215,8", "−31,6"),
            ("Närakuter", "142,6", "152,4", "−9,8"),
            ("Mobila team och hemsjukvård", "96,3", "102,5", "−6,2"),
            ("Rehabilitering", "78,9", "82,3", "−3,4"),
            ("Barnhälsovård och mödrahälsovård", "88,4", "86,0", "+2,4"),
            ("Ungdomsmottagningar", "31,2", "30,1", "+1,1"),
            ("Ledning och gemensamt", "44,7", "45,5", "−0,8"),
            ("Summa", "1 666,3", "1 714,6", "−48,3"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Primärvårdsstyrelsen", size=13, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Primärvårdsstyrelsen redovisar ett resultat på −48,3 miljoner kronor för 2025 mot ett budgeterat "
            "nollresultat.",
            C(None, "−48,3 miljoner kronor", "-"),
        ),
        P(
            "Underskottet beror framför allt på kostnaderna för hyrläkare och på att fler patienter har listat sig "
            "på regionens egna hälsocentraler utan att ersättningen har ökat i samma takt.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "volymer",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Underskottet är 6,1 miljoner kronor mindre än prognosen i delårsrapporten.",
            F(None, "6,1 miljoner kronor", "+"),
        ),
        table,
        H("Verksamhetsområdena", 2),
        PS(
            (
                "De regiondrivna hälsocentralerna står för den största delen av underskottet, −31,6 miljoner kronor. "
                "Läkarbristen har lett till att hyrläkare har anlitats på tolv hälsocentraler, och kostnaderna för "
                "hyrläkare uppgick till 64 miljoner kronor.",
                C(
                    "Regiondrivna hälsocentraler",
                    "−31,6 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    note="The agency cost of 64 miljoner kronor is a gross level, not the amount.",
                ),
            ),
            (
                "Hälsocentralerna i Enköping och Tierp visar underskott på 7,4 respektive 5,9 miljoner kronor.",
                C(
                    "Hälsocentralen i Enköping",
                    "7,4",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Hälsocentralen i Tierp", "5,9 miljoner kronor", "-"),),
                ),
            ),
        ),
        P(
            "Närakuterna redovisar ett underskott på 9,8 miljoner kronor, främst på grund av förlängda öppettider "
            "under sommaren och övertid för sjuksköterskor.",
            C("Närakuter", "9,8 miljoner kronor", "-", "overtid", "bemanning"),
        ),
        P(
            "För mobila team och hemsjukvård blev kostnaderna 6,2 miljoner kronor högre än budget. Antalet inskrivna "
            "patienter i hemsjukvården har ökat med 18 procent och fler läkemedel och förbrukningsartiklar har köpts "
            "in.",
            C("Mobila team och hemsjukvård", "6,2 miljoner kronor", "-", "volymer", "material_hjalpmedel"),
        ),
        P(
            "Inom rehabilitering blev underskottet 3,4 miljoner kronor. Vakanta tjänster som fysioterapeut har "
            "ersatts med köpt vård från privata vårdgivare.",
            C("Rehabilitering", "3,4 miljoner kronor", "-", "vakanser", "kopt_verksamhet"),
        ),
        P(
            "Barnhälsovården och mödrahälsovården visar tillsammans ett överskott på 2,4 miljoner kronor, som beror "
            "på vakanser och ett riktat statsbidrag för förlossningsvård och kvinnors hälsa.",
            C("Barnhälsovård och mödrahälsovård", "2,4 miljoner kronor", "+", "vakanser", "statsbidrag"),
        ),
        P(
            "Ungdomsmottagningarna gick med överskott, drygt en miljon kronor, eftersom två nya mottagningar "
            "startade först i oktober.",
            C(
                "Ungdomsmottagningar",
                "drygt en miljon kronor",
                "+",
                "periodisering",
                value=1_000_000,
                note="An amount in words with 'drygt': the stated figure.",
            ),
        ),
        P(
            "Ledning och gemensamt avviker med −0,8 miljoner kronor mot budget.",
            C(
                "Ledning och gemensamt",
                "−0,8 miljoner kronor",
                "-",
                note="A deviation with no reason: no tags.",
            ),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna blev 4,2 procent högre än budget, medan kostnaderna för inhyrd personal uppgick "
            "till 71 miljoner kronor, 38 miljoner kronor mer än budgeterat.",
            C(
                "Personalkostnader",
                None,
                "-",
                note="A percentage only, beside a table pasted as an image: amount null. Two items in one sentence.",
                also=(
                    C(
                        "Inhyrd personal",
                        "38 miljoner kronor",
                        "-",
                        "inhyrd_personal",
                        note="The level of 71 miljoner kronor is not the amount.",
                    ),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 14,2 miljoner kronor av en budget på 22,0 miljoner kronor. Ombyggnaden av "
            "hälsocentralen i Östhammar har försenats och flyttas till 2026.",
            C(
                "Investeringar",
                "14,2 miljoner kronor av en budget på 22,0 miljoner kronor",
                "+",
                "periodisering",
                value=7_800_000,
                note="An under-spend of 7,8 miljoner kronor never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hyrläkare avropas från april 2026 enbart via regionens ramavtal med pristak.",
                "Ett program för att rekrytera och behålla specialister i allmänmedicin, som beräknas minska "
                "kostnaderna för hyrläkare med 15 miljoner kronor under 2026.",
            ),
            labels=(
                A("Regiondrivna hälsocentraler", None, "inhyrd_personal"),
                A("Regiondrivna hälsocentraler", "15 miljoner kronor", "inhyrd_personal", "vakanser"),
            ),
        ),
        H("Medarbetare", 2),
        P(
            "Antalet anställda ökade med 46 jämfört med 2024, vilket främst beror på nyanställda sjuksköterskor i "
            "hemsjukvården.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-pvs-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Primärvårdsstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Primärvårdsstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
