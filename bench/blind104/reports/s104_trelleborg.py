"""Trelleborgs kommun, Socialnämnden, månadsrapport februari 2026.

A social committee's short month report in Liberation Sans, header with the socialförvaltning and footer with
the nämnd's meeting in March: the full year "överskrider budgetramen med 11,4 mnkr"; a result table whose last
column is each row's comment (tkr, deficits in brackets): reason-only comments taking their cells ("(6 200)",
"(3 500)", "700", "400"), a comment that names its own amount ("överstiger budget med 2,8 mnkr"), "Prognos
enligt budget" (boilerplate) and a sum row with no comment; bold run-in kostnadsslag with a colon (personnel
costs over budget for the period, state compensation "cirka 0,9 mnkr lägre än budgeterat"); a forecast change
with its cause, two bulleted actions and two others (sick leave against last year, a risk).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O

REASON_ONLY = "A reason-only comment: the row's deviation cell as printed."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        header=lambda n, m: ("Trelleborgs kommun, Socialförvaltningen", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-03-24", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Barn och familj", "98 400", "104 600", "(6 200)"),
                "Fler placeringar i HVB och familjehem än budgeterat, bland annat tre ungdomar med omfattande "
                "behov som placerades i december.",
                C(
                    "Barn och familj",
                    "(6 200)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=REASON_ONLY + " Brackets for a deficit.",
                ),
            ),
            (
                ("Vuxen", "54 300", "57 100", "(2 800)"),
                "Köpt vård för vuxna med missbruk överstiger budget med 2,8 mnkr. Två placeringar enligt LVM har "
                "tillkommit sedan årsskiftet.",
                C(
                    "Vuxen",
                    "2,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The comment names its amount.",
                ),
            ),
            (
                ("Ekonomiskt bistånd", "71 000", "74 500", "(3 500)"),
                "Utbetalningarna ökar till följd av fler hushåll med långvarigt bistånd och färre som går vidare "
                "till arbete.",
                C(
                    "Ekonomiskt bistånd",
                    "(3 500)",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=REASON_ONLY,
                ),
            ),
            (
                ("Funktionsstöd", "212 800", "212 100", "700"),
                "Vakanser bland boendestödjare ger ett överskott.",
                C("Funktionsstöd", "700", "+", "vakanser", unit="tkr", table=True, note=REASON_ONLY),
            ),
            (
                ("Myndighet och administration", "31 200", "30 800", "400"),
                "Lägre licenskostnader efter bytet av verksamhetssystem.",
                C(
                    "Myndighet och administration",
                    "400",
                    "+",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note=REASON_ONLY,
                ),
            ),
            (
                ("Nämnd och ledning", "4 100", "4 100", "0"),
                "Prognos enligt budget.",
                BP("Nämnd och ledning"),
            ),
            (("Summa", "471 800", "483 200", "(11 400)"), "", None),
        ),
        widths=(138.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=17, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Prognosen per februari visar att nämnden överskrider budgetramen med 11,4 mnkr för helåret 2026.",
            C(None, "11,4 mnkr", "-"),
        ),
        table,
        H("Kostnader och intäkter", 2),
        LP(
            "Personalkostnader:",
            "Nämndens personalkostnader ligger 1,3 mnkr över budget för perioden, främst på grund av hög "
            "sjukfrånvaro och många timvikarier inom boenden med särskild service.",
            C("Personalkostnader", "1,3 mnkr", "-", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Intäkter:",
            "Ersättningen från Migrationsverket blir cirka 0,9 mnkr lägre än budgeterat eftersom färre ensamkommande "
            "barn har anvisats till kommunen.",
            C("Intäkter", "cirka 0,9 mnkr", "-", "statsbidrag", "volymer"),
        ),
        H("Förändring sedan januari", 2),
        P(
            "Jämfört med januari har prognosen försämrats med 2,4 mnkr, vilket beror på de två nya LVM-placeringarna "
            "inom Vuxen.",
            F(None, "2,4 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Ett nytt öppenvårdsteam för familjer startar i april och ska minska behovet av externa placeringar "
                "med motsvarande 2 mnkr på helår.",
                "Alla vakanta tjänster inom myndighet och administration prövas av förvaltningsledningen innan de "
                "tillsätts.",
            ),
            labels=(
                A("Barn och familj", "2 mnkr", "kopt_verksamhet"),
                A("Myndighet och administration", None, "vakanser"),
            ),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron uppgick till 8,4 procent i januari, jämfört med 7,6 procent i januari 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Prognosen är osäker eftersom enskilda placeringar kan kosta mer än 3 mnkr per år.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-sn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Socialnämnden", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
