"""Katrineholms kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in DejaVu Serif 10 pt, footer with the nämnd's meeting date in May: the
period "2,4 mnkr bättre än den periodiserade budgeten", its timing reason in a sentence of its own (amount
null) and the full year's "underskott om 6,8 mnkr", all in one paragraph (three items); personnel costs "0,8
mnkr under budget" for the period; a table in tkr with en-dash minus signs ("–5 400"); bold run-in
verksamheter in varied shapes: a reason-only deficit ending in a full stop (the row's "–5 400"), a lead that
carries the amount ("Vuxen missbruk –1 650 tkr."), a lead with a colon and the amount in the next sentence
("Prognosen visar ett underskott på 1,3 mnkr"), a reason-only surplus (the row's "1 050") and "följer i stort
budget" beside a row of 500 (boilerplate); the change since February with its cause; two actions as bullets
and the number of households with försörjningsstöd against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason-only run-in paragraph: the table row's cell as printed (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-20", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "12 400", "11 900", "500"),
            ("Barn och familj", "48 200", "53 600", "–5 400"),
            ("Vuxen missbruk", "21 300", "22 950", "–1 650"),
            ("Ekonomiskt bistånd", "36 800", "38 100", "–1 300"),
            ("Socialpsykiatri", "17 600", "16 550", "1 050"),
            ("Summa", "136 300", "143 100", "–6 800"),
        ),
        widths=(190.0, 85.0, 85.0, 85.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Socialnämnden", size=13, font="serif", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Socialnämndens utfall för januari–april är 2,4 mnkr bättre än den periodiserade budgeten.",
                    C(None, "2,4 mnkr", "+", note="The period against the periodised budget."),
                ),
                (
                    "Överskottet för perioden förklaras till stor del av att statsbidraget för hela året har "
                    "bokförts i mars.",
                    C(
                        None,
                        None,
                        "+",
                        "statsbidrag",
                        "periodisering",
                        note="The period surplus's timing reason apart from its amount: amount null.",
                    ),
                ),
                (
                    "För helåret prognostiserar nämnden däremot ett underskott om 6,8 mnkr.",
                    C(None, "6,8 mnkr", "-", note="The full year in a sentence of its own."),
                ),
            )
        ),
        P(
            "Personalkostnaderna ligger för perioden 0,8 mnkr under budget, eftersom flera tjänster som "
            "socialsekreterare har varit vakanta.",
            C("Personalkostnader", "0,8 mnkr", "+", "vakanser"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj.",
            "Placeringar av barn och unga i familjehem och på HVB ligger på en högre nivå än budgeterat. Under "
            "perioden har fyra nya placeringar tillkommit, varav två på HVB med höga dygnskostnader.",
            C(
                "Barn och familj",
                "–5 400",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Vuxen missbruk –1 650 tkr.",
            "Kostnaderna för köpt behandling av vuxna med missbruk överstiger budget. Flera klienter har behövt "
            "längre vistelser på behandlingshem än vad som planerades.",
            C(
                "Vuxen missbruk",
                "–1 650 tkr",
                "-",
                "kopt_verksamhet",
                note="A run-in lead that carries the amount is part of the item.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Prognosen visar ett underskott på 1,3 mnkr. Fler hushåll är beroende av försörjningsstöd under längre "
            "tid, främst på grund av att färre har gått vidare till arbete.",
            C("Ekonomiskt bistånd", "1,3 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Socialpsykiatri.",
            "Verksamheten redovisar ett överskott som beror på två vakanta tjänster som boendestödjare och på lägre "
            "kostnader för köpta boendeplatser än planerat.",
            C(
                "Socialpsykiatri",
                "1 050",
                "+",
                "vakanser",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Verksamheten följer i stort budget.",
            BP("Nämnd och förvaltningsledning", note="Boilerplate although the row says 500."),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Jämfört med februariuppföljningen har helårsprognosen försämrats med 1,9 mnkr, vilket helt förklaras av "
            "de nya HVB-placeringarna.",
            F(None, "1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "En översyn av samtliga pågående placeringar med sikte på hemmaplanslösningar, med en beräknad "
                "effekt på 1,5 mnkr under 2026.",
                "Förstärkt samverkan med Viadidakt för att korta tiden med försörjningsstöd.",
            ),
            labels=(
                A("Barn och familj", "1,5 mnkr", "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
            glyph="–",
        ),
        H("Verksamhet och volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var 412 i april, vilket är 37 fler än i april 2025.",
            O("Ekonomiskt bistånd", "volymer", note="A volume against the previous year."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
