"""Örebro kommun, Landsbygdsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A small committee's tjänsteskrivelse in "tkr" and "kronor" set in Arial, dated in April for the period to March:
a decision proposal (unlabelled), a summary whose first sentence gives the full year "ett överskott om 350 tkr"
with its reasons in the next (one item); a table in tkr; paragraphs naming the area after "För" and "Inom":
"beräknas ett överskott på 250 tkr", "blir kostnaderna 150 000 kronor högre än budgeterat", "ligger i nivå med
budget" (boilerplate), a total "sammantaget 250 tkr lägre än budget" followed by its parts (one item with the
total); the period "740 tkr lägre än periodiserad budget" as a timing difference; the change since February;
an investment frame of which "200 tkr" is used this year (300 never written); equity (other) and an action.
6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Örebro kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: (
            "Landsbygdsnämnden",
            "Datum 2026-04-08, Ärendenummer Lbn 2026-00052",
            f"{n} ({m})",
        ),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Landsbygdsutveckling och bidrag", "6 200", "5 950", "250"),
            ("Servicepunkter", "1 800", "1 950", "−150"),
            ("Kommunikation och bredband", "2 400", "2 400", "0"),
            ("Nämnd och kansli", "3 100", "2 850", "250"),
            ("Summa", "13 500", "13 150", "350"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=4),
        H("Förslag till beslut", 2),
        P("Landsbygdsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        P(
            "Landsbygdsnämnden prognostiserar ett överskott om 350 tkr för 2026. Överskottet beror på att färre "
            "ansökningar om bidrag till samlingslokaler har kommit in än tidigare år och på att en handläggartjänst har "
            "varit vakant under första kvartalet.",
            C(None, "350 tkr", "+", "volymer", "vakanser"),
        ),
        H("Ärendet", 2),
        table,
        P(
            "För landsbygdsutveckling och bidrag beräknas ett överskott på 250 tkr, eftersom färre föreningar än "
            "tidigare år har sökt bidrag till upprustning av samlingslokaler.",
            C("Landsbygdsutveckling och bidrag", "250 tkr", "+", "volymer"),
        ),
        P(
            "Inom servicepunkterna blir kostnaderna 150 000 kronor högre än budgeterat, då ersättningen till "
            "butikerna för ombudstjänster har höjts enligt det nya avtalet.",
            C("Servicepunkter", "150 000 kronor", "-", "prisokningar"),
        ),
        P(
            "Kommunikation och bredband ligger i nivå med budget.",
            BP("Kommunikation och bredband"),
        ),
        P(
            "Nämndens och kansliets kostnader blir sammantaget 250 tkr lägre än budget. Vakansen ger ett överskott på "
            "290 tkr, medan arvodena blir 40 tkr högre än budgeterat på grund av extra sammanträden ute i byarna.",
            C(
                "Nämnd och kansli",
                "250 tkr",
                "+",
                "vakanser",
                "ovrigt",
                note="A total followed by its parts: one item with the total. Nämnd members' fees are ovrigt.",
            ),
        ),
        P(
            "Utfallet efter mars är 2 610 tkr, vilket är 740 tkr lägre än periodiserad budget. Skillnaden är i "
            "huvudsak en tidsförskjutning, eftersom bidragen betalas ut efter beslut i maj.",
            C(
                None,
                "740 tkr",
                "+",
                "periodisering",
                note="The period's net cost under the periodised budget.",
            ),
        ),
        P(
            "Jämfört med februari har prognosen förbättrats med 100 tkr.",
            F(None, "100 tkr", "+"),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden har ett investeringsanslag om 500 tkr för laddinfrastruktur vid servicepunkterna, som beräknas "
            "användas med 200 tkr i år, eftersom upphandlingen har dragit ut på tiden.",
            C(
                "Investeringar",
                "200 tkr",
                "+",
                "periodisering",
                value=300_000,
                note="An under-spend never written out (500 − 200): the computed value, the amount text as written.",
            ),
        ),
        H("Eget kapital och åtgärder", 2),
        PS(
            (
                "Nämnden har ett ackumulerat eget kapital på 1,2 mnkr, som enligt kommunens regler får användas för "
                "tillfälliga satsningar.",
                O(None, note="Equity: a financing statement."),
            ),
            (
                "Förvaltningen kommer under våren att informera byalag och föreningar om möjligheten att söka bidrag.",
                A("Landsbygdsutveckling och bidrag", None, "volymer"),
            ),
        ),
    ]
    return ReportSpec(
        file="orebro-lbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Landsbygdsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
