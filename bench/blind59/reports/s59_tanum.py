"""Tanums kommun, Miljö- och byggnadsnämnden, månadsuppföljning maj 2026.

A small committee's month report in tkr with hyphen-minus signs, whose header carries the meeting date in
June: the full year "ett underskott på 650 tkr för helåret (−900 tkr i april)" (April's figure in brackets is
not the amount), the improvement since April with its cause in the next sentence (a forecast change), the
period "310 tkr sämre än periodens budget"; a gridded table with a shaded header; then bold run-in
verksamheter ending in a full stop where the lead carries the amount ("Bygglov -820 tkr."), "Tillsynsavgifterna
följer budget" (boilerplate), a vacancy surplus, a reason-only line (the row's "150") and consultant costs
"240 tkr högre än planerat" under the lead "Gemensamt."; a risk sentence, an action with its effect and
handling times against last year (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


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
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Tanums kommun", "MBN 2026-06-11, ärende 7"),
        footer=lambda n, m: ("Månadsuppföljning maj 2026", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        header=(("Verksamhet (tkr)", "Budget helår", "Utfall jan–maj", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Bygglov", "-1 450", "-120", "-630", "-820"),
            ("Miljö- och hälsoskydd", "4 980", "1 940", "4 980", "0"),
            ("Livsmedelskontroll", "2 310", "820", "2 050", "260"),
            ("Kart och mät", "1 640", "560", "1 490", "150"),
            ("Gemensamt", "6 120", "2 780", "6 360", "-240"),
            ("Summa", "13 600", "5 980", "14 250", "-650"),
        ),
        widths=(150.0, 70.0, 78.0, 76.0, 62.0),
        bold_rows=frozenset({5}),
        grid=True,
        shade=(0.88, 0.92, 0.88),
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=19, font="narrow-bold", after=2),
        Title("Miljö- och byggnadsnämnden", size=12.5, font="narrow", after=12),
        H("Samlad bedömning", 2),
        P(
            "Nämnden prognostiserar ett underskott på 650 tkr för helåret (−900 tkr i april).",
            C(None, "650 tkr", "-", note="April's figure in brackets is not the amount."),
        ),
        P(
            "Prognosen har förbättrats med 250 tkr sedan april. Förbättringen beror på att tjänsten som "
            "livsmedelsinspektör inte tillsätts förrän i oktober.",
            F(None, "250 tkr", "+", "vakanser"),
        ),
        P(
            "Utfallet för januari–maj är 310 tkr sämre än periodens budget.",
            C(None, "310 tkr", "-", note="The period in a sentence of its own."),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Bygglov -820 tkr.",
            "Bygglovsintäkterna ligger under budget, eftersom antalet ansökningar om nya fritidshus och "
            "tillbyggnader har minskat kraftigt sedan räntorna steg.",
            C(
                "Bygglov",
                "-820 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The run-in lead carries the amount: part of the item.",
            ),
            (
                "Om intäkterna fortsätter att minska i samma takt kan underskottet bli upp till 1,2 mnkr.",
                O("Bygglov", note="A risk sentence: other."),
            ),
        ),
        LP(
            "Miljö- och hälsoskydd.",
            "Tillsynsavgifterna följer budget.",
            BP("Miljö- och hälsoskydd"),
        ),
        LP(
            "Livsmedelskontroll.",
            "En vakant inspektörstjänst ger ett överskott på 260 tkr.",
            C("Livsmedelskontroll", "260 tkr", "+", "vakanser"),
        ),
        LP(
            "Kart och mät.",
            "Fler nybyggnadskartor än beräknat har sålts till exploatörer i Grebbestad.",
            C(
                "Kart och mät",
                "150",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Gemensamt.",
            "Kostnaderna för konsultstöd vid bytet av ärendehanteringssystem blir 240 tkr högre än planerat.",
            C("Gemensamt", "240 tkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att inte återbesätta en administratörstjänst under hösten, vilket minskar "
            "kostnaderna med cirka 200 tkr.",
            A(None, "cirka 200 tkr", "vakanser"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 5,1 veckor, jämfört med 6,3 veckor samma period "
            "2025.",
            O("Bygglov", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="tanum-mbn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Tanum",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026", "author": "Tanums kommun"},
        style=style,
        blocks=blocks,
    )
