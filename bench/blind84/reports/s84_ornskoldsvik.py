"""Örnsköldsviks kommun, Socialnämnden, tjänsteskrivelse ekonomisk uppföljning per mars 2026.

A cover letter dated in April for the period to March, set in Liberation Serif (no semicolons): a decision
proposal (unlabelled), the full year "ett underskott på 6 900 tkr jämfört med tilldelad budgetram" with two
causes in the next sentence (one item), the period "1 480 tkr sämre än periodiserad budget" in a paragraph of
its own; a table whose deficits are in brackets ("(4 850)", "(1 070)") as its caption says; plain headings
over paragraphs: a count of placements against the budgeted number before the deviation in whole kronor
("4 850 000 kronor"), a reason-only deficit that takes the row's "(1 070)", a paragraph where social
assistance against last year (other) precedes "ett underskott på 2,35 miljoner kronor", a surplus from the
Arbetsförmedlingen's payments "vilket ger ett överskott om 1 020 tkr", a vacancy surplus and "följer
budget" (boilerplate); an action with its effect, the change since February with its cause and a risk with a monthly unit
cost (other). 7 scored
causes. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Örnsköldsviks kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Socialförvaltningen", "2026-04-14", f"Dnr SN 2026/118  {n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr. Underskott anges inom parentes.",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9 800", "9 450", "350"),
            ("Barn och familj", "78 200", "83 050", "(4 850)"),
            ("Vuxen", "31 400", "32 470", "(1 070)"),
            ("Ekonomiskt bistånd", "42 600", "44 950", "(2 350)"),
            ("Arbetsmarknad", "24 100", "23 080", "1 020"),
            ("Familjerätt och familjerådgivning", "5 300", "5 300", "0"),
            ("Totalt", "191 400", "198 300", "(6 900)"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=4),
        Title("Socialnämnden", size=12, font="times", after=14),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per mars 2026 och uppdrar åt förvaltningen att "
            "fortsätta arbetet med handlingsplanen för externa placeringar."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämndens prognos för 2026 visar ett underskott på 6 900 tkr jämfört med tilldelad budgetram. Det är "
            "framför allt kostnaderna för externa placeringar av barn och unga samt för ekonomiskt bistånd som "
            "överstiger budget.",
            C(None, "6 900 tkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        P(
            "Utfallet för januari–mars är 1 480 tkr sämre än periodiserad budget.",
            C(None, "1 480 tkr", "-", note="The period, a paragraph of its own."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Barn och familj", 3),
        P(
            "Verksamheten har i mars 14 barn och unga placerade på HVB eller i konsulentstödda familjehem, att "
            "jämföra med budgeterade 9. Kostnaderna för placeringarna beräknas därmed överstiga budget med "
            "4 850 000 kronor.",
            C(
                "Barn och familj",
                "4 850 000 kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Placements against the budgeted number, then the deviation in whole kronor.",
            ),
        ),
        H("Vuxen", 3),
        P(
            "Underskottet förklaras av två placeringar enligt LVM som inte var kända när budgeten lades.",
            C(
                "Vuxen",
                "(1 070)",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed, in brackets.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        PS(
            (
                "Utbetalningarna av försörjningsstöd har ökat med 11 procent jämfört med första kvartalet 2025.",
                O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="Against last year: other."),
            ),
            (
                "Prognosen innebär ett underskott på 2,35 miljoner kronor, vilket beror på att fler hushåll har varit "
                "arbetslösa längre än ett år sedan flera industriföretag har varslat personal.",
                C("Ekonomiskt bistånd", "2,35 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
            ),
        ),
        H("Arbetsmarknad", 3),
        P(
            "Arbetsmarknadsenheten får mer i ersättning från Arbetsförmedlingen för anställningar med lönestöd än "
            "budgeterat, vilket ger ett överskott om 1 020 tkr.",
            C(
                "Arbetsmarknad",
                "1 020 tkr",
                "+",
                "statsbidrag",
                note="Payments from a state agency for subsidised jobs: statsbidrag.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "En vakant tjänst som utvecklingsledare ger ett överskott på 350 tkr.",
            C("Nämnd och administration", "350 tkr", "+", "vakanser"),
        ),
        H("Familjerätt och familjerådgivning", 3),
        P("Familjerätten följer budget.", BP("Familjerätt och familjerådgivning")),
        H("Åtgärder", 2),
        P(
            "Handlingsplanen för att minska externa placeringar fortsätter. Två familjehem i egen regi har "
            "rekryterats under mars, vilket beräknas minska kostnaderna med 900 tkr under året.",
            A("Barn och familj", "900 tkr", "kopt_verksamhet"),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Prognosen har försämrats med 1 200 tkr sedan februari, till följd av de två nya LVM-placeringarna.",
            F(None, "1 200 tkr", "-", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på att antalet placerade barn och unga ligger kvar på dagens nivå. Varje ytterligare "
            "placering på HVB kostar i genomsnitt 145 000 kronor per månad.",
            O("Barn och familj", note="A risk with a unit cost: other."),
        ),
    ]
    return ReportSpec(
        file="ornskoldsvik-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Örnsköldsvik",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Örnsköldsviks kommun"},
        style=style,
        blocks=blocks,
    )
