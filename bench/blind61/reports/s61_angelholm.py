"""Ängelholms kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report: the period "3,2 mnkr sämre än periodiserad budget" and the full year's
"underskott på 9,1 mnkr" as two sentences of one paragraph (two causes); a reading note declaring tusen
kronor and brackets for negative deviations, and a table whose deficits are "(6 100)"; a plain heading whose
paragraph gives the amount and then a sentence about the autumn (other); a bold run-in "Vuxna." with reasons
only (the row's "(2 700)"); a heading with an en-dash amount ("Ekonomiskt bistånd –2,8 mnkr"); a surplus
with two reasons; "i nivå med budget" (boilerplate); personnel costs across the förvaltning; an action, a
change since February and a comparison with last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("ÄNGELHOLMS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden sammanträde 2026-05-27", "", f"{n}/{m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, helårsprognos (tkr)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 200", "5 900", "300"),
            ("Barn och familj", "58 400", "64 500", "(6 100)"),
            ("Vuxna", "31 200", "33 900", "(2 700)"),
            ("Ekonomiskt bistånd", "44 000", "46 800", "(2 800)"),
            ("Arbetsmarknad", "18 500", "16 300", "2 200"),
            ("Totalt", "158 300", "167 400", "(9 100)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="bold", after=2),
        Title("Socialnämnden", size=12, font="body", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämnden redovisar för perioden januari–april ett resultat som är 3,2 mnkr sämre än "
                "periodiserad budget.",
                C(None, "3,2 mnkr", "-", note="The period, a sentence of its own."),
            ),
            (
                "Helårsprognosen visar ett underskott på 9,1 mnkr.",
                C(None, "9,1 mnkr", "-", note="The full year, a sentence of its own."),
            ),
        ),
        P(
            "Belopp i tabellen anges i tusen kronor. Negativa avvikelser, det vill säga kostnader som överstiger "
            "budget, anges inom parentes."
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Barn och familj", 3),
        PS(
            (
                "Verksamheten prognostiserar ett underskott om 6,1 mnkr. Det beror på att fler barn och unga har "
                "placerats i familjehem och på HVB än budgeterat, där kostnaden för en HVB-placering i snitt är "
                "4 300 kronor per dygn.",
                C(
                    "Barn och familj",
                    "6,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The per-day cost is not the amount.",
                ),
            ),
            (
                "Under våren har tre placeringar avslutats, vilket kan minska underskottet under hösten.",
                O("Barn och familj", note="Outlook in the same paragraph: its own item."),
            ),
        ),
        LP(
            "Vuxna.",
            "Missbruksvården köper fler platser på behandlingshem än beräknat, och kostnaden för skyddat boende "
            "har ökat.",
            C(
                "Vuxna",
                "(2 700)",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell, brackets meaning negative by the reading note.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd –2,8 mnkr",
            "Antalet hushåll med försörjningsstöd är i genomsnitt 45 fler per månad än budgeterat, främst till "
            "följd av att fler personer har lämnat etableringsprogrammet utan egen försörjning.",
            C(
                "Ekonomiskt bistånd",
                "–2,8 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Heading amount.",
            ),
        ),
        H("Arbetsmarknad", 3),
        P(
            "Arbetsmarknadsenheten visar ett överskott om 2,2 mnkr eftersom statsbidraget för extratjänster blev "
            "högre än beräknat och två tjänster som arbetsmarknadskonsulent har varit vakanta.",
            C("Arbetsmarknad", "2,2 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Nämnd och ledning", 3),
        P("Nämnd och ledning ligger i stort sett i nivå med budget.", BP("Nämnd och ledning")),
        H("Personalkostnader", 3),
        P(
            "För förvaltningen som helhet är personalkostnaderna 1,3 mnkr lägre än budget för perioden, eftersom "
            "vakanser och en del av sjukfrånvaron inte har ersatts med vikarier.",
            C("Personalkostnader", "1,3 mnkr", "+", "vakanser", "sjukfranvaro"),
        ),
        H("Prognosförändring och åtgärder", 2),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 2,4 mnkr, främst inom barn och familj.",
            F(None, "2,4 mnkr", "-"),
        ),
        P(
            "Förvaltningen har infört en rutin där alla externa placeringar prövas i ett placeringsteam varannan "
            "vecka, vilket beräknas minska kostnaderna med 1,5 mnkr under resten av året.",
            A("Barn och familj", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Antalet orosanmälningar har ökat med 18 procent jämfört med samma period förra året.",
            O("Barn och familj", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="angelholm-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ängelholm",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Ängelholms kommun"},
        style=style,
        blocks=blocks,
    )
