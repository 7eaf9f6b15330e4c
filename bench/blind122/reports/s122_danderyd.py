"""Danderyds kommun, Socialnämnden, månadsrapport november 2025.

A social committee's month report in DejaVu Sans whose footer carries the nämnd's meeting in December: the
full year "ett underskott på 6,8 mnkr (–5,9 mnkr i oktober)" (October's figure in brackets is not the
amount), the change since October with its cause (a forecast change), the period "4,9 mnkr sämre än den
periodiserade budgeten" in a sentence of its own; a comment table in tkr whose "Avvikelse" is budget minus
forecast with en-dash minus signs, where most comments give reasons without amounts (each takes its row's
cell: "550", "–3 450", "–1 800" with a part "cirka 1,1 mnkr" inside, "–600", "–2 900"), one comment names its
own amount ("Överskottet på 1,4 mnkr"), one says "Prognosen följer budget" (boilerplate) and the sum row has
no comment; actions as bullets after an unlabelled lead-in, one with an effect; a risk with an amount and
sick leave against last year (others). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount of its own: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        header=lambda n, m: ("DANDERYDS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2025-12-16", "SN 2025/0311", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "14 200", "13 650", "550"),
                "Vakant tjänst som utvecklingsledare under våren.",
                C("Nämnd och ledning", "550", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Barn och unga", "38 400", "41 850", "–3 450"),
                "Fler externa placeringar i familjehem och HVB än budgeterat. Kostnaden för konsulentstödda "
                "familjehem har ökat med 1 200 tkr jämfört med 2024.",
                C(
                    "Barn och unga",
                    "–3 450",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The growth against 2024 stays inside the comment and is not the amount.",
                ),
            ),
            (
                ("Vuxna", "22 100", "23 900", "–1 800"),
                "Underskottet beror på LVM-placeringar under hösten, cirka 1,1 mnkr, samt på köpt öppenvård för "
                "vuxna med missbruk.",
                C(
                    "Vuxna",
                    "–1 800",
                    "-",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note="A part ('cirka 1,1 mnkr') is not the amount: the row's cell.",
                ),
            ),
            (
                ("Ekonomiskt bistånd", "9 800", "10 400", "–600"),
                "Fler hushåll med långvarigt behov av försörjningsstöd.",
                C(
                    "Ekonomiskt bistånd",
                    "–600",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Funktionsstöd", "96 500", "95 100", "1 400"),
                "Överskottet på 1,4 mnkr förklaras av att en ny gruppbostad öppnade först i oktober i stället för "
                "i mars, samt av högre ersättning från Försäkringskassan för personlig assistans.",
                C(
                    "Funktionsstöd",
                    "1,4 mnkr",
                    "+",
                    "periodisering",
                    "ersattning_fk",
                    note="The comment's own amount.",
                ),
            ),
            (
                ("Socialpsykiatri", "12 300", "15 200", "–2 900"),
                "Köpta platser i boende med särskild service har ökat, och boendestödet har förstärkts med två "
                "årsarbetare.",
                C(
                    "Socialpsykiatri",
                    "–2 900",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "bemanning",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Mottagande av nyanlända", "2 100", "2 100", "0"),
                "Prognosen följer budget.",
                BP("Mottagande av nyanlända"),
            ),
            (("Summa", "195 400", "202 200", "–6 800"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=14),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar för helåret ett underskott på 6,8 mnkr (–5,9 mnkr i oktober).",
            C(None, "6,8 mnkr", "-", note="October's figure in brackets is not the amount."),
        ),
        P(
            "Försämringen med 0,9 mnkr sedan oktober beror främst på två nya placeringar av ungdomar på HVB.",
            F(None, "0,9 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Ackumulerat till och med november är utfallet 4,9 mnkr sämre än den periodiserade budgeten.",
            C(None, "4,9 mnkr", "-", note="The period against the periodised budget, a sentence of its own."),
        ),
        H("Prognos per verksamhet", 2),
        table,
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Översyn av samtliga pågående HVB-placeringar, med målet att minska kostnaden med 800 tkr under "
                "2026.",
                "Fler insatser på hemmaplan för vuxna med missbruk i stället för köpt öppenvård.",
            ),
            labels=(
                A("Barn och unga", "800 tkr", "kopt_verksamhet"),
                A("Vuxna", None, "kopt_verksamhet"),
            ),
        ),
        H("Risker och personal", 2),
        P(
            "Två ärenden om vårdnadsöverflyttning prövas i förvaltningsrätten. Utfallet kan ge kostnader på upp "
            "till 1,5 mnkr som inte ingår i prognosen.",
            O("Barn och unga", note="A risk with an amount: other."),
        ),
        P(
            "Sjukfrånvaron var 6,1 procent under januari–oktober, vilket är lägre än samma period förra året.",
            O(None, note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="danderyd-sn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Socialnämnden", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
