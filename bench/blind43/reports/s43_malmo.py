"""Malmö stad, Arbetsmarknads- och socialnämnden, uppföljningsrapport april 2026.

A large social committee's April report in mnkr with en dashes as minus signs, footer with the nämnd's
meeting date in May: the full year's "underskott på 68 miljoner kronor" with a share of the frame in
percent (not the amount) and the period "14 miljoner kronor sämre än periodiserad budget" in the next
sentence (two items), the full year's reasons in a paragraph of its own (amount null), a financing rule
(other); a result table whose last column is each row's comment: reason-only comments take the row's cell
("–34", "–39", "7", "–7"), one comment names its own amount ("4 mnkr mer än budgeterat"), one "Prognos i nivå
med budget" (boilerplate, 1 in the table) and a total row with no comment; then headings with the area and
amount after a colon ("Barn och familj: –34 mnkr") where a level (298 mnkr), a gross part (41 mnkr) and an
offsetting surplus (7 mnkr) are not the amount, and a paragraph that ends "Underskottet för helåret
beräknas till 39 mnkr", so two deviations are explained twice; an action plan with its effect, an action
without amount, the change since February with its cause and a risk (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

ROW = "Comment column with reasons only: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Uppföljningsrapport april 2026"),
        footer=lambda n, m: (
            "Arbetsmarknads- och socialnämnden 2026-05-21",
            "Dnr ASN-2026-01188",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Barn och familj", "612", "646", "–34"),
                "Fler placeringar på HVB och i konsulentstödda familjehem än budgeterat. Dygnskostnaderna har ökat med "
                "i genomsnitt 6 procent.",
                C(
                    "Barn och familj",
                    "–34",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Ekonomiskt bistånd", "1 204", "1 243", "–39"),
                "Fler hushåll med långvarigt bistånd. Genomsnittlig utbetalning per hushåll är 340 kronor högre per "
                "månad än i budgeten.",
                C(
                    "Ekonomiskt bistånd",
                    "–39",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The 340 kronor per household is a rate, not the deviation.",
                ),
            ),
            (
                ("Vuxna", "488", "481", "7"),
                "Vakanser bland socialsekreterare och färre köpta platser inom missbruksvården än beräknat.",
                C("Vuxna", "7", "+", "vakanser", "kopt_verksamhet", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Arbetsmarknad", "356", "352", "4"),
                "Statsbidrag för extratjänster har beviljats med 4 mnkr mer än budgeterat.",
                C("Arbetsmarknad", "4 mnkr", "+", "statsbidrag", note="The comment names its own amount."),
            ),
            (
                ("Mottagning och etablering", "97", "96", "1"),
                "Prognos i nivå med budget.",
                BP("Mottagning och etablering", note="1 in the table."),
            ),
            (
                ("Nämnd och förvaltningsledning", "143", "150", "–7"),
                "Kostnader för det nya verksamhetssystemet och dubbla licenser under övergångsperioden.",
                C(
                    "Nämnd och förvaltningsledning",
                    "–7",
                    "-",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Totalt", "2 900", "2 968", "–68"), "", None),
        ),
        widths=(128.0, 44.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=19, font="arial-bold", after=2),
        Title("Arbetsmarknads- och socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott på 68 miljoner kronor för 2026, vilket motsvarar 2,3 procent av "
                "nämndens budgetram.",
                C(
                    None,
                    "68 miljoner kronor",
                    "-",
                    note="The share of the frame in percent is not the amount.",
                ),
            ),
            (
                "Under januari–april var utfallet 14 miljoner kronor sämre än periodiserad budget.",
                C(None, "14 miljoner kronor", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        P(
            "Underskottet har två huvudsakliga förklaringar: kostnaderna för ekonomiskt bistånd ökar när fler malmöbor "
            "är långtidsarbetslösa, och externa placeringar av barn och unga blir betydligt dyrare än budgeterat.",
            C(
                None,
                None,
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "kopt_verksamhet",
                note="The full year's reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Enligt kommunfullmäktiges regler ska underskottet i första hand hanteras inom nämndens ram under året, "
            "eftersom nämnden inte har något eget kapital att ta i anspråk.",
            O(None, "reserver", note="A financing rule: other."),
        ),
        H("Prognos per verksamhetsområde, miljoner kronor", 3),
        table,
        H("Verksamhetsområdenas analys", 2),
        HP(
            "Barn och familj: –34 mnkr",
            "Antalet placerade barn och unga var 412 i april, 38 fler än när budgeten lades. Kostnaden för köpt vård "
            "beräknas till 298 mnkr, vilket är 41 mnkr över budget. Egen regi visar ett överskott på 7 mnkr genom "
            "vakanser inom utredningsenheterna.",
            C(
                "Barn och familj",
                "–34 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "vakanser",
                note="The heading carries the net amount; 298 mnkr is a level, 41 and 7 mnkr are parts. "
                "Explained a second time after the comment table.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd: –39 mnkr",
            "Fler hushåll än beräknat saknar ersättning från arbetslöshetskassan och behöver bistånd under lång tid, och "
            "hyreshöjningarna vid årsskiftet har höjt hushållens boendekostnader. Underskottet för helåret beräknas "
            "till 39 mnkr.",
            C(
                "Ekonomiskt bistånd",
                "39 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Amount in the heading and again in the last sentence: the prose's.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan med målet att minska kostnaderna för externa placeringar med 15 mnkr "
            "under 2026, bland annat genom att bygga ut den egna familjehemsverksamheten och förstärka öppenvården.",
            A("Barn och familj", "15 mnkr", "kopt_verksamhet"),
        ),
        P(
            "För ekonomiskt bistånd har arbetet med individuella planer mot arbete intensifierats tillsammans med "
            "arbetsmarknadsavdelningen.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 12 mnkr sämre än i februari. Försämringen avser i sin helhet barn och familj, där sex "
            "ungdomar har placerats på särskilda ungdomshem sedan mars.",
            F(None, "12 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar ytterligare under hösten om arbetslösheten "
            "fortsätter att stiga.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-asn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Arbetsmarknads- och socialnämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={
            "title": "Uppföljningsrapport april 2026 Arbetsmarknads- och socialnämnden",
            "author": "Malmö stad",
        },
        style=style,
        blocks=blocks,
    )
