"""Fagersta kommun, Tekniska nämnden, månadsuppföljning juni 2026.

A technical committee's half-year month report whose table is in whole kronor ("−1 172 630"): the
tax-financed period's surplus with its timing reason and, in the next sentence, the full year's deficit
(two causes); short sections under plain headings: a reason-only deficit that takes the table's cell in
kronor, "bidrar till ett beräknat underskott på 846 tkr" (the prose's unit differs from the table's),
"ett överskott på drygt 300 tkr tack vare …", a reason-only surplus that takes the table's "206 230", and
"Ingen avvikelse mot budget förväntas" (boilerplate); the taxe-financed water and sewage deficit with its
cover from the VA fund in the next sentence (other) and waste management's "positiv budgetavvikelse om
0,6 mnkr"; investments "alltså 2,8 mnkr över budget" because work was brought forward (an overrun); the
change since May (a forecast change) and an action with no amount. DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed, in whole kronor."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Fagersta kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Månadsuppföljning juni 2026", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning skattefinansierad verksamhet, kronor",
        header=(("Verksamhet", "Budget helår", "Utfall jan–jun", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Gata och park", "24 600 000", "11 758 220", "25 772 630", "−1 172 630"),
            ("Fastighetsförvaltning", "9 850 000", "5 301 460", "10 696 000", "−846 000"),
            ("Kostverksamhet", "21 300 000", "10 244 870", "20 987 600", "312 400"),
            ("Lokalvård", "11 450 000", "5 528 130", "11 243 770", "206 230"),
            ("Nämnd och administration", "3 200 000", "1 566 900", "3 200 000", "0"),
            ("Summa", "70 400 000", "34 399 580", "71 900 000", "−1 500 000"),
        ),
        widths=(130.0, 78.0, 80.0, 78.0, 82.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Månadsuppföljning juni 2026", size=18, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Tekniska nämndens skattefinansierade verksamhet visar efter juni ett överskott mot periodbudgeten "
                    "på 0,8 mnkr, vilket främst beror på att årets beläggnings- och broarbeten till största delen "
                    "utförs under hösten.",
                    C(
                        None,
                        "0,8 mnkr",
                        "+",
                        "periodisering",
                        note="The period's surplus with its timing reason.",
                    ),
                ),
                (
                    "För helåret prognostiseras ett underskott på 1,5 mnkr.",
                    C(None, "1,5 mnkr", "-", note="The full year, a sentence of its own."),
                ),
            )
        ),
        table,
        H("Verksamheternas prognoser", 2),
        H("Gata och park", 3),
        P(
            "Många snöröjningstillfällen under februari och mars och en dyrare entreprenad för grönyteskötseln gör "
            "att verksamheten inte ryms inom ramen.",
            C(
                "Gata och park",
                "−1 172 630",
                "-",
                "ovrigt",
                "prisokningar",
                unit="kr",
                table=True,
                note=ROW + " Snow is ovrigt; a dearer contract is prisokningar.",
            ),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Vattenskador efter ett rörbrott på Brunnsbo förskola och högre elkostnader bidrar till ett beräknat "
            "underskott på 846 tkr.",
            C(
                "Fastighetsförvaltning",
                "846 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The prose's amount in tkr (the table has −846 000 kronor); water damage is ovrigt.",
            ),
        ),
        H("Kostverksamhet", 3),
        P(
            "Kosten räknar med ett överskott på drygt 300 tkr tack vare den nya livsmedelsupphandlingen, som gav "
            "lägre priser på bland annat mejeriprodukter och kött.",
            C(
                "Kostverksamhet",
                "drygt 300 tkr",
                "+",
                "prisokningar",
                note="'Drygt 300 tkr': the stated figure.",
            ),
        ),
        H("Lokalvård", 3),
        P(
            "Lokalvården har under våren haft två vakanta tjänster.",
            C("Lokalvård", "206 230", "+", "vakanser", unit="kr", table=True, note=ROW),
        ),
        H("Nämnd och administration", 3),
        P("Ingen avvikelse mot budget förväntas.", BP("Nämnd och administration")),
        H("Taxefinansierad verksamhet", 2),
        Para(
            (
                (
                    "VA-verksamheten beräknas gå med ett underskott på 2,3 mnkr mot budget, främst på grund av högre "
                    "kemikaliekostnader i vattenverket och en större ledningsläcka vid Västanfors i april.",
                    C("VA-verksamheten", "2,3 mnkr", "-", "prisokningar", "ovrigt", note="A leak is ovrigt."),
                ),
                (
                    "Underskottet täcks av VA-fonden, som efter årets uttag beräknas uppgå till 1,1 mnkr.",
                    O("VA-verksamheten", note="Cover from the fund: a reserve statement."),
                ),
            )
        ),
        P(
            "Avfallsverksamheten prognostiserar en positiv budgetavvikelse om 0,6 mnkr, då intäkterna från företagens "
            "avfall vid återvinningscentralen har blivit högre än budgeterat.",
            C("Avfallsverksamheten", "0,6 mnkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget uppgår till 38,4 mnkr. Prognosen är 41,2 mnkr, alltså 2,8 mnkr över budget, "
            "eftersom utbytet av vattenledningarna på Norra vägen har fått tidigareläggas efter läckan i april.",
            C(
                "Investeringar",
                "2,8 mnkr",
                "-",
                "periodisering",
                "ovrigt",
                note="An investment overrun; budget and forecast are levels.",
            ),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Sedan majuppföljningen har helårsprognosen för den skattefinansierade verksamheten försämrats med 0,7 "
            "mnkr, i huvudsak på grund av vattenskadorna i förskolan.",
            F(None, "0,7 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "För att begränsa underskottet har förvaltningen skjutit upp ommålningen av fasaderna på två skolor till "
            "2027 och tar inte in några nya konsulter under resten av året.",
            A(None, None, "inhyrd_personal", note="An action with no stated effect."),
        ),
    ]
    return ReportSpec(
        file="fagersta-tn-manadsuppfoljning-2026-06.pdf",
        report={
            "municipality": "Fagersta",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning juni 2026 Tekniska nämnden", "author": "Fagersta kommun"},
        style=style,
        blocks=blocks,
    )
