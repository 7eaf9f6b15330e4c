"""Smedjebackens kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026.

A school committee's tertial report in DejaVu Sans 9.5 pt: the period's net cost "1,4 mnkr lägre än
periodiserad budget" (positive) and the full year's "underskott på 3,6 mnkr" as two sentences of one
paragraph (two items); a comment table in tkr whose deficits are in brackets ("(2 100)"), with reason-only
comments taking their row's cell, a comment naming a part ("1,6 mnkr" of "(2 100)"), "Prognos enligt
budget" (boilerplate) and a row with no comment; then bold run-in kostnadsslag ending in a full stop
("Personalkostnader.", "Intäkter.", "Köp av verksamhet.") with the amount in the prose, one in words ("en
miljon kronor"), so the deficit is explained twice; sick leave against last year (other), two actions in
bullets, a change since February, and investments that "beräknas användas fullt ut" (boilerplate). 9 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O

CELL = "Reason only: the amount is the row's deviation cell, deficits in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(60.0, 74.0, 60.0, 72.0),
        header=lambda n, m: (
            "Smedjebackens kommun | Barn- och utbildningsförvaltningen",
            "Tertialrapport 1 2026",
        ),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-20", "", f"Sida {n}"),
        header_size=7.5,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "84 300", "85 100", "(800)"),
                "Fler barn än planerat i förskolan i Söderbärke under våren har krävt en extra avdelning.",
                C("Förskola", "(800)", "-", "volymer", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Grundskola F–9", "152 600", "154 700", "(2 100)"),
                "Kostnaderna för elevassistenter till elever med stora stödbehov överstiger budget med 1,6 mnkr. "
                "Resten förklaras av dyrare skolskjutsar.",
                C(
                    "Grundskola F–9",
                    "(2 100)",
                    "-",
                    "volymer",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="The comment names a part (1,6 mnkr); the amount is the row's cell.",
                ),
            ),
            (
                ("Gymnasieskola", "61 200", "62 900", "(1 700)"),
                "Fler ungdomar än beräknat har valt program i grannkommunerna, vilket ökar de interkommunala "
                "ersättningarna.",
                C(
                    "Gymnasieskola",
                    "(1 700)",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=CELL,
                ),
            ),
            (
                ("Vuxenutbildning", "9 800", "9 300", "500"),
                "Statsbidraget för regionalt yrkesvux blev högre än budgeterat.",
                C("Vuxenutbildning", "500", "+", "statsbidrag", unit="tkr", table=True, note=CELL),
            ),
            (("Kulturskola", "4 100", "4 100", "0"), "Prognos enligt budget.", BP("Kulturskola")),
            (("Gemensam administration", "12 400", "11 900", "500"), "", None),
            (("Summa", "324 400", "328 000", "(3 600)"), "", None),
        ),
        widths=(118.0, 52.0, 52.0, 54.0),
        size=8.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämndens nettokostnader för januari–april uppgår till 98,6 mnkr, vilket är 1,4 mnkr lägre än "
                "periodiserad budget.",
                C(
                    None,
                    "1,4 mnkr",
                    "+",
                    note="A net cost under the periodised budget: positive, the period.",
                ),
            ),
            (
                "Helårsprognosen visar däremot ett underskott på 3,6 mnkr.",
                C(None, "3,6 mnkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        H("Prognos per verksamhet", 2),
        table,
        H("Avvikelser per kostnadsslag", 2),
        LP(
            "Personalkostnader.",
            "Överskrids med 2,2 mnkr på helåret, främst för elevassistenter och för vikarier vid sjukfrånvaro.",
            C("Personalkostnader", "2,2 mnkr", "-", "vikarier", "sjukfranvaro"),
        ),
        LP(
            "Intäkter.",
            "Statsbidragen blir 0,6 mnkr lägre än budgeterat eftersom bidraget för mindre barngrupper har sänkts "
            "för 2026.",
            C("Intäkter", "0,6 mnkr", "-", "statsbidrag"),
        ),
        LP(
            "Köp av verksamhet.",
            "Interkommunala ersättningar för gymnasieelever överstiger budget med en miljon kronor.",
            C(
                "Köp av verksamhet",
                "en miljon kronor",
                "-",
                "kopt_verksamhet",
                value=1_000_000,
                note="An amount in words.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent under perioden, jämfört med 8,6 procent samma period förra året.",
            O(None, note="Sick leave against last year."),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med budgetdialogen i februari har prognosen försämrats med 900 tkr till följd av "
            "gymnasievalen.",
            F(None, "900 tkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Vakanta tjänster inom administrationen tillsätts inte under resten av året, vilket beräknas ge "
                "400 tkr.",
                "Skolskjutsarnas linjer ses över inför höstterminen.",
            ),
            labels=(
                A("Gemensam administration", "400 tkr", "vakanser"),
                A("Grundskola F–9", None),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram om 3,5 mnkr för inventarier till den nya förskolan Lärkan beräknas användas "
            "fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="smedjebacken-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Smedjebacken",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Smedjebackens kommun",
        },
        style=style,
        blocks=blocks,
    )
