"""Karlsborgs kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per den 31 mars 2026.

A tjänsteskrivelse dated in April on the kommunstyrelse's own operations (kommunledning, räddningstjänst,
fastighet, kost, IT, turism): the decision proposal and background (unlabelled), the first quarter's
under-spend and the full year's deficit in one sentence ("förbrukat 1,2 mnkr mindre än budget, men för
helåret väntas ett underskott om 1,5 mnkr": the full year's is the amount), the quarter's timing reason in a
sentence of its own (amount null); headings that carry the area with "underskott"/"överskott" and the amount
in tkr ("Räddningstjänsten, underskott 1 150 tkr"), one of them with two parts that add up to the heading's
amount ("600 tkr", "Resterande 300 tkr"), one area "bedöms bedrivas inom budget" (boilerplate) and one
plain heading whose paragraph says "räknar med att underskrida budget med 200 tkr"; an action with "cirka 300
tkr" and one without an effect; investments "underskrids med 2,5 mnkr" after two levels; sick leave against a
year earlier and the deficit against the kommun's budgeted result (others). 8 scored causes. Liberation Sans
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the area, the direction word and the amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("KARLSBORGS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Kommunledningsförvaltningen 2026-04-08", "Dnr KS 2026/41", f"{n}/{m}"),
        header_size=8.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per den 31 mars 2026 – kommunstyrelsens verksamheter",
            size=15,
            font="arial-bold",
            after=8,
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen och uppdrar åt kommundirektören att återkomma med åtgärder för "
            "räddningstjänsten i samband med delårsrapporten."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunstyrelsen ansvarar för kommunledning, räddningstjänst, fastighetsförvaltning, kost, IT och "
            "turism. Uppföljningen är årets första och omfattar utfallet för januari–mars och en prognos för "
            "helåret."
        ),
        H("Ekonomisk bedömning", 2),
        P(
            "Kommunstyrelsens verksamheter har under första kvartalet förbrukat 1,2 mnkr mindre än budget, men för "
            "helåret väntas ett underskott om 1,5 mnkr.",
            C(
                None,
                "1,5 mnkr",
                "-",
                note="The quarter's and the full year's deviation in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Att kvartalet ändå visar ett överskott beror på att licenserna till det nya ärendehanteringssystemet "
            "ännu inte har fakturerats.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "it_digitalisering",
                note="The quarter's surplus explained in a sentence of its own: a cause with amount null.",
            ),
        ),
        HP(
            "Räddningstjänsten, underskott 1 150 tkr",
            "Beredskapsersättningarna för deltidsbrandmännen höjdes i det nya avtalet från januari med mer än vad "
            "som ryms i budgeten. Dessutom har två brandmän gått utbildning vid MSB i Revinge, och deras pass har "
            "fått täckas med övertid.",
            C("Räddningstjänsten", "underskott 1 150 tkr", "-", "lonekostnader", "overtid", note=HEAD),
        ),
        HP(
            "Fastighet och lokalvård, underskott 900 tkr",
            "Hyresintäkterna från Gamla Tingshuset har uteblivit sedan hyresgästen sade upp sitt kontrakt vid "
            "årsskiftet, 600 tkr. Resterande 300 tkr avser kostnader för att skotta tak efter snöfallen i "
            "februari.",
            C(
                "Fastighet och lokalvård",
                "underskott 900 tkr",
                "-",
                "avgifter_intakter",
                "lokaler",
                "ovrigt",
                note=HEAD
                + " Two parts that add up to the heading's amount: one item with the heading's amount. "
                "An empty building's lost rent is avgifter_intakter and lokaler, snow ovrigt.",
            ),
        ),
        HP(
            "Kost, överskott 100 tkr",
            "Livsmedelskostnaderna har blivit lägre än budgetantagandet tack vare ett nytt avtal med grossisten.",
            C(
                "Kost",
                "överskott 100 tkr",
                "+",
                "prisokningar",
                note=HEAD + " Lower food prices: prisokningar.",
            ),
        ),
        HP(
            "IT och digitalisering, överskott 250 tkr",
            "Införandet av det nya ärendehanteringssystemet har försenats, och licensavgiften för 2026 blir lägre "
            "än budgeterat.",
            C(
                "IT och digitalisering",
                "överskott 250 tkr",
                "+",
                "it_digitalisering",
                "periodisering",
                note=HEAD,
            ),
        ),
        H("Turism och näringsliv", 3),
        P("Verksamheten bedöms bedrivas inom budget.", BP("Turism och näringsliv")),
        H("Kommunledning", 3),
        P(
            "Kommunledningen räknar med att underskrida budget med 200 tkr, vilket beror på att fullmäktiges "
            "sammanträden har flyttats från hyrd lokal till kommunhusets egen sal.",
            C("Kommunledning", "200 tkr", "+", "lokaler"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Räddningschefen har fått i uppdrag att se över schemat för heltidsstyrkan så att utbildningar kan "
                "förläggas utan att övertid uppstår. Förvaltningen bedömer att det kan minska underskottet med "
                "cirka 300 tkr.",
                A("Räddningstjänsten", "cirka 300 tkr", "overtid"),
            ),
            (
                "Gamla Tingshuset annonseras ut för ny uthyrning.",
                A("Fastighet och lokalvård", note="An action without an effect."),
            ),
        ),
        H("Investeringar", 2),
        PS(
            ("Av investeringsbudgeten på 6,8 mnkr har 0,4 mnkr använts under kvartalet.", None),
            (
                "Helårsprognosen är att budgeten underskrids med 2,5 mnkr, eftersom ombyggnaden av brandstationens "
                "omklädningsrum skjuts till 2027.",
                C(
                    "Investeringar",
                    "2,5 mnkr",
                    "+",
                    "periodisering",
                    note="The sentence before it gives levels (outside the item). Investment under-spending: positive.",
                ),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom räddningstjänsten var 3,1 procent under kvartalet, samma nivå som ett år tidigare.",
            O("Räddningstjänsten", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Konsekvenser för kommunens resultat", 2),
        P(
            "Kommunens budgeterade resultat för 2026 är 9,4 mnkr. Underskottet inom kommunstyrelsens verksamheter "
            "ryms därmed i det budgeterade resultatet, men minskar marginalen mot det finansiella målet.",
            O(None, note="The deficit against the kommun's budgeted result and goal: financing, other."),
        ),
        P("Anna Lindqvist, ekonomichef    Per Hallberg, kommundirektör", size=9.5),
    ]
    return ReportSpec(
        file="karlsborg-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Karlsborg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per den 31 mars 2026", "author": "Karlsborgs kommun"},
        style=style,
        blocks=blocks,
    )
