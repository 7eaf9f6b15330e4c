"""Oskarshamns kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, with a decision proposal and the case described:
the full year "ett underskott på 2 350 tkr" and the period "1,1 mnkr högre än den periodiserade budgeten" (net
cost, so negative) with its cause in two sentences (two items); a verksamhet table in tkr whose deficits carry
a trailing minus ("1 600-"); plain headings over paragraphs in varied shapes: the reason first and "bedöms
därför överskrida budgeten med 1,6 mkr för helåret" (prose rounds the cell), a reason then "Prognosen är ett
underskott om 450 000 kronor", a reason-only surplus (the row's "300"), "går 200 tkr back", the cause before
"blir 0,4 mkr högre än budget", "följer budget" (boilerplate); investments "Avvikelsen om 8,5 mkr" after two
levels and a project "320 tkr dyrare än kalkylerat"; an action with its effect and a risk about the winter
(other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Oskarshamns kommun", "Tjänsteskrivelse 2026-04-09"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr SBN 2026/000112", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Plan och bygg", "6 820", "7 270", "450-"),
            ("Miljö och hälsa", "9 140", "8 840", "300"),
            ("Gata och trafik", "31 500", "33 100", "1 600-"),
            ("Park", "12 260", "12 460", "200-"),
            ("Mark och exploatering", "-1 900", "-1 900", "0"),
            ("Förvaltningsgemensamt", "8 480", "8 880", "400-"),
            ("Summa", "66 300", "68 650", "2 350-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="times-bold", after=4),
        P("Samhällsbyggnadsnämnden", size=12.0),
        H("Förslag till beslut", 2),
        P("Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Ärendet", 2),
        PS(
            (
                "Nämndens helårsprognos visar ett underskott på 2 350 tkr.",
                C(None, "2 350 tkr", "-"),
            ),
            (
                "Efter tre månader är nettokostnaden 1,1 mnkr högre än den periodiserade budgeten, vilket framför "
                "allt beror på vinterväghållningen.",
                C(
                    None,
                    "1,1 mnkr",
                    "-",
                    "ovrigt",
                    note="A net cost above the periodised budget: a negative period deviation. Winter: ovrigt.",
                ),
            ),
        ),
        table,
        H("Gata och trafik", 3),
        P(
            "Vintern har varit snörik och kall, med många halkbekämpningar i januari och februari. Kostnaderna för "
            "vinterväghållning bedöms därför överskrida budgeten med 1,6 mkr för helåret.",
            C("Gata och trafik", "1,6 mkr", "-", "ovrigt", note="The prose amount rounds the cell '1 600-'."),
        ),
        H("Plan och bygg", 3),
        P(
            "Bygglovsintäkterna ligger lägre än budgeterat, då antalet ansökningar om bygglov för småhus har minskat. "
            "Prognosen är ett underskott om 450 000 kronor.",
            C("Plan och bygg", "450 000 kronor", "-", "avgifter_intakter", "volymer"),
        ),
        H("Miljö och hälsa", 3),
        P(
            "Verksamheten förväntas visa ett överskott med anledning av en vakant tjänst som miljöinspektör, som "
            "tillsätts först efter sommaren.",
            C(
                "Miljö och hälsa",
                "300",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Park", 3),
        P(
            "Parkverksamheten går 200 tkr back. Det beror på skadegörelse på en lekplats i centrum och på ökade "
            "kostnader för trädfällning efter stormen i januari.",
            C("Park", "200 tkr", "-", "ovrigt", note="Vandalism and a storm: ovrigt."),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "Licenskostnaderna för det nya e-tjänstesystemet och en engångskostnad för konsultstöd vid införandet gör "
            "att de förvaltningsgemensamma kostnaderna blir 0,4 mkr högre än budget.",
            C(
                "Förvaltningsgemensamt",
                "0,4 mkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                "periodisering",
            ),
        ),
        H("Mark och exploatering", 3),
        P("Intäkterna från markförsäljning följer budget.", BP("Mark och exploatering")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 38,0 mkr beräknas 29,5 mkr användas under året. Avvikelsen om 8,5 mkr beror "
            "på att ombyggnaden av gång- och cykelbanan längs en av infarterna har försenats av överklaganden.",
            C("Investeringar", "8,5 mkr", "+", "periodisering"),
        ),
        P(
            "Projektet trafiksäkerhetsåtgärder vid skolor blir 320 tkr dyrare än kalkylerat, eftersom asfaltspriserna "
            "har stigit.",
            C("Trafiksäkerhetsåtgärder vid skolor", "320 tkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "För att begränsa underskottet har förvaltningen infört inköpsstopp för förbrukningsmaterial och "
            "inventarier resten av året, vilket beräknas ge 300 tkr.",
            A(None, "300 tkr", "material_hjalpmedel"),
        ),
        H("Risker", 2),
        P(
            "Prognosen för vinterväghållningen är osäker, eftersom november och december kan medföra ytterligare "
            "kostnader.",
            O("Gata och trafik", note="A risk."),
        ),
        P("Samhällsbyggnadsförvaltningen", size=10.0),
    ]
    return ReportSpec(
        file="oskarshamn-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
