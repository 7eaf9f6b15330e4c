"""Bromölla kommun, Kommunstyrelsen, månadsuppföljning oktober 2025 (the kommunstyrelse's own verksamheter).

A kommunstyrelse's month follow-up of its own verksamheter in tkr and mnkr, footer with the arbetsutskott's
meeting date in November: the full year "3 150 tkr sämre än budget" and the period "ligger 1 900 tkr över den
periodiserade budgeten" (a net cost above budget: negative) in two sentences; a table with hyphen-minus
("-1 640"); bullets under a generic heading in varied shapes: a colon and "prognosen är −1 250 tkr",
"överskrider budget med 980 tkr", a possessive "Fastighetsavdelningens underskott, 1 640 tkr,", "ett överskott
om 420 tkr uppstår", "ett positivt utfall jämfört med budget, +300 tkr", "i balans" (boilerplate); the change
since September with its cause; investments "9,6 mnkr under budget" and a project "överskrida sin budget med
cirka 0,8 mnkr"; an action with its effect and equity (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Bromölla kommun", "Kommunstyrelsen – Månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-19", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kommunstyrelsens verksamheter, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–okt", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kansli och ledning", "24 600", "19 700", "24 180", "420"),
            ("IT och digitalisering", "17 900", "16 100", "19 150", "-1 250"),
            ("Kost och städ", "38 200", "33 100", "39 180", "-980"),
            ("Fastighet", "45 300", "40 200", "46 940", "-1 640"),
            ("Näringsliv och turism", "6 800", "5 100", "6 500", "300"),
            ("Arbetsmarknad och integration", "21 400", "17 700", "21 400", "0"),
            ("Summa", "154 200", "131 900", "157 350", "-3 150"),
        ),
        widths=(160.0, 70.0, 76.0, 70.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="sans-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12, font="sans", after=12),
        H("Resultat och prognos", 2),
        P(
            "Kommunstyrelsens verksamheter prognostiserar för helåret ett resultat som är 3 150 tkr sämre än "
            "budget.",
            C(None, "3 150 tkr", "-"),
        ),
        P(
            "Periodens nettokostnader till och med oktober ligger 1 900 tkr över den periodiserade budgeten.",
            C(None, "1 900 tkr", "-", note="A net cost above the periodised budget: negative."),
        ),
        P(
            "Prognosen har försämrats med 650 tkr jämfört med september, vilket i huvudsak förklaras av "
            "reparationen av ventilationen i Näsums skola.",
            F(None, "650 tkr", "-", "ovrigt"),
        ),
        table,
        H("Kommentarer", 2),
        Bullets(
            items=(
                "IT och digitalisering: prognosen är −1 250 tkr. Licenskostnaderna för kontorsprogrammen har ökat "
                "mer än budgeterat, och införandet av det nya e-arkivet har krävt konsultstöd.",
                "Kost och städ överskrider budget med 980 tkr på grund av höjda livsmedelspriser och en hög "
                "sjukfrånvaro som har täckts med timvikarier.",
                "Fastighetsavdelningens underskott, 1 640 tkr, beror på oförutsedda reparationer av ventilationen i "
                "Näsums skola och på högre elkostnader än beräknat.",
                "Kansli och ledning: ett överskott om 420 tkr uppstår eftersom kommunsekreterartjänsten var vakant "
                "under sommaren.",
                "Näringsliv och turism visar ett positivt utfall jämfört med budget, +300 tkr, tack vare större "
                "intäkter från ställplatserna och campingen vid Ivösjön.",
                "Arbetsmarknad och integration är i balans.",
            ),
            labels=(
                C(
                    "IT och digitalisering",
                    "−1 250 tkr",
                    "-",
                    "it_digitalisering",
                    "inhyrd_personal",
                    note="Consultants without a vacancy: inhyrd_personal.",
                ),
                C("Kost och städ", "980 tkr", "-", "prisokningar", "sjukfranvaro", "vikarier"),
                C(
                    "Fastighet",
                    "1 640 tkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="A possessive names the area; repairs are ovrigt.",
                ),
                C("Kansli och ledning", "420 tkr", "+", "vakanser"),
                C("Näringsliv och turism", "+300 tkr", "+", "avgifter_intakter"),
                BP("Arbetsmarknad och integration"),
            ),
            glyph="•",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 28,7 mnkr, vilket är 9,6 mnkr under budget. Orsaken är främst att "
            "bytet av tak på kommunhuset har skjutits till våren 2026.",
            C("Investeringar", "9,6 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Bredband landsbygd beräknas däremot överskrida sin budget med cirka 0,8 mnkr, eftersom "
            "anbuden för den sista etappen blev högre än kalkylen.",
            C(
                "Bredband landsbygd",
                "cirka 0,8 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat att administrativa tjänster som blir lediga inte återbesätts under resten "
            "av året, vilket beräknas minska kostnaderna med 200 tkr.",
            A(None, "200 tkr", "vakanser"),
        ),
        P(
            "Kommunstyrelsen har ett eget kapital på 2,4 mnkr som kan användas för att täcka en del av "
            "underskottet.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="bromolla-ks-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Bromölla",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Kommunstyrelsen", "author": "Bromölla kommun"},
        style=style,
        blocks=blocks,
    )
