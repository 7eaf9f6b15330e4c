"""Knivsta kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in tkr and mnkr, footer with the adoption date in May: three sentences in
one paragraph give the period "överskott på 1,6 mnkr mot periodiserad budget", the full year "däremot ett
underskott på 5,2 mnkr" and the period surplus's reason (amount null); the change since February with last
month's level beside it and no cause; a reading note and a table with deficits in brackets ("(3 400)"); bullets
under a generic heading in varied shapes: a run-in "Barn och unga:" with reasons only (the row's "(3 400)"),
"visar ett underskott om 1,9 mnkr, vilket beror på", "För ekonomiskt bistånd beräknas utbetalningarna bli 600
tkr högre än budgeterat", "Inom funktionsstöd ger … ett överskott på 0,5 mnkr", a possessive "Äldreomsorgens
prognos, −200 tkr, förklaras av" and "+400 tkr till följd av"; an action with no amount, a risk and sick leave
against last year (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Knivsta kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – beslutad 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14 200", "3 900", "13 800", "400"),
            ("Barn och unga", "48 600", "17 400", "52 000", "(3 400)"),
            ("Vuxna och beroende", "22 300", "7 900", "24 200", "(1 900)"),
            ("Ekonomiskt bistånd", "9 800", "3 400", "10 400", "(600)"),
            ("Funktionsstöd", "96 500", "30 100", "96 000", "500"),
            ("Äldreomsorg", "168 900", "55 800", "169 100", "(200)"),
            ("Summa", "360 300", "118 500", "365 500", "(5 200)"),
        ),
        widths=(148.0, 70.0, 80.0, 74.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Socialnämnden, januari–april", size=12.5, font="serif", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Socialnämnden redovisar efter april ett överskott på 1,6 mnkr mot periodiserad budget.",
                C(None, "1,6 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras däremot ett underskott på 5,2 mnkr.",
                C(None, "5,2 mnkr", "-"),
            ),
            (
                "Överskottet under perioden förklaras av att flera socialsekreterartjänster har varit vakanta under "
                "årets första månader.",
                C(
                    None,
                    None,
                    "+",
                    "vakanser",
                    note="The period surplus's reason apart from its amount: null.",
                ),
            ),
        ),
        P(
            "Prognosen är 1,1 mnkr sämre än i februari, då underskottet beräknades till 4,1 mnkr.",
            F(None, "1,1 mnkr", "-", note="Last month's level is not the amount."),
        ),
        P("Belopp i tusen kronor. Underskott anges inom parentes.", size=9.0),
        table,
        H("Kommentarer till prognosen", 2),
        Bullets(
            (
                "Barn och unga: Kostnaderna för placeringar i HVB och familjehem överstiger budget. Två "
                "syskongrupper har placerats sedan februari, varav en i ett konsulentstött familjehem.",
                "Vuxna och beroende visar ett underskott om 1,9 mnkr, vilket beror på fler och dyrare "
                "behandlingsplaceringar inom missbruksvården och en skyddsplacering som inte var känd vid "
                "budgetarbetet.",
                "För ekonomiskt bistånd beräknas utbetalningarna bli 600 tkr högre än budgeterat, då fler unga "
                "vuxna saknar arbete och har försörjningsstöd under längre tid.",
                "Inom funktionsstöd ger retroaktiv assistansersättning från Försäkringskassan för 2025 ett "
                "överskott på 0,5 mnkr.",
                "Äldreomsorgens prognos, −200 tkr, förklaras av höjda livsmedelspriser i måltidsverksamheten på de "
                "särskilda boendena.",
                "Nämnd och administration: +400 tkr till följd av en vakant controllertjänst och lägre kostnader "
                "för nämndens arvoden.",
            ),
            labels=(
                C(
                    "Barn och unga",
                    "(3 400)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's cell, a deficit in brackets.",
                ),
                C("Vuxna och beroende", "1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Ekonomiskt bistånd", "600 tkr", "-", "ekonomiskt_bistand", "volymer"),
                C(
                    "Funktionsstöd",
                    "0,5 mnkr",
                    "+",
                    "ersattning_fk",
                    "periodisering",
                    note="Retroactive assistance compensation: ersattning_fk + periodisering.",
                ),
                C("Äldreomsorg", "−200 tkr", "-", "prisokningar", note="Possessive area."),
                C(
                    "Nämnd och administration",
                    "+400 tkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Members' fees are ovrigt.",
                ),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen utreder hur fler placeringar kan ersättas med förstärkt öppenvård på hemmaplan. "
            "Effekten är svår att bedöma och ingår inte i prognosen.",
            A("Barn och unga", None, "kopt_verksamhet"),
        ),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten om fler ärenden "
            "tillkommer.",
            O("Barn och unga", "kopt_verksamhet", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,8 procent under perioden, vilket är lägre än samma period 2025 och främst beror "
            "på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="knivsta-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Knivsta",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Knivsta kommun"},
        style=style,
        blocks=blocks,
    )
