"""Region Västernorrland, Hälso- och sjukvårdsnämnden, delårsrapport januari–augusti 2025.

A region's health-care committee's interim report in "miljoner kronor", footer with the nämnd's meeting date
in September: the period "187 miljoner kronor sämre än periodiserad budget" and the full year "ett underskott
på 305 miljoner kronor jämfört med nämndens budgetram" in two sentences (two items), the change since the
tertial report with its cause; a table per verksamhetsområde with U+2212 minus signs; under a generic heading,
two columns of bold run-in areas with a colon: "Prognosen är ett underskott på 116 miljoner kronor.", a
possessive-free "Underskottet på 62 miljoner kronor beror främst på", two areas as a "respektive" pair with
the shared causes in the next sentence (one text, two items), "redovisar 43 miljoner kronor sämre än budget",
"ett överskott på 6 miljoner kronor", "beräknas bli 48 miljoner kronor högre än budgeterat" and "bedöms i
stort sett hålla budget" (boilerplate, −2 in the table); then the same deficit explained by kostnadsslag:
köpt vård "överstiger budget med 71 miljoner kronor", own staff "22 miljoner kronor under budget" and hired
staff "96 miljoner kronor mer än budgeterat" after a level of 214 (two items); investments "39 miljoner kronor
lägre än investeringsbudgeten"; two actions, a risk and a volume against last year (others). Liberation Sans
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Västernorrland", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2025-09-24", "Dnr 25RS/2291", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Länssjukhuset Sundsvall-Härnösand", "3 412", "3 528", "−116"),
            ("Örnsköldsviks sjukhus", "1 096", "1 158", "−62"),
            ("Sollefteå sjukhus", "388", "402", "−14"),
            ("Primärvård", "1 210", "1 236", "−26"),
            ("Psykiatri", "612", "655", "−43"),
            ("Tandvård", "402", "396", "+6"),
            ("Läkemedel", "1 620", "1 668", "−48"),
            ("Nämndgemensamt", "148", "150", "−2"),
            ("Summa", "8 888", "9 193", "−305"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Hälso- och sjukvårdsnämndens resultat för perioden januari–augusti uppgår till −412 miljoner "
                "kronor, vilket är 187 miljoner kronor sämre än periodiserad budget.",
                C(None, "187 miljoner kronor", "-", note="The period's deviation in a sentence of its own."),
            ),
            (
                "Helårsprognosen pekar mot ett underskott på 305 miljoner kronor jämfört med nämndens budgetram.",
                C(
                    None,
                    "305 miljoner kronor",
                    "-",
                    note="The full year's deviation in the next sentence: its own item.",
                ),
            ),
        ),
        P(
            "Det är en försämring med 38 miljoner kronor sedan tertialrapporten, främst till följd av att "
            "kostnaderna för köpt vård vid Norrlands universitetssjukhus fortsatt att öka.",
            F(None, "38 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        H("Verksamhetsområdenas avvikelser", 2),
        Columns(2),
        LP(
            "Länssjukhuset Sundsvall-Härnösand:",
            "Prognosen är ett underskott på 116 miljoner kronor. Hyrläkare inom akutkliniken och ortopedin samt "
            "ökade kostnader för medicinskt förbrukningsmaterial förklarar huvuddelen av avvikelsen.",
            C(
                "Länssjukhuset Sundsvall-Härnösand",
                "116 miljoner kronor",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
            ),
        ),
        LP(
            "Örnsköldsviks sjukhus:",
            "Underskottet på 62 miljoner kronor beror främst på att vakanta sjukskötersketjänster har ersatts med "
            "övertid och bemanningsföretag, samtidigt som vårdplatserna varit överbelagda under sommaren.",
            C(
                "Örnsköldsviks sjukhus",
                "62 miljoner kronor",
                "-",
                "vakanser",
                "overtid",
                "inhyrd_personal",
                "volymer",
            ),
        ),
        LP(
            "Sollefteå sjukhus och primärvård:",
            "Sjukhuset och primärvården avviker negativt med 14 respektive 26 miljoner kronor. För båda förklaras "
            "avvikelsen av hyrläkare och av att färre listade patienter ger lägre vårdvalsersättning än beräknat.",
            C(
                "Sollefteå sjukhus",
                "14",
                "-",
                "inhyrd_personal",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, one text.",
                also=(C("Primärvård", "26 miljoner kronor", "-", "inhyrd_personal", "volymer"),),
            ),
        ),
        LP(
            "Psykiatri:",
            "Den länsgemensamma psykiatrin redovisar 43 miljoner kronor sämre än budget, till följd av fler externa "
            "placeringar inom rättspsykiatrin och hyrläkare i Örnsköldsvik.",
            C("Psykiatri", "43 miljoner kronor", "-", "kopt_verksamhet", "inhyrd_personal"),
        ),
        LP(
            "Tandvård:",
            "Folktandvården har ett överskott på 6 miljoner kronor, vilket främst beror på högre patientintäkter "
            "inom vuxentandvården.",
            C("Tandvård", "6 miljoner kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Läkemedel:",
            "Kostnaderna för läkemedel inom förmånen beräknas bli 48 miljoner kronor högre än budgeterat. Ökningen "
            "förklaras av nya behandlingar mot diabetes och fetma samt av prishöjningar på flera cancerläkemedel.",
            C(
                "Läkemedel",
                "48 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="Drugs are material_hjalpmedel, as in the ninth set.",
            ),
        ),
        LP(
            "Nämndgemensamt:",
            "Verksamheten bedöms i stort sett hålla budget.",
            BP("Nämndgemensamt", note="−2 in the table."),
        ),
        PageBreak(),
        Columns(1),
        H("Avvikelser per kostnadsslag", 2),
        H("Köpt vård", 3),
        P(
            "Kostnaderna för köpt riks- och regionvård överstiger budget med 71 miljoner kronor för helåret. Den "
            "största delen avser Norrlands universitetssjukhus i Umeå, där antalet remisser inom thoraxkirurgi och "
            "neurokirurgi har ökat.",
            C(
                "Köpt riks- och regionvård",
                "71 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The deficit explained a second time, by kostnadsslag: an item for every passage.",
            ),
        ),
        H("Personalkostnader", 3),
        PS(
            (
                "Personalkostnaderna för egen personal ligger 22 miljoner kronor under budget, eftersom många "
                "tjänster är vakanta.",
                C("Personalkostnader", "22 miljoner kronor", "+", "vakanser"),
            ),
            (
                "Kostnaden för inhyrd personal uppgår samtidigt till 214 miljoner kronor för perioden, vilket är 96 "
                "miljoner kronor mer än budgeterat.",
                C(
                    "Inhyrd personal",
                    "96 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    note="The level 214 is not the amount.",
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            ("Nämndens investeringar uppgår till 58 miljoner kronor efter augusti.", None),
            (
                "Helårsprognosen är 121 miljoner kronor, vilket är 39 miljoner kronor lägre än investeringsbudgeten, "
                "eftersom upphandlingen av en ny magnetkamera till Örnsköldsviks sjukhus har överklagats.",
                C("Investeringar", "39 miljoner kronor", "+", "periodisering"),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni om en handlingsplan för minskad inhyrning, med målet att sänka kostnaderna för "
            "hyrläkare och hyrsjuksköterskor med 60 miljoner kronor på helårsbasis.",
            A(None, "60 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Vårdplatsplaneringen samordnas sedan augusti mellan de tre sjukhusen.",
            A(None, None, "bemanning"),
        ),
        H("Risker och omvärld", 2),
        P(
            "Prognosen är osäker. Om hyrläkarna i Sollefteå inte kan ersättas med egen personal före årsskiftet kan "
            "underskottet öka med ytterligare 10–15 miljoner kronor.",
            O("Sollefteå sjukhus", "inhyrd_personal", note="A risk: other."),
        ),
        P(
            "Antalet vårddagar var 3 procent fler än under samma period 2024.",
            O(None, "volymer", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vasternorrland-hsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Västernorrland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Västernorrland",
        },
        style=style,
        blocks=blocks,
    )
