"""Vetlanda kommun, Socialnämnden, tertialrapport 1 2026.

An elderly-care and disability committee's tertial report in mkr and a tkr table, footer with the nämnd's
meeting date in May: the period "5,3 mkr sämre än periodens budget" and the full year "överskrida sin
budgetram med 11,9 mkr" followed by the areas that "inte ryms inom budget" (no reasons, no tags); a reading
note declaring a trailing minus for overruns; a kostnadsslag table with a trailing minus ("9 800-"); bold run-in
kostnadsslag, two with reasons only (the rows' "9 800-" and "3 100-") and one "ger 2,4 mkr mer än
budgeterat"; the change since February with a cause and an action with its effect; a sick-leave comparison with
2025 (other); then two columns of headings that carry the verksamhet and amount ("Hemtjänst −4,6 mkr"), with
a percentage that is not the amount, so the deficit is explained twice, and "Förvaltningsgemensamt ±0,0 mkr"
over "bedöms följa budget" (boilerplate). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("VETLANDA KOMMUN", "Socialnämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-05-27", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "118 500", "41 300", "120 900", "2 400"),
            ("Personalkostnader", "612 300", "209 800", "622 100", "9 800-"),
            ("Köp av verksamhet", "74 800", "26 100", "77 900", "3 100-"),
            ("Lokalkostnader", "58 600", "19 200", "57 900", "700"),
            ("Övriga kostnader", "96 400", "33 500", "98 500", "2 100-"),
            ("Nettokostnad", "723 600", "247 300", "735 500", "11 900-"),
        ),
        widths=(130.0, 70.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="serif-bold", after=2),
        Title("Socialnämnden", size=12, font="serif", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämnden redovisar efter april ett resultat som är 5,3 mkr sämre än periodens budget.",
            C(None, "5,3 mkr", "-", note="The period against budget, a paragraph of its own."),
        ),
        P(
            "För helåret bedöms nämnden överskrida sin budgetram med 11,9 mkr. Det är framför allt äldreomsorgen och "
            "funktionsstödet som inte ryms inom budget.",
            C(None, "11,9 mkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P("Avvikelse i tkr: minus efter beloppet innebär att kostnaden överstiger budget.", size=8.5),
        table,
        LP(
            "Personalkostnader.",
            "Sjukfrånvaron har varit hög under årets första månader, särskilt inom särskilt boende, och behovet av "
            "timvikarier och övertid har ökat därefter.",
            C(
                "Personalkostnader",
                "9 800-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Intäkter.",
            "Omvårdnadsavgifterna och statsbidraget för äldreomsorgens bemanning ger 2,4 mkr mer än budgeterat.",
            C("Intäkter", "2,4 mkr", "+", "avgifter_intakter", "statsbidrag"),
        ),
        LP(
            "Köp av verksamhet.",
            "Fler personer med beslut om boende enligt LSS har fått plats i externa gruppbostäder, då de egna "
            "bostäderna är fullbelagda.",
            C("Köp av verksamhet", "3 100-", "-", "kopt_verksamhet", "volymer", unit="tkr", table=True),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har försämrats med 2,2 mkr sedan februariuppföljningen, främst på grund av fler "
            "hemtjänsttimmar.",
            F(None, "2,2 mkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med bland annat heltidsanställningar i stället för timvikarier "
            "och ny schemaläggning i hemtjänsten. Handlingsplanen beräknas ge en effekt på 3,5 mkr under 2026.",
            A(None, "3,5 mkr", "vikarier", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen uppgick till 9,8 procent under januari–april, jämfört med 8,6 procent "
            "samma period 2025.",
            O("Äldreomsorg", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Hemtjänst −4,6 mkr",
            "Antalet beviljade hemtjänsttimmar är 9 procent fler än budgeterat. Dessutom har sjukfrånvaron i "
            "hemtjänstgrupperna i Ekenässjön och Holsbybrunn varit hög.",
            C(
                "Hemtjänst",
                "−4,6 mkr",
                "-",
                "volymer",
                "sjukfranvaro",
                note="The deficit explained a second time, by verksamhet; the percentage is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende −2,8 mkr",
            "Ett nytt boende med 24 platser öppnade i februari, två månader tidigare än planerat, och nattbemanningen "
            "har förstärkts efter beslut i nämnden.",
            C("Särskilt boende", "−2,8 mkr", "-", "periodisering", "bemanning"),
        ),
        HP(
            "Funktionsstöd −5,2 mkr",
            "Underskottet förklaras av köpta platser i gruppbostad och av två nya ärenden med personlig assistans där "
            "Försäkringskassan har avslagit ansökan om assistansersättning.",
            C("Funktionsstöd", "−5,2 mkr", "-", "kopt_verksamhet", "ersattning_fk"),
        ),
        HP(
            "Hälso- och sjukvård +0,4 mkr",
            "Kostnaderna för hjälpmedel blir lägre än budgeterat.",
            C("Hälso- och sjukvård", "+0,4 mkr", "+", "material_hjalpmedel"),
        ),
        HP(
            "Individ- och familjeomsorg +0,3 mkr",
            "Ekonomiskt bistånd ligger något under budget, då färre hushåll än väntat har sökt försörjningsstöd.",
            C("Individ- och familjeomsorg", "+0,3 mkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Förvaltningsgemensamt ±0,0 mkr",
            "Verksamheten bedöms följa budget.",
            BP("Förvaltningsgemensamt"),
        ),
    ]
    return ReportSpec(
        file="vetlanda-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
