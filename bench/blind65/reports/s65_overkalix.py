"""Överkalix kommun, Kommunstyrelsen, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A cover letter (tjänsteskrivelse) dated in June for the kommunstyrelse's own verksamheter to May, tkr with
hyphen-minus, header with the letter date and the diary number: a decision proposal (unlabelled); the full
year "överskrida sin ram med 1,9 mnkr" and the change since March in separate paragraphs; a table per
verksamhet; headings that carry the area and a hyphen-minus amount ("Fastighet -1 300 tkr") with a part in
whole kronor ("omkring 900 000 kronor"), "tar mer i anspråk än budgeterat", a forest fire and vacancies, an
unbudgeted co-financing; bostadsanpassning "överstiger budget med 450 tkr"; a "respektive" pair of surpluses
("950 respektive 480 tkr"); "Kostverksamheten följer budget" and investments that "bedöms användas fullt ut"
(boilerplate); a reserve not yet used (other) and two actions, one with a possible effect. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Överkalix kommun – Tjänsteskrivelse 2026-06-04", "Dnr KS 2026/147"),
        footer=lambda n, m: ("Ekonomienheten", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kommunledning", "14 800", "13 850", "950"),
            ("Fastighet", "21 600", "22 900", "-1 300"),
            ("Gator och vägar", "6 400", "6 900", "-500"),
            ("Räddningstjänst", "8 700", "9 120", "-420"),
            ("Kost", "12 900", "12 900", "0"),
            ("Arbetsmarknadsenheten", "4 200", "3 720", "480"),
            ("Näringsliv och turism", "3 100", "3 760", "-660"),
            ("Bostadsanpassning", "1 500", "1 950", "-450"),
            ("Summa", "73 200", "75 100", "-1 900"),
        ),
        widths=(160.0, 80.0, 80.0, 74.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="sans-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=11.5, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per den 31 maj 2026 och uppdrar åt kommunchefen "
            "att återkomma med förslag på åtgärder till sammanträdet i september."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter beräknas överskrida sin ram med 1,9 mnkr för 2026.",
            C(None, "1,9 mnkr", "-"),
        ),
        P(
            "Avvikelsen har ökat med 0,6 mnkr sedan uppföljningen per mars, främst inom räddningstjänsten.",
            F(None, "0,6 mnkr", "-"),
        ),
        H("Ärendet", 2),
        table,
        HP(
            "Fastighet -1 300 tkr",
            "Uppvärmningskostnaderna har blivit högre än beräknat efter en lång och kall vinter, och en vattenskada i "
            "kommunhuset har krävt sanering för omkring 900 000 kronor som inte täcks av försäkringen.",
            C("Fastighet", "-1 300 tkr", "-", "ovrigt", note="The water damage's 900 000 kronor is a part."),
        ),
        HP(
            "Gator och vägar -500 tkr",
            "Snöröjningen tar mer i anspråk än budgeterat eftersom snömängderna i mars och april var ovanligt stora.",
            C("Gator och vägar", "-500 tkr", "-", "ovrigt"),
        ),
        HP(
            "Räddningstjänst -420 tkr",
            "Avvikelsen förklaras av övertid i samband med skogsbranden vid Jockfall i maj och av att två "
            "deltidsbrandmän har slutat utan att ersättare har hunnit rekryteras.",
            C("Räddningstjänst", "-420 tkr", "-", "overtid", "ovrigt", "vakanser"),
        ),
        HP(
            "Näringsliv och turism -660 tkr",
            "Kommunen har gått in med medfinansiering av ett projekt för besöksnäringen som inte fanns med i "
            "budgeten.",
            C("Näringsliv och turism", "-660 tkr", "-", "ovrigt"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Bostadsanpassningsbidragen överstiger budget med 450 tkr efter två större anpassningar av badrum och "
            "entréer.",
            C("Bostadsanpassning", "450 tkr", "-", "volymer"),
        ),
        P(
            "Kommunledningen och arbetsmarknadsenheten visar överskott på 950 respektive 480 tkr, i båda fallen till "
            "följd av vakanta tjänster.",
            C(
                "Kommunledning",
                "950",
                "+",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair: two items with the same text and tags.",
                also=(C("Arbetsmarknadsenheten", "480 tkr", "+", "vakanser"),),
            ),
        ),
        P("Kostverksamheten följer budget.", BP("Kost")),
        P("Investeringsramen på 12,0 mnkr bedöms användas fullt ut.", BP("Investeringar")),
        H("Åtgärder och reserv", 2),
        P(
            "Kommunchefen har beslutat om restriktivitet med vikarier och inköp inom kommunledningsförvaltningen "
            "under resten av året.",
            A(None, None, "vikarier"),
        ),
        P(
            "Förvaltningen undersöker möjligheten att få ersättning från staten för räddningsinsatsen vid Jockfall, "
            "vilket kan ge upp till 250 tkr.",
            A("Räddningstjänst", "250 tkr"),
        ),
        P(
            "Kommunstyrelsens reserv för oförutsedda kostnader, 1,0 mnkr, är ännu inte ianspråktagen och ingår inte "
            "i prognosen.",
            O(None, "reserver", note="A reserve statement: other."),
        ),
    ]
    return ReportSpec(
        file="overkalix-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Överkalix",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Kommunstyrelsen",
            "author": "Överkalix kommun",
        },
        style=style,
        blocks=blocks,
    )
