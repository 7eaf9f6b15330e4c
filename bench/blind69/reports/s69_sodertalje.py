"""Södertälje kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per oktober 2025.

A social committee's cover letter in Liberation Serif 11 pt, dated in November: the summary gives the
period "18,9 miljoner kronor sämre än periodiserad budget" and the full year "ett underskott på 23,5 miljoner
kronor" with its reasons in the next sentence (one item), then "Det är en försämring med 4,1 miljoner kronor"
(a forecast change); a table per avdelning in mnkr whose minus sign stands apart ("- 12,8"); plain headings
where "beräknas överskrida budgeten med 12,8 miljoner kronor" comes with a count of placements against the
budgeted count, a sub-area's surplus inside the avdelning ("Familjehemsvården … ett överskott om 1,6
miljoner kronor", its own item) and a grant "1,4 miljoner kronor högre än budgeterat", "5,8 miljoner kronor
högre än budget", "blir 7,2 miljoner kronor mer än budgeterat", a reason-only surplus (the row's "2,3") and
"i nivå med budget" (boilerplate); two actions, one with its full-year effect, and no equity to cover the
deficit (other).

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
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: ("Södertälje kommun", "Tjänsteskrivelse 2025-11-05"),
        footer=lambda n, m: ("Socialkontoret", "Dnr SN 2025/488", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per avdelning 2025, mnkr",
        header=(("Avdelning", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "412,6", "425,4", "- 12,8"),
            ("Vuxna", "168,3", "174,1", "- 5,8"),
            ("Försörjningsstöd", "221,0", "228,2", "- 7,2"),
            ("Stöd och behandling", "96,4", "94,1", "2,3"),
            ("Ledning och administration", "58,7", "58,7", "0,0"),
            ("Summa", "957,0", "980,5", "- 23,5"),
        ),
        widths=(170.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per oktober 2025", size=16, font="times-bold", after=2),
        Title("Socialnämnden", size=12, font="times", after=14),
        H("Förslag till beslut", 2),
        P("Socialnämnden godkänner den ekonomiska uppföljningen per oktober 2025."),
        H("Sammanfattning", 2),
        PS(
            (
                "Utfallet till och med oktober är 18,9 miljoner kronor sämre än periodiserad budget.",
                C(None, "18,9 miljoner kronor", "-", note="The period's deviation."),
            ),
            (
                "För helåret prognostiserar socialnämnden ett underskott på 23,5 miljoner kronor. Underskottet beror "
                "framför allt på placeringar av barn och unga och på ökade kostnader för försörjningsstöd.",
                C(None, "23,5 miljoner kronor", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
            ),
            (
                "Det är en försämring med 4,1 miljoner kronor jämfört med septemberprognosen.",
                F(None, "4,1 miljoner kronor", "-"),
            ),
        ),
        H("Ärendet", 2),
        table,
        H("Barn och unga", 3),
        P(
            "Avdelningen för barn och unga beräknas överskrida budgeten med 12,8 miljoner kronor. Antalet placerade "
            "barn på HVB var 34 i oktober, jämfört med budgeterade 25, och dygnskostnaden för de externa "
            "placeringarna har stigit.",
            C("Barn och unga", "12,8 miljoner kronor", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        P(
            "Familjehemsvården inom avdelningen redovisar däremot ett överskott om 1,6 miljoner kronor, då fler barn "
            "än beräknat har kunnat placeras i kommunens egna familjehem.",
            C(
                "Familjehemsvård",
                "1,6 miljoner kronor",
                "+",
                "kopt_verksamhet",
                note="A sub-area's deviation inside the avdelning: its own item.",
            ),
        ),
        P(
            "Statsbidraget för att stärka den sociala barn- och ungdomsvården blev 1,4 miljoner kronor högre än "
            "budgeterat, vilket minskar underskottet.",
            C("Statsbidrag", "1,4 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Vuxna", 3),
        P(
            "Kostnaderna för vuxna med missbruk är 5,8 miljoner kronor högre än budget. Fler beslut om tvångsvård "
            "enligt LVM har lett till fler placeringar på SiS-institutioner.",
            C("Vuxna", "5,8 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Försörjningsstöd", 3),
        P(
            "Utbetalt försörjningsstöd blir 7,2 miljoner kronor mer än budgeterat. Antalet hushåll med försörjningsstöd "
            "har ökat med i genomsnitt 120 per månad sedan årsskiftet, då etableringsersättningen har upphört för "
            "många hushåll.",
            C("Försörjningsstöd", "7,2 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Stöd och behandling", 3),
        P(
            "Avdelningen redovisar ett överskott som beror på vakanta behandlartjänster och på att öppenvårdsinsatser "
            "i egen regi har ersatt köpta insatser.",
            C(
                "Stöd och behandling",
                "2,3",
                "+",
                "vakanser",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Ledning och administration", 3),
        P("Prognosen är i nivå med budget.", BP("Ledning och administration")),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att utöka öppenvårdsteamet för ungdomar med fyra tjänster för att minska behovet "
            "av HVB-placeringar. Åtgärden beräknas ge full effekt 2026 med 6 miljoner kronor.",
            A("Barn och unga", "6 miljoner kronor", "kopt_verksamhet"),
        ),
        P("Vidare pågår en genomlysning av samtliga pågående externa placeringar.", A("Barn och unga")),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Underskottet påverkar kommunens samlade resultat. Socialnämnden har inget eget kapital att täcka "
            "underskottet med.",
            O(None, note="Equity and the kommun's result: other."),
        ),
    ]
    return ReportSpec(
        file="sodertalje-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per oktober 2025 Socialnämnden",
            "author": "Södertälje kommun",
        },
        style=style,
        blocks=blocks,
    )
