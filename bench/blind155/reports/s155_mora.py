"""Mora kommun, Barn- och utbildningsnämnden, tertialrapport per april 2026.

A school committee's tertial report (Liberation Sans Narrow 10 pt) with en dashes as minus signs: the full
year "underskott på 5,2 mnkr" and the period "0,8 mnkr högre än den periodiserade budgeten" (net cost,
negative) as two sentences of one paragraph, the change since February, a risk about a grant; a table in tkr
("–1 400"); then two columns of plain headings per verksamhet: preschool with the amount first, two school
stages as a "respektive" pair with their shared causes in the next sentence, upper secondary's deficit between
commas, adult education "går bättre än budget, +0,6 mnkr", school meals "blir 0,4 mnkr dyrare", a reason-only
central administration (the row's "700"), investments "beräknas användas fullt ut" (boilerplate), an action
and the number of children against April last year.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Mora kommun  |  Barn- och utbildningsförvaltningen", ""),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Barn- och utbildningsnämnden 2026-05-21", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "118 600", "120 000", "–1 400"),
            ("Grundskola F–6", "164 300", "166 400", "–2 100"),
            ("Grundskola 7–9", "96 800", "97 700", "–900"),
            ("Gymnasieskola", "88 200", "89 900", "–1 700"),
            ("Vuxenutbildning", "19 400", "18 800", "600"),
            ("Måltider", "31 500", "31 900", "–400"),
            ("Central administration", "27 100", "26 400", "700"),
            ("Summa", "545 900", "551 100", "–5 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="narrow", after=12),
        H("Ekonomi i sammandrag", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar ett underskott på 5,2 mnkr för 2026.",
                C(None, "5,2 mnkr", "-"),
            ),
            (
                "Efter april är nettokostnaden 0,8 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "0,8 mnkr",
                    "-",
                    note="A net cost above the periodised budget: negative, its own item.",
                ),
            ),
        ),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 1,1 mnkr, främst inom gymnasieskolan.",
            F(None, "1,1 mnkr", "-"),
        ),
        P(
            "Det råder osäkerhet om statsbidraget för likvärdig skola, eftersom Skolverkets beslut för hösten ännu "
            "inte har kommit.",
            O(None, "statsbidrag", note="A risk."),
        ),
        table,
        Columns(2),
        H("Förskola", 3),
        P(
            "Förskolan räknar med ett underskott på 1,4 mnkr. Barnantalet har inte minskat i den takt som budgeten "
            "förutsatte, och en avdelning som skulle ha stängts har fått hållas öppen med kostnader för både "
            "personal och lokaler.",
            C("Förskola", "1,4 mnkr", "-", "volymer", "lokaler"),
        ),
        H("Grundskola", 3),
        Para(
            (
                (
                    "Inom grundskolan F–6 och 7–9 prognostiseras underskott om –2,1 respektive –0,9 mnkr. Fler elever "
                    "än beräknat har behov av särskilt stöd, och skolskjutsarna har blivit dyrare efter den nya "
                    "upphandlingen.",
                    C(
                        "Grundskola F–6",
                        "–2,1",
                        "-",
                        "volymer",
                        "prisokningar",
                        unit="mnkr",
                        note="A 'respektive' pair with shared causes in the next sentence: two items, same tags.",
                        also=(C("Grundskola 7–9", "–0,9 mnkr", "-", "volymer", "prisokningar"),),
                    ),
                ),
            )
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans underskott, –1,7 mnkr, beror på att fler elever än budgeterat väljer program i andra "
            "kommuner, vilket ökar kostnaderna för interkommunal ersättning.",
            C("Gymnasieskola", "–1,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen går bättre än budget, +0,6 mnkr, tack vare ett högre statsbidrag för "
            "yrkesutbildning än beräknat.",
            C("Vuxenutbildning", "+0,6 mnkr", "+", "statsbidrag"),
        ),
        H("Måltider", 3),
        P(
            "Måltidsverksamheten blir 0,4 mnkr dyrare än budgeterat på grund av höjda livsmedelspriser.",
            C("Måltider", "0,4 mnkr", "-", "prisokningar"),
        ),
        H("Central administration", 3),
        P(
            "Tjänsten som utvecklingsledare har inte tillsatts, och kostnaderna för kompetensutveckling har "
            "hittills varit låga.",
            C(
                "Central administration",
                "700",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason-only paragraph: the row's cell.",
            ),
        ),
        H("Investeringar", 3),
        P("Investeringsbudgeten på 4,0 mnkr beräknas användas fullt ut.", BP("Investeringar")),
        H("Åtgärder", 3),
        P(
            "Nämnden har beslutat om anställningsprövning och om en översyn av förskolans organisation inför hösten, "
            "med en beräknad effekt på 0,9 mnkr under 2026.",
            A(None, "0,9 mnkr", "bemanning"),
        ),
        H("Barn och elever", 3),
        P(
            "I april var 612 barn inskrivna i förskolan, att jämföra med 640 ett år tidigare.",
            O("Förskola", "volymer", note="Children against last year."),
        ),
    ]
    return ReportSpec(
        file="mora-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
