"""Västerviks kommun, Socialnämnden, månadsuppföljning februari 2026 (mostly elderly care).

A social committee's short month report whose verksamhet table (tkr) is pasted as an image, so every amount
the text layer has is in the prose; footer with the nämnd's meeting date in March: the full year's
"underskott på 10,9 mnkr" with the areas named and no reasons, the period "1,8 mnkr högre än den
periodiserade budgeten" in the next sentence (two items), "oförändrad jämfört med januariuppföljningen"
(boilerplate forecast change); plain headings: home care "överskrida budgeten med 5,2 mnkr" with a
percentage that is not the amount, a reason-only deficit in special housing whose amount lives only in the
image (null), "ett överskott på 0,8 mnkr eftersom", two areas as a "respektive" pair with their different
reasons in the next sentence (two items, each with its own tags), "ett litet överskott på 300 tkr"; two
bullet actions under "Åtgärder" (one with an effect) and home-care clients against last year with "beror på"
(other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Västerviks kommun – Socialförvaltningen", "Månadsuppföljning februari 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-03-26", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "12 400", "1 890", "12 100", "300"),
            ("Hemtjänst", "148 600", "25 400", "153 800", "-5 200"),
            ("Särskilt boende", "236 900", "39 900", "240 300", "-3 400"),
            ("Hälso- och sjukvård", "61 200", "9 950", "60 400", "800"),
            ("Funktionsstöd", "171 300", "28 900", "173 500", "-2 200"),
            ("Individ- och familjeomsorg", "118 700", "20 010", "119 900", "-1 200"),
            ("Summa", "749 100", "126 050", "760 000", "-10 900"),
        ),
        widths=(140.0, 70.0, 74.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=19, font="cond-bold", after=2),
        Title("Socialnämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämndens prognos för 2026 visar ett underskott på 10,9 mnkr. Det är framför allt hemtjänsten och "
                "de särskilda boendena inom äldreomsorgen som inte ryms inom budgeten.",
                C(None, "10,9 mnkr", "-", note="Areas named, no reasons: no tags."),
            ),
            (
                "Efter två månader är nettokostnaderna 1,8 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "1,8 mnkr",
                    "-",
                    note="Net cost above the periodised budget: a negative period deviation.",
                ),
            ),
        ),
        P("Prognosen är oförändrad jämfört med januariuppföljningen.", BF(None)),
        table,
        H("Äldreomsorg", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten beräknas överskrida budgeten med 5,2 mnkr. Antalet beviljade timmar har ökat med 9 procent "
            "sedan september, framför allt i Gamleby och på landsbygden norr om staden, där långa körsträckor gör "
            "planeringen mindre effektiv. Till det kommer högre sjuklönekostnader under influensaperioden i januari.",
            C(
                "Hemtjänst",
                "5,2 mnkr",
                "-",
                "volymer",
                "bemanning",
                "sjukfranvaro",
                note="The 9 procent is volume growth, not the amount; route planning is bemanning.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Två avdelningar på Kvarnbackens äldreboende har fått öppnas igen för att korta kön, vilket gör att "
            "personalkostnaderna inte ryms inom ramen. Boendena har också haft ett stort behov av timvikarier och "
            "övertid under vintern.",
            C(
                "Särskilt boende",
                None,
                "-",
                "volymer",
                "vikarier",
                "overtid",
                note="Reasons only; the amount (-3 400) is only in the table pasted as an image: null.",
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Hälso- och sjukvården visar ett överskott på 0,8 mnkr eftersom två sjukskötersketjänster har varit vakanta "
            "och rekryteringen pågår.",
            C("Hälso- och sjukvård", "0,8 mnkr", "+", "vakanser"),
        ),
        H("Funktionsstöd och individ- och familjeomsorg", 2),
        P(
            "Inom funktionsstöd och individ- och familjeomsorgen prognostiseras underskott på 2,2 respektive 1,2 mnkr. "
            "För funktionsstöd beror det på en ny gruppbostad som öppnade i januari med högre bemanning än "
            "budgeterat, medan individ- och familjeomsorgen har två externa placeringar av ungdomar som inte fanns "
            "med i budgeten.",
            C(
                "Funktionsstöd",
                "2,2",
                "-",
                "bemanning",
                unit="mnkr",
                note="A 'respektive' pair with each area's own reason in the next sentence: two items with the "
                "same text and their own tags.",
                also=(C("Individ- och familjeomsorg", "1,2 mnkr", "-", "kopt_verksamhet"),),
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning visar ett litet överskott på 300 tkr, då en controllertjänst är vakant till och med "
            "april.",
            C("Nämnd och ledning", "300 tkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Hemtjänstens planering ses över med ett nytt stöd för ruttplanering, med en beräknad effekt på 1,5 "
                "mnkr under resten av året.",
                "Vikarier till särskilt boende bokas centralt från mars för att minska övertiden.",
            ),
            labels=(
                A("Hemtjänst", "1,5 mnkr", "bemanning"),
                A("Särskilt boende", None, "vikarier", "overtid"),
            ),
        ),
        H("Jämfört med föregående år", 2),
        P(
            "Antalet personer med hemtjänst var 1 046 i februari, 61 fler än i februari 2025. Ökningen beror på att "
            "fler äldre skrivs ut tidigare från sjukhuset.",
            O("Hemtjänst", "volymer", note="Clients against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-sn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Socialnämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
