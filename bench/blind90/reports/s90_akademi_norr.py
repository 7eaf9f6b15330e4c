"""Kommunalförbundet Akademi Norr, Direktionen, delårsrapport augusti 2025.

A small kommunalförbund's interim report in tkr and whole kronor (DejaVu Serif Condensed body, DejaVu Sans
headings), footer with the direktion's meeting date in October: the period's result "517 tkr bättre än
periodens budget" and the full year "−180 tkr mot ett budgeterat nollresultat" (the result is the amount);
a table by post with hyphen-minus; then bold run-in posts with a colon: revenue "350 tkr lägre än
budgeterat" (negative), "understiger budget med 250 tkr" for bought education (positive), personnel costs
"överstiger budget med 140 000 kronor", a reason-only post (the row's "60") and "följer budget"
(boilerplate); equity and student numbers against 2024 (others) and an action with its effect. 6 scored
causes. DejaVu Serif Condensed 9.5 pt.

The place is real (a kommunalförbund of inland kommuner in Norrland); every figure, event and unit name is
invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Akademi Norr", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Direktionens sammanträde 2025-10-08", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per post, tkr",
        header=(("Post", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "6 820", "6 820", "0"),
            ("Statliga bidrag och projektmedel", "3 400", "3 050", "-350"),
            ("Köp av utbildning", "-4 900", "-4 650", "250"),
            ("Personalkostnader", "-3 880", "-4 020", "-140"),
            ("Lokaler och drift", "-1 010", "-950", "60"),
            ("Övriga kostnader", "-430", "-430", "0"),
            ("Resultat", "0", "-180", "-180"),
        ),
        widths=(180.0, 74.0, 78.0, 68.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Kommunalförbundet Akademi Norr", size=12, font="serif-cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Akademi Norr är ett kommunalförbund som arbetar för att göra högre utbildning tillgänglig i "
            "medlemskommunerna genom lärcentra, samarbete med lärosäten och egna utbildningsinsatser."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden januari–augusti uppgår till 842 tkr, vilket är 517 tkr bättre än "
            "periodens budget.",
            C(None, "517 tkr", "+"),
        ),
        P(
            "För helåret prognostiseras ett resultat på −180 tkr mot ett budgeterat nollresultat.",
            C(None, "−180 tkr", "-", note="A budgeted result of zero: the forecast result is the deviation."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Statliga bidrag och projektmedel:",
            "Intäkterna blir 350 tkr lägre än budgeterat, då ansökan om medel för en ny yrkeshögskoleutbildning "
            "beviljades för färre platser än förbundet sökt.",
            C("Statliga bidrag och projektmedel", "350 tkr", "-", "statsbidrag"),
        ),
        LP(
            "Köp av utbildning:",
            "Kostnaderna understiger budget med 250 tkr. Två uppdragsutbildningar startade inte under våren på grund "
            "av för få sökande.",
            C("Köp av utbildning", "250 tkr", "+", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Personalkostnaderna överstiger budget med 140 000 kronor, vilket förklaras av att den nya "
            "förbundschefen och den avgående arbetade parallellt under två månader.",
            C(
                "Personalkostnader",
                "140 000 kronor",
                "-",
                "omstallning",
                note="An overlap at a change of director: a transition cost, omstallning.",
            ),
        ),
        LP(
            "Lokaler och drift:",
            "Lägre kostnader för videokonferenslicenser efter en ny upphandling.",
            C(
                "Lokaler och drift",
                "60",
                "+",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="A reason-only paragraph: the row's cell.",
            ),
        ),
        LP("Medlemsavgifter:", "Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets eget kapital uppgick vid periodens slut till 2 310 tkr. Direktionen har beslutat att det "
            "egna kapitalet inte ska understiga 1 500 tkr.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Antalet studerande som använder förbundets lärcentra är 412, jämfört med 388 vid samma tid 2024.",
            O(None, "volymer", note="Student numbers against the previous year."),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte återbesätta tjänsten som kommunikatör under hösten, vilket minskar "
            "kostnaderna med 180 tkr.",
            A(None, "180 tkr", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="akademi-norr-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Akademi Norr", "Kommunalförbundet Akademi Norr"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Akademi Norr", "author": "Kommunalförbundet Akademi Norr"},
        style=style,
        blocks=blocks,
    )
