"""Arboga kommun, Kultur- och fritidsnämnden, delårsrapport 2025-08.

A culture and leisure committee's interim report with a footer carrying the nämnd's meeting date in
September: the period "0,6 mnkr lägre än periodens budget" and the full year "ett underskott på 1,1 mnkr mot
tilldelad ram på 63,8 mnkr" in two paragraphs, the reason for the difference between them in a third (amount
null), the change since April with its cause; then a comment table whose last column explains each row
(deviations with U+2212 minus, "−850"): reasons without amounts taking their row's cell, a part "0,4 mnkr"
that is not the amount, "Prognos enligt budget" (boilerplate), a row with no comment and the sum row;
investments "underskrida budgeten med 2,0 mnkr", an action with its effect and sick leave against 2024.
Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A reason only in the comment column: the row's deviation cell (tkr, U+2212 minus)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Arboga kommun", "Delårsrapport 2025 – Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2025-09-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förvaltningsledning", "4 200", "3 950", "250"),
                "Vakant tjänst som fritidsstrateg under våren.",
                C("Förvaltningsledning", "250", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (("Bibliotek", "9 800", "9 800", "0"), "Prognos enligt budget.", BP("Bibliotek")),
            (
                ("Kulturskola", "6 900", "7 180", "−280"),
                "Fler elever i ensemble- och dansundervisningen än budgeterat kräver två extra timlärare. "
                "Avgifterna täcker bara en del av kostnaden.",
                C("Kulturskola", "−280", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bad och sim", "11 600", "12 450", "−850"),
                "Elpriset har varit högre än beräknat, och reningsverket i bassänghallen fick bytas ut efter ett "
                "haveri i mars, vilket kostade 0,4 mnkr.",
                C(
                    "Bad och sim",
                    "−850",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="The breakdown's 0,4 mnkr is a part: the row's cell is the amount.",
                ),
            ),
            (
                ("Ishall och idrottsplatser", "14 300", "14 960", "−660"),
                "Isen lades två veckor tidigare än vanligt på föreningarnas begäran, och hyran för den tillfälliga "
                "omklädningspaviljongen vid Ekbacken ingick inte i budgeten.",
                C(
                    "Ishall och idrottsplatser",
                    "−660",
                    "-",
                    "lokaler",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Föreningsbidrag", "5 400", "5 100", "300"),
                "Två föreningar har inte sökt aktivitetsstöd för våren, och beloppet beräknas återstå vid årets slut.",
                C("Föreningsbidrag", "300", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (("Fritidsgårdar och ungdom", "7 100", "6 840", "260"), "", None),
            (
                ("Kultur och evenemang", "4 500", "4 620", "−120"),
                "Medeltidsdagarna fick högre kostnader för säkerhet och avspärrningar än planerat.",
                C("Kultur och evenemang", "−120", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "63 800", "64 900", "−1 100"), "", None),
        ),
        widths=(118.0, 54.0, 54.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämndens nettokostnader för januari–augusti uppgår till 41,3 mnkr, vilket är 0,6 mnkr lägre än "
            "periodens budget.",
            C(None, "0,6 mnkr", "+", note="The period's deviation, a sentence of its own."),
        ),
        P(
            "För helåret prognostiserar nämnden ett underskott på 1,1 mnkr mot tilldelad ram på 63,8 mnkr.",
            C(None, "1,1 mnkr", "-", note="The frame (63,8 mnkr) is a level, not the amount."),
        ),
        P(
            "Skillnaden mellan periodens överskott och helårets underskott förklaras av att badhuset och ishallen "
            "har sina största kostnader under hösten, när energiförbrukningen är som högst.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 0,5 mnkr, främst på grund av haveriet i "
            "badhusets reningsverk.",
            F(None, "0,5 mnkr", "-", "ovrigt"),
        ),
        H("Driftredovisning per verksamhet", 2),
        table,
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 3,2 mnkr har 0,9 mnkr använts till och med augusti. Konstgräsplanen "
            "vid Ekbacken skjuts till 2026, och helåret beräknas därför underskrida budgeten med 2,0 mnkr.",
            C("Investeringar", "2,0 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har förvaltningen infört inköpsstopp för inventarier resten av året och "
            "sänkt temperaturen i bassängerna med en grad. Åtgärderna beräknas ge 0,3 mnkr och ingår i prognosen.",
            A(None, "0,3 mnkr", "material_hjalpmedel", "prisokningar"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 5,1 procent under perioden, jämfört med 6,0 procent för samma period 2024. "
            "Minskningen beror främst på lägre korttidsfrånvaro bland badpersonalen.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="arboga-kfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Kultur- och fritidsnämnden", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
