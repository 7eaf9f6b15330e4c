"""Håbo kommun, Tekniska nämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A technical committee's cover letter in "miljoner kronor", tkr and mnkr, dated in June with a diarienummer in
the footer: the decision proposal (unlabelled), the tax-financed "underskott på 2,3 miljoner kronor", the
fee-financed water and sewage and waste "1,4 respektive 0,3 miljoner kronor bättre än budget" (two items) and
the transfer to the result funds in the next sentence (other); a reading note and a table whose deficits have a
trailing minus ("1 400-"); a heading that carries the area and amount after a comma ("Gata och trafik, –1,4
mnkr") over snow and asphalt prices, with a risk sentence in the same paragraph (other); bold run-in areas
ending in a full stop: a reason-only surplus (the row's "300"), "beräknar ett underskott om 900 tkr. Det beror
på", "överstiger budget med en halv miljon kronor" (in words), "visar +200 tkr eftersom"; water and sewage
explained again ("Överskottet inom vatten och avlopp, 1,4 mnkr, förklaras av") and a reason-only waste surplus
with no table row (amount null); investments in three sentences (budget, forecast, "12,5 miljoner kronor lägre
än budget"); an action with its effect. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Håbo kommun", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Tekniska nämnden", "Dnr TN 2026/0143", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förvaltningsgemensamt", "9 800", "3 900", "9 600", "200"),
            ("Gata och trafik", "31 200", "15 100", "32 600", "1 400-"),
            ("Park och natur", "14 500", "4 800", "14 200", "300"),
            ("Fastighet", "22 400", "9 700", "23 300", "900-"),
            ("Måltidsverksamhet", "38 900", "16 800", "39 400", "500-"),
            ("Summa", "116 800", "50 300", "119 100", "2 300-"),
        ),
        widths=(140.0, 72.0, 80.0, 76.0, 82.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026, tekniska nämnden", size=15, font="times-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett underskott på 2,3 miljoner "
                "kronor för 2026.",
                C(None, "2,3 miljoner kronor", "-"),
            ),
            (
                "De taxefinansierade verksamheterna vatten och avlopp samt avfall beräknas bli 1,4 respektive 0,3 "
                "miljoner kronor bättre än budget.",
                C(
                    "Vatten och avlopp",
                    "1,4",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair: two items.",
                    also=(C("Avfall", "0,3 miljoner kronor", "+"),),
                ),
            ),
            (
                "Överskotten förs vid årets slut till respektive resultatfond.",
                O(None, "reserver", note="A transfer to the result funds: other."),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen avser perioden januari–maj. Prognosen bygger på utfallet och på kända förändringar fram "
            "till den 25 maj."
        ),
        P("Avvikelse mot budget i tkr; underskott anges med efterställt minustecken.", size=9.5),
        table,
        Para(
            (
                (
                    "Den snörika vintern gjorde att snöröjning och halkbekämpning i januari–mars kostade mer än hela "
                    "årets budget för vinterväghållning. Även beläggningsunderhållet blir dyrare, eftersom priset på "
                    "asfalt har stigit sedan upphandlingen.",
                    C(
                        "Gata och trafik",
                        "–1,4 mnkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        note="The heading carries the amount; snow is ovrigt.",
                    ),
                ),
                (
                    "Blir november och december lika snörika finns risk för ytterligare kostnader.",
                    O("Gata och trafik", "ovrigt", note="A risk sentence in a cause paragraph: other."),
                ),
            ),
            head="Gata och trafik, –1,4 mnkr",
            head_level=3,
        ),
        LP(
            "Park och natur.",
            "Två vakanta parkarbetartjänster, som tillsätts först till sommarsäsongen, ger ett överskott.",
            C(
                "Park och natur",
                "300",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Fastighet.",
            "Fastighetsavdelningen beräknar ett underskott om 900 tkr. Det beror på akuta reparationer av "
            "ventilationen i en av kommunens skolor och på högre elpriser under årets första månader.",
            C("Fastighet", "900 tkr", "-", "ovrigt", "prisokningar", note="Repairs: ovrigt."),
        ),
        LP(
            "Måltidsverksamhet.",
            "Kostnaderna för livsmedel överstiger budget med en halv miljon kronor, en följd av det nya "
            "livsmedelsavtalet som gäller från februari.",
            C(
                "Måltidsverksamhet",
                "en halv miljon kronor",
                "-",
                "prisokningar",
                value=500_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        LP(
            "Förvaltningsgemensamt.",
            "Verksamheten visar +200 tkr eftersom färre konsulttimmar har köpts in än planerat.",
            C("Förvaltningsgemensamt", "+200 tkr", "+", "inhyrd_personal"),
        ),
        H("Vatten och avlopp samt avfall", 3),
        P(
            "Överskottet inom vatten och avlopp, 1,4 mnkr, förklaras av högre intäkter från brukningsavgifter "
            "efter att ett nytt bostadsområde i Bålsta har anslutits och av lägre kostnader för kemikalier i "
            "reningsverket.",
            C(
                "Vatten och avlopp",
                "1,4 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                "material_hjalpmedel",
                note="Explained a second time, with the amount: an item of its own. Chemicals: material_hjalpmedel.",
            ),
        ),
        P(
            "Avfallsverksamhetens överskott beror på att behandlingsavgiften för matavfall har blivit lägre än "
            "beräknat.",
            C(
                "Avfall",
                None,
                "+",
                "prisokningar",
                note="Reasons only and no table row for the area: amount null.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 64,0 miljoner kronor. Prognosen är 51,5 miljoner kronor, "
            "vilket är 12,5 miljoner kronor lägre än budget. Avvikelsen beror framför allt på att upphandlingen av "
            "en ny gång- och cykelbro har överklagats och att bygget därför inte kan starta före årsskiftet.",
            C(
                "Investeringar",
                "12,5 miljoner kronor",
                "+",
                "periodisering",
                note="Budget and forecast levels are not the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier och maskiner resten av året, vilket beräknas "
            "minska underskottet med 0,4 miljoner kronor.",
            A(None, "0,4 miljoner kronor", "material_hjalpmedel"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet har inga direkta ekonomiska konsekvenser."),
    ]
    return ReportSpec(
        file="habo-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Håbo",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026, tekniska nämnden", "author": "Håbo kommun"},
        style=style,
        blocks=blocks,
    )
