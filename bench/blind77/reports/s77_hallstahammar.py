"""Hallstahammars kommun, Barn- och utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March: the decision proposal and background (not
labelled), the full year "underskott på 5,2 miljoner kronor" and the period "1,1 miljoner kronor sämre än
periodiserad budget" in two sentences (two items); a table whose last column is each row's comment
(CommentTable) in tkr with deficits in brackets ("(1 900)"), where most comments give reasons only (the
row's cell), one names its own amount in mnkr ("överstiger budget med 2,8 mnkr"), one "följer budget"
(boilerplate) and one row has no comment (unlabelled); the change since February naming an area but no
reason; an action with its effect; a grant risk (other); a second risk with "beror på" about next year
(other); investments that "förbrukas fullt ut" (boilerplate). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr), brackets = deficit."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("HALLSTAHAMMARS KOMMUN", "TJÄNSTESKRIVELSE 2026-04-09"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2026/41", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltningsledning", "14 200", "13 600", "600"),
                "Tjänsten som verksamhetsutvecklare är vakant sedan januari.",
                C("Nämnd och förvaltningsledning", "600", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Förskola", "98 400", "100 300", "(1 900)"),
                "Fler barn är inskrivna än budgeterat, framför allt i Kolbäck, där två extra avdelningar har "
                "öppnats.",
                C("Förskola", "(1 900)", "-", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Grundskola F–6", "142 000", "144 800", "(2 800)"),
                "Kostnaderna för elevassistenter och vikarier överstiger budget med 2,8 mnkr, till stor del för "
                "elever med omfattande behov av stöd.",
                C(
                    "Grundskola F–6",
                    "2,8 mnkr",
                    "-",
                    "bemanning",
                    "vikarier",
                    note="A comment that names its own amount (mnkr in a tkr table): from the prose.",
                ),
            ),
            (
                ("Grundskola 7–9", "71 500", "71 500", "0"),
                "Prognosen följer budget.",
                BP("Grundskola 7–9"),
            ),
            (
                ("Gymnasieskola", "64 300", "66 600", "(2 300)"),
                "Interkommunala ersättningar för elever i andra kommuners och i fristående gymnasieskolor ökar, "
                "eftersom fler elever än väntat har valt utbildningar i Västerås.",
                C(
                    "Gymnasieskola",
                    "(2 300)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " Interkommunal ersättning is kopt_verksamhet.",
                ),
            ),
            (
                ("Elevhälsa", "12 700", "13 300", "(600)"),
                "",
                None,
            ),
            (
                ("Vuxenutbildning", "18 900", "17 100", "1 800"),
                "Statsbidraget för regional yrkesvux blev högre än budgeterat.",
                C("Vuxenutbildning", "1 800", "+", "statsbidrag", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "422 000", "427 200", "(5 200)"), "", None),
        ),
        widths=(138.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="times-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och uppdrar åt "
            "förvaltningen att återkomma med en reviderad åtgärdsplan i maj."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens regler för ekonomistyrning ska nämnderna följa upp sin ekonomi efter februari, mars, "
            "maj, augusti och oktober. Uppföljningen bygger på bokfört utfall till och med den 31 mars."
        ),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Barn- och utbildningsnämndens prognos för 2026 visar ett underskott på 5,2 miljoner kronor.",
                    C(None, "5,2 miljoner kronor", "-", note="The full year, no reasons: no tags."),
                ),
                (
                    "Utfallet till och med mars är 1,1 miljoner kronor sämre än periodiserad budget.",
                    C(None, "1,1 miljoner kronor", "-", note="The period in a sentence of its own."),
                ),
            )
        ),
        P("Avvikelse: negativa avvikelser, det vill säga underskott, anges inom parentes.", size=9.5),
        comments,
        H("Förändring jämfört med februari", 2),
        P(
            "Prognosen har försämrats med 1,4 mnkr sedan februari, framför allt inom grundskolan F–6.",
            F(None, "1,4 mnkr", "-", note="An area named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen inför från april en särskild prövning av alla nyanställningar och längre "
            "vikarieinsatser, vilket beräknas minska kostnaderna med 1,5 mnkr under resten av året.",
            A(None, "1,5 mnkr", "vikarier"),
        ),
        H("Risker", 2),
        P(
            "Det är ännu oklart hur stort statsbidraget för ökad likvärdighet i skolan blir för 2026. Om det "
            "sänks till förra årets nivå försämras prognosen med omkring 1 mnkr.",
            O("Grundskola F–6", "statsbidrag", note="A risk with an amount: other."),
        ),
        P(
            "Inför hösten väntas antalet elever i förskoleklass minska, vilket beror på att färre barn föddes i "
            "kommunen 2020 än åren före.",
            O(None, "volymer", note="Context with 'beror på', no deviation: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsramen på 3,0 mnkr för inventarier och digitala verktyg beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-04-09. Driftredovisning per verksamhet, bilaga 1."),
        P("Annika Lövgren, förvaltningschef    Peter Holm, controller", size=10.0),
    ]
    return ReportSpec(
        file="hallstahammar-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Hallstahammar",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Hallstahammars kommun"},
        style=style,
        blocks=blocks,
    )
