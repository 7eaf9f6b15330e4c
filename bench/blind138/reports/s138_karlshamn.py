"""Karlshamns kommun, Omsorgsnämnden, tertialrapport 1 2026 (januari–april).

An elderly-care committee's tertial report, DejaVu Sans Condensed 10 pt, footer with the nämnd's meeting
date in May: the full year "ett negativt resultat mot budget om 9,6 mnkr" and the period "−3,8 mnkr" against
the periodised budget in two sentences (two items); a kostnadsslag table with a trailing minus ("7 400-")
and a caption that says so; bold run-in kostnadsslag with a colon, two with reasons only (the rows' "7
400-" and "2 900-") and revenue "1,2 mnkr högre än budgeterat"; then two columns of plain headings per
verksamhet, so the deficit is explained twice: "landar på ett underskott om 6,1 mnkr", "redovisar −4,3 mnkr"
with a sick-leave percentage that is not the amount, "1,5 mnkr bättre än budget, en följd av", "överstiger
budget med 0,7 mnkr" and "bedöms gå jämnt ut" (boilerplate); an action not in the forecast, the change since
February with its cause and net cost growth against 2025 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Karlshamns kommun", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-05-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr (minus efter beloppet = negativ avvikelse)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "98 300", "99 500", "1 200"),
            ("Personalkostnader", "512 600", "520 000", "7 400-"),
            ("Köp av verksamhet", "41 800", "44 700", "2 900-"),
            ("Lokalkostnader", "63 200", "62 800", "400"),
            ("Övriga kostnader", "37 900", "38 800", "900-"),
            ("Nettokostnad", "557 200", "566 800", "9 600-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden prognostiserar för 2026 ett negativt resultat mot budget om 9,6 mnkr.",
                C(None, "9,6 mnkr", "-"),
            ),
            (
                "Efter fyra månader är avvikelsen mot periodiserad budget −3,8 mnkr.",
                C(None, "−3,8 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        table,
        LP(
            "Personalkostnader:",
            "Den höga sjukfrånvaron under vintern har krävt korttidsvikarier och övertid, framför allt inom "
            "hemtjänsten.",
            C(
                "Personalkostnader",
                "7 400-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Nämnden har köpt fler korttidsplatser av en grannkommun än planerat eftersom de egna platserna har varit "
            "fullbelagda.",
            C(
                "Köp av verksamhet",
                "2 900-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
            ),
        ),
        LP(
            "Intäkter:",
            "Omvårdnadsavgifterna blir 1,2 mnkr högre än budgeterat efter höjningen av maxtaxan.",
            C("Intäkter", "1,2 mnkr", "+", "avgifter_intakter"),
        ),
        H("Verksamheternas prognoser", 2),
        Columns(2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten landar på ett underskott om 6,1 mnkr. Antalet beviljade timmar har ökat med nära 9 procent "
            "sedan budgeten lades, och delade turer på kvällar och helger ger höga personalkostnader.",
            C(
                "Hemtjänst",
                "6,1 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="The deficit explained again by verksamhet: an item for every passage.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Särskilt boende redovisar −4,3 mnkr. Sjukfrånvaron på två av boendena har legat över 12 procent och "
            "inneburit en omfattande användning av timvikarier.",
            C("Särskilt boende", "−4,3 mnkr", "-", "sjukfranvaro", "vikarier"),
        ),
        H("Funktionsstöd", 3),
        P(
            "För funktionsstöd blir utfallet 1,5 mnkr bättre än budget, en följd av att Försäkringskassan har "
            "beviljat assistansersättning i två ärenden som tidigare finansierades av kommunen.",
            C("Funktionsstöd", "1,5 mnkr", "+", "ersattning_fk"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Kostnaderna för hjälpmedel och förbrukningsmaterial överstiger budget med 0,7 mnkr.",
            C("Hälso- och sjukvård", "0,7 mnkr", "-", "material_hjalpmedel"),
        ),
        H("Myndighet och administration", 3),
        P("Verksamheten bedöms gå jämnt ut.", BP("Myndighet och administration")),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen arbetar enligt den handlingsplan som nämnden antog i mars. Bland annat ska schemaläggningen "
            "inom hemtjänsten ses över och timvikarier ersättas med en central bemanningspool. Åtgärderna beräknas "
            "ge 2,4 mnkr under 2026 men är inte medräknade i prognosen.",
            A(None, "2,4 mnkr", "bemanning", "vikarier"),
        ),
        H("Jämförelse med föregående prognos", 2),
        P(
            "Prognosen är 1,1 mnkr sämre än i februari, vilket beror på att behovet av korttidsplatser har ökat "
            "under mars och april.",
            F(None, "1,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Jämfört med samma period 2025 har nämndens nettokostnader ökat med 5,8 procent.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlshamn-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omsorgsnämnden", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
