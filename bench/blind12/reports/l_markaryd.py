"""Markaryds kommun, Kommunstyrelsen, tertialrapport 2 2025 (januari–augusti), the kommunstyrelse's own
verksamheter.

A kommunstyrelse's interim report on its own units whose result table is pasted as an image (no text layer:
every amount lives in the prose), footer with the meeting date in September: the full year "göra av med 2,4
mnkr mer än budgeterat" and the tertial 1 forecast's level (a forecast change whose change is never written
out: null); two columns of bold run-in units with a colon: meals whose food prices "cirka 9 procent över
förra årets nivå" (not the amount) come before "Sammantaget innebär det ett underskott på 2,1 mnkr", licences
with "Prognosen landar på 1,2 mnkr över budget", a fire service with reasons only (the table is an image:
null), "Överskott om 0,8 mnkr till följd av", tourism "ett positivt utfall på drygt en halv miljon kronor"
followed by visitors against last year (other) and "I nivå med budget." (boilerplate); investments whose
under-spending is never written out ("9,0 mnkr, att ställa mot budgeterade 14,2 mnkr", the computed value);
an action and sick leave against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


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
        gutter=22.0,
        header=lambda n, m: ("Markaryds kommun", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Kommunstyrelsen", "Sammanträde 2025-09-24", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kommunstyrelsens verksamheter, helårsprognos mnkr",
        header=(("Verksamhet", "Budget", "Utfall jan–aug", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunledningskontoret", "38,6", "24,9", "37,8", "0,8"),
            ("IT-enheten", "12,4", "9,1", "13,6", "−1,2"),
            ("Måltidsservice", "27,8", "20,2", "29,9", "−2,1"),
            ("Räddningstjänsten", "16,3", "11,6", "16,8", "−0,5"),
            ("Näringsliv och turism", "4,9", "2,7", "4,3", "0,6"),
            ("Fastighet", "3,1", "2,0", "3,1", "0,0"),
            ("Summa", "103,1", "70,5", "105,5", "−2,4"),
        ),
        widths=(150.0, 66.0, 80.0, 66.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 2 – januari till augusti 2025", size=18, font="sans-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter beräknas sammantaget göra av med 2,4 mnkr mer än budgeterat under 2025.",
            C(None, "2,4 mnkr", "-", note="No reason in the sentence."),
        ),
        P(
            "Vid tertial 1 var prognosen ett underskott på 0,9 mnkr.",
            F(
                None,
                None,
                "-",
                note="The previous forecast's level; the change (1,5 mnkr) is never written out: null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Måltidsservice:",
            "Livsmedelskostnaderna fortsätter att stiga och ligger cirka 9 procent över förra årets nivå. Samtidigt "
            "har antalet portioner till äldreomsorgen ökat när korttidsenheten på Almgården har utökats. "
            "Sammantaget innebär det ett underskott på 2,1 mnkr för helåret.",
            C(
                "Måltidsservice",
                "2,1 mnkr",
                "-",
                "prisokningar",
                "volymer",
                note="The 9 percent against last year is not the amount; the deviation comes last.",
            ),
        ),
        LP(
            "IT-enheten:",
            "Licenserna för kontorsprogramvaran och det nya ärendehanteringssystemet blev dyrare än i "
            "budgetunderlaget. Prognosen landar på 1,2 mnkr över budget.",
            C("IT-enheten", "1,2 mnkr", "-", "it_digitalisering"),
        ),
        LP(
            "Räddningstjänsten:",
            "Fler insatser vid skogsbränder under den torra julimånaden och högre beredskapsersättning till "
            "deltidsbrandmännen enligt det nya avtalet ger en negativ avvikelse.",
            C(
                "Räddningstjänsten",
                None,
                "-",
                "ovrigt",
                "lonekostnader",
                note="Reasons only and the table is an image: amount null. Forest fires are ovrigt.",
            ),
        ),
        LP(
            "Kommunledningskontoret:",
            "Överskott om 0,8 mnkr till följd av att tjänsten som kanslichef har varit vakant sedan mars och att "
            "färre konsulttimmar har köpts till upphandlingsfunktionen.",
            C(
                "Kommunledningskontoret",
                "0,8 mnkr",
                "+",
                "vakanser",
                "inhyrd_personal",
                note="Fewer consultant hours: inhyrd_personal.",
            ),
        ),
        LP(
            "Näringsliv och turism:",
            "Turistbyrån har hållit stängt på lördagar och evenemangsbudgeten har inte använts fullt ut, vilket ger "
            "ett positivt utfall på drygt en halv miljon kronor.",
            C(
                "Näringsliv och turism",
                "drygt en halv miljon kronor",
                "+",
                "ovrigt",
                value=500_000,
                note="An amount in words: the stated figure (the image shows 0,6). Shorter opening hours and an "
                "unused events budget: ovrigt.",
            ),
            (
                "Antalet besökare på turistbyrån har ökat med 6 procent jämfört med samma period i fjol.",
                O("Näringsliv och turism", "volymer", note="Visitors against last year: other."),
            ),
        ),
        LP("Fastighet:", "I nivå med budget.", BP("Fastighet")),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Helårsprognosen för investeringarna stannar vid 9,0 mnkr, att ställa mot budgeterade 14,2 mnkr. "
            "Räddningstjänstens nya tankbil levereras först i februari 2026, vilket förklarar större delen av "
            "skillnaden.",
            C(
                "Investeringar",
                "9,0 mnkr, att ställa mot budgeterade 14,2 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=5_200_000,
                note="Investment under-spending of 5,2 mnkr, never written out: the computed value. A delayed "
                "vehicle: periodisering and material_hjalpmedel.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Måltidsservicen ser över matsedeln med fler vegetariska rätter och samordnar inköpen med "
            "grannkommunerna. Effekten uppskattas till 0,2 mnkr under hösten.",
            A("Måltidsservice", "0,2 mnkr", "prisokningar"),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Inom måltidsservicen var sjukfrånvaron 9,8 procent under perioden, mot 7,1 procent samma period 2024.",
            O("Måltidsservice", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="markaryd-ks-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Kommunstyrelsen", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
