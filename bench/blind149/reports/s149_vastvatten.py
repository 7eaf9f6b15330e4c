"""Västvatten AB, styrelsen, delårsrapport per augusti 2025.

A water and sewage operating company jointly owned by its kommuner, interim report with the board's meeting
in October in the footer: the period's result "1 420 tkr, vilket är 1 120 tkr bättre än det periodiserade
budgeterade resultatet", its timing reason in a sentence of its own (amount null), the full year "ett
underskott mot budget på 450 tkr"; a kostnadsslag table in tkr with hyphen-minus; bold run-in leads that carry
the amount ("Personalkostnader +1 150 tkr.", "Entreprenader och material −1 400 tkr."), a reason-only lead
(the row's "-620"), "blir högre än beräknat, 380 tkr", "Följer budget" (boilerplate); the company's own
investments "2,1 mnkr mot budgeterade 3,5 mnkr" (1,4 never written out); an action with its effect, equity
and sick leave against 2024 (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

LEAD = "The run-in lead carries the kostnadsslag and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Västvatten AB", "Delårsrapport 2025-08-31"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-09", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter från ägarkommunerna", "96 400", "64 270", "96 400", "0"),
            ("Övriga intäkter", "2 800", "2 150", "3 180", "380"),
            ("Personalkostnader", "-58 300", "-37 620", "-57 150", "1 150"),
            ("Fordon och maskiner", "-6 900", "-4 880", "-7 520", "-620"),
            ("Entreprenader och material", "-26 700", "-18 950", "-28 100", "-1 400"),
            ("Övriga kostnader", "-7 300", "-3 550", "-7 260", "40"),
            ("Resultat", "0", "1 420", "-450", "-450"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Västvatten AB", size=12.5, font="cond", after=12),
        H("Verksamheten", 2),
        P(
            "Västvatten driver vatten- och avloppsverksamheten åt ägarkommunerna, som är huvudmän för de allmänna "
            "VA-anläggningarna. Under perioden har ett nytt styrsystem tagits i drift vid två av vattenverken."
        ),
        H("Ekonomi", 2),
        PS(
            (
                "Bolagets resultat för perioden januari–augusti uppgår till 1 420 tkr, vilket är 1 120 tkr bättre än "
                "det periodiserade budgeterade resultatet.",
                C(None, "1 120 tkr", "+", note="The period; the result level is not the amount."),
            ),
            (
                "Periodens överskott beror främst på att det planerade underhållet av ledningsnätet utförs under "
                "hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason, apart from its amount: amount null.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott mot budget på 450 tkr.",
                C(None, "450 tkr", "-", note="The full year."),
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 3),
        LP(
            "Personalkostnader +1 150 tkr.",
            "Tre tjänster som drifttekniker har varit vakanta under större delen av året, och rekryteringarna har "
            "tagit längre tid än beräknat.",
            C("Personalkostnader", "+1 150 tkr", "+", "vakanser", note=LEAD),
        ),
        LP(
            "Entreprenader och material −1 400 tkr.",
            "Två större läckor på en överföringsledning i juni krävde akuta insatser av entreprenörer. Priserna på "
            "rör och ventiler har dessutom stigit mer än beräknat.",
            C(
                "Entreprenader och material",
                "−1 400 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=LEAD + " Pipe bursts are ovrigt.",
            ),
        ),
        LP(
            "Fordon och maskiner.",
            "Leasingavtalen för fyra nya servicebilar tecknades till en högre månadskostnad än budgeterat.",
            C(
                "Fordon och maskiner",
                "-620",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Försäljningen av tjänster till externa kunder, bland annat provtagning och spolning åt "
            "fastighetsägare, blir högre än beräknat, 380 tkr.",
            C("Övriga intäkter", "380 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Intäkter från ägarkommunerna.",
            "Följer budget.",
            BP("Intäkter från ägarkommunerna"),
        ),
        P(
            "För att klara driften under hösten anlitas en konsult på de vakanta tjänsterna, vilket minskar "
            "överskottet på personalkostnaderna med cirka 300 tkr.",
            A("Personalkostnader", "cirka 300 tkr", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Bolagets egna investeringar i fordon och utrustning beräknas till 2,1 mnkr mot budgeterade 3,5 mnkr, "
            "eftersom leveransen av en ny spolbil har skjutits till 2026.",
            C(
                "Investeringar",
                "2,1 mnkr mot budgeterade 3,5 mnkr",
                "+",
                "periodisering",
                value=1_400_000,
                note="Investment under-spending of 1,4 mnkr, never written out: the computed value.",
            ),
        ),
        H("Finansiell ställning och personal", 2),
        P(
            "Bolagets egna kapital uppgick till 4 860 tkr den 31 augusti och soliditeten till 18 procent.",
            O(None, note="Equity: other."),
        ),
        P(
            "Sjukfrånvaron var 3,9 procent under perioden, jämfört med 5,2 procent under samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vastvatten-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Västvatten", "Västvatten AB"],
            "committee": ["Styrelsen", "Västvattens styrelse"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Västvatten AB"},
        style=style,
        blocks=blocks,
    )
