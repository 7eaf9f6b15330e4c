"""Karlskoga kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report with the nämnd's February meeting in the footer: an
unlabelled year in figures, the result "knappt två miljoner kronor jämfört med tilldelad budget" in words, the
outcome against the interim forecast with its cause (a forecast change); a driftredovisning in tkr with deficits
in brackets ("(2 250)", "(980)"); then two columns of plain headings: a closure, revenue and energy costs summed
up as "Sammantaget blev underskottet 2 250 tkr", a reason-only deficit (the row's "(980)"), "Kulturskolans
avvikelse, −520 tkr, beror på", "Överskottet på drygt en miljon kronor", two verksamheter as a "respektive"
pair ("250 respektive 90 tkr"), a reason-only surplus from a vacancy (the row's "450") and "håller sig inom
budget" (boilerplate); investments whose total under-spend is never written out (4,2 budgeted, 3,1 used) and a
postponed project "lämnar 1,4 mnkr outnyttjade" in the same paragraph (two items); sick leave against last year
(other) and a risk and an action in one paragraph (two items). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Reason only: the table row's cell (tkr, deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Karlskoga kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-18", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 400", "8 950", "450"),
            ("Bibliotek", "21 300", "21 050", "250"),
            ("Kulturskola", "14 800", "15 320", "(520)"),
            ("Konsthall och allmänkultur", "6 200", "6 110", "90"),
            ("Badhuset", "17 600", "19 850", "(2 250)"),
            ("Idrottsanläggningar", "28 900", "29 880", "(980)"),
            ("Fritidsgårdar", "8 700", "8 700", "0"),
            ("Föreningsbidrag", "11 300", "10 270", "1 030"),
            ("Summa", "118 200", "120 130", "(1 930)"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=12),
        H("Året i korthet", 2),
        P(
            "Under året hade biblioteket 182 000 besök, och kulturskolan erbjöd för första gången kurser i digitalt "
            "skapande. Badhuset fick ett nytt reningsverk och konsthallen visade sex utställningar."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämnden redovisar för 2025 ett underskott på knappt två miljoner kronor jämfört med tilldelad budget.",
            C(
                None,
                "knappt två miljoner kronor",
                "-",
                value=2_000_000,
                note="The result in words with 'knappt': the stated figure (the table shows (1 930)).",
            ),
        ),
        P(
            "I delårsrapporten per augusti bedömdes underskottet bli 2,5 mnkr. Utfallet blev alltså 0,6 mnkr bättre "
            "än prognosen, främst för att badhusets energikostnader sjönk under hösten.",
            F(
                None,
                "0,6 mnkr",
                "+",
                "prisokningar",
                note="The outcome against the interim forecast: a forecast change (energy costs: prisokningar).",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Columns(2),
        H("Badhuset", 3),
        P(
            "Badhuset stängdes i fem veckor under våren när reningsverket byttes, vilket gav lägre entréintäkter. "
            "Samtidigt var el- och värmekostnaderna höga under årets första kvartal. Sammantaget blev underskottet "
            "2 250 tkr.",
            C(
                "Badhuset",
                "2 250 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                "prisokningar",
                note="The amount in the last sentence after the causes; a closure for repair is ovrigt.",
            ),
        ),
        H("Idrottsanläggningar", 3),
        P(
            "Kostnaderna för idrottsanläggningarna blev högre än budgeterat, eftersom konstgräsplanen behövde nytt "
            "fyllnadsmaterial tidigare än planerat och vaktmästeriet förstärktes under turneringssäsongen.",
            C(
                "Idrottsanläggningar",
                "(980)",
                "-",
                "material_hjalpmedel",
                "bemanning",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolans avvikelse, −520 tkr, beror på att fler elever än beräknat fick plats när kön kortades och "
            "att två lärare anställdes för att möta efterfrågan.",
            C("Kulturskola", "−520 tkr", "-", "volymer"),
        ),
        H("Föreningsbidrag", 3),
        P(
            "Överskottet på drygt en miljon kronor uppstod eftersom två större föreningar inte sökte det "
            "investeringsbidrag som fanns budgeterat.",
            C(
                "Föreningsbidrag",
                "drygt en miljon kronor",
                "+",
                "ovrigt",
                value=1_000_000,
                note="An amount in words with 'drygt': the stated figure; grants not applied for are ovrigt.",
            ),
        ),
        H("Bibliotek och konsthall", 3),
        P(
            "Biblioteket och konsthallen visar överskott på 250 respektive 90 tkr, främst genom lägre kostnader för "
            "medieinköp och utställningsproduktion.",
            C(
                "Bibliotek",
                "250",
                "+",
                "ovrigt",
                unit="tkr",
                note="A 'respektive' pair: two items; media and exhibition costs fit no tag but ovrigt.",
                also=(C("Konsthall och allmänkultur", "90 tkr", "+", "ovrigt"),),
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Förvaltningsledningen har haft lägre kostnader än budgeterat. En tjänst som kultursekreterare var vakant "
            "i sex månader.",
            C("Nämnd och förvaltningsledning", "450", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        H("Fritidsgårdar", 3),
        P("Fritidsgårdarnas verksamhet håller sig inom budget.", BP("Fritidsgårdar")),
        H("Investeringar", 2),
        PS(
            (
                "Av nämndens investeringsbudget på 4,2 mnkr användes 3,1 mnkr.",
                C(
                    "Investeringar",
                    "3,1 mnkr",
                    "+",
                    value=1_100_000,
                    note="An under-spend never written out: the computed 4,2 − 3,1 with the amount text as written.",
                ),
            ),
            (
                "Upprustningen av motionsspåren sköts upp till 2026 och lämnar 1,4 mnkr outnyttjade, medan den nya "
                "tidtagningsanläggningen i badhuset blev något dyrare än beräknat.",
                C(
                    "Upprustning av motionsspåren",
                    "1,4 mnkr",
                    "+",
                    "periodisering",
                    note="A postponed project: positive; the timing system's overrun has no amount and stays inside.",
                ),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron minskade till 5,2 procent från 6,0 procent året innan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Framtid", 2),
        PS(
            (
                "Inför 2026 finns en risk att badhusets energikostnader åter stiger.",
                O("Badhuset", "prisokningar", note="A risk: other."),
            ),
            (
                "Nämnden har därför beslutat att se över badhusets öppettider under lågsäsong.",
                A("Badhuset", None, "prisokningar"),
            ),
        ),
    ]
    return ReportSpec(
        file="karlskoga-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Karlskoga",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Karlskoga kommun",
        },
        style=style,
        blocks=blocks,
    )
