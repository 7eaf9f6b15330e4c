"""Järfälla kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026 (januari–april).

An elderly-care committee's first tertial report, footer with the nämnd's meeting date in May: the period "3,1
mnkr sämre än periodens budget" and the full year "ett underskott om 9,4 mnkr" with the areas behind it in the
next sentence (two items); personnel costs and care-fee revenue in one sentence ("2,2 mnkr högre … medan
intäkterna … 0,7 mnkr högre": two items, same text); a table whose last column is each row's comment, with
deficits in brackets ("(5 200)") and surpluses plain, where the comments give reasons without amounts (each
takes its row's cell), one comment names its own amount ("Överskott på 500 tkr"), one says "Prognosen följer
budget" (boilerplate), one row has no comment (unlabelled); an action with its effect, a risk about a grant
(other), investments whose whole budget "beräknas förbrukas under året" (boilerplate) and a volume against a
year earlier (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, brackets for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Järfälla kommun | Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden, sammanträde 2026-05-20", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget helår", "Prognos helår", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "186 400", "191 600", "(5 200)"),
                "Beviljade timmar har ökat med 7 procent sedan december och utförs i högre grad av externa "
                "utförare.",
                C(
                    "Hemtjänst",
                    "(5 200)",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Särskilt boende, egen regi", "241 900", "243 800", "(1 900)"),
                "Hög sjukfrånvaro på två boenden har krävt timvikarier och övertid.",
                C(
                    "Särskilt boende, egen regi",
                    "(1 900)",
                    "-",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Köpta platser särskilt boende", "98 300", "101 900", "(3 600)"),
                "I genomsnitt nio fler köpta platser än budgeterat, då kön till de egna boendena har vuxit. "
                "Priset per plats har samtidigt räknats upp med 4,8 procent.",
                C(
                    "Köpta platser särskilt boende",
                    "(3 600)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " The percentage is not the amount.",
                ),
            ),
            (
                ("Dagverksamhet", "14 700", "14 700", "0"),
                "Prognosen följer budget.",
                BP("Dagverksamhet"),
            ),
            (("Hälso- och sjukvård", "52 100", "52 700", "(600)"), "", None),
            (
                ("Myndighet och bistånd", "27 800", "26 400", "1 400"),
                "Två biståndshandläggartjänster har varit vakanta sedan februari.",
                C("Myndighet och bistånd", "1 400", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Nämnd och administration", "18 600", "18 100", "500"),
                "Överskott på 500 tkr till följd av lägre kostnader för verksamhetssystemet efter ett omförhandlat "
                "licensavtal.",
                C(
                    "Nämnd och administration",
                    "500 tkr",
                    "+",
                    "it_digitalisering",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (("Summa", "639 800", "649 200", "(9 400)"), "", None),
        ),
        widths=(138.0, 58.0, 58.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Vård- och omsorgsnämnden redovisar för januari–april ett resultat som är 3,1 mnkr sämre än "
                "periodens budget.",
                C(None, "3,1 mnkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett underskott om 9,4 mnkr, vilket motsvarar 1,5 procent av nämndens "
                "nettobudget. Avvikelsen beror i huvudsak på hemtjänsten och på köpta platser i särskilt boende, "
                "medan myndighetsutövningen visar ett överskott.",
                C(
                    None,
                    "9,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="The full year with the areas behind it in the next sentence; bought places is the only "
                    "cause named.",
                ),
            ),
        ),
        P(
            "Personalkostnaderna är 2,2 mnkr högre än budgeterat för perioden, medan intäkterna från "
            "omvårdnadsavgifter är 0,7 mnkr högre än beräknat.",
            C(
                "Personalkostnader",
                "2,2 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items, same text. Naming the account gives no tag.",
                also=(C("Intäkter", "0,7 mnkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        comments,
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för hemtjänsten med ny planering av insatserna och tätare "
            "uppföljning av beviljade timmar. Planen beräknas förbättra resultatet med 2,0 mnkr under resten av "
            "året.",
            A("Hemtjänst", "2,0 mnkr", "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att statsbidraget för äldreomsorgen blir lägre än de 14,2 mnkr som ingår i "
            "prognosen, eftersom beslutet om fördelningen ännu inte har kommit.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,0 mnkr har 0,4 mnkr använts. Hela budgeten beräknas förbrukas under året, "
            "främst för inventarier till det nya boendet i Jakobsberg.",
            BP("Investeringar", note="The whole investment budget is used: boilerplate."),
        ),
        H("Volymer", 2),
        P(
            "I april hade 1 046 personer hemtjänst, vilket är 62 fler än ett år tidigare.",
            O("Hemtjänst", "volymer", note="A volume against a year earlier."),
        ),
    ]
    return ReportSpec(
        file="jarfalla-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Järfälla",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Järfälla kommun"},
        style=style,
        blocks=blocks,
    )
