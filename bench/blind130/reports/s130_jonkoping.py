"""Jönköpings kommun, Socialnämnden, månadsrapport mars 2026.

A social committee's month report in Liberation Serif (Times) whose footer carries the förvaltning's letter
date in April: the full year "ett underskott på 22 miljoner kronor" with a share of the budget beside it, the
period "6,1 miljoner kronor högre än den periodiserade budgeten" (negative) in a sentence of its own, the change
since February with its cause; a table in tkr whose deficits are in brackets ("(14 300)") with February's
deviation; headings that carry the area and amount with a comma ("Barn och unga, −14,3 mnkr") over
paragraphs with several causes and a volume count inside; bold run-in verksamheter ending in a full stop:
a reason-only deficit (the row's "(5 900)"), "Ett överskott på 1,5 mnkr beror på", "ett överskott om 1 200
tkr eftersom" and "följer i stort budget" (boilerplate beside a row of 300); actions as bullets, one with
its effect; a risk and a volume against last year (others). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

ROW = "Reasons only: the table row's amount (tkr, brackets for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Jönköpings kommun", "Socialnämnden – månadsrapport mars 2026"),
        footer=lambda n, m: ("Socialförvaltningen 2026-04-09", "", f"Sida {n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, tkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "16 900", "1 500", "1 200"),
            ("Barn och unga", "214 600", "228 900", "(14 300)", "(11 500)"),
            ("Vuxna med missbruk", "96 200", "101 000", "(4 800)", "(4 400)"),
            ("Ekonomiskt bistånd", "168 000", "173 900", "(5 900)", "(5 600)"),
            ("Boendestöd och socialpsykiatri", "72 300", "71 100", "1 200", "1 000"),
            ("Mottagning och utredning", "41 500", "41 200", "300", "300"),
            ("Summa", "611 000", "633 000", "(22 000)", "(19 000)"),
        ),
        widths=(168.0, 62.0, 62.0, 66.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämndens prognos för helåret är ett underskott på 22 miljoner kronor, vilket motsvarar 3,6 "
                "procent av nettobudgeten.",
                C(None, "22 miljoner kronor", "-", note="The full year, a share of the budget beside it."),
            ),
            (
                "Utfallet till och med mars är 6,1 miljoner kronor högre än den periodiserade budgeten.",
                C(
                    None,
                    "6,1 miljoner kronor",
                    "-",
                    note="The period's net cost above the periodised budget, a sentence of its own: negative.",
                ),
            ),
        ),
        P(
            "Prognosen är 3 miljoner kronor sämre än i februari, då ytterligare två barn har placerats på "
            "institution.",
            F(None, "3 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Barn och unga, −14,3 mnkr",
            "Kostnaderna för köpta placeringar fortsätter att öka. Sedan årsskiftet har antalet placerade barn "
            "ökat från 61 till 70, och dygnskostnaden på HVB har stigit med i genomsnitt 6 procent. Samtidigt är "
            "tre socialsekreterartjänster vakanta och bemannas med inhyrda konsulter.",
            C(
                "Barn och unga",
                "−14,3 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                "vakanser",
                "inhyrd_personal",
                note="The heading carries the area and amount. The counts and the percentage are not the amount.",
            ),
        ),
        HP(
            "Vuxna med missbruk, −4,8 mnkr",
            "Fler placeringar enligt LVM än budgeterat, samtidigt som den egna behandlingsenheten Åsen har haft "
            "låg beläggning under perioden.",
            C("Vuxna med missbruk", "−4,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Fler hushåll är beroende av försörjningsstöd under längre tid, framför allt hushåll där den vuxne står "
            "långt från arbetsmarknaden.",
            C(
                "Ekonomiskt bistånd",
                "(5 900)",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Ett överskott på 1,5 mnkr beror på att en avdelningschefstjänst har varit vakant och att planerade "
            "utbildningsinsatser har skjutits till hösten.",
            C("Nämnd och förvaltningsledning", "1,5 mnkr", "+", "vakanser", "periodisering"),
        ),
        LP(
            "Boendestöd och socialpsykiatri.",
            "Verksamheten beräknas lämna ett överskott om 1 200 tkr eftersom två boendeplatser i egen regi har "
            "ersatt köpta platser.",
            C("Boendestöd och socialpsykiatri", "1 200 tkr", "+", "kopt_verksamhet"),
        ),
        LP(
            "Mottagning och utredning.",
            "Prognosen följer i stort budget.",
            BP("Mottagning och utredning", note="'Följer i stort budget' beside a row of 300: boilerplate."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Placeringsteamet går igenom samtliga placeringar som pågått längre än sex månader för att pröva "
                "hemflytt eller familjehem i egen regi.",
                "Rekryteringen av familjehem intensifieras med en kampanj under våren, med en beräknad effekt på "
                "1,8 mnkr under 2026.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Barn och unga", "1,8 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Risker och volymer", 2),
        P(
            "Prognosen är osäker. Ett fåtal nya placeringar av ungdomar med mycket stora behov kan snabbt försämra "
            "resultatet med flera miljoner kronor.",
            O("Barn och unga", note="A risk."),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var 2 140 i mars, vilket är 120 fler än i mars 2025.",
            O("Ekonomiskt bistånd", "volymer", note="A volume against the previous year."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-sn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Socialnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
