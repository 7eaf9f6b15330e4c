"""Lunds kommun, Servicenämnden, tertialrapport 1 2026.

A fee-financed service committee's tertial report set in Arial, header with the nämnd's meeting in May:
the budget as a zero result (context, unlabelled), the full year "ett underskott på 4,6 mnkr" and the period
"−1,9 mnkr" with its reason in separate sentences; a table whose last column is each row's comment
(CommentTable) in mnkr, where comments give reasons without amounts (the rows' "-3,8", "-2,1", "-0,9",
"0,6"), one comment carries a part "1,2 mnkr hittills" that is not the amount, one names its own amount
("ger ett överskott på 1,6 mnkr") and one says "I nivå med budget" (boilerplate); the change since February
with its cause, two actions, investments "ger en avvikelse på 9,3 mnkr" after a "varav" and a project that
"beräknas kosta 2,4 mnkr mer än budgeterat"; the result fund (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 82.0, 60.0, 74.0),
        header=lambda n, m: ("Lunds kommun", "Servicenämnden 2026-05-21, § 41"),
        footer=lambda n, m: ("Serviceförvaltningen", "Tertialrapport 1 2026", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Avdelning", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Måltidsservice", "0,0", "-3,8", "-3,8"),
                "Livsmedelspriserna har ökat mer än vad som kompenserades i portionspriset. Avvikelsen beror också "
                "på färre sålda portioner till äldreomsorgen sedan två boenden stängts.",
                C(
                    "Måltidsservice",
                    "-3,8",
                    "-",
                    "prisokningar",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Lokalvård", "0,0", "-2,1", "-2,1"),
                "Sjukfrånvaron bland lokalvårdarna är hög och har krävt inhyrd personal från ett städbolag, till en "
                "kostnad av 1,2 mnkr hittills.",
                C(
                    "Lokalvård",
                    "-2,1",
                    "-",
                    "sjukfranvaro",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The '1,2 mnkr hittills' is a part, not the deviation.",
                ),
            ),
            (
                ("Fastighetsservice", "0,0", "1,6", "1,6"),
                "Fler beställda arbeten från skolorna och kultur- och fritidsförvaltningen än budgeterat ger ett "
                "överskott på 1,6 mnkr.",
                C("Fastighetsservice", "1,6 mnkr", "+", "volymer", "avgifter_intakter"),
            ),
            (
                ("Transport och fordon", "0,0", "-0,9", "-0,9"),
                "Leasingavgifterna för de nya elbilarna blev högre än kalkylerat.",
                C(
                    "Transport och fordon",
                    "-0,9",
                    "-",
                    "material_hjalpmedel",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Vehicle leasing is material_hjalpmedel.",
                ),
            ),
            (
                ("Kommunikation och kundtjänst", "0,0", "0,0", "0,0"),
                "I nivå med budget.",
                BP("Kommunikation och kundtjänst"),
            ),
            (
                ("Gemensamt och ledning", "0,0", "0,6", "0,6"),
                "Vakant tjänst som avdelningschef under våren.",
                C(
                    "Gemensamt och ledning",
                    "0,6",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "0,0", "-4,6", "-4,6"), "", None),
        ),
        widths=(120.0, 40.0, 44.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Servicenämnden", size=13, font="arial", after=14),
        H("Ekonomisk översikt", 2),
        P(
            "Servicenämndens verksamhet är i huvudsak avgiftsfinansierad genom interna priser, och budgeten är ett "
            "nollresultat."
        ),
        PS(
            ("Prognosen för helåret är ett underskott på 4,6 mnkr.", C(None, "4,6 mnkr", "-")),
            (
                "Till och med april är resultatet −1,9 mnkr, vilket i huvudsak beror på högre livsmedelspriser.",
                C(
                    None,
                    "−1,9 mnkr",
                    "-",
                    "prisokningar",
                    note="The period's result against a zero budget, with its reason: its own sentence.",
                ),
            ),
        ),
        H("Resultat per avdelning, mnkr", 3),
        comments,
        H("Förändring mot föregående prognos", 2),
        P(
            "Prognosen är 2,2 mnkr sämre än i februari, till stor del på grund av att inhyrningen inom lokalvården "
            "har förlängts.",
            F(None, "2,2 mnkr", "-", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Måltidsservice höjer portionspriset med 3 procent från den 1 juli, vilket beräknas ge 1,4 mnkr i ökade "
            "intäkter under hösten.",
            A("Måltidsservice", "1,4 mnkr", "avgifter_intakter"),
        ),
        P(
            "Lokalvården har påbörjat rekrytering av sex lokalvårdare för att minska beroendet av inhyrd personal.",
            A("Lokalvård", None, "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 38,5 mnkr, varav 31,0 mnkr avser fordon. Prognosen är 29,2 mnkr, "
            "vilket ger en avvikelse på 9,3 mnkr. Leveranstiderna för tunga fordon är fortsatt långa och fem "
            "lastbilar för måltidstransporter levereras först 2027.",
            C("Investeringar", "9,3 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        P(
            "Ombyggnaden av tillagningsköket i Norra Fäladen beräknas kosta 2,4 mnkr mer än budgeterat eftersom hela "
            "ventilationen måste bytas.",
            C(
                "Ombyggnad av tillagningsköket i Norra Fäladen",
                "2,4 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: ventilation found to need replacing is ovrigt.",
            ),
        ),
        H("Resultatfond", 2),
        P(
            "Servicenämndens ackumulerade resultatfond uppgår till 6,8 mnkr och kan täcka årets underskott.",
            O(None, "reserver", note="The result fund covering the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="lund-sern-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Servicenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Servicenämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
