"""Skövde kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the period
"2,3 mnkr högre än den periodiserade budgeten" (a net cost over budget: negative) and the full year's
"underskott mot budget på 9,8 mnkr" with its reasons in the next sentence, a table with "+" and U+2212 signs
(+ = överskott), then bold run-in verksamheter with a colon: "Underskottet på 7,5 mnkr beror
på" with a per-day cost that is not the amount, followed in the same paragraph by two sub-areas as a
"respektive" pair (their own items), "överstiger budget med 1,8 mnkr", a reason-only deficit (the row's
"−3 200"), "Överskott 2,1 mnkr." and a small surplus; the change since February with its cause, bullets of
actions and households on försörjningsstöd against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Skövde kommun", "Tertialrapport 1 2026 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "Dnr SN2026.041", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, tkr (+ = överskott, − = underskott)",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "14 200", "13 600", "+600"),
            ("Barn och familj", "96 400", "103 900", "−7 500"),
            ("Vuxen och missbruk", "48 300", "50 100", "−1 800"),
            ("Ekonomiskt bistånd", "41 700", "44 900", "−3 200"),
            ("Arbetsmarknad och integration", "28 900", "26 800", "+2 100"),
            ("Summa", "229 500", "239 300", "−9 800"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämndens utfall efter april är 2,3 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "2,3 mnkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation.",
                ),
            ),
            (
                "Helårsprognosen visar ett underskott mot budget på 9,8 mnkr. Underskottet är i huvudsak hänförligt "
                "till placeringar av barn och unga och till ekonomiskt bistånd.",
                C(None, "9,8 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Barn och familj:",
            "Underskottet på 7,5 mnkr beror på att antalet placerade barn och unga i HVB och konsulentstödda "
            "familjehem har ökat sedan hösten. Under våren har sju nya placeringar gjorts, varav tre på HVB med en "
            "dygnskostnad över 8 000 kronor.",
            C(
                "Barn och familj",
                "7,5 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The per-day cost is not the amount.",
            ),
            (
                "Inom området visar öppenvården och familjerätten +0,4 respektive −0,2 mnkr.",
                C(
                    "Öppenvård",
                    "+0,4",
                    "+",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Familjerätt", "−0,2 mnkr", "-"),),
                ),
            ),
        ),
        LP(
            "Vuxen och missbruk:",
            "Fler beslut om institutionsvård enligt LVM och SoL gör att kostnaderna för köpt vård överstiger budget "
            "med 1,8 mnkr.",
            C("Vuxen och missbruk", "1,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Hushållen som uppbär försörjningsstöd har blivit fler, och de genomsnittliga utbetalningarna är högre "
            "när boendekostnaderna har ökat.",
            C(
                "Ekonomiskt bistånd",
                "−3 200",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's amount.",
            ),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Överskott 2,1 mnkr. Statsbidraget för extratjänster och etableringsinsatser har blivit större än "
            "budgeterat, och två tjänster som arbetsmarknadskonsulent har varit vakanta.",
            C("Arbetsmarknad och integration", "2,1 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        LP(
            "Nämnd och ledning:",
            "Verksamheten visar ett litet överskott på 0,6 mnkr, som kommer från lägre kostnader för utbildning och "
            "konferenser.",
            C("Nämnd och ledning", "0,6 mnkr", "+", "ovrigt"),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Prognosen är 3,1 mnkr sämre än i februari. Försämringen förklaras helt av nya placeringar inom Barn och "
            "familj.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hemmaplanslösningar ska prövas före placering på HVB, med målet att minska kostnaderna med 2 mnkr på "
                "helår.",
                "Anställningsstopp för administrativa tjänster till och med augusti.",
            ),
            labels=(
                A("Barn och familj", "2 mnkr", "kopt_verksamhet"),
                A(None, None, "bemanning"),
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var i april 612, jämfört med 561 i april 2025.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="A volume against the previous year.",
            ),
        ),
    ]
    return ReportSpec(
        file="skovde-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
