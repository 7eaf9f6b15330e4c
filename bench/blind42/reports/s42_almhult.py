"""Älmhults kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report set in Liberation Serif, footer with the nämnd's meeting date in May and a
diarienummer: the period's net cost "3 140 tkr mer än periodens budget" and the full year's "underskott på 7 600
tkr mot nämndens budgetram" with its reasons in the next sentence (two items); a reading note that declares tkr
and brackets for deficits, and a table whose deficits are bracketed ("(5 600)"); bold run-in verksamheter ending
in a colon: a reason-only deficit with a per-day cost that is not the amount (the row's "(5 600)"), a deficit in
mnkr beside a table in tkr ("Underskottet om 2,9 mnkr beror på"), two sub-areas of the elderly care in one
paragraph ("en negativ avvikelse på 1 300 tkr", "ett överskott på 800 tkr", two items), försörjningsstöd "lägre
än budgeterat, 600 tkr", a vacancy surplus, "följer budget" (boilerplate); the change since February with its
cause, an action with its effect and a risk with a cost per placement (other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Älmhults kommun | Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "Dnr SN 2026/0412", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "12 400", "3 610", "11 600", "800"),
            ("Äldreomsorg", "228 900", "76 820", "229 400", "(500)"),
            ("LSS och socialpsykiatri", "104 300", "35 980", "107 200", "(2 900)"),
            ("Individ- och familjeomsorg", "78 600", "29 150", "84 200", "(5 600)"),
            ("Ekonomiskt bistånd", "24 000", "8 210", "23 400", "600"),
            ("Arbetsmarknadsenheten", "20 000", "5 640", "20 000", "0"),
            ("Totalt", "468 200", "159 410", "475 800", "(7 600)"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 – januari–april 2026", size=18, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=12),
        H("Sammanfattning", 2),
        P(
            "Socialnämndens nettokostnader för årets fyra första månader uppgår till 159 410 tkr, vilket är 3 140 tkr "
            "mer än periodens budget.",
            C(None, "3 140 tkr", "-", note="The period: net cost over the period's budget."),
        ),
        P(
            "Helårsprognosen visar ett underskott på 7 600 tkr mot nämndens budgetram på 468 200 tkr. Underskottet kan "
            "i huvudsak härledas till köpta platser för barn och unga samt till ökade volymer inom LSS.",
            C(
                None,
                "7 600 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The full year with its reasons in the next sentence; the frame is a level.",
            ),
        ),
        P(
            "Belopp anges i tusen kronor (tkr). Negativa avvikelser, det vill säga underskott mot budget, anges inom "
            "parentes.",
            size=9.0,
        ),
        table,
        H("Verksamheternas ekonomi", 2),
        LP(
            "Individ- och familjeomsorg:",
            "Här finns den största avvikelsen. Antalet barn och unga som är placerade på HVB eller i "
            "konsulentstödda familjehem har ökat från nio till fjorton sedan årsskiftet, och två av placeringarna avser "
            "skyddat boende med en dygnskostnad på över 6 000 kronor.",
            C(
                "Individ- och familjeomsorg",
                "(5 600)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's bracketed cell; the per-day cost is not the amount.",
            ),
        ),
        LP(
            "LSS och socialpsykiatri:",
            "Underskottet om 2,9 mnkr beror på två nya beslut om bostad med särskild service för vuxna och på att en "
            "brukare med omfattande behov har flyttat till kommunen. Samtidigt har ersättningen från "
            "Försäkringskassan för personlig assistans minskat efter omprövningar.",
            C(
                "LSS och socialpsykiatri",
                "2,9 mnkr",
                "-",
                "volymer",
                "ersattning_fk",
                note="The prose in mnkr beside a table in tkr.",
            ),
        ),
        LP(
            "Äldreomsorg:",
            "Hemtjänsten har haft fler beviljade timmar än budgeterat, vilket ger en negativ avvikelse på 1 300 tkr.",
            C(
                "Hemtjänst",
                "1 300 tkr",
                "-",
                "volymer",
                note="Sub-area of Äldreomsorg; the lead is part of it.",
            ),
            (
                "Särskilt boende visar samtidigt ett överskott på 800 tkr, eftersom fyra platser på Haganäs "
                "korttidsboende har stått tomma under ombyggnaden i mars och april.",
                C(
                    "Särskilt boende",
                    "800 tkr",
                    "+",
                    "ovrigt",
                    note="A second sub-area in the same paragraph: its own item; a closure for renovation is ovrigt.",
                ),
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Kostnaderna för försörjningsstöd är lägre än budgeterat, 600 tkr, tack vare att fler hushåll har gått "
            "vidare till arbete eller studier via arbetsmarknadsenheten.",
            C("Ekonomiskt bistånd", "600 tkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Ett överskott på 800 tkr uppstår genom att tjänsten som verksamhetsutvecklare är vakant till och med "
            "september.",
            C("Nämnd och förvaltningsledning", "800 tkr", "+", "vakanser"),
        ),
        LP("Arbetsmarknadsenheten:", "Verksamheten följer budget.", BP("Arbetsmarknadsenheten")),
        H("Förändring mot föregående prognos", 2),
        P(
            "Prognosen är 2 100 tkr sämre än i februari. Försämringen hänförs i sin helhet till individ- och "
            "familjeomsorgen, där fem nya placeringar har tillkommit.",
            F(None, "2 100 tkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat ett arbete för att ersätta externa placeringar med förstärkt familjehemsvård i "
            "egen regi. Effekten beräknas till 1,2 mnkr för helåret 2026.",
            A("Individ- och familjeomsorg", "1,2 mnkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk för ytterligare placeringar under hösten. En ny placering på HVB kostar i genomsnitt "
            "1,8 mnkr per år.",
            O("Individ- och familjeomsorg", note="A risk with a unit cost: other."),
        ),
    ]
    return ReportSpec(
        file="almhult-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Älmhult",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Älmhults kommun"},
        style=style,
        blocks=blocks,
    )
