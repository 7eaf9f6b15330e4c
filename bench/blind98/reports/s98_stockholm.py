"""Stockholms stad, Utbildningsnämnden, tertialrapport 2 2025 (januari–augusti).

A large education committee's tertial report in "mnkr", set in Liberation Serif (Times) with Arial headings,
whose footer carries the nämnd's meeting date in September: the period "46,3 mnkr lägre än den periodiserade
budgeten" (a lower net cost: positive) and the period surplus's timing reason in the next sentence (a cause
with amount null), then the full year "ett underskott om 58,0 mnkr" with a percentage and the budget's level
beside it, and the change since tertial 1; a table of verksamhetsområden whose deficits are in brackets
("(29,5)"); plain headings over paragraphs whose area is named in varied ways: after "Inom", a possessive
"Gymnasieskolans prognos visar ett negativt resultat om 29,5 mnkr", a reason-only paragraph (the row's
"(11,2)"), the subject with "visar ett överskott om", "redovisar ett överskott på 3,4 mnkr som en följd av",
and a subject that "hamnar 6,5 mnkr över budget" at the end of a long sentence; investments "38 mnkr lägre
än den budgeterade nivån" with the reason in the next sentence and a project "4,2 mnkr dyrare än
beräknat"; an action with its effect and a risk (other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

ROW = "Reason only: the table row's cell (mnkr, a deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Stockholms stad", "Utbildningsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 2 2025", "Utbildningsnämnden 2025-09-18", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, mnkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Grundskola", "8 912,4", "8 936,4", "(24,0)"),
            ("Gymnasieskola", "3 204,8", "3 234,3", "(29,5)"),
            ("Anpassad grund- och gymnasieskola", "1 046,1", "1 057,3", "(11,2)"),
            ("Vuxenutbildning", "812,9", "803,1", "9,8"),
            ("Fritidshem", "1 121,7", "1 118,3", "3,4"),
            ("Nämnd och förvaltning", "402,0", "408,5", "(6,5)"),
            ("Summa", "15 499,9", "15 557,9", "(58,0)"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="arial-bold", after=2),
        Title("Utbildningsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Utbildningsnämnden redovisar per den 31 augusti ett utfall som är 46,3 mnkr lägre än den "
                "periodiserade budgeten.",
                C(
                    None,
                    "46,3 mnkr",
                    "+",
                    note="A net cost below the periodised budget: a positive period deviation.",
                ),
            ),
            (
                "Överskottet för perioden beror till största delen på att statsbidrag för lovskola och läxhjälp har "
                "betalats ut tidigare än beräknat.",
                C(
                    None,
                    None,
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period surplus's reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P(
            "För helåret prognostiseras ett underskott om 58,0 mnkr, motsvarande 0,4 procent av nämndens budget på "
            "15,5 miljarder kronor.",
            C(
                None,
                "58,0 mnkr",
                "-",
                note="The full year in a paragraph of its own; the percentage is not the amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 21,5 mnkr sedan tertialrapport 1, främst då antalet elever på "
            "introduktionsprogrammen och i den anpassade gymnasieskolan har ökat mer än beräknat.",
            F(None, "21,5 mnkr", "-", "volymer"),
        ),
        table,
        Space(8),
        H("Kommentarer per verksamhetsområde", 2),
        H("Grundskola", 3),
        P(
            "Inom grundskolan beräknas ett underskott på 24,0 mnkr. Skolpengen räcker inte till de ökade "
            "kostnaderna för elevassistenter, och fler elever än budgeterat har beviljats tilläggsbelopp.",
            C("Grundskola", "24,0 mnkr", "-", "bemanning", "volymer", note="The area after 'Inom'."),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans prognos visar ett negativt resultat om 29,5 mnkr. Den främsta orsaken är att de "
            "interkommunala ersättningarna blir högre än budgeterat, eftersom fler elever än väntat har valt "
            "fristående skolor och skolor i andra kommuner.",
            C(
                "Gymnasieskola",
                "29,5 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A possessive names the area; interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        H("Anpassad grund- och gymnasieskola", 3),
        P(
            "Fler elever har beviljats skolskjuts och plats på elevhem, och hyran för den nya enheten i Bromma har "
            "blivit högre än planerat.",
            C(
                "Anpassad grund- och gymnasieskola",
                "(11,2)",
                "-",
                "volymer",
                "lokaler",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen visar ett överskott om 9,8 mnkr. Det förklaras av att färre personer än budgeterat "
            "har påbörjat yrkesutbildningar under våren, samtidigt som statsbidraget för regional yrkesvux har "
            "blivit högre.",
            C("Vuxenutbildning", "9,8 mnkr", "+", "volymer", "statsbidrag"),
        ),
        H("Fritidshem", 3),
        P(
            "Fritidshemmen redovisar ett överskott på 3,4 mnkr som en följd av en lägre inskrivningsgrad bland "
            "elever i årskurs 4–6 och flera vakanta tjänster som fritidspedagog.",
            C("Fritidshem", "3,4 mnkr", "+", "volymer", "vakanser"),
        ),
        H("Nämnd och förvaltning", 3),
        P(
            "Kostnaderna för förvaltningens gemensamma verksamhetssystem och för uppsagda kontorslokaler i samband "
            "med omorganisationen av stödfunktionerna gör att nämnd och förvaltning hamnar 6,5 mnkr över budget.",
            C(
                "Nämnd och förvaltning",
                "6,5 mnkr",
                "-",
                "it_digitalisering",
                "lokaler",
                "omstallning",
                note="The area is named at the end of a long sentence.",
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringar beräknas uppgå till 212 mnkr för helåret, vilket är 38 mnkr lägre än den "
                "budgeterade nivån. Avvikelsen beror främst på att upphandlingen av inventarier till den nya skolan "
                "i Hagastaden har försenats.",
                C(
                    "Investeringar",
                    "38 mnkr",
                    "+",
                    "periodisering",
                    "material_hjalpmedel",
                    note="Investment under-spending with its reason in the next sentence.",
                ),
            ),
            (
                "Ombyggnaden av kök och matsal vid Sjövikens gymnasium blir däremot 4,2 mnkr dyrare än beräknat på "
                "grund av prisökningar på installationer.",
                C(
                    "Sjövikens gymnasium",
                    "4,2 mnkr",
                    "-",
                    "prisokningar",
                    note="An investment overrun: negative.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en central prövning av alla nya tillsvidareanställningar inom "
            "administrationen, vilket beräknas ge en besparing om 8 mnkr under hösten.",
            A("Nämnd och förvaltning", "8 mnkr", "bemanning"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Det finns en risk att antalet nyanlända elever ökar under hösten, vilket skulle kunna påverka "
            "prognosen negativt med uppemot 10 mnkr.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-un-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Utbildningsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
