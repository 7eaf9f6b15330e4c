"""Vara kommun, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2025.

A culture and leisure committee's interim report in DejaVu Sans Condensed: the period's net cost as a level
and "1,3 mnkr lägre än periodiserad budget" with its timing reason in the next sentence (one period item),
the full year "landa på ett underskott om 0,7 mnkr" in a sentence of its own, the forecast "försämrats med
0,5 mnkr sedan tertialrapporten" with its cause; a verksamhet table in tkr whose last column is each row's
comment: a vacancy (the row's "200"), one row that "följer budget" and one "i nivå med budget"
(boilerplate), bad och ishall whose comment gives a part ("överstiger budget med 0,9 mnkr" for electricity)
while the row's "−1 400" is the deviation, a closed youth centre ("300"), a kulturskola with more pupils
("−200"), a row with no comment and the sum row (nothing); investments with a budget level and a part
(unlabelled), an artificial turf pitch "1,6 mnkr dyrare än kalkylerat", an investment table where "+" is
more spending, so the postponed bathing places' "−800" is an under-spend (positive), and the total
"överskrider budget med 0,75 mnkr"; an energy action with its effect and visitors against last year
(other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "The comment column: the row's deviation cell (tkr, positive = surplus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("VARA KOMMUN", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "", f"sid {n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    operations = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltningsledning", "2 850", "2 650", "200"),
                "Tjänsten som fritidschef har varit vakant under ett halvår.",
                C("Nämnd och förvaltningsledning", "200", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bibliotek", "9 400", "9 400", "0"),
                "Verksamheten följer budget.",
                BP("Bibliotek"),
            ),
            (
                ("Bad och ishall", "12 700", "14 100", "−1 400"),
                "Elkostnaderna för badhuset och ishallen överstiger budget med 0,9 mnkr, och intäkterna från entréer "
                "och banhyror har minskat efter den långa stängningen för lagning av bassängduken i våras.",
                C(
                    "Bad och ishall",
                    "−1 400",
                    "-",
                    "prisokningar",
                    "avgifter_intakter",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " The 0,9 mnkr for electricity is a part; a repair closure is ovrigt.",
                ),
            ),
            (
                ("Föreningsstöd", "4 100", "4 100", "0"),
                "Bidragen betalas ut i oktober. Helåret bedöms i nivå med budget.",
                BP("Föreningsstöd"),
            ),
            (
                ("Fritidsgårdar och ungdom", "5 300", "5 000", "300"),
                "Fritidsgården i Tråvad har hållit stängt under sommaren i brist på personal.",
                C("Fritidsgårdar och ungdom", "300", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kulturskola", "6 200", "6 400", "−200"),
                "Fler elever i dans och teater än budgeterat har krävt ytterligare lärartimmar, medan avgifterna "
                "ligger kvar på samma nivå.",
                C("Kulturskola", "−200", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (("Anläggningar och friluftsliv", "8 900", "8 500", "400"), "", None),
            (("Summa", "49 450", "50 150", "−700"), "", None),
        ),
        widths=(128.0, 46.0, 46.0, 50.0),
        size=8.5,
    )
    investments = Table(
        caption="Tabell 3. Investeringar 2025, tkr (+ = utgift över budget)",
        header=(("Projekt", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Konstgräsplan Vara IP", "9 500", "11 100", "+1 600"),
            ("Ny ismaskin", "1 800", "1 750", "−50"),
            ("Upprustning av badplatser", "1 400", "600", "−800"),
            ("Inventarier bibliotek", "1 500", "1 500", "0"),
            ("Summa", "14 200", "14 950", "+750"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden, perioden januari–augusti", size=12, font="cond", after=12),
        H("Händelser under perioden", 2),
        P(
            "Den nya konstgräsplanen vid Vara IP invigdes i maj, och biblioteket i Kvänum har fått meröppet med "
            "självservice kvällar och helger. Badhuset var stängt i sju veckor under våren för lagning av "
            "bassängduken."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Nämndens nettokostnader för perioden uppgår till 27,9 mnkr, vilket är 1,3 mnkr lägre än periodiserad "
            "budget. Överskottet är till största delen tillfälligt och beror på att föreningsbidragen betalas ut "
            "först i oktober.",
            C(
                None,
                "1,3 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with its timing reason: one item. 27,9 is a level.",
            ),
        ),
        P(
            "För helåret bedöms nämnden däremot inte klara budgeten utan landa på ett underskott om 0,7 mnkr.",
            C(
                None,
                "0,7 mnkr",
                "-",
                note="The full year in a sentence of its own: its own item, no reasons.",
            ),
        ),
        P(
            "Prognosen har försämrats med 0,5 mnkr sedan tertialrapporten, framför allt genom att badhusets "
            "energikostnader har blivit högre än väntat.",
            F(None, "0,5 mnkr", "-", "prisokningar"),
        ),
        P("Tabell 2. Driftredovisning per verksamhet, tkr. Positiv avvikelse innebär överskott.", size=8.5),
        operations,
        H("Investeringar", 2),
        P("Investeringsbudgeten för året uppgår till 14,2 mnkr, varav 9,5 mnkr avser konstgräsplanen."),
        P(
            "Konstgräsplanen vid Vara IP blev 1,6 mnkr dyrare än kalkylerat, främst på grund av att dräneringen "
            "måste göras om efter geotekniska problem.",
            C("Konstgräsplan Vara IP", "1,6 mnkr", "-", "ovrigt", note="Ground problems: ovrigt."),
        ),
        investments,
        P(
            "Upprustningen av badplatserna i Levene och Jung har delvis skjutits till 2026 eftersom upphandlingen "
            "överklagades, och utgifterna i år blir därför lägre än budgeterat.",
            C(
                "Upprustning av badplatser",
                "−800",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell. In this table + is more spending, so −800 is an under-spend.",
            ),
        ),
        P(
            "Sammantaget överskrider investeringarna budget med 0,75 mnkr.",
            C("Investeringar", "0,75 mnkr", "-"),
        ),
        H("Åtgärder för en budget i balans", 2),
        P(
            "För att möta underskottet i bad och ishall sänks temperaturen i bassängen med en grad och isen i "
            "ishallen läggs två veckor senare i höst. Förvaltningen räknar med att det sparar 150 tkr under 2025.",
            A("Bad och ishall", "150 tkr", "prisokningar"),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet besök i badhuset under perioden var 48 200, vilket är 9 procent färre än samma period 2024.",
            O("Bad och ishall", "volymer", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vara-kfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vara",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Kultur- och fritidsnämnden", "author": "Vara kommun"},
        style=style,
        blocks=blocks,
    )
