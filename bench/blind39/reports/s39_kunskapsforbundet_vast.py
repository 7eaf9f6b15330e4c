"""Kunskapsförbundet Väst (kommunalförbund), Direktionen, månadsrapport oktober 2025.

An upper-secondary and adult-education kommunalförbund's month report in mnkr and tkr, footer with the
direktion's meeting date in November and a diarienummer: the result "3,8 mnkr … att jämföra med ett budgeterat
resultat på 1,0 mnkr" followed by "Avvikelsen, +2,8 mnkr, förklaras framför allt av" (one item); the members'
contributions that "följer budget" (boilerplate); the change since September with its cause; a table with only
the deviation in September and October ("–1 900", "+4 300", "0"); plain headings with "pekar prognosen mot ett
underskott på 1,9 mnkr" and an action right after it, a possessive "Den anpassade gymnasieskolans överskott, 600
tkr, beror på", a heading that carries the area and amount ("Vuxenutbildning och SFI +4,3 mnkr"), "blir 600
tkr högre än budget till följd av" and a reason-only surplus (the row's "+400"); investments "5,2 mnkr, 2,3
mnkr under budget"; equity (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Kunskapsförbundet Väst", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Direktionen 2025-11-20", "Dnr KFV 2025/87", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognostiserad avvikelse mot budget per verksamhet, tkr",
        header=(("Verksamhet", "Prognos september", "Prognos oktober"),),
        rows=(
            ("Gymnasieskola", "–1 500", "–1 900"),
            ("Anpassad gymnasieskola", "+600", "+600"),
            ("Vuxenutbildning och SFI", "+3 600", "+4 300"),
            ("IT och digitalisering", "–600", "–600"),
            ("Förbundsgemensamt", "0", "+400"),
            ("Summa", "+2 100", "+2 800"),
        ),
        widths=(200.0, 110.0, 110.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="serif-cond-bold", after=2),
        Title(
            "Kunskapsförbundet Väst – gymnasieskola och vuxenutbildning för Trollhättan och Vänersborg",
            size=12,
            font="serif-cond",
            after=12,
        ),
        H("Ekonomiskt läge", 2),
        P(
            "Förbundet prognostiserar ett resultat på 3,8 mnkr för 2025, att jämföra med ett budgeterat resultat på "
            "1,0 mnkr. Avvikelsen, +2,8 mnkr, förklaras framför allt av högre statsbidrag inom vuxenutbildningen.",
            C(None, "+2,8 mnkr", "+", "statsbidrag", note="The two result levels are not the amount."),
        ),
        P(
            "Medlemsbidragen från Trollhättan och Vänersborg följer budget.",
            BP("Medlemsbidrag"),
        ),
        P(
            "Prognosen är 0,7 mnkr bättre än i septemberrapporten, då ytterligare statsbidrag för yrkesvux har "
            "beviljats.",
            F(None, "0,7 mnkr", "+", "statsbidrag"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Gymnasieskolan", 3),
        P(
            "För gymnasieskolan pekar prognosen mot ett underskott på 1,9 mnkr. Fordonsprogrammet och el- och "
            "energiprogrammet har fler elever än budgeterat, vilket har krävt ytterligare lärartjänster, och "
            "kostnaderna för förbrukningsmaterial i verkstäderna har ökat.",
            C("Gymnasieskolan", "1,9 mnkr", "-", "volymer", "bemanning", "material_hjalpmedel"),
        ),
        P(
            "Rektorerna har fått i uppdrag att se över gruppstorlekarna inför vårterminen.",
            A("Gymnasieskolan", None, "bemanning"),
        ),
        H("Anpassad gymnasieskola", 3),
        P(
            "Den anpassade gymnasieskolans överskott, 600 tkr, beror på att två elever har flyttat från förbundets "
            "kommuner och att en planerad ny grupp inte har startat.",
            C("Anpassad gymnasieskola", "600 tkr", "+", "volymer"),
        ),
        HP(
            "Vuxenutbildning och SFI +4,3 mnkr",
            "Statsbidraget för regionalt yrkesvux blev betydligt högre än budgeterat sedan förbundet beviljats 120 "
            "fler platser. Samtidigt har SFI haft färre studerande än planerat, och lärartjänster har hållits "
            "vakanta.",
            C(
                "Vuxenutbildning och SFI",
                "+4,3 mnkr",
                "+",
                "statsbidrag",
                "volymer",
                "vakanser",
                note="The heading carries the amount.",
            ),
        ),
        H("IT och digitalisering", 3),
        P(
            "Kostnaderna blir 600 tkr högre än budget till följd av ett nytt schemaläggningssystem och dyrare "
            "leasingavtal för elevdatorer.",
            C("IT och digitalisering", "600 tkr", "-", "it_digitalisering", "material_hjalpmedel"),
        ),
        H("Förbundsgemensamt", 3),
        P(
            "Lägre kostnader än budgeterat för direktionens arvoden och för revisionen ger ett mindre överskott.",
            C(
                "Förbundsgemensamt",
                "+400",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's October cell. Members' fees: ovrigt.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 5,2 mnkr, 2,3 mnkr under budget, då upprustningen av "
            "svetsverkstaden skjuts till 2026.",
            C("Investeringar", "2,3 mnkr", "+", "periodisering"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årets början till 18,6 mnkr. Med prognostiserat resultat ökar det "
            "till 22,4 mnkr.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="kunskapsforbundet-vast-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Kunskapsförbundet Väst", "Kommunalförbundet Kunskapsförbundet Väst"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Kunskapsförbundet Väst"},
        style=style,
        blocks=blocks,
    )
