"""Katrineholms kommun, Socialnämnden, månadsrapport oktober 2025 (social services).

A social committee's month report in tkr, footer with the nämnd's meeting date in November: the period's
"underskott mot periodiserad budget på 5 820 tkr", the full year "Helårsprognosen är −6 900 tkr." and
"Prognosen är oförändrad sedan september." (boilerplate) in three sentences; a table with trailing minus
signs ("2 100-"); two columns of headings that carry the area and amount after a colon ("Försörjningsstöd:
−2 100 tkr") over short paragraphs, one heading with a combined surplus over two areas as a "respektive"
pair ("300 respektive 800 tkr"), so the heading's sum is not an item's amount; a page break before one
column again, an action with its effect and a cost per placement as uncertainty (other). DejaVu Serif
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BF, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2025-11-19", "Månadsrapport oktober 2025", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Försörjningsstöd", "28 400", "30 500", "2 100-"),
            ("Barn och unga", "41 200", "45 800", "4 600-"),
            ("Vuxna", "18 600", "19 700", "1 100-"),
            ("Socialpsykiatri", "22 300", "22 000", "300"),
            ("Integration", "9 800", "9 000", "800"),
            ("Administration", "14 700", "14 900", "200-"),
            ("Summa", "135 000", "141 900", "6 900-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="serif-cond-bold", after=2),
        Title("Socialnämnden", size=13, font="serif-cond", after=12),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Socialnämnden redovisar efter oktober ett underskott mot periodiserad budget på 5 820 tkr.",
                C(None, "5 820 tkr", "-"),
            ),
            ("Helårsprognosen är −6 900 tkr.", C(None, "−6 900 tkr", "-")),
            ("Prognosen är oförändrad sedan september.", BF(None)),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Försörjningsstöd: −2 100 tkr",
            "Antalet hushåll med försörjningsstöd har ökat under hösten, framför allt bland unga vuxna. Fler hushåll "
            "har också behövt stöd för höga elkostnader.",
            C("Försörjningsstöd", "−2 100 tkr", "-", "ekonomiskt_bistand", "volymer", "prisokningar"),
        ),
        HP(
            "Barn och unga: −4 600 tkr",
            "Två ungdomar har placerats på särskilda ungdomshem och fem barn i konsulentstödda familjehem sedan "
            "augusti, vilket inte ryms i budgeten.",
            C("Barn och unga", "−4 600 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Vuxna: −1 100 tkr",
            "Underskottet beror på en kostsam LVM-placering under våren samt på inhyrda socialsekreterare under "
            "sommaren.",
            C("Vuxna", "−1 100 tkr", "-", "kopt_verksamhet", "inhyrd_personal"),
        ),
        HP(
            "Socialpsykiatri och integration: +1 100 tkr",
            "Överskotten på 300 respektive 800 tkr förklaras av vakanta tjänster som boendestödjare inom "
            "socialpsykiatrin och av att den statliga schablonersättningen för nyanlända har betalats ut för fler "
            "personer än beräknat.",
            C(
                "Socialpsykiatri",
                "300",
                "+",
                "vakanser",
                unit="tkr",
                note="A heading over two areas with a combined amount: one item per area, the 'respektive' amounts.",
                also=(C("Integration", "800 tkr", "+", "statsbidrag", "volymer"),),
            ),
        ),
        HP(
            "Administration: −200 tkr",
            "Licenskostnaderna för det nya verksamhetssystemet blev högre än budgeterat.",
            C("Administration", "−200 tkr", "-", "it_digitalisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "En handlingsplan har tagits fram för att minska kostnaderna för externa placeringar. Den omfattar "
            "bland annat utökad öppenvård på hemmaplan och beräknas ge en effekt på 1 500 tkr under 2026.",
            A("Barn och unga", "1 500 tkr", "kopt_verksamhet"),
        ),
        H("Osäkerheter i prognosen", 2),
        P(
            "Prognosen är osäker eftersom nya placeringar kan tillkomma med kort varsel. En placering på särskilt "
            "ungdomshem kostar cirka 150 tkr per månad.",
            O(None, "kopt_verksamhet", note="Uncertainty and a unit cost: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
