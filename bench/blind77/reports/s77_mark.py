"""Marks kommun, Omsorgsnämnden, månadsrapport oktober 2025 (elderly care).

An elderly-care month report, footer with the date it was sent to the nämnd in November: the full year
"underskott på 7,4 mkr (−6,9 mkr i september)" (the bracket is last month's, not the amount), the change
since September as "en halv miljon kronor" in words with its cause; headings that carry the verksamhet, the
amount and last month's figure in brackets ("Hemtjänst −3,6 mkr (−3,1)"), a surplus heading whose reason is
an undistributed buffer (reserver), a plain heading whose paragraph says "blir 0,6 mkr högre än budgeterat",
a reason-only "Biståndshandläggning" (the table's "0,3"), fee revenue "0,4 mkr högre än budgeterat"
(positive, an account group across the verksamheter), "Hjälpmedel följer budget" (boilerplate); an action
with its effect; a grant uncertainty and sick leave against last year (others). DejaVu Sans 9.5 pt, table in
DejaVu Sans Condensed figures.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount; the bracket is September's figure."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 74.0, 60.0, 70.0),
        header=lambda n, m: ("Marks kommun – Omsorgsförvaltningen", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Till omsorgsnämnden 2025-11-13", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mkr",
        header=(("", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Ledning och gemensamt", "18,4", "17,5", "0,9", "0,9"),
            ("Biståndshandläggning", "12,6", "12,3", "0,3", "0,2"),
            ("Hemtjänst", "214,0", "217,6", "−3,6", "−3,1"),
            ("Särskilt boende", "306,5", "308,7", "−2,2", "−2,4"),
            ("Hälso- och sjukvård", "88,2", "90,1", "−1,9", "−1,4"),
            ("Korttidsvård", "21,3", "21,9", "−0,6", "−0,4"),
            ("Hjälpmedel", "9,0", "9,3", "−0,3", "−0,7"),
            ("Summa", "670,0", "677,4", "−7,4", "−6,9"),
        ),
        widths=(150.0, 70.0, 70.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=11.5, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Omsorgsnämndens prognos efter oktober är ett underskott på 7,4 mkr (−6,9 mkr i september).",
            C(None, "7,4 mkr", "-", note="The bracket is last month's figure, not the amount."),
        ),
        P(
            "Prognosen har därmed försämrats med en halv miljon kronor sedan förra månaden, främst på grund av "
            "ökade kostnader för sjuksköterskor från bemanningsföretag.",
            F(
                None,
                "en halv miljon kronor",
                "-",
                "inhyrd_personal",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst −3,6 mkr (−3,1)",
            "Antalet beviljade hemtjänsttimmar har ökat kraftigt under hösten och verksamheten har inte kunnat "
            "anpassa bemanningen i samma takt. Även kostnaderna för leasingbilar är högre än budgeterat.",
            C("Hemtjänst", "−3,6 mkr", "-", "volymer", "bemanning", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Särskilt boende −2,2 mkr (−2,4)",
            "Sjukfrånvaron har legat kring elva procent under hösten, vilket har krävt timvikarier och övertid.",
            C("Särskilt boende", "−2,2 mkr", "-", "sjukfranvaro", "vikarier", "overtid", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård −1,9 mkr (−1,4)",
            "Verksamheten har fortsatt att hyra in sjuksköterskor för att täcka vakanta tjänster, i oktober "
            "motsvarande fyra heltidstjänster.",
            C("Hälso- och sjukvård", "−1,9 mkr", "-", "inhyrd_personal", "vakanser", note=HEAD),
        ),
        H("Korttidsvård", 3),
        P(
            "Kostnaderna för köpta korttidsplatser i grannkommunerna blir 0,6 mkr högre än budgeterat, eftersom "
            "den egna korttidsenheten har varit fullbelagd sedan augusti.",
            C("Korttidsvård", "0,6 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Ledning och gemensamt +0,9 mkr (+0,9)",
            "Nämndens buffert på 0,9 mkr har inte fördelats och bedöms inte behöva tas i anspråk under året.",
            C(
                "Ledning och gemensamt",
                "+0,9 mkr",
                "+",
                "reserver",
                note=HEAD + " An undistributed buffer is reserver.",
            ),
        ),
        H("Biståndshandläggning", 3),
        P(
            "En handläggartjänst har varit vakant sedan sommaren.",
            C(
                "Biståndshandläggning",
                "0,3",
                "+",
                "vakanser",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Intäkter", 3),
        P(
            "Intäkterna från omvårdnadsavgifter blir 0,4 mkr högre än budgeterat, eftersom fler brukare har "
            "hemtjänst och avgiftstaket har höjts.",
            C(
                "Intäkter",
                "0,4 mkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="Revenue over budget: positive.",
            ),
        ),
        H("Hjälpmedel", 3),
        P(
            "Kostnaderna för hjälpmedel följer budget.",
            BP("Hjälpmedel", note="'Följer budget' is boilerplate even where the row is not zero."),
        ),
        H("Åtgärder", 2),
        P(
            "Från november prövas varje förlängning av inhyrda sjuksköterskor av förvaltningschefen. Åtgärden "
            "beräknas minska kostnaderna med 0,3 mkr under resten av året.",
            A("Hälso- och sjukvård", "0,3 mkr", "inhyrd_personal"),
        ),
        H("Osäkerheter", 2),
        P(
            "Det är fortfarande osäkert om kommunen får hela det sökta statsbidraget för äldreomsorgens bemanning, "
            "2,8 mkr, eftersom redovisningen till Socialstyrelsen ska göras först i februari.",
            O(None, "statsbidrag", note="An uncertainty: other."),
        ),
        P(
            "Sjukfrånvaron i förvaltningen var 9,6 procent till och med oktober, att jämföra med 8,8 procent samma "
            "period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="mark-on-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Mark",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Omsorgsnämnden", "author": "Marks kommun"},
        style=style,
        blocks=blocks,
    )
