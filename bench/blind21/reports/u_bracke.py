"""Bräcke kommun, Socialnämnden, månadsuppföljning februari 2026.

A social committee's first month report of the year, set in DejaVu Sans Condensed 9.5 pt with the
socialnämnd's meeting date and diarienummer in the footer: the full year "en negativ avvikelse på 3,8 mnkr mot
tilldelad ram" with the areas named (no reasons, no tags) and the period "0,9 mnkr högre än periodiserad
budget" as a sentence of its own (two causes); then a verksamhet table in tkr whose last column is each
row's comment: reasons without amounts (the row's cell "280", "−1 600", "−1 400", "350"), one comment with
its own amount "drygt 1,7 mnkr" (prose, with hours per month that are not the amount), "Ingen avvikelse mot
budget." (boilerplate) and one row with no comment (unlabelled); home-care hours against February 2025 with
"beror på" (other); an action with "0,6 mnkr" and a risk with "upp till 1,5 mnkr" (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        header=lambda n, m: ("Bräcke kommun – Socialförvaltningen", "Månadsuppföljning februari 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-03-19", "Dnr SN 2026/41", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet (tkr)", "Budget 2026", "Prognos 2026", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Myndighet och administration", "6 120", "5 840", "280"),
                "Vakant tjänst som 1:e socialsekreterare till och med april.",
                C("Myndighet och administration", "280", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Hemtjänst", "28 400", "30 120", "−1 720"),
                "Beviljade timmar i Kälarne och Bräcke tätort ligger cirka 900 timmar per månad över budgeterad nivå. "
                "Kostnaderna överstiger därmed budget med drygt 1,7 mnkr.",
                C(
                    "Hemtjänst",
                    "drygt 1,7 mnkr",
                    "-",
                    "volymer",
                    note="The comment's own amount (prose); the hours per month are not the amount.",
                ),
            ),
            (
                ("Särskilt boende", "41 300", "42 900", "−1 600"),
                "Sjuklönekostnader samt sjuksköterskor från bemanningsföretag under januari och februari.",
                C(
                    "Särskilt boende",
                    "−1 600",
                    "-",
                    "sjukfranvaro",
                    "inhyrd_personal",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("LSS", "18 700", "18 700", "0"),
                "Ingen avvikelse mot budget.",
                BP("LSS"),
            ),
            (
                ("Individ- och familjeomsorg", "14 900", "16 300", "−1 400"),
                "Två nya placeringar i konsulentstödda familjehem och en vuxen i skyddat boende sedan januari.",
                C(
                    "Individ- och familjeomsorg",
                    "−1 400",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Ekonomiskt bistånd", "5 200", "4 900", "300"), "", None),
            (
                ("Hälso- och sjukvård", "9 800", "9 450", "350"),
                "Lägre kostnader för hjälpmedel efter att länets nya hjälpmedelsavtal trädde i kraft.",
                C(
                    "Hälso- och sjukvård",
                    "350",
                    "+",
                    "material_hjalpmedel",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "124 420", "128 210", "−3 790"), "", None),
        ),
        widths=(124.0, 62.0, 64.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="cond-bold", after=2),
        Title("Socialnämnden, Bräcke kommun", size=11.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämndens helårsprognos efter februari visar en negativ avvikelse på 3,8 mnkr mot tilldelad ram. "
                "Underskottet finns i huvudsak inom hemtjänst, särskilt boende och individ- och familjeomsorg.",
                C(None, "3,8 mnkr", "-", note="The full year with the areas named, no reasons: no tags."),
            ),
            (
                "Utfallet för januari–februari är 0,9 mnkr högre än periodiserad budget.",
                C(None, "0,9 mnkr", "-", note="The period in a sentence of its own: a cause."),
            ),
        ),
        P(
            "Detta är årets första helårsprognos. Avvikelse beräknas som budget minus prognos, vilket innebär att ett "
            "negativt belopp är ett underskott."
        ),
        H("Prognos per verksamhet", 2),
        comments,
        P(
            "Antalet utförda hemtjänsttimmar i februari var 11 procent fler än i februari 2025, vilket beror på att "
            "fler äldre i Kälarne har fått utökade insatser.",
            O("Hemtjänst", "volymer", note="Hours against the previous year, with 'beror på': other."),
        ),
        H("Åtgärder", 2),
        P(
            "Från och med mars tecknas inga nya avtal med bemanningsföretag. I stället rekryteras två sjuksköterskor "
            "med tillsvidareanställning till särskilt boende. Effekten beräknas till 0,6 mnkr för resten av året.",
            A("Särskilt boende", "0,6 mnkr", "inhyrd_personal"),
        ),
        H("Risker i prognosen", 2),
        P(
            "Prognosen förutsätter att beläggningen på Hemgården ligger kvar på dagens nivå. Om ytterligare ett barn "
            "behöver placeras kan underskottet inom individ- och familjeomsorgen öka med upp till 1,5 mnkr.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk with a possible amount: other."),
        ),
    ]
    return ReportSpec(
        file="bracke-sn-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Bräcke",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Socialnämnden", "author": "Bräcke kommun"},
        style=style,
        blocks=blocks,
    )
