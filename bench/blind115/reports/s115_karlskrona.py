"""Karlskrona kommun, Arbetsmarknadsnämnden, månadsuppföljning oktober 2025.

A labour-market committee's month report in tkr with hyphen-minus signs, footer with the nämnd's meeting date
in November: the full year "ett underskott med 6 800 tkr (−6 200 tkr i september)" (the bracket is
September's) with a percentage of the budget, the change since September with its cause (a forecast change);
a verksamhet table; bullets under a generic heading ("Förvaltningens kommentar") whose areas open with a
colon, as the subject, as a possessive with the amount between commas ("Vuxenutbildningens underskott, 0,9
mnkr,"), after "inom" and as a reason-only surplus (the row's "400"), "håller sig 300 tkr under budget",
"kostade 200 tkr mer än budgeterat" and one that "följer budget" (boilerplate); an action with an effect,
unemployment against last year and the handling of the deficit next year (others). DejaVu Sans Condensed
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: (
            "Karlskrona kommun – Arbetsmarknadsförvaltningen",
            "Månadsuppföljning oktober 2025",
        ),
        footer=lambda n, m: ("Arbetsmarknadsnämnden 2025-11-20", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–okt", "Prognos", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "98 600", "88 420", "106 500", "-7 900"),
            ("Arbetsmarknadsinsatser", "64 300", "51 900", "62 800", "1 500"),
            ("Vuxenutbildning", "92 100", "79 300", "93 000", "-900"),
            ("SFI", "28 400", "23 100", "28 000", "400"),
            ("Feriearbeten", "4 800", "5 000", "5 000", "-200"),
            ("Integration och etablering", "12 700", "10 500", "12 700", "0"),
            ("Nämnd och ledning", "57 100", "46 800", "56 800", "300"),
            ("Summa", "358 000", "305 020", "364 800", "-6 800"),
        ),
        widths=(150.0, 66.0, 80.0, 66.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="cond-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Arbetsmarknadsnämndens prognos för 2025 är ett underskott med 6 800 tkr (−6 200 tkr i september). "
                "Det motsvarar 1,9 procent av nämndens budget.",
                C(
                    None,
                    "6 800 tkr",
                    "-",
                    note="The bracketed figure is September's. A percentage beside: not the amount.",
                ),
            ),
            (
                "Försämringen med 600 tkr jämfört med september beror på att fler hushåll har sökt försörjningsstöd "
                "under hösten.",
                F(None, "600 tkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
        ),
        table,
        H("Förvaltningens kommentar", 2),
        Bullets(
            (
                "Ekonomiskt bistånd: Kostnaderna överstiger budget med 7,9 mnkr. Antalet hushåll med försörjningsstöd "
                "har ökat med 14 procent, främst bland hushåll som tidigare haft etableringsersättning.",
                "Arbetsmarknadsinsatser visar ett överskott på 1,5 mnkr, eftersom färre personer än planerat har haft "
                "extratjänster och statsbidraget för lönestöd har blivit högre.",
                "Vuxenutbildningens underskott, 0,9 mnkr, hänger samman med att de köpta utbildningsplatserna inom "
                "yrkesvux hos externa anordnare har blivit fler än budgeterat.",
                "Inom SFI ger flytten till mindre lokaler lägre hyreskostnader än budgeterat.",
                "Feriearbetena för ungdomar kostade 200 tkr mer än budgeterat, då fler ungdomar än planerat erbjöds "
                "plats i somras.",
                "Integration och etablering följer budget.",
                "Nämnd och ledning håller sig 300 tkr under budget tack vare lägre arvoden och färre "
                "sammanträdesdagar.",
            ),
            labels=(
                C("Ekonomiskt bistånd", "7,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                C("Arbetsmarknadsinsatser", "1,5 mnkr", "+", "volymer", "statsbidrag"),
                C(
                    "Vuxenutbildning",
                    "0,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A possessive area with the amount between commas.",
                ),
                C(
                    "SFI",
                    "400",
                    "+",
                    "lokaler",
                    unit="tkr",
                    table=True,
                    note="Reason only, the area after 'inom': the row's cell.",
                ),
                C("Feriearbeten", "200 tkr", "-", "volymer"),
                BP("Integration och etablering"),
                C("Nämnd och ledning", "300 tkr", "+", "ovrigt", note="Members' fees: ovrigt."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har förstärkt uppföljningen av pågående ärenden inom försörjningsstödet, med målet att "
            "minska kostnaderna med 1,5 mnkr på helårsbasis.",
            A("Ekonomiskt bistånd", "1,5 mnkr", "ekonomiskt_bistand"),
        ),
        H("Omvärld", 2),
        P(
            "Arbetslösheten i kommunen var 7,4 procent i september, jämfört med 6,8 procent ett år tidigare.",
            O(None, note="Unemployment against the previous year: other."),
        ),
        P(
            "Enligt kommunfullmäktiges riktlinjer ska nämndens underskott hanteras inom nämndens ram under nästa år.",
            O(None, note="The handling of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-amn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Arbetsmarknadsnämnden",
            "author": "Karlskrona kommun",
        },
        style=style,
        blocks=blocks,
    )
