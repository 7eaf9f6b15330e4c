"""Svalövs kommun, Vård- och omsorgsnämnden, månadsrapport november 2025.

An elderly-care committee's month report in DejaVu Sans 9.5 pt, footer with the nämnd's meeting date in
December: the full year "gå med ett underskott på 2,1 mnkr" and the period "1,4 mnkr över periodiserad budget"
in one sentence (the full year's is the amount); the change since October with its cause; the kostnadsslag
in one sentence, "överskrider budget med 3,8 mnkr", "sammantaget understiger budget med 0,9 mnkr" and
"intäkterna blir 0,8 mnkr högre" (three items); a reading note that deficits are in brackets and a table whose
last column is each row's comment: reasons without amounts take the row's bracketed cell ("(2 350)", "(650)",
"(810)"), one comment states its own amount in mnkr ("sänker personalkostnaderna med 1,3 mnkr"), a
percentage and a per-day count that are not the deviation, "Ingen avvikelse väntas" (boilerplate) and one
row with no comment (unlabelled); an action with no amount and next year's budget frame (other). 8 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        header=lambda n, m: (
            "Svalövs kommun | Vård- och omsorgsförvaltningen",
            "Månadsrapport november 2025",
        ),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-12-10", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "74 800", "77 150", "(2 350)"),
                "Beviljade timmar ligger cirka 9 procent över budgeterad nivå. Sjukfrånvaron har varit hög i "
                "grupperna i Teckomatorp.",
                C(
                    "Hemtjänst",
                    "(2 350)",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    unit="tkr",
                    table=True,
                    note=ROW + " The percentage is a volume.",
                ),
            ),
            (
                ("Särskilt boende", "118 200", "116 900", "1 300"),
                "Tolv platser på Solbackens boende har hållits stängda under ombyggnaden, vilket sänker "
                "personalkostnaderna med 1,3 mnkr.",
                C(
                    "Särskilt boende",
                    "1,3 mnkr",
                    "+",
                    "volymer",
                    note="The comment states its own amount (in mnkr, against the table's tkr): from the prose.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "31 400", "32 050", "(650)"),
                "Inhyrda sjuksköterskor under sommaren.",
                C("Hälso- och sjukvård", "(650)", "-", "inhyrd_personal", unit="tkr", table=True, note=ROW),
            ),
            (
                ("LSS", "52 600", "52 600", "0"),
                "Ingen avvikelse väntas.",
                BP("LSS"),
            ),
            (
                ("Korttidsvård", "9 800", "10 610", "(810)"),
                "Fler utskrivningsklara patienter från sjukhuset har krävt köpta korttidsplatser, i genomsnitt fyra "
                "per dygn mot budgeterade två.",
                C(
                    "Korttidsvård",
                    "(810)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The places per day are a volume.",
                ),
            ),
            (("Myndighet och ledning", "15 100", "14 650", "450"), "", None),
            (("Summa", "301 900", "303 960", "(2 060)"), "", None),
        ),
        widths=(112.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Vård- och omsorgsnämnden beräknas gå med ett underskott på 2,1 mnkr för 2025, samtidigt som utfallet "
            "efter elva månader ligger 1,4 mnkr över periodiserad budget.",
            C(
                None,
                "2,1 mnkr",
                "-",
                note="The full year's and the period's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen har förbättrats med 0,6 mnkr sedan oktober. Förbättringen förklaras av att vikariekostnaderna "
            "inom särskilt boende blev lägre än beräknat under hösten.",
            F(None, "0,6 mnkr", "+", "vikarier"),
        ),
        P(
            "Personalkostnaderna överskrider budget med 3,8 mnkr, medan köp av verksamhet och övriga kostnader "
            "sammantaget understiger budget med 0,9 mnkr och intäkterna blir 0,8 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "3,8 mnkr",
                "-",
                note="Three account groups in one sentence: three items with the same text, no tags.",
                also=(
                    C("Köp av verksamhet och övriga kostnader", "0,9 mnkr", "+", note="Costs under budget."),
                    C("Intäkter", "0,8 mnkr", "+"),
                ),
            ),
        ),
        H("Verksamheternas prognoser", 2),
        P("Underskott anges inom parentes.", size=8.5),
        comments,
        H("Åtgärder", 2),
        P(
            "Hemtjänsten inför från januari ett nytt planeringsverktyg som ska ge bättre kontinuitet för brukarna och "
            "färre timmar med dubbelbemanning.",
            A("Hemtjänst", None, "bemanning", "it_digitalisering"),
        ),
        H("Inför 2026", 2),
        P(
            "I budgeten för 2026 har nämnden fått en ramökning på 4,5 mnkr för de ökade volymerna i hemtjänsten.",
            O("Hemtjänst", "volymer", note="Next year's budget frame: other."),
        ),
    ]
    return ReportSpec(
        file="svalov-von-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Svalöv",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Vård- och omsorgsnämnden",
            "author": "Svalövs kommun",
        },
        style=style,
        blocks=blocks,
    )
