"""Tomelilla kommun, Kultur- och fritidsnämnden, budgetuppföljning mars 2026.

A small culture and leisure committee's first follow-up of the year set in DejaVu Sans Condensed 10 pt, footer
with the nämnd's meeting date in April: the full year "ett underskott på 640 tkr" beside a percentage and the
frame "37,4 mnkr" (not the amount), the period "0,2 mnkr lägre än periodiserad budget" with its reason in
the same sentence; a table in tkr with deficits in brackets ("(860)"); under a generic heading, en-dash
bullets in varied shapes: "Fritidsanläggningar: underskottet på 860 tkr beror …" after a colon, "beräknar
ett underskott (280 tkr)" where the bracket is the amount itself, two areas "300 respektive 150 tkr" with
their causes in the same order, two areas that "bedöms hålla budget" in one sentence (two boilerplate items)
and "Nämnd och administration: +50 tkr." with no reason; an investment frame (unlabelled) before a project
"en halv miljon kronor dyrare än budgeterat" (amount in words); an action with its effect and an electricity
price risk with an amount (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Tomelilla kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-04-15", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "2 900", "2 850", "50"),
            ("Bibliotek", "7 600", "7 600", "0"),
            ("Kultur och evenemang", "5 200", "5 480", "(280)"),
            ("Fritidsanläggningar", "12 800", "13 660", "(860)"),
            ("Fritidsgårdar", "4 100", "3 800", "300"),
            ("Föreningsbidrag", "3 400", "3 250", "150"),
            ("Kulturskola", "1 400", "1 400", "0"),
            ("Summa", "37 400", "38 040", "(640)"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Budgetuppföljning mars 2026", size=17, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämndens prognos för helåret är ett underskott på 640 tkr, vilket motsvarar 1,7 procent av nämndens "
            "ram om 37,4 mnkr.",
            C(None, "640 tkr", "-", note="A percentage and the frame beside the amount: not the amount."),
        ),
        P(
            "Efter mars är nettokostnaderna 0,2 mnkr lägre än periodiserad budget, vilket främst beror på att vårens "
            "evenemang ännu inte har fakturerats.",
            C(None, "0,2 mnkr", "+", "periodisering"),
        ),
        table,
        H("Avvikelser", 2),
        Bullets(
            items=(
                "Fritidsanläggningar: underskottet på 860 tkr beror till största delen på högre el- och "
                "fjärrvärmekostnader i simhallen samt att ishallens kylaggregat har fått repareras akut.",
                "Kultur och evenemang beräknar ett underskott (280 tkr) eftersom sponsorintäkterna till vårmarknaden "
                "har blivit lägre än budgeterat.",
                "Fritidsgårdar och föreningsbidrag visar överskott på 300 respektive 150 tkr, främst på grund av en "
                "vakant fritidsledartjänst och att två föreningar inte har sökt sina anläggningsbidrag.",
                "Biblioteket och kulturskolan bedöms hålla budget.",
                "Nämnd och administration: +50 tkr.",
            ),
            labels=(
                C(
                    "Fritidsanläggningar",
                    "860 tkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy costs are prisokningar; an urgent repair is ovrigt.",
                ),
                C(
                    "Kultur och evenemang",
                    "280 tkr",
                    "-",
                    "avgifter_intakter",
                    note="The bracket holds this area's deficit itself, not last month's figure.",
                ),
                C(
                    "Fritidsgårdar",
                    "300",
                    "+",
                    "vakanser",
                    unit="tkr",
                    note="A 'respektive' pair whose causes follow in the same order: each area its own cause.",
                    also=(
                        C(
                            "Föreningsbidrag",
                            "150 tkr",
                            "+",
                            "volymer",
                            note="Grants not applied for: fewer applicants, volymer.",
                        ),
                    ),
                ),
                BP(
                    "Bibliotek",
                    note="Two areas in one sentence: two boilerplate items.",
                    also=(BP("Kulturskola"),),
                ),
                C("Nämnd och administration", "+50 tkr", "+", note="An amount with no reason: no tags."),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringsramen för 2026 är 2,1 mnkr.", None),
            (
                "Konstgräsplanen vid idrottsplatsen i Tomelilla beräknas bli en halv miljon kronor dyrare än "
                "budgeterat, eftersom markarbetena blev mer omfattande än projekterat.",
                C(
                    "Konstgräsplan",
                    "en halv miljon kronor",
                    "-",
                    "ovrigt",
                    value=500_000,
                    note="An amount in words; the frame in the sentence before is not part of the item.",
                ),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att minska underskottet inom fritidsanläggningarna sänks temperaturen i simhallen med en grad och "
            "öppettiderna på söndagskvällar ses över. Åtgärderna beräknas ge 150 tkr under året.",
            A("Fritidsanläggningar", "150 tkr", "prisokningar"),
        ),
        P(
            "Elpriset för andra halvåret är osäkert. En ökning med 20 öre per kilowattimme skulle försämra "
            "prognosen med ytterligare cirka 200 tkr.",
            O("Fritidsanläggningar", "prisokningar", note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="tomelilla-kfn-budgetuppfoljning-2026-03.pdf",
        report={
            "municipality": "Tomelilla",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-03"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning mars 2026 Kultur- och fritidsnämnden",
            "author": "Tomelilla kommun",
        },
        style=style,
        blocks=blocks,
    )
