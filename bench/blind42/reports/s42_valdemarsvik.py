"""Valdemarsviks kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per maj 2026 of the
kommunstyrelse's own verksamheter.

A cover letter dated in June for the period to May, with a decision proposal (unlabelled), the full year
"ett underskott på 1,9 mkr" and the period "0,7 mkr sämre än periodiserad budget" in two sentences (two items),
a table in tkr with hyphen-minus deviations, then headings that carry the verksamhet and the amount in mkr
with en dashes and "+" ("Kost och städ –1,1 mkr", "Räddningstjänst ±0 mkr"): a part in whole kronor that is not
the amount ("650 000 kronor" of "–0,9 mkr"), licences invoiced a year late, "±0" over "bedöms klara sin
budget" (boilerplate), a surplus whose paragraph states it in whole kronor ("200 000 kronor"), consultants and
a retroactive pay rise; investments "3,6 mkr under budget", an action whose effect is in words ("en halv
miljon kronor"), "Prognosen är oförändrad" (boilerplate forecast change) and undistributed funds (other).
Liberation Sans 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("VALDEMARSVIKS KOMMUN", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Valdemarsviks kommun · Kommunledningskontoret", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kost och städ", "31 400", "32 500", "-1 100"),
            ("Fastighet", "24 800", "25 700", "-900"),
            ("IT och digitalisering", "9 600", "9 300", "300"),
            ("Räddningstjänst", "13 900", "13 900", "0"),
            ("Näringsliv och turism", "4 100", "3 900", "200"),
            ("Kommunledning och administration", "28 200", "28 600", "-400"),
            ("Summa", "112 000", "113 900", "-1 900"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per maj 2026 – kommunstyrelsens verksamheter",
            size=14,
            font="arial-bold",
            after=4,
        ),
        P("Datum 2026-06-09 · Diarienummer KS 2026/0187 · Handläggare: ekonomichef", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per maj 2026 och uppdrar åt kommundirektören att "
            "återkomma med en analys av kost och städ senast i september."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter prognostiserar ett underskott på 1,9 mkr för helåret 2026.",
                C(None, "1,9 mkr", "-", note="The full year and the period in two sentences: two items."),
            ),
            (
                "Till och med maj är utfallet 0,7 mkr sämre än periodiserad budget.",
                C(None, "0,7 mkr", "-"),
            ),
        ),
        table,
        H("Ärendet", 2),
        HP(
            "Kost och städ –1,1 mkr",
            "Livsmedelspriserna fortsätter att stiga och ligger klart över den uppräkning som budgeten bygger på. "
            "Dessutom har sjukfrånvaron bland kockar och lokalvårdare krävt timanställda vikarier i större omfattning "
            "än tidigare år.",
            C("Kost och städ", "–1,1 mkr", "-", "prisokningar", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Fastighet –0,9 mkr",
            "Inom fastighetsförvaltningen överskrider kostnaderna för el och fjärrvärme budgeten med 650 000 kronor. "
            "Resterande del avser akuta reparationer av taket på sporthallen i Gusum efter vinterns snölast.",
            C(
                "Fastighet",
                "–0,9 mkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The heading's amount; 650 000 kronor is a part. Energy costs are prisokningar, snow ovrigt.",
            ),
        ),
        HP(
            "IT och digitalisering +0,3 mkr",
            "Licenserna för det nya ärendehanteringssystemet faktureras först från 2027, vilket ger ett tillfälligt "
            "överskott.",
            C("IT och digitalisering", "+0,3 mkr", "+", "it_digitalisering", "periodisering"),
        ),
        HP(
            "Räddningstjänst ±0 mkr",
            "Räddningstjänsten bedöms klara sin budget trots fler larm än normalt under våren.",
            BP("Räddningstjänst"),
        ),
        HP(
            "Näringsliv och turism +0,2 mkr",
            "Överskottet på 200 000 kronor kommer från att en halvtidstjänst som näringslivsutvecklare har stått vakant "
            "under våren.",
            C(
                "Näringsliv och turism",
                "200 000 kronor",
                "+",
                "vakanser",
                note="The paragraph states the heading's amount in whole kronor.",
            ),
        ),
        HP(
            "Kommunledning och administration –0,4 mkr",
            "Kostnaderna för juridisk konsulthjälp i två överklagade upphandlingar har varit högre än budgeterat. "
            "Därtill kommer en retroaktiv löneökning för 2025 som betalades ut i mars.",
            C(
                "Kommunledning och administration",
                "–0,4 mkr",
                "-",
                "inhyrd_personal",
                "lonekostnader",
                "periodisering",
                note="Consultants without a vacancy are inhyrd_personal; a retroactive pay rise is periodisering too.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringar beräknas uppgå till 14,2 mkr, vilket är 3,6 mkr under budget. Bytet av "
            "ventilationen i kommunhuset har upphandlats till ett lägre pris än kalkylerat.",
            C("Investeringar", "3,6 mkr", "+", "prisokningar", note="A cheaper procurement: prisokningar."),
        ),
        H("Åtgärder", 2),
        P(
            "Kost och städ ses över med målet att minska matsvinnet och samordna menyerna mellan skolor och "
            "äldreboenden, vilket beräknas ge en besparing på en halv miljon kronor på helår.",
            A("Kost och städ", "en halv miljon kronor", value=500_000),
        ),
        H("Prognosförändring", 2),
        P("Prognosen är oförändrad jämfört med uppföljningen per mars.", BF(None)),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kommunstyrelsens ofördelade medel på 1,5 mkr är inte intecknade och ingår inte i prognosen.",
            O(None, "reserver", note="Undistributed funds: a reserve statement."),
        ),
    ]
    return ReportSpec(
        file="valdemarsvik-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Valdemarsvik",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 kommunstyrelsen",
            "author": "Valdemarsviks kommun",
        },
        style=style,
        blocks=blocks,
    )
