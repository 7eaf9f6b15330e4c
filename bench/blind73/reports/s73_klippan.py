"""Klippans kommun, Socialnämnden, månadsuppföljning november 2025.

A social committee's month report for November with a footer carrying the arbetsutskott's date in December:
the full year "ett underskott på 7,2 mkr" and its improvement since October with a cause (a cause and a
forecast change in two sentences), the period's "6,9 mkr sämre än budget" in a paragraph of its own; a table
in tkr with trailing minus signs ("3 600-") and October's deviation beside November's; headings that carry
the area and the amount with an en dash ("Barn och unga –3,6 mkr"), one whose paragraph ends in a risk sentence
(its own `other` item), a plain heading over "Försörjningsstödet blir 1,6 mkr dyrare än budgeterat", a surplus
heading "+0,7 mkr" with a grant and a leave, a reason-only deficit (the row's "500-") and a summary without a
reason ("ett mindre överskott på 0,2 mkr"); two action bullets (one with its effect) and a household count
against November last year (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Klippans kommun", "Socialförvaltningen"),
        footer=lambda n, m: (
            "Socialnämndens arbetsutskott 2025-12-09",
            "Månadsuppföljning november",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, tkr (underskott anges med minustecken efter beloppet)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Nämnd och ledning", "5 800", "5 600", "200", "200"),
            ("Barn och unga", "38 400", "42 000", "3 600-", "3 900-"),
            ("Vuxna", "16 200", "18 600", "2 400-", "2 300-"),
            ("Ekonomiskt bistånd", "21 500", "23 100", "1 600-", "2 100-"),
            ("Arbetsmarknad och integration", "9 700", "9 000", "700", "800"),
            ("Funktionsstöd", "64 300", "64 800", "500-", "500-"),
            ("Socialnämnden totalt", "155 900", "163 100", "7 200-", "7 800-"),
        ),
        widths=(160.0, 62.0, 62.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=19, font="serif-cond-bold", after=2),
        Title("Socialnämnden", size=12.5, font="serif-cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 7,2 mkr för 2025.",
                C(None, "7,2 mkr", "-"),
            ),
            (
                "Det är en förbättring med 0,6 mkr jämfört med oktoberprognosen, som främst beror på lägre kostnader "
                "för ekonomiskt bistånd.",
                F(None, "0,6 mkr", "+", "ekonomiskt_bistand"),
            ),
        ),
        P(
            "Ackumulerat till och med november är utfallet 6,9 mkr sämre än budget.",
            C(None, "6,9 mkr", "-", note="The period against the budget, a paragraph of its own."),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Barn och unga –3,6 mkr",
            "Kostnaderna för placeringar i familjehem och HVB överstiger budget. Under hösten har fyra syskon "
            "placerats i konsulentstödda familjehem, och en ungdom vårdas på särskilt ungdomshem.",
            C("Barn och unga", "–3,6 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        Para(
            (
                (
                    "Underskottet förklaras av köpt missbruksvård enligt LVM och av skyddat boende. Antalet vårddygn "
                    "är nästan dubbelt så många som budgeterat.",
                    C("Vuxna", "–2,4 mkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Det finns en risk att ytterligare två placeringar tillkommer i december.",
                    O("Vuxna", note="A risk sentence in the cause's paragraph: its own item."),
                ),
            ),
            head="Vuxna –2,4 mkr",
            head_level=3,
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Försörjningsstödet blir 1,6 mkr dyrare än budgeterat. Fler hushåll har ett långvarigt behov, främst "
            "personer som har lämnat etableringsprogrammet utan arbete.",
            C("Ekonomiskt bistånd", "1,6 mkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Arbetsmarknad och integration +0,7 mkr",
            "Statsbidraget för extratjänster har blivit högre än beräknat, samtidigt som en handledare har varit "
            "tjänstledig utan att ersättas.",
            C("Arbetsmarknad och integration", "+0,7 mkr", "+", "statsbidrag", "vakanser"),
        ),
        H("Funktionsstöd", 3),
        P(
            "Ett nytt beslut om bostad med särskild service för en vuxen med omfattande behov har lett till köp av "
            "en plats hos en extern utförare.",
            C(
                "Funktionsstöd",
                "500-",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell with a trailing minus.",
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning visar ett mindre överskott på 0,2 mkr.",
            C("Nämnd och ledning", "0,2 mkr", "+", note="A summary without a reason."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Alla pågående placeringar av barn och unga gås igenom varje vecka av enhetschef och "
                "familjehemssekreterare.",
                "En hemmaplanslösning med förstärkt öppenvård ersätter en HVB-placering från december, vilket "
                "beräknas minska kostnaderna med 0,4 mkr under året.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Barn och unga", "0,4 mkr", "kopt_verksamhet"),
            ),
        ),
        H("Nyckeltal", 2),
        P(
            "Antalet hushåll med försörjningsstöd var 312 i november, jämfört med 287 i november 2024.",
            O("Ekonomiskt bistånd", "volymer", note="Households against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="klippan-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Klippan",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Socialnämnden", "author": "Klippans kommun"},
        style=style,
        blocks=blocks,
    )
