"""Mjölby kommun, Kommunstyrelsen, månadsuppföljning maj 2026 (the kommunstyrelse's own verksamheter).

A kommunstyrelse's month report in tkr, header with the report's date in June: the full year "gå 2 150 tkr
över budget" (negative) and the period "410 tkr under periodens budget" (positive) in two sentences, the
change since April with its cause (a storm: ovrigt); a table with hyphen-minus deficits ("-1 800") and a
zero row; en-dash bullets under a generic heading ("Kommentarer") in varied shapes: a colon after the area
with the amount at the end ("totalt 1 800 tkr över budget"), "redovisar ett prognostiserat underskott på
1,45 mnkr" with its reason in the next sentence, "Inom ekonomi och HR blir kostnaderna 550 tkr lägre än
budgeterat", a possessive "Kommunledningens överskott, 400 tkr, kommer av", "överskott om 150 tkr" after a
colon and "följer budget" (boilerplate); an action "upp till 900 tkr"; sick leave against last year and a risk (others); investments "14,2 mnkr mot en budget
på 19,0 mnkr" (4,8 never written out). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Mjölby kommun", "Kommunledningsförvaltningen 2026-06-11"),
        footer=lambda n, m: ("Kommunstyrelsen, månadsuppföljning maj 2026", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning, tkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Kommunledning", "24 500", "24 100", "400"),
            ("Ekonomi och HR", "31 200", "30 650", "550"),
            ("IT och digitalisering", "28 900", "30 700", "-1 800"),
            ("Kultur och fritid", "46 300", "47 750", "-1 450"),
            ("Näringsliv och turism", "6 800", "6 650", "150"),
            ("Kommunikation", "5 400", "5 400", "0"),
            ("Totalt", "143 100", "145 250", "-2 150"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    bullets = Bullets(
        items=(
            "IT och digitalisering: licenskostnaderna för det nya ekonomisystemet och för kontorsprogrammen har "
            "ökat mer än budgeterat, totalt 1 800 tkr över budget.",
            "Kultur och fritid redovisar ett prognostiserat underskott på 1,45 mnkr. Skyfallet i maj skadade "
            "kylanläggningen i ishallen och golvet i en av idrottshallarna, och reparationerna bekostas av "
            "verksamheten.",
            "Inom ekonomi och HR blir kostnaderna 550 tkr lägre än budgeterat, då en lönespecialist gick i pension "
            "i mars och tjänsten inte har återbesatts.",
            "Kommunledningens överskott, 400 tkr, kommer av lägre kostnader för konsultstöd i utredningsarbetet.",
            "Näringsliv och turism: överskott om 150 tkr tack vare högre intäkter från uthyrningen av "
            "turistbyråns lokaler.",
            "Kommunikation följer budget.",
        ),
        labels=(
            C("IT och digitalisering", "1 800 tkr", "-", "it_digitalisering", "prisokningar"),
            C("Kultur och fritid", "1,45 mnkr", "-", "ovrigt", note="Storm damage is ovrigt."),
            C("Ekonomi och HR", "550 tkr", "+", "vakanser"),
            C("Kommunledning", "400 tkr", "+", "inhyrd_personal", note="A possessive names the area."),
            C("Näringsliv och turism", "150 tkr", "+", "avgifter_intakter"),
            BP("Kommunikation"),
        ),
        glyph="–",
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=19, font="arial-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter beräknas sammantaget gå 2 150 tkr över budget 2026.",
            C(None, "2 150 tkr", "-", note="Costs over budget: negative."),
        ),
        P(
            "Utfallet till och med maj ligger 410 tkr under periodens budget.",
            C(None, "410 tkr", "+", note="The period's net cost under its budget: positive, its own item."),
        ),
        P(
            "Prognosen har försämrats med 900 tkr sedan april, vilket främst beror på skadorna efter skyfallet den "
            "19 maj.",
            F(None, "900 tkr", "-", "ovrigt"),
        ),
        table,
        H("Kommentarer", 2),
        bullets,
        H("Åtgärder", 2),
        P(
            "Kultur- och fritidsavdelningen prövar om delar av reparationskostnaderna kan ersättas av kommunens "
            "försäkring, vilket kan förbättra resultatet med upp till 900 tkr.",
            A("Kultur och fritid", "upp till 900 tkr"),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron inom kommunledningsförvaltningen var 4,1 procent till och med maj, vilket är lägre än "
            "under samma period 2025.",
            O(None, note="Sick leave against the previous year: other."),
        ),
        P(
            "Det finns en risk att licenskostnaderna ökar ytterligare när det nya avtalet för kontorsprogrammen "
            "börjar gälla i oktober.",
            O("IT och digitalisering", note="A risk: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 14,2 mnkr mot en budget på 19,0 mnkr. Bytet av kassasystem i simhallen och "
            "på biblioteket har skjutits till nästa år.",
            C(
                "Investeringar",
                "14,2 mnkr mot en budget på 19,0 mnkr",
                "+",
                "periodisering",
                value=4_800_000,
                note="Investment under-spending of 4,8 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="mjolby-ks-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Kommunstyrelsen", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
