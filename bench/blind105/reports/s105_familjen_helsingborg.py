"""Familjen Helsingborg (the eleven kommuner of Skåne Nordväst), styrgruppen, delårsrapport januari–augusti 2025.

A joint body's interim report in tkr, footer with the styrgrupp's meeting date in October: the period
"Periodens resultat överstiger budget med 1 120 tkr", the full year "ett överskott på 600 tkr jämfört med
budget" and the period's timing reason in three sentences (three items, the reason with amount null); a table
per post with hyphen-minus deficits ("-750"); plain headings per post: a revenue shortfall "750 tkr lägre än
budgeterat" with two reasons, "väntas bli 0,7 mnkr lägre än budget" (a cost: positive), a reason-only surplus
(the row's "500"), "ett överskott på 150 tkr" and "Lokaler och övrigt följer budget" (boilerplate); the
members' fee per inhabitant against last year and the equity (others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Familjen Helsingborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrgruppen 2025-10-03", "Kansliet, Helsingborg", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per post, tkr (+ = bättre än budget)",
        header=(("Post", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "14 300", "14 300", "0"),
            ("Projektintäkter", "6 200", "5 450", "-750"),
            ("Personalkostnader", "9 800", "9 100", "700"),
            ("Köpta tjänster", "6 900", "6 400", "500"),
            ("Resor och möten", "900", "750", "150"),
            ("Lokaler och övrigt", "3 800", "3 800", "0"),
            ("Resultat", "-900", "-300", "600"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Familjen Helsingborg", size=12.5, font="serif-cond", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Periodens resultat överstiger budget med 1 120 tkr.",
            C(None, "1 120 tkr", "+", note="The period in its own sentence: its own item."),
        ),
        P(
            "För helåret bedöms kansliet redovisa ett överskott på 600 tkr jämfört med budget.",
            C(None, "600 tkr", "+"),
        ),
        P(
            "Att periodens överskott är större än helårets beror på att flera aktiviteter inom "
            "kompetensförsörjningsprojektet har skjutits till hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        table,
        H("Kommentarer per post", 2),
        H("Projektintäkter", 3),
        P(
            "EU-finansieringen till projektet Kompetensbron Nordväst blir 750 tkr lägre än budgeterat, då projektet "
            "kom i gång senare än planerat och har färre deltagare än ansökan räknade med.",
            C(
                "Projektintäkter",
                "750 tkr",
                "-",
                "periodisering",
                "volymer",
                note="Revenue under budget: negative. EU funding is no statsbidrag.",
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna väntas bli 0,7 mnkr lägre än budget. En tjänst som kommunikatör har varit vakant "
            "sedan april.",
            C("Personalkostnader", "0,7 mnkr", "+", "vakanser"),
        ),
        H("Köpta tjänster", 3),
        P(
            "Färre konsultuppdrag än planerat inom den gemensamma destinationsutvecklingen.",
            C(
                "Köpta tjänster",
                "500",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Resor och möten", 3),
        P(
            "Fler möten i styrgruppen och i nätverken hålls digitalt, vilket ger ett överskott på 150 tkr.",
            C("Resor och möten", "150 tkr", "+", "it_digitalisering"),
        ),
        H("Lokaler och övrigt", 3),
        P("Lokaler och övrigt följer budget.", BP("Lokaler och övrigt")),
        H("Finansiering och eget kapital", 2),
        P(
            "Medlemsavgiften är 18 kronor per invånare och har inte ändrats sedan 2024.",
            O(None, note="The members' fee: financing, other."),
        ),
        P(
            "Det egna kapitalet beräknas uppgå till 3,2 mnkr vid årets slut.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="familjen-helsingborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Familjen Helsingborg", "Skåne Nordväst"],
            "committee": ["Styrgruppen", "Familjen Helsingborgs styrgrupp"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Familjen Helsingborg"},
        style=style,
        blocks=blocks,
    )
