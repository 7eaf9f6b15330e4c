"""Åstorps kommun, Kultur- och fritidsnämnden, budgetuppföljning per den 30 september 2025.

A small culture and leisure committee's follow-up in tkr with no table at all, footer with the meeting date
in October: "beräknas lämna ett överskott om 640 tkr" (the reasons follow in the bullets), then bullets
under one sentence, each opened by its area and a colon, in varied shapes ("310 tkr lägre kostnader än
budgeterat, då", "överskott om 190 tkr", "underskott om 420 tkr, främst till följd av", "drygt en halv miljon
kronor under budget" in words, "håller budget" as boilerplate); the change since August with its cause;
investments whose whole frame "beräknas användas" (boilerplate); library visits against last year with
"beror på" and the proposed use of the surplus (others). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Åstorps kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Budgetuppföljning per 30 september 2025", "Sammanträde 2025-10-21", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Budgetuppföljning per den 30 september 2025", size=17, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="narrow", after=14),
        H("Förvaltningens bedömning", 2),
        P(
            "Kultur- och fritidsnämnden beräknas lämna ett överskott om 640 tkr vid årets slut.",
            C(None, "640 tkr", "+", note="The reasons follow in the bullets: no tags here."),
        ),
        P("Avvikelserna förklaras i korthet av följande:"),
        Bullets(
            items=(
                "Biblioteket: 310 tkr lägre kostnader än budgeterat, då en bibliotekarietjänst har varit vakant sedan "
                "maj.",
                "Fritidsgårdarna: överskott om 190 tkr. Kvällsöppet på fritidsgården i Kvidinge har fått stängas under "
                "sommaren på grund av svårigheter att rekrytera personal.",
                "Simhallen: underskott om 420 tkr, främst till följd av ökade kostnader för el och kemikalier samt ett "
                "längre driftstopp i augusti som minskade entréintäkterna.",
                "Föreningsbidrag: drygt en halv miljon kronor under budget, eftersom två föreningar inte har ansökt om "
                "anläggningsbidrag för 2025.",
                "Kulturskolan håller budget.",
            ),
            labels=(
                C("Biblioteket", "310 tkr", "+", "vakanser"),
                C("Fritidsgårdarna", "190 tkr", "+", "vakanser", note="Hard to recruit: vakanser."),
                C(
                    "Simhallen",
                    "420 tkr",
                    "-",
                    "prisokningar",
                    "material_hjalpmedel",
                    "avgifter_intakter",
                    "ovrigt",
                    note="Electricity (prisokningar), pool chemicals (material_hjalpmedel), a breakdown (ovrigt) "
                    "and lost entrance fees.",
                ),
                C(
                    "Föreningsbidrag",
                    "drygt en halv miljon kronor",
                    "+",
                    "ovrigt",
                    value=500_000,
                    note="An amount in words with 'drygt': the stated figure.",
                ),
                BP("Kulturskolan"),
            ),
        ),
        H("Prognos jämfört med augusti", 2),
        P(
            "Prognosen har förbättrats med 150 tkr sedan augusti, vilket beror på att en planerad konsert i Åstorps "
            "centrum har flyttats till våren 2026.",
            F(None, "150 tkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 2 400 tkr har 1 150 tkr förbrukats hittills. Återstoden beräknas användas under "
            "hösten, främst till ny belysning i motionsspåret.",
            BP("Investeringar", note="The whole frame is expected to be used: boilerplate."),
        ),
        H("Övrigt", 2),
        P(
            "Antalet besök på biblioteken har ökat med 12 procent jämfört med samma period förra året, vilket bland "
            "annat beror på de utökade meröppettiderna.",
            O("Biblioteket", "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Förvaltningen föreslår att en del av överskottet inom föreningsbidragen används till ett tillfälligt "
            "evenemangsstöd under november och december.",
            O("Föreningsbidrag", note="The proposed use of a surplus: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="astorp-kfn-budgetuppfoljning-2025-09.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-09"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning september 2025 Kultur- och fritidsnämnden",
            "author": "Åstorps kommun",
        },
        style=style,
        blocks=blocks,
    )
