"""Ljungby kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

An education committee's tertial report in "miljoner kronor" and mnkr, footer with the nämnd's meeting date
in May: the full year "ett underskott mot budget på 4,6 miljoner kronor, eller 0,8 procent av nettobudgeten"
with the areas named in the next sentence (one item), the period "2,2 miljoner kronor lägre än den
periodiserade budgeten" with its timing reason in the same sentence; a table in tkr whose deficits are in
brackets ("(3 100)"); headings that carry the area and amount in varied shapes ("Förskola +1,4 mnkr",
"Grundskola −3,1 mnkr" with an action in the same paragraph, "Gymnasieskola (−2,8 mnkr)"), plain headings
whose paragraph gives the amount ("ett överskott på 0,6 miljoner kronor") or only reasons (the row's
"(1 200)"), "Ledningen håller budget" beside a row of 500 (boilerplate); the change since February;
investments "Av årets investeringsram på 12,0 mnkr beräknas 9,5 mnkr användas" (2,5 never written out);
pupils against last year and a risk (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-20", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 600", "14 100", "500"),
            ("Förskola", "182 300", "180 900", "1 400"),
            ("Grundskola", "356 800", "359 900", "(3 100)"),
            ("Gymnasieskola", "118 400", "121 200", "(2 800)"),
            ("Vuxenutbildning", "21 500", "20 900", "600"),
            ("Elevhälsa", "28 900", "30 100", "(1 200)"),
            ("Summa", "722 500", "727 100", "(4 600)"),
        ),
        widths=(170.0, 80.0, 80.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämnden redovisar efter april en prognos för helåret som innebär ett underskott mot budget på 4,6 "
            "miljoner kronor, eller 0,8 procent av nettobudgeten. Underskottet finns framför allt inom "
            "grundskolan och gymnasieskolan, medan förskolan väntas gå med överskott.",
            C(
                None,
                "4,6 miljoner kronor",
                "-",
                note="Areas named without reasons in the next sentence: one item.",
            ),
        ),
        P(
            "Periodens utfall är 2,2 miljoner kronor lägre än den periodiserade budgeten, vilket främst beror på "
            "att kostnaderna för läromedel och fortbildning kommer senare under året.",
            C(
                None,
                "2,2 miljoner kronor",
                "+",
                "periodisering",
                note="The period's surplus with its timing reason.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +1,4 mnkr",
            "Barnantalet har minskat i kommunens västra delar, och två avdelningar har kunnat stängas sedan januari.",
            C("Förskola", "+1,4 mnkr", "+", "volymer", note=HEAD),
        ),
        Para(
            (
                (
                    "Underskottet förklaras av fler elever med stora stödbehov än budgeterat och av att "
                    "skolskjutsavtalet som började gälla i januari blev dyrare än beräknat.",
                    C("Grundskola", "−3,1 mnkr", "-", "volymer", "prisokningar", note=HEAD),
                ),
                (
                    "Rektorerna har fått i uppdrag att se över bemanningen inför höstterminen.",
                    A("Grundskola", None, "bemanning"),
                ),
            ),
            head="Grundskola −3,1 mnkr",
            head_level=3,
        ),
        HP(
            "Gymnasieskola (−2,8 mnkr)",
            "Fler elever än budgeterat har valt gymnasieutbildning i andra kommuner, vilket ökar kostnaderna för "
            "interkommunala ersättningar.",
            C("Gymnasieskola", "−2,8 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen beräknas göra ett överskott på 0,6 miljoner kronor till följd av ett högre "
            "statsbidrag för regional yrkesvux.",
            C("Vuxenutbildning", "0,6 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan har haft svårt att rekrytera skolpsykologer och har därför köpt utredningar från ett "
            "konsultföretag. Kostnaden för utredningarna är högre än lönekostnaden för de vakanta tjänsterna.",
            C(
                "Elevhälsa",
                "(1 200)",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell in brackets.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Ledningen håller budget.",
            BP("Nämnd och förvaltningsledning", note="Beside a row of 500: boilerplate."),
        ),
        H("Jämfört med föregående prognos", 2),
        P(
            "Prognosen är 1,1 mnkr sämre än i februari, främst på grund av gymnasieskolans interkommunala "
            "ersättningar.",
            F(None, "1,1 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 12,0 mnkr beräknas 9,5 mnkr användas. Inköpet av nya elevdatorer till "
            "högstadiet skjuts upp till 2027.",
            C(
                "Investeringar",
                "12,0 mnkr beräknas 9,5 mnkr",
                "+",
                "periodisering",
                value=2_500_000,
                note="Investment under-spending of 2,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Volymer och osäkerheter", 2),
        P(
            "Antalet elever i grundskolan är 3 412, vilket är 38 fler än vid samma tidpunkt förra året.",
            O("Grundskola", "volymer", note="Pupils against the previous year."),
        ),
        P(
            "Det är ännu oklart hur stort statsbidraget för läromedel blir för hösten, vilket gör prognosen osäker.",
            O(None, "statsbidrag", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="ljungby-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
