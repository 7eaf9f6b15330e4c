"""Bollnäs kommun, Socialnämnden, månadsuppföljning november 2025.

A social committee's month report in mnkr, footer with the arbetsutskott's meeting date in December: the full
year "ett underskott mot budget med 6,2 mnkr" and the change since October in the next sentence with its
cause, the accumulated outcome "5,1 mnkr högre än periodens budget" (negative) in a paragraph of its own;
a result table whose last column is each row's comment (U+2212 minus): reason-only comments that take their
row's cell, a comment that names its own amount ("överstiger budget med 1,8 mnkr"), "Följer budget" and a
sum row with no comment; then kostnadsslag in prose ("blir 1,4 mnkr högre än budget", revenue "0,4 mnkr
lägre än budgeterat", negative); an action with no amount, a risk with a maximum cost and households
against last year (other). Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: the row's deviation cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("BOLLNÄS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2025-12-09", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och administration", "4,1", "3,8", "0,3"),
                "Vakant controllertjänst under hösten.",
                C("Nämnd och administration", "0,3", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Barn och familj", "38,6", "44,9", "−6,3"),
                "Fler placeringar på HVB och i konsulentstödda familjehem än budgeterat. Under hösten har tre "
                "ungdomar placerats med stöd av LVU.",
                C(
                    "Barn och familj",
                    "−6,3",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxen", "14,2", "16,0", "−1,8"),
                "Externa placeringar för vuxna med missbruk överstiger budget med 1,8 mnkr trots att den egna "
                "öppenvården har byggts ut.",
                C("Vuxen", "1,8 mnkr", "-", "kopt_verksamhet", note="The comment names its own amount."),
            ),
            (
                ("Ekonomiskt bistånd", "27,5", "26,4", "1,1"),
                "Färre hushåll med långvarigt försörjningsstöd än i budgeten, tack vare arbetsmarknadsinsatserna.",
                C(
                    "Ekonomiskt bistånd",
                    "1,1",
                    "+",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Arbetsmarknad och integration", "12,8", "12,3", "0,5"),
                "Högre ersättningar från Arbetsförmedlingen för extratjänster och lönebidrag.",
                C(
                    "Arbetsmarknad och integration",
                    "0,5",
                    "+",
                    "statsbidrag",
                    unit="mnkr",
                    table=True,
                    note="State contributions through Arbetsförmedlingen: statsbidrag.",
                ),
            ),
            (
                ("Familjerätt och mottagning", "6,0", "6,0", "0,0"),
                "Följer budget.",
                BP("Familjerätt och mottagning"),
            ),
            (("Summa", "103,2", "109,4", "−6,2"), "", None),
        ),
        widths=(138.0, 44.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott mot budget med 6,2 mnkr för 2025.",
                C(None, "6,2 mnkr", "-"),
            ),
            (
                "Det är 0,8 mnkr bättre än i oktoberprognosen, främst tack vare lägre kostnader för "
                "försörjningsstöd.",
                F(None, "0,8 mnkr", "+", "ekonomiskt_bistand"),
            ),
        ),
        P(
            "Ackumulerat till och med november är utfallet 5,1 mnkr högre än periodens budget.",
            C(
                None,
                "5,1 mnkr",
                "-",
                note="A net cost above the period's budget: a negative period deviation.",
            ),
        ),
        H("Prognos per verksamhet", 2),
        table,
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna inom förvaltningen blir 1,4 mnkr högre än budget, vilket till stor del beror på "
            "inhyrda socionomer inom barn- och ungdomsutredningen.",
            C("Personalkostnader", "1,4 mnkr", "-", "inhyrd_personal"),
        ),
        P(
            "Intäkterna från Migrationsverket är 0,4 mnkr lägre än budgeterat eftersom återsökningar för 2024 har "
            "avslagits.",
            C("Intäkter", "0,4 mnkr", "-", "statsbidrag", note="Revenue under budget: negative."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "En handlingsplan med målet att minska antalet externa placeringar av barn och unga med fyra under "
            "2026 har lämnats till nämnden.",
            A("Barn och familj", None, "kopt_verksamhet"),
        ),
        P(
            "Det finns en osäkerhet kring två pågående ärenden som kan leda till nya placeringar före årsskiftet, "
            "till en kostnad av upp till 1,5 mnkr.",
            O("Barn och familj", "kopt_verksamhet", amount="1,5 mnkr", note="A risk: other."),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var i november 412, jämfört med 448 i november 2024.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Households against last year: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="bollnas-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Socialnämnden", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
