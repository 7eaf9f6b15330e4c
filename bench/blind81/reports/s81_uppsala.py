"""Uppsala kommun, Äldrenämnden, delårsrapport januari–augusti 2025.

An elderly-care committee's interim report in "miljoner kronor" with U+2212 minus signs: the period's result
and the full year's "underskott på 39,0 miljoner kronor" in one sentence (the full year's is the amount), a
worsening since the tertial report (a forecast change), the full year's reasons in a paragraph of their own
(amount null); a verksamhet table in mnkr; then two columns of bold run-in verksamheter ending in a full stop
("Hemtjänst.") in varied shapes: "beräknas överskrida budget med", "Underskottet om … beror på", "blir … högre
än budgeterat", a reason-only surplus (the row's "2,2"), "Här finns en positiv avvikelse på", "följer budget"
(boilerplate) beside a row of −0,1; two kostnadsslag as a "respektive" pair and revenue after "medan" in one
sentence (three items); investments whose under-spend is written out after two levels; an action with its
effect and sick leave against 2024 (other). DejaVu Sans 9.5 pt.

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
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Uppsala kommun", "Äldrenämnden – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Dnr ÄLN-2025-00418", "Behandlad i nämnden 2025-09-25", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, helår 2025, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "48,2", "45,6", "2,6"),
            ("Hemtjänst", "612,0", "637,5", "−25,5"),
            ("Vård- och omsorgsboende", "1 284,3", "1 297,1", "−12,8"),
            ("Hemsjukvård", "171,5", "176,9", "−5,4"),
            ("Dagverksamhet och anhörigstöd", "39,8", "37,6", "2,2"),
            ("Förebyggande verksamhet", "22,1", "22,2", "−0,1"),
            ("Summa", "2 177,9", "2 216,9", "−39,0"),
        ),
        widths=(190.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Äldrenämnden redovisar för januari–augusti ett resultat på −28,4 miljoner kronor och prognostiserar för "
            "helåret ett underskott på 39,0 miljoner kronor.",
            C(
                None,
                "39,0 miljoner kronor",
                "-",
                note="The period's result and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Det är en försämring med 6,5 miljoner kronor jämfört med prognosen i tertialbokslutet, framför allt "
            "inom hemtjänsten.",
            F(None, "6,5 miljoner kronor", "-"),
        ),
        P(
            "Underskottet är till största delen en följd av att volymerna inom ordinärt boende har ökat mer än vad "
            "som ryms i nämndens budget, samtidigt som egenregin har haft höga sjuklönekostnader.",
            C(
                None,
                None,
                "-",
                "volymer",
                "sjukfranvaro",
                note="The full year's reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Hemtjänst.",
            "Verksamheten beräknas överskrida budget med 25,5 miljoner kronor. Antalet beviljade timmar har ökat med "
            "sju procent sedan årsskiftet, och andelen brukare som behöver dubbelbemanning är högre än tidigare.",
            C("Hemtjänst", "25,5 miljoner kronor", "-", "volymer", "bemanning"),
        ),
        LP(
            "Vård- och omsorgsboende.",
            "Underskottet om 12,8 miljoner kronor beror på att nämnden har köpt fler platser hos externa utförare "
            "medan två egna avdelningar har varit stängda för renovering.",
            C(
                "Vård- och omsorgsboende",
                "12,8 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ovrigt",
                note="A closure for renovation is ovrigt.",
            ),
        ),
        LP(
            "Hemsjukvård.",
            "Kostnaderna för hemsjukvården blir 5,4 miljoner kronor högre än budgeterat. Sjuksköterskor från "
            "bemanningsföretag har anlitats under sommaren och kostnaderna för förbrukningsmaterial har ökat.",
            C("Hemsjukvård", "5,4 miljoner kronor", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        LP(
            "Dagverksamhet och anhörigstöd.",
            "Två dagverksamheter har haft färre besökare än planerat och personalen har delvis flyttats till "
            "hemtjänsten, vilket ger ett överskott.",
            C(
                "Dagverksamhet och anhörigstöd",
                "2,2",
                "+",
                "volymer",
                "bemanning",
                unit="mnkr",
                table=True,
                note="A reason-only passage: the row's cell.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsgemensamt.",
            "Här finns en positiv avvikelse på 2,6 miljoner kronor, som främst består av ej fördelade medel för "
            "kompetensutveckling och en vakant tjänst som utvecklingsledare.",
            C("Nämnd och förvaltningsgemensamt", "2,6 miljoner kronor", "+", "reserver", "vakanser"),
        ),
        LP(
            "Förebyggande verksamhet.",
            "Verksamheten följer budget.",
            BP("Förebyggande verksamhet", note="'Följer budget' beside a row of −0,1: boilerplate."),
        ),
        PageBreak(),
        Columns(1),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 8,7 respektive 19,6 miljoner kronor, "
            "medan intäkterna blir 4,2 miljoner kronor högre än budgeterat tack vare högre omvårdnadsavgifter.",
            C(
                "Personalkostnader",
                "8,7",
                "-",
                unit="mnkr",
                note="A 'respektive' pair and a third kostnadsslag after 'medan': three items with the same text.",
                also=(
                    C("Köp av verksamhet", "19,6 miljoner kronor", "-"),
                    C("Intäkter", "4,2 miljoner kronor", "+", "avgifter_intakter"),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,0 miljoner kronor beräknas 9,5 miljoner kronor användas, vilket ger en "
            "avvikelse på 4,5 miljoner kronor. Inköpen av digitala trygghetslarm har skjutits till 2026.",
            C("Investeringar", "4,5 miljoner kronor", "+", "periodisering", "it_digitalisering"),
        ),
        H("Åtgärder för en ekonomi i balans", 2),
        P(
            "Nämnden har antagit en handlingsplan som bland annat innebär en översyn av schemaläggningen i "
            "hemtjänsten och utökad digital tillsyn nattetid. Effekten beräknas till 4,0 miljoner kronor under "
            "hösten.",
            A("Hemtjänst", "4,0 miljoner kronor", "bemanning", "it_digitalisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i egen regi var 9,4 procent under perioden, att jämföra med 8,8 procent under samma "
            "period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-aln-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Äldrenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Äldrenämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
