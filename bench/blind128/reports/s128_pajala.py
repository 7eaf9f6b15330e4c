"""Pajala kommun, Barn- och utbildningsnämnden, tertialrapport januari–april 2026.

A small kommun's school committee's tertial report in "mkr" set in DejaVu Serif, footer with the nämnd's
meeting in May: the full year "ett underskott om 3,2 mkr mot tilldelad ram" and the period surplus with its
timing reason in one sentence (one item, the period's amount); a table with en-dash minus signs; then two
columns of headings that carry the verksamhet and amount with a hyphen-minus ("Grundskola -1,9 mkr",
"Förskola +0,5 mkr", "Elevhälsa ±0 mkr" over "bedöms hålla budget", a boilerplate cause), with a price
index percentage that is not the amount; the change since February with its cause, an action with its
effect, investments that "beräknas användas" in full (boilerplate) and the number of children against last
year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Pajala kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "31,4", "30,9", "0,5"),
            ("Grundskola", "62,0", "63,9", "–1,9"),
            ("Gymnasieskola", "38,2", "40,6", "–2,4"),
            ("Vuxenutbildning", "6,1", "5,6", "0,5"),
            ("Elevhälsa", "7,8", "7,8", "0,0"),
            ("Skolskjuts", "13,4", "13,9", "–0,5"),
            ("Nämnd och gemensamt", "9,6", "9,0", "0,6"),
            ("Totalt", "168,5", "171,7", "–3,2"),
        ),
        widths=(170.0, 85.0, 85.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=18, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif", after=12),
        H("Ekonomi", 2),
        P(
            "Nämndens prognos för helåret är ett underskott om 3,2 mkr mot tilldelad ram på 168,5 mkr.",
            C(None, "3,2 mkr", "-", note="The frame (168,5 mkr) is not the amount."),
        ),
        P(
            "För perioden januari–april visar nämnden ett överskott på 0,8 mkr, vilket främst förklaras av att "
            "kostnaderna för gymnasieplatser i andra kommuner faktureras i efterskott.",
            C(
                None,
                "0,8 mkr",
                "+",
                "periodisering",
                "kopt_verksamhet",
                note="The period surplus and its timing reason in one sentence.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Grundskola -1,9 mkr",
            "Tre elever med omfattande behov av särskilt stöd har flyttat till kommunen under våren, vilket kräver "
            "extra resurspersonal på Erkheikki skola och i Kangos.",
            C("Grundskola", "-1,9 mkr", "-", "volymer", "bemanning", note="Hyphen-minus in the heading."),
        ),
        HP(
            "Gymnasieskola -2,4 mkr",
            "Fler ungdomar än beräknat har valt gymnasieprogram i Luleå och Kiruna, och den interkommunala "
            "ersättningen har räknats upp med 4,5 procent.",
            C(
                "Gymnasieskola",
                "-2,4 mkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note="Interkommunal ersättning is kopt_verksamhet, its uppräkning prisokningar; the percentage is "
                "not the amount.",
            ),
        ),
        HP(
            "Förskola +0,5 mkr",
            "Barnantalet i Junosuando har minskat och en avdelning har hållits stängd sedan februari.",
            C("Förskola", "+0,5 mkr", "+", "volymer", "omstallning"),
        ),
        HP(
            "Vuxenutbildning +0,5 mkr",
            "Statsbidraget för regional yrkesvux blev högre än budgeterat.",
            C("Vuxenutbildning", "+0,5 mkr", "+", "statsbidrag"),
        ),
        HP(
            "Skolskjuts -0,5 mkr",
            "Ett nytt upphandlat avtal för skolskjutsarna gäller från januari och är dyrare än det tidigare.",
            C("Skolskjuts", "-0,5 mkr", "-", "prisokningar", note="A dearer contract: prisokningar."),
        ),
        HP("Elevhälsa ±0 mkr", "Verksamheten bedöms hålla budget.", BP("Elevhälsa")),
        HP(
            "Nämnd och gemensamt +0,6 mkr",
            "Överskottet beror på att en tjänst som utvecklingsledare inte har tillsatts.",
            C("Nämnd och gemensamt", "+0,6 mkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 1,1 mkr sedan februari, främst på grund av de nya eleverna i "
            "grundskolan.",
            F(None, "1,1 mkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för läromedel och inventarier fram till sommaren, vilket "
            "beräknas ge 0,4 mkr.",
            A(None, "0,4 mkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,5 mkr har 0,3 mkr förbrukats. Hela budgeten beräknas användas när "
            "skolgården vid Erkheikki skola rustas under sommaren.",
            BP("Investeringar", note="The whole frame 'beräknas användas': boilerplate."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet barn i förskolan var 142 i april, tio färre än i april 2025, vilket beror på den minskade "
            "inflyttningen.",
            O(None, "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
