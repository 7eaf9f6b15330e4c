"""Vallentuna kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report, DejaVu Sans 10 pt, footer with the nämnd's meeting date in
February: the result "ett överskott på 1,9 miljoner kronor jämfört med budget" and the outcome "0,6 miljoner
kronor bättre än prognosen i delårsrapporten" (a forecast change) in one paragraph; a table in tkr with
deficits in brackets ("(1 100)"); bold run-in verksamheter with a colon: "Underskottet på 1,1 miljoner kronor
förklaras av" energy and water damage, "drygt en miljon kronor" in words against the row's "1 060", a
reason-only youth centre (the row's "780"), "redovisar 620 tkr bättre än budget", a reason-only deficit (the
row's "(450)") and two rows together "ett överskott på 990 tkr, varav … 340 tkr" (one item with the total);
investments "7,2 miljoner kronor av budgeterade 11,0 miljoner kronor" (3,8 never written out); an action, net
cost growth against 2024 and library visits against the previous year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Vallentuna kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse mot budget"),),
        rows=(
            ("Nämnd och administration", "4 850", "4 200", "650"),
            ("Kulturverksamhet", "9 300", "9 750", "(450)"),
            ("Bibliotek", "18 400", "17 780", "620"),
            ("Kulturskola", "14 200", "13 140", "1 060"),
            ("Fritidsgårdar", "8 900", "8 120", "780"),
            ("Idrotts- och fritidsanläggningar", "42 600", "43 700", "(1 100)"),
            ("Föreningsbidrag", "6 100", "5 760", "340"),
            ("Summa", "104 350", "102 450", "1 900"),
        ),
        widths=(180.0, 72.0, 72.0, 100.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 1,9 miljoner kronor jämfört med "
                "budget.",
                C(None, "1,9 miljoner kronor", "+"),
            ),
            (
                "Utfallet är 0,6 miljoner kronor bättre än prognosen i delårsrapporten.",
                F(
                    None,
                    "0,6 miljoner kronor",
                    "+",
                    note="The outcome against the interim forecast, no cause.",
                ),
            ),
        ),
        table,
        H("Kommentarer till utfallet", 2),
        LP(
            "Idrotts- och fritidsanläggningar:",
            "Underskottet på 1,1 miljoner kronor förklaras av högre kostnader för el och fjärrvärme i simhallen och "
            "av en vattenskada i ishallen som inte täcktes av försäkringen.",
            C(
                "Idrotts- och fritidsanläggningar",
                "1,1 miljoner kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="Energy costs are prisokningar, a water damage ovrigt.",
            ),
        ),
        LP(
            "Kulturskolan:",
            "Här blev det ett överskott på drygt en miljon kronor, eftersom två lärartjänster var vakanta under "
            "hösten och avgiftsintäkterna blev högre när fler elever tog plats.",
            C(
                "Kulturskolan",
                "drygt en miljon kronor",
                "+",
                "vakanser",
                "avgifter_intakter",
                "volymer",
                value=1_000_000,
                note="An amount in words: the stated figure, not the row's 1 060.",
            ),
        ),
        LP(
            "Fritidsgårdar:",
            "Fritidsgården i Kårsta har haft begränsade öppettider under året, vilket har gett lägre "
            "personalkostnader.",
            C(
                "Fritidsgårdar",
                "780",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Bibliotek:",
            "Biblioteket redovisar 620 tkr bättre än budget, främst till följd av ett statsbidrag från Kulturrådet "
            "för läsfrämjande insatser.",
            C("Bibliotek", "620 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Kulturverksamhet:",
            "Kostnaderna för sommarens kulturarrangemang i Vallentuna centrum blev högre än planerat.",
            C(
                "Kulturverksamhet",
                "(450)",
                "-",
                unit="tkr",
                table=True,
                note="A reason only: the row's bracketed cell, amount positive.",
            ),
        ),
        LP(
            "Föreningsbidrag och nämnd:",
            "Färre ansökningar om aktivitetsstöd och lägre nämndkostnader ger tillsammans ett överskott på 990 tkr, "
            "varav föreningsbidragen svarar för 340 tkr.",
            C(
                "Föreningsbidrag och nämnd",
                "990 tkr",
                "+",
                "volymer",
                note="Two rows together with a 'varav' part: one item with the total.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 7,2 miljoner kronor av budgeterade 11,0 miljoner kronor. "
            "Konstgräsplanen i Ormsta färdigställs först under 2026.",
            C(
                "Investeringar",
                "7,2 miljoner kronor av budgeterade 11,0 miljoner kronor",
                "+",
                "periodisering",
                value=3_800_000,
                note="An under-spend of 3,8 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har nämnden beslutat att se över öppettiderna i simhallen för att minska energikostnaderna.",
            A("Idrotts- och fritidsanläggningar", None, "prisokningar"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Jämfört med 2024 ökade nämndens nettokostnader med 3,4 procent, vilket beror på att den nya sporthallen "
            "togs i bruk i augusti.",
            O(None, "lokaler", note="Net cost growth against the previous year: other."),
        ),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med föregående år.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vallentuna-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Vallentuna kommun"},
        style=style,
        blocks=blocks,
    )
