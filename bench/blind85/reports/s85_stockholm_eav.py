"""Stockholms stad, Enskede-Årsta-Vantörs stadsdelsnämnd, verksamhetsberättelse 2025.

A district committee's year-end report in mnkr, footer with the tjänsteutlåtande's date in February: the
result "ett underskott mot budget på 18,9 mnkr" beside a percentage of the budget, the outcome against the
second tertial report's forecast with its cause (a forecast change), a table per verksamhetsområde with
hyphen-minus deficits, then two columns of bold run-in verksamhetsområden ending in a full stop: elderly care
"redovisar ett underskott på 24,7 mnkr" followed by home care "blev 16,3 mnkr dyrare än budgeterat" and care
homes "visar −8,4 mnkr" (their own items), IFO with "Ett överskott på 3,3 mnkr uppstod eftersom", disability
support "i nivå med budget" (boilerplate beside a row of 0,9), a reason-only preschool surplus (the row's
"1,1"), vandalism "överstiger budget med 0,9 mnkr", försörjningsstöd "0,7 mnkr lägre än budgeterat" and
administration "Överskottet på 0,7 mnkr beror på"; investments "6,2 mnkr av investeringsbudgeten på 9,5 mnkr"
(3,3 never written out), an action with its yearly effect and sick leave against 2024 with "beror på" (other).
Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Stockholms stad", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: (
            "Enskede-Årsta-Vantörs stadsdelsförvaltning",
            "Tjänsteutlåtande 2026-02-12",
            f"Sida {n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "742,6", "767,3", "-24,7"),
            ("Individ- och familjeomsorg", "286,4", "283,1", "3,3"),
            ("Stöd till personer med funktionsnedsättning", "402,8", "401,9", "0,9"),
            ("Förskola", "598,3", "597,2", "1,1"),
            ("Parkmiljö och kultur", "38,2", "39,1", "-0,9"),
            ("Ekonomiskt bistånd", "151,0", "150,3", "0,7"),
            ("Administration och nämnd", "71,5", "70,8", "0,7"),
            ("Summa", "2 290,8", "2 309,7", "-18,9"),
        ),
        widths=(220.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Enskede-Årsta-Vantörs stadsdelsnämnd", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Nämnden redovisar för 2025 ett underskott mot budget på 18,9 mnkr, vilket motsvarar 0,8 procent av "
            "nämndens budget. Underskottet finns i sin helhet inom äldreomsorgen.",
            C(None, "18,9 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        P(
            "Jämfört med prognosen i tertialrapport 2 blev utfallet 4,2 mnkr sämre, främst på grund av att fler "
            "hemtjänsttimmar beviljades under hösten.",
            F(None, "4,2 mnkr", "-", "volymer", note="The outcome against the interim forecast."),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        Columns(2),
        LP(
            "Äldreomsorg.",
            "Äldreomsorgen redovisar ett underskott på 24,7 mnkr, den största avvikelsen i nämnden.",
            C("Äldreomsorg", "24,7 mnkr", "-", note="Area named, reasons given per sub-area below."),
            (
                "Hemtjänsten blev 16,3 mnkr dyrare än budgeterat, då antalet beviljade timmar ökade med 9 procent "
                "under året.",
                C(
                    "Hemtjänst",
                    "16,3 mnkr",
                    "-",
                    "volymer",
                    note="A sub-area inside another area's paragraph: its own item.",
                ),
            ),
            (
                "Vård- och omsorgsboendena i egen regi visar −8,4 mnkr till följd av hög sjukfrånvaro och övertid "
                "under sommaren.",
                C("Vård- och omsorgsboenden", "−8,4 mnkr", "-", "sjukfranvaro", "overtid"),
            ),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Ett överskott på 3,3 mnkr uppstod eftersom färre ungdomar än beräknat placerades på institution och "
            "två tjänster som socialsekreterare var vakanta under våren.",
            C(
                "Individ- och familjeomsorg",
                "3,3 mnkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                "vakanser",
            ),
        ),
        LP(
            "Stöd till personer med funktionsnedsättning.",
            "Verksamheten har bedrivits i nivå med budget.",
            BP("Stöd till personer med funktionsnedsättning", note="0,9 in the table."),
        ),
        LP(
            "Förskola.",
            "Förskoleverksamheten lämnar ett mindre överskott som kan härledas till lägre kostnader för "
            "lokalvård efter en ny upphandling.",
            C(
                "Förskola",
                "1,1",
                "+",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell. A cheaper cleaning contract is prisokningar.",
            ),
        ),
        LP(
            "Parkmiljö och kultur.",
            "Skadegörelse på lekplatser och i parkerna kring Årstafältet har lett till reparationskostnader "
            "som överstiger budget med 0,9 mnkr.",
            C("Parkmiljö och kultur", "0,9 mnkr", "-", "ovrigt", note="Vandalism is ovrigt."),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Kostnaden för försörjningsstöd blev 0,7 mnkr lägre än budgeterat, då färre hushåll än väntat behövde "
            "stöd under hösten.",
            C("Ekonomiskt bistånd", "0,7 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Administration och nämnd.",
            "Överskottet på 0,7 mnkr beror på lägre kostnader för konsulter och att en tjänst som controller var "
            "vakant under hösten.",
            C("Administration och nämnd", "0,7 mnkr", "+", "inhyrd_personal", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämnden förbrukade 6,2 mnkr av investeringsbudgeten på 9,5 mnkr. Upprustningen av lekplatsen vid "
            "Enskedefältet har skjutits till 2026 på grund av förseningar i upphandlingen.",
            C(
                "Investeringar",
                "6,2 mnkr av investeringsbudgeten på 9,5 mnkr",
                "+",
                "periodisering",
                value=3_300_000,
                note="An under-spend never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten infördes en ny planeringsmodell i hemtjänsten i egen regi, som beräknas minska "
            "övertiden med motsvarande 2 mnkr per år.",
            A("Hemtjänst", "2 mnkr", "overtid", "bemanning"),
        ),
        H("Medarbetare", 2),
        PS(
            (
                "Sjukfrånvaron i nämndens verksamheter var 8,1 procent 2025, en minskning med 0,6 procentenheter "
                "jämfört med 2024, vilket främst beror på ett förbättrat arbetsmiljöarbete inom äldreomsorgen.",
                O(None, "sjukfranvaro", note="Sick leave against the previous year."),
            ),
        ),
    ]
    return ReportSpec(
        file="stockholm-eav-sdn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Enskede-Årsta-Vantörs stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Enskede-Årsta-Vantörs stadsdelsnämnd",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
