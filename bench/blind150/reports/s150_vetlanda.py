"""Vetlanda kommun, Socialnämnden, månadsuppföljning maj 2026 (individ- och familjeomsorg, äldreomsorg, funktionsstöd).

A social committee's month report whose table per verksamhetsområde is pasted as an image (its amounts live
only in the picture), footer with the arbetsutskott's meeting date in June: the full year "ett underskott på
11,6 mnkr (−9,8 mnkr i april)" (the bracket is last month's), the change since April with its cause in the
next sentence, the period "2,9 mnkr högre än den periodiserade budgeten" (negative); bullets under a generic
heading in varied shapes ("Barn och unga: prognosen är −6,4 mnkr (−4,6).", "Inom vuxenområdet överskrids
budgeten med 2,1 mnkr", "beräknas kosta 1,9 mnkr mer än budgeterat", "Äldreomsorgen: −3,2 mnkr.", "visar
ett positivt utfall jämfört med budget på 1,7 mnkr", a possessive "Hälso- och sjukvårdens överskott på 0,8
mnkr", a deviation with no reason and no amount outside the image (null)), LSS revenue that is "oförändrad
jämfört med april" (boilerplate forecast change); an action with its effect, a risk and sick leave against
May 2025 (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Vetlanda kommun | Socialförvaltningen", "Månadsuppföljning maj 2026"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2026-06-10", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos maj", "Avvikelse", "Avv. april"),),
        rows=(
            ("Barn och unga", "58,2", "64,6", "−6,4", "−4,6"),
            ("Vuxenområdet", "21,4", "23,5", "−2,1", "−2,0"),
            ("Ekonomiskt bistånd", "26,0", "27,9", "−1,9", "−1,6"),
            ("Äldreomsorg", "402,5", "405,7", "−3,2", "−3,0"),
            ("Funktionsstöd", "168,9", "167,2", "1,7", "1,4"),
            ("Hälso- och sjukvård", "74,3", "73,5", "0,8", "0,6"),
            ("Nämnd och administration", "31,0", "31,5", "−0,5", "−0,6"),
            ("Summa", "782,3", "793,9", "−11,6", "−9,8"),
        ),
        widths=(150.0, 70.0, 70.0, 60.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar för helåret ett underskott på 11,6 mnkr (−9,8 mnkr i april).",
                C(None, "11,6 mnkr", "-", note="The bracketed figure is last month's, not the amount."),
            ),
            (
                "Försämringen med 1,8 mnkr sedan april beror på två nya placeringar av barn på HVB.",
                F(None, "1,8 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        P(
            "Till och med maj är nämndens nettokostnader 2,9 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "2,9 mnkr",
                "-",
                note="Net cost over the periodised budget: a negative period deviation.",
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Bullets(
            (
                "Barn och unga: prognosen är −6,4 mnkr (−4,6). Fler placeringar i HVB och i konsulentstödda "
                "familjehem än budgeterat.",
                "Inom vuxenområdet överskrids budgeten med 2,1 mnkr, till följd av köpta platser på behandlingshem "
                "för missbruk.",
                "Ekonomiskt bistånd beräknas kosta 1,9 mnkr mer än budgeterat. Antalet hushåll med försörjningsstöd "
                "har ökat sedan årsskiftet, främst bland personer som lämnat etableringsprogrammet.",
                "Äldreomsorgen: −3,2 mnkr. Sjuklönekostnaderna och övertiden i hemtjänsten i norra distriktet är "
                "höga, och korttidsplatserna har haft full beläggning sedan mars.",
                "Funktionsstöd visar ett positivt utfall jämfört med budget på 1,7 mnkr då den nya gruppbostaden i "
                "Ekenässjön öppnar först i oktober i stället för i juni.",
                "Hälso- och sjukvårdens överskott på 0,8 mnkr beror på vakanta sjuksköterske- och "
                "arbetsterapeuttjänster.",
                "Nämnd och administration redovisar en mindre negativ avvikelse mot budget.",
            ),
            labels=(
                C(
                    "Barn och unga",
                    "−6,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Last month's figure in brackets after the amount.",
                ),
                C("Vuxenområdet", "2,1 mnkr", "-", "kopt_verksamhet"),
                C("Ekonomiskt bistånd", "1,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                C("Äldreomsorg", "−3,2 mnkr", "-", "sjukfranvaro", "overtid", "volymer"),
                C("Funktionsstöd", "1,7 mnkr", "+", "periodisering"),
                C("Hälso- och sjukvård", "0,8 mnkr", "+", "vakanser"),
                C(
                    "Nämnd och administration",
                    None,
                    "-",
                    note="No reason, and the amount lives only in the image table: null.",
                ),
            ),
            glyph="•",
        ),
        P(
            "Intäkterna från Försäkringskassan för personlig assistans är oförändrade jämfört med aprilprognosen.",
            BF("Personlig assistans"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört övertidsstopp i hemtjänsten från den 1 juni och arbetar med att flytta hem två "
            "placerade ungdomar till kommunens eget stödboende. Åtgärderna beräknas förbättra prognosen med omkring "
            "1,5 mnkr.",
            A(None, "omkring 1,5 mnkr", "overtid", "kopt_verksamhet"),
        ),
        H("Risker och personal", 2),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten, eftersom flera "
            "utredningar om barn och unga pågår.",
            O("Barn och unga", "kopt_verksamhet", note="A risk: other."),
        ),
        P(
            "Sjukfrånvaron inom förvaltningen var 8,4 procent i maj, att jämföra med 7,1 procent i maj 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-sn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Socialnämnden", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
