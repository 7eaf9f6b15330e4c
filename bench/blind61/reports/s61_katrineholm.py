"""Katrineholms kommun, Vård- och omsorgsnämnden, tjänsteskrivelse: ekonomisk uppföljning per juni 2026.

A tjänsteskrivelse dated in August for the period to June: the decision proposal and background (not
labelled), the full year's deficit in words ("fjorton miljoner kronor"), a sentence naming two surpluses "3 100
tkr respektive 900 tkr" (two items), plain headings whose first sentence carries the amount in tkr, the
äldreomsorg surplus's reasons in a paragraph of its own (the row's cell "3 100"), a reason-only myndighetsutövning (the row's "900"), a table in
tkr with hyphen-minus, a change since May, an action with no amount, a financing statement (other), a risk
(other) and an investment that "förbrukas inte i år". Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 74.0),
        header=lambda n, m: (
            "KATRINEHOLMS KOMMUN  Vård- och omsorgsförvaltningen",
            "Tjänsteskrivelse 2026-08-19",
        ),
        footer=lambda n, m: ("Diarienummer VON/2026:74", "", f"{n} ({m})"),
    )
    table = Table(
        caption="Prognos helår 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "486 300", "483 200", "3 100"),
            ("Funktionsstöd", "142 800", "152 200", "-9 400"),
            ("Personlig assistans", "61 500", "70 100", "-8 600"),
            ("Myndighetsutövning", "24 700", "23 800", "900"),
            ("Totalt", "715 300", "729 300", "-14 000"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per juni 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Vård- och omsorgsnämnden godkänner den ekonomiska uppföljningen per juni 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Nämnden följer upp sin ekonomi efter februari, april, juni och oktober samt i delårsrapporten per "
            "augusti. Uppföljningen bygger på utfallet till och med den 30 juni."
        ),
        P(
            "Vård- och omsorgsnämndens prognos för helåret 2026 visar ett underskott på fjorton miljoner kronor.",
            C(None, "fjorton miljoner kronor", "-", value=14_000_000, note="Amount in words."),
        ),
        P(
            "Underskottet finns inom funktionsstöd och personlig assistans, medan äldreomsorgen och "
            "myndighetsutövningen redovisar överskott på 3 100 tkr respektive 900 tkr.",
            C(
                "Äldreomsorg",
                "3 100 tkr",
                "+",
                note="A 'respektive' pair: split; no reasons here.",
                also=(C("Myndighetsutövning", "900 tkr", "+", note="A 'respektive' pair: split."),),
            ),
        ),
        table,
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd beräknas överskrida budget med 9 400 tkr. Tre nya beslut om bostad med särskild service "
            "enligt LSS har verkställts genom köp av externa platser i väntan på att gruppbostaden på Lövåsvägen "
            "ska bli klar.",
            C("Funktionsstöd", "9 400 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Personlig assistans", 3),
        P(
            "Personlig assistans prognostiserar ett underskott om 8 600 tkr. Försäkringskassan har omprövat två "
            "ärenden och sänkt antalet beviljade timmar, vilket innebär att kommunen får bära en större del av "
            "kostnaden. Även sjuklönekostnaderna är högre än budgeterat.",
            C("Personlig assistans", "8 600 tkr", "-", "ersattning_fk", "sjukfranvaro"),
        ),
        H("Äldreomsorg", 3),
        P(
            "Inom äldreomsorgen har färre platser på särskilt boende än beräknat varit belagda under våren, och "
            "statsbidraget för Äldreomsorgslyftet täcker en större del av utbildningskostnaderna än budgeterat.",
            C(
                "Äldreomsorg",
                "3 100",
                "+",
                "volymer",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reasons only in this paragraph: the table row's cell.",
            ),
        ),
        H("Myndighetsutövning", 3),
        P(
            "En biståndshandläggare har varit tjänstledig under våren utan att tjänsten har ersatts.",
            C(
                "Myndighetsutövning",
                "900",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Prognosen är 2,5 miljoner kronor sämre än i april, då ytterligare en extern plats inom LSS har köpts.",
            F(None, "2,5 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen tar fram en åtgärdsplan för personlig assistans som ska redovisas för nämnden i oktober.",
            A("Personlig assistans"),
        ),
        P(
            "Kommunstyrelsen har aviserat att kostnader för nya LSS-beslut kan komma att kompenseras ur den "
            "centrala reserven i samband med bokslutet.",
            O(None, note="Financing: other."),
        ),
        P(
            "Det finns en risk att ytterligare ärenden inom personlig assistans omprövas under hösten.",
            O("Personlig assistans", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 2 000 tkr för inventarier till den nya gruppbostaden förbrukas inte i år, "
            "eftersom inflyttningen har senarelagts till mars 2027.",
            C("Investeringar", "2 000 tkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        P("Anna Lindqvist, förvaltningschef    Peter Holm, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="katrineholm-von-tjansteskrivelse-ekonomisk-uppfoljning-2026-06.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per juni 2026", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
