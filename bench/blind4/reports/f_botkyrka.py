"""Botkyrka kommun, Utbildningsnämnden, tertialrapport 1 2025 (januari–april).

A school committee's tertial report: the full-year result as a signed figure ("ett resultat på −14,8
mnkr") with no budget word in the sentence, a year-on-year cost per pupil (other), a reading note that
states the sign convention (budget − prognos, not labelled), then a comment table in mnkr whose last
column is prose: two comments with cue-less causes and a part amount, a comment in two short sentences
for fritidshem, "Följer budget." (boilerplate), a comment that states its own amount ("ca 1,7 mnkr i
överskott"), a telegraphic comment on a new transport contract ("Nytt avtal från januari med index 5,2
%."), and a row without a comment; the change since February's forecast, an action plan with its
effect split from its introduction, a state-grant uncertainty (other), and a goal table with pupils'
results (not labelled). DejaVu Sans 9 pt, narrow margins, a header and a footer with a document
number.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

ROW = "Amount from the comment table's row (Avvikelse = budget − prognos, mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(13.5, 11.0, 9.5),
        margins=(54.0, 72.0, 54.0, 70.0),
        header=lambda n, m: ("Botkyrka kommun", "Tertialrapport 1 2025 | Utbildningsnämnden"),
        footer=lambda n, m: ("Dnr UN/2025:0214", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskoleklass och grundskola", "1 420,6", "1 432,9", "−12,3"),
                "Fler elever i behov av särskilt stöd än budgeterat. Tilläggsbeloppen till fristående skolor "
                "överstiger budget med 6,4 mnkr.",
                C(
                    "Förskoleklass och grundskola",
                    "−12,3",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW + " 6,4 mnkr is a part of it.",
                ),
            ),
            (
                ("Anpassad grundskola", "112,4", "117,2", "−4,8"),
                "Elevantalet har ökat med elva elever sedan budgeten lades, flera av dem med omfattande behov.",
                C("Anpassad grundskola", "−4,8", "-", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Fritidshem", "188,0", "185,1", "2,9"),
                "Kortare vistelsetider och färre inskrivna barn. Vakanta tjänster som fritidspedagog.",
                C("Fritidshem", "2,9", "+", "volymer", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Modersmål och studiehandledning", "34,5", "34,5", "0,0"),
                "Följer budget.",
                BP("Modersmål och studiehandledning"),
            ),
            (
                ("Elevhälsa", "76,2", "74,5", "1,7"),
                "Svårt att rekrytera skolsköterskor och skolpsykologer, vilket ger ca 1,7 mnkr i överskott.",
                C("Elevhälsa", "ca 1,7 mnkr", "+", "vakanser", note="The comment states its own amount."),
            ),
            (
                ("Skolskjuts", "41,0", "43,9", "−2,9"),
                "Nytt avtal från januari med index 5,2 %.",
                C(
                    "Skolskjuts",
                    "−2,9",
                    "-",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Telegraphic, no cue word.",
                ),
            ),
            (("Central administration och nämnd", "52,3", "51,7", "0,6"), "", None),
            (("Summa", "1 925,0", "1 939,8", "−14,8"), "", None),
        ),
        widths=(150.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    goals = Table(
        caption="Måluppfyllelse, vårterminen",
        header=(("Indikator", "2025", "2024", "Mål"),),
        rows=(
            ("Elever i åk 9 behöriga till gymnasiets yrkesprogram, %", "79,4", "77,8", "85"),
            ("Elever i åk 6 med lägst betyget E i alla ämnen, %", "71,2", "70,5", "80"),
            ("Elever som känner sig trygga i skolan, %", "86", "84", "90"),
        ),
        widths=(290.0, 56.0, 56.0, 50.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=19, font="sans-bold"),
        Title("Utbildningsnämnden – ekonomi och verksamhet januari–april", size=11, font="sans", after=12),
        H("Sammanfattning", 1),
        P(
            "Utbildningsnämnden prognostiserar ett resultat på −14,8 mnkr för 2025. Underskottet finns främst inom "
            "grundskolan och den anpassade grundskolan.",
            C(None, "−14,8 mnkr", "-", note="A signed result; the nämnd's budgeted result is zero."),
        ),
        P(
            "Nettokostnaden per elev i grundskolan har ökat med 3,9 procent jämfört med samma period i fjol, "
            "främst till följd av högre lönekostnader och fler elever med tilläggsbelopp.",
            O(None, "lonekostnader", "volymer", note="Year-on-year comparison."),
        ),
        H("Ekonomisk prognos per verksamhet", 1),
        P(
            "Tabellen visar budget och helårsprognos i mnkr. Avvikelsen beräknas som budget minus prognos; ett "
            "negativt värde innebär att verksamheten beräknas överskrida sin budget.",
            size=8.5,
        ),
        table,
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 3,6 mnkr. Förändringen avser främst "
            "grundskolan, där tilläggsbeloppen till fristående skolor nu har fastställts för vårterminen.",
            F(None, "3,6 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder för en budget i balans", 2),
        PS(
            ("Nämnden beslutade i mars om en åtgärdsplan för att minska underskottet.", None),
            (
                "Planen innebär att lediga tjänster inom central administration inte återbesätts under året, att "
                "organisationen för studiehandledning samordnas mellan skolorna och att inköpen av digitala "
                "läromedel minskas. Åtgärderna beräknas förbättra resultatet med 5,5 mnkr, vilket inte ingår i "
                "prognosen.",
                A(None, "5,5 mnkr", "vakanser", "it_digitalisering"),
            ),
        ),
        H("Osäkerhet om statsbidrag", 2),
        P(
            "Skolverket har ännu inte beslutat om fördelningen av statsbidraget för läsfrämjande insatser för 2025. "
            "Nämnden har budgeterat 8 mnkr. Om bidraget blir lägre påverkas prognosen negativt.",
            O(None, "statsbidrag", note="Uncertainty."),
        ),
        H("Måluppfyllelse", 1),
        goals,
        P(
            "Resultaten i årskurs 9 förbättrades något jämfört med 2024 men ligger fortfarande under målet. "
            "Tryggheten har ökat på samtliga skolor i Norsborg och Fittja."
        ),
    ]
    return ReportSpec(
        file="botkyrka-un-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Botkyrka",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025 Utbildningsnämnden", "author": "Botkyrka kommun"},
        style=style,
        blocks=blocks,
    )
