"""Huddinge kommun, Socialnämnden, månadsrapport mars 2026.

A social committee's month report in tkr with last month's figure in brackets after the full year ("11,4
mnkr (−9,8 mnkr i februari)"), the period against the periodised budget in its own sentence, the change since
February with its cause, a reading note that declares brackets for deficits and a table with "(6 800)";
headings that carry the area and the deficit in brackets ("Barn och unga (−6 800 tkr)") over reasons only,
a sub-area's own surplus inside that paragraph, a risk sentence under a heading that belongs to the cause
above it, "visar ett underskott på 2,1 mnkr jämfört med budget", a reason-only surplus (the row's "1 600"),
"ett mindre underskott på 400 tkr", an undistributed buffer; an action with its effect and sick leave with
"beror på" against last year (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Huddinge kommun, Socialförvaltningen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-04-22", "Dnr SON-2026/118", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "13 600", "600"),
            ("Barn och unga", "182 500", "189 300", "(6 800)"),
            ("Vuxen och missbruk", "96 400", "100 700", "(4 300)"),
            ("Ekonomiskt bistånd", "121 000", "123 100", "(2 100)"),
            ("Socialpsykiatri", "58 300", "56 700", "1 600"),
            ("Familjerätt och mottagning", "22 600", "23 000", "(400)"),
            ("Summa", "495 000", "506 400", "(11 400)"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar för helåret en negativ avvikelse mot budget på 11,4 mnkr (−9,8 mnkr i "
                "februari).",
                C(None, "11,4 mnkr", "-", note="Last month's figure in brackets is not the amount."),
            ),
            (
                "Försämringen med 1,6 mnkr sedan februari beror på två nya placeringar av ungdomar på HVB.",
                F(None, "1,6 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        P(
            "Utfallet för januari–mars är 2,9 mnkr högre än periodiserad budget.",
            C(None, "2,9 mnkr", "-", note="A net cost above the periodised budget: negative."),
        ),
        P("Belopp i tkr. Negativa avvikelser anges inom parentes.", size=8.5),
        table,
        Para(
            (
                (
                    "Kostnaderna för placeringar i familjehem och på HVB överstiger budget. Under första kvartalet har "
                    "sju barn placerats, varav fyra i konsulentstödda familjehem, och vårddygnen ligger 14 procent över "
                    "budgeterad nivå.",
                    C(
                        "Barn och unga",
                        "−6 800 tkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        note="The heading carries the amount in brackets.",
                    ),
                ),
                (
                    "Inom området står den egna öppenvården för ett överskott på 0,5 mnkr tack vare vakanta tjänster.",
                    C(
                        "Öppenvården",
                        "0,5 mnkr",
                        "+",
                        "vakanser",
                        note="A sub-area inside another area's paragraph.",
                    ),
                ),
            ),
            head="Barn och unga (−6 800 tkr)",
            head_level=3,
        ),
        Para(
            (
                (
                    "Avvikelsen kan härledas till fler placeringar enligt LVM än planerat och till längre vistelser på "
                    "behandlingshem.",
                    C("Vuxen och missbruk", "−4 300 tkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Det finns en risk att ytterligare placeringar blir aktuella under våren, vilket inte ingår i "
                    "prognosen.",
                    O("Vuxen och missbruk", note="A risk in the cause's paragraph: its own item."),
                ),
            ),
            head="Vuxen och missbruk (−4 300 tkr)",
            head_level=3,
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Ekonomiskt bistånd visar ett underskott på 2,1 mnkr jämfört med budget. Fler hushåll än beräknat har "
            "behov av försörjningsstöd, särskilt bland unga vuxna.",
            C("Ekonomiskt bistånd", "2,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Inom socialpsykiatrin finns två vakanta enhetschefstjänster, och boendestödet har haft lägre kostnader "
            "för timanställda än budgeterat.",
            C(
                "Socialpsykiatri",
                "1 600",
                "+",
                "vakanser",
                "vikarier",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Familjerätt och mottagning", 3),
        P(
            "Familjerätten och mottagningsenheten ligger nära budget, med ett mindre underskott på 400 tkr som främst "
            "beror på utredningar som köpts in från extern konsult.",
            C("Familjerätt och mottagning", "400 tkr", "-", "inhyrd_personal"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Nämnd och förvaltningsledning redovisar ett överskott om 600 tkr då den centrala bufferten ännu inte har "
            "fördelats.",
            C("Nämnd och förvaltningsledning", "600 tkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen går igenom samtliga pågående placeringar för att pröva hemmaplanslösningar. Åtgärden bedöms "
            "kunna minska kostnaderna med 2,0 mnkr under året.",
            A("Barn och unga", "2,0 mnkr", "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,8 procent under januari–mars, lägre än samma period 2025, vilket till stor del beror "
            "på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-sn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Socialnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
