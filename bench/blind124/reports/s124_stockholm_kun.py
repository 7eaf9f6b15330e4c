"""Stockholms stad, Kulturnämnden, verksamhetsberättelse 2025.

A culture committee's year-end report in DejaVu Serif, footer with the nämnd's meeting date in February: the
result "ett överskott på 6,9 mnkr jämfört med nämndens budget" after the net cost level, the outcome "4,2 mnkr
bättre än prognosen i tertialrapport 2" (a forecast change), a table in mnkr whose deficits are in brackets
("(3,7)") with a reading note, then two columns of plain headings: "gick med ett underskott på 3,7 mnkr. Det
beror på", "blev kostnaderna 7,4 mnkr lägre än budget, eftersom", a reason-only surplus (the row's "2,3"),
"Kulturskolans underskott på 2,8 mnkr förklaras av", "lämnar ett överskott om 2,5 mnkr, som beror på" and a
staff unit "en positiv avvikelse på 1,2 mnkr" with no reason; investments "38,6 mnkr, att jämföra med en
budget om 52,0 mnkr, en avvikelse på 13,4 mnkr"; an action for 2026, a request to carry over part of the
surplus and visitor numbers against 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Stockholms stad  Kulturförvaltningen", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kulturnämnden 2026-02-10, Dnr KUN 2026/31", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Biblioteken", "486,2", "489,9", "(3,7)"),
            ("Kulturstöd", "312,5", "305,1", "7,4"),
            ("Stadsmuseet och Medeltidsmuseet", "118,3", "116,0", "2,3"),
            ("Kulturskolan", "204,6", "207,4", "(2,8)"),
            ("Stadsarkivet", "92,1", "89,6", "2,5"),
            ("Förvaltningens stab", "61,6", "60,4", "1,2"),
            ("Summa", "1 275,3", "1 268,4", "6,9"),
        ),
        widths=(190.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Kulturnämnden", size=13, font="serif", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Kulturnämnden redovisar för 2025 ett nettoutfall på 1 268,4 mnkr, vilket innebär ett överskott på 6,9 "
            "mnkr jämfört med nämndens budget.",
            C(None, "6,9 mnkr", "+", note="The net cost level before the deviation is not the amount."),
        ),
        P(
            "Utfallet är 4,2 mnkr bättre än prognosen i tertialrapport 2, främst eftersom kulturstödets återbetalningar "
            "blev kända först i december.",
            F(
                None,
                "4,2 mnkr",
                "+",
                "ovrigt",
                note="The outcome against the last forecast: a forecast change.",
            ),
        ),
        P("Negativa avvikelser anges inom parentes.", size=8.5),
        table,
        Columns(2),
        H("Biblioteken", 3),
        P(
            "Biblioteksverksamheten gick med ett underskott på 3,7 mnkr. Det beror på att de förlängda öppettiderna "
            "på sex bibliotek i ytterstaden krävde fler timanställda än budgeterat och att kostnaderna för "
            "väktare vid två bibliotek fortsatt har ökat.",
            C(
                "Biblioteken",
                "3,7 mnkr",
                "-",
                "vikarier",
                "ovrigt",
                note="Hourly staff are vikarier, guards ovrigt.",
            ),
        ),
        H("Kulturstöd", 3),
        P(
            "Inom kulturstödet blev kostnaderna 7,4 mnkr lägre än budget, eftersom två större arrangörsstöd "
            "återbetalades när festivalerna ställdes in och ett nytt stöd till fria grupper startade först i "
            "oktober.",
            C("Kulturstöd", "7,4 mnkr", "+", "ovrigt", "periodisering"),
        ),
        H("Stadsmuseet och Medeltidsmuseet", 3),
        P(
            "Museerna fick högre entréintäkter än beräknat tack vare sommarutställningen på Medeltidsmuseet.",
            C(
                "Stadsmuseet och Medeltidsmuseet",
                "2,3",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Kulturskolan", 3),
        P(
            "Kulturskolans underskott på 2,8 mnkr förklaras av lägre avgiftsintäkter när fler elever beviljades "
            "avgiftsbefrielse och av en högre hyra för de nya lokalerna i Skärholmen.",
            C("Kulturskolan", "2,8 mnkr", "-", "avgifter_intakter", "lokaler"),
        ),
        H("Stadsarkivet", 3),
        P(
            "Stadsarkivet lämnar ett överskott om 2,5 mnkr, som beror på vakanser inom e-arkivet och på att "
            "införandet av det nya ärendehanteringssystemet har försenats.",
            C("Stadsarkivet", "2,5 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
        ),
        H("Förvaltningens stab", 3),
        P(
            "Staben redovisar en positiv avvikelse på 1,2 mnkr.",
            C("Förvaltningens stab", "1,2 mnkr", "+", note="No reason: no tags."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 38,6 mnkr, att jämföra med en budget om 52,0 mnkr, en avvikelse på "
            "13,4 mnkr. Den största delen avser ombyggnaden av biblioteket i Medborgarhuset, där entreprenaden har "
            "försenats.",
            C("Investeringar", "13,4 mnkr", "+", "periodisering"),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att de förlängda öppettiderna ska gälla fyra bibliotek i stället för sex från och "
            "med februari 2026, vilket beräknas minska kostnaderna med 1,5 mnkr.",
            A("Biblioteken", "1,5 mnkr", "vikarier"),
        ),
        P(
            "Nämnden begär att 3,0 mnkr av överskottet förs över till 2026 för att slutföra stödet till fria grupper.",
            O("Kulturstöd", "reserver", note="A request to carry over the surplus: financing, other."),
        ),
        P(
            "Stadens bibliotek hade 5,9 miljoner besök under året, 3 procent fler än 2024.",
            O("Biblioteken", "volymer", note="Visits against 2024: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-kun-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
