"""Uppsala kommun, Utbildningsnämnden, delårsrapport januari–augusti 2025.

An education committee's interim report in "miljoner kronor" with U+2212 minus signs, footer with the nämnd's
meeting date in September: the period "ett positivt resultat mot budget på 18,6 miljoner kronor" and the full
year "ett underskott på 24 miljoner kronor" in two sentences (two items), the period surplus's timing reason in
a paragraph of its own (amount null); a table with this and the last tertial's deviation side by side; the
change since the tertial report with its cause; bold run-in verksamheter with a colon in varied shapes:
"Underskottet på 31,4 miljoner kronor förklaras av", "ger ett överskott, 10,5 miljoner kronor", "Prognosen är
−8,5 miljoner kronor (−4,5 i april)" (the bracket is last tertial's), a reason-only deficit (the row's "−7,4"),
a grant "7,8 miljoner kronor högre än budgeterat", "Överskott 5,0 miljoner kronor, vakanser"; actions as
bullets, investments "i nivå med budget" (boilerplate) and pupil numbers against last year with "beror på"
(other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Uppsala kommun – Utbildningsförvaltningen", "Delårsrapport 2025"),
        footer=lambda n, m: ("Utbildningsnämnden 2025-09-17", "UBN-2025-03118", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Förskola", "1 812,4", "1 801,9", "10,5", "6,0"),
            ("Grundskola", "3 598,0", "3 629,4", "−31,4", "−22,0"),
            ("Gymnasieskola", "1 120,7", "1 129,2", "−8,5", "−4,5"),
            ("Anpassad skola", "312,5", "319,9", "−7,4", "−7,0"),
            ("Vuxenutbildning", "268,3", "260,5", "7,8", "3,5"),
            ("Nämnd och förvaltning", "240,1", "235,1", "5,0", "4,0"),
            ("Totalt", "7 352,0", "7 376,0", "−24,0", "−20,0"),
        ),
        widths=(140.0, 70.0, 70.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Utbildningsnämnden redovisar för perioden januari–augusti ett positivt resultat mot budget på 18,6 "
                "miljoner kronor.",
                C(None, "18,6 miljoner kronor", "+", note="The period in a sentence of its own."),
            ),
            (
                "Helårsprognosen är ett underskott på 24 miljoner kronor, vilket motsvarar 0,3 procent av nämndens "
                "budget.",
                C(None, "24 miljoner kronor", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        P(
            "Periodens överskott beror till stor del på att kostnaderna för höstterminens läromedel och elevdatorer "
            "faktureras först i september och oktober.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="The period surplus's reason on its own: amount null.",
            ),
        ),
        table,
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 4,0 miljoner kronor, främst inom "
            "gymnasieskolan där fler elever än beräknat har valt yrkesprogram med högre programpeng.",
            F(None, "4,0 miljoner kronor", "-", "volymer"),
        ),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Grundskola:",
            "Underskottet på 31,4 miljoner kronor förklaras av att fler elever har behov av särskilt stöd och av "
            "höga kostnader för elevassistenter. Dessutom har skolskjutsavtalet blivit dyrare.",
            C(
                "Grundskola",
                "31,4 miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                "prisokningar",
                note="A dearer transport contract: prisokningar.",
            ),
        ),
        LP(
            "Förskola:",
            "Ett lägre barnantal än i budgeten ger ett överskott, 10,5 miljoner kronor. Samtidigt ökar kostnaderna "
            "för tomma lokaler där avdelningar har stängts.",
            C("Förskola", "10,5 miljoner kronor", "+", "volymer", "lokaler"),
        ),
        LP(
            "Gymnasieskola:",
            "Prognosen är −8,5 miljoner kronor (−4,5 i april). Fler elever på yrkesprogram, som har högre "
            "programpeng, och ökade interkommunala ersättningar till andra huvudmän driver kostnaderna.",
            C(
                "Gymnasieskola",
                "−8,5 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The bracket is last tertial's figure, not the amount.",
            ),
        ),
        LP(
            "Anpassad skola:",
            "Skolskjutsar och köpta platser i andra kommuner gör att verksamheten går mot ett underskott.",
            C(
                "Anpassad skola",
                "−7,4",
                "-",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        LP(
            "Vuxenutbildning:",
            "Statsbidraget för regional yrkesvux blev 7,8 miljoner kronor högre än budgeterat.",
            C("Vuxenutbildning", "7,8 miljoner kronor", "+", "statsbidrag"),
        ),
        LP(
            "Nämnd och förvaltning:",
            "Överskott 5,0 miljoner kronor, vakanser inom den centrala förvaltningen.",
            C("Nämnd och förvaltning", "5,0 miljoner kronor", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster inom grundskolan under hösten.",
                "Översyn av skolskjutsorganisationen, med en beräknad besparing på 3 miljoner kronor från 2026.",
            ),
            labels=(
                A("Grundskola", None, "bemanning"),
                A("Grundskola", "3 miljoner kronor"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i inventarier och digitala verktyg beräknas uppgå till 42 miljoner kronor, vilket är "
            "i nivå med budget.",
            BP("Investeringar", note="Investments in line with budget: boilerplate."),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet elever i grundskolan är 190 fler än i augusti 2024, vilket beror på inflyttning till de nya "
            "bostadsområdena i stadens södra delar.",
            O("Grundskola", "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-un-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Utbildningsnämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
