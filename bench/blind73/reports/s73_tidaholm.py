"""Tidaholms kommun, Socialnämnden, bokslut 2025.

A social committee's year-end "bokslut" adopted in February: the result "ett underskott på 8,7 miljoner kronor
mot budget", the outcome against the interim forecast without a cause (a forecast change), net cost growth
against 2024 (other); a verksamhet table in mnkr with U+2212 minus and "+" and last year's deviation beside
this year's; plain headings: home care "gick 4,8 miljoner kronor över budget" with hours against budgeted
hours and scheduling, care homes and health care "överskred budget med 0,8 respektive 2,4 miljoner kronor" with
shared causes in the next sentence (two items, the same text), a possessive "Funktionsstödets överskott på 1,5
miljoner kronor" from assistance compensation, a reason-only individual and family care deficit (the row's
"−2,9") followed in the same paragraph by ekonomiskt bistånd "0,6 miljoner kronor under budget" (its own item),
the administration's surplus in words ("drygt sjuhundratusen kronor"); investments "3,9 miljoner kronor mot en
budget på 4,2 miljoner kronor" (0,3 never written out), two actions (one with its effect) and sick leave
against last year (other). Liberation Serif (Times metrics) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("TIDAHOLMS KOMMUN", "Socialnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Fastställt av socialnämnden 2026-02-12", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, miljoner kronor",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse 2025", "Avvikelse 2024"),),
        rows=(
            ("Ledning och administration", "12,1", "11,4", "+0,7", "+0,3"),
            ("Hemtjänst", "58,3", "63,1", "−4,8", "−2,2"),
            ("Särskilt boende", "96,4", "97,2", "−0,8", "+0,4"),
            ("Hälso- och sjukvård", "31,0", "33,4", "−2,4", "−1,6"),
            ("Funktionsstöd", "72,6", "71,1", "+1,5", "−0,9"),
            ("Individ- och familjeomsorg", "44,2", "47,1", "−2,9", "−3,8"),
            ("Socialnämnden totalt", "314,6", "323,3", "−8,7", "−7,8"),
        ),
        widths=(160.0, 66.0, 66.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times-italic", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden redovisar ett underskott på 8,7 miljoner kronor mot budget för 2025.",
            C(None, "8,7 miljoner kronor", "-"),
        ),
        P(
            "Underskottet är 1,3 miljoner kronor mindre än vad som prognostiserades i delårsrapporten.",
            F(
                None,
                "1,3 miljoner kronor",
                "+",
                note="The outcome against the interim forecast, without a cause.",
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten gick 4,8 miljoner kronor över budget. Antalet beviljade timmar var i genomsnitt 6 900 per "
            "månad mot budgeterade 6 100, och verksamheten har haft svårt att anpassa schemaläggningen när "
            "behoven förändrats snabbt.",
            C("Hemtjänst", "4,8 miljoner kronor", "-", "volymer", "bemanning"),
        ),
        H("Särskilt boende och hälso- och sjukvård", 3),
        P(
            "Särskilt boende och hälso- och sjukvården överskred budget med 0,8 respektive 2,4 miljoner kronor. "
            "Inom båda verksamheterna har sjuksköterskor från bemanningsföretag anlitats under sommaren, och "
            "sjuklönekostnaderna har varit höga.",
            C(
                "Särskilt boende",
                "0,8",
                "-",
                "inhyrd_personal",
                "sjukfranvaro",
                unit="mnkr",
                note="A 'respektive' pair with shared causes in the next sentence: two items, the same text.",
                also=(
                    C(
                        "Hälso- och sjukvård",
                        "2,4 miljoner kronor",
                        "-",
                        "inhyrd_personal",
                        "sjukfranvaro",
                    ),
                ),
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstödets överskott på 1,5 miljoner kronor förklaras av att ersättningen från "
            "Försäkringskassan för personlig assistans blev högre än budgeterat, sedan två ärenden omprövats.",
            C("Funktionsstöd", "1,5 miljoner kronor", "+", "ersattning_fk"),
        ),
        H("Individ- och familjeomsorg", 3),
        Para(
            (
                (
                    "Placeringskostnaderna för barn och unga har fortsatt att öka, och under hösten placerades en "
                    "ungdom på ett av Statens institutionsstyrelses särskilda ungdomshem.",
                    C(
                        "Individ- och familjeomsorg",
                        "−2,9",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        unit="mnkr",
                        table=True,
                        note="Reason only: the table row's cell.",
                    ),
                ),
                (
                    "Ekonomiskt bistånd låg däremot 0,6 miljoner kronor under budget, tack vare att fler personer "
                    "har gått till arbete eller studier.",
                    C(
                        "Ekonomiskt bistånd",
                        "0,6 miljoner kronor",
                        "+",
                        "ekonomiskt_bistand",
                        "volymer",
                        note="A sub-area's surplus inside the area's paragraph: its own item.",
                    ),
                ),
            )
        ),
        H("Ledning och administration", 3),
        P(
            "Ledning och administration lämnar ett överskott om drygt sjuhundratusen kronor, till följd av "
            "vakanta tjänster som utvecklingsledare och systemförvaltare.",
            C(
                "Ledning och administration",
                "drygt sjuhundratusen kronor",
                "+",
                "vakanser",
                value=700_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet blev 3,9 miljoner kronor mot en budget på 4,2 miljoner kronor, eftersom en del av "
            "de nya larmen till särskilt boende levereras först i januari.",
            C(
                "Investeringar",
                "3,9 miljoner kronor mot en budget på 4,2 miljoner kronor",
                "+",
                "periodisering",
                value=300_000,
                note="An under-spend never written out: the computed 0,3 mnkr, the amount text as written.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten infördes ett nytt planeringsverktyg i hemtjänsten. Effekten har ännu inte synts fullt ut "
            "i resultatet.",
            A("Hemtjänst", None, "bemanning"),
        ),
        P(
            "Nämnden har beslutat om en handlingsplan för 2026 som ska sänka kostnaderna med 3,0 miljoner kronor, "
            "främst genom färre externa placeringar och minskad inhyrning av sjuksköterskor.",
            A(None, "3,0 miljoner kronor", "kopt_verksamhet", "inhyrd_personal"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron minskade från 9,4 procent 2024 till 8,6 procent 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="tidaholm-sn-bokslut-2025.pdf",
        report={
            "municipality": "Tidaholm",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Tidaholms kommun"},
        style=style,
        blocks=blocks,
    )
