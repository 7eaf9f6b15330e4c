"""Sunne kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per oktober 2025.

A tjänsteskrivelse dated in November for the period to October: the decision proposal (not labelled); the
full year "pekar mot ett underskott på 5,8 mnkr" and, in the next sentence, the improvement since the
August interim report with its cause (a forecast change); the period "4,1 mnkr högre än den periodiserade
budgeten" in a paragraph of its own; verksamheter in prose: a deficit with the August forecast in brackets
("3,2 mnkr (4,5 mnkr i augusti)", not the amount), "prognostiserar −2,9 mnkr. Det beror på …", a cost "i
nivå med föregående år, men 0,6 mnkr över budget" (last year is context), a surplus from Försäkringskassan's
higher assistance allowance; an action with its effect for two months; a table of the August and October
forecasts with their change (not labelled) followed by one area's change in prose (a forecast change); a
winter risk (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("SUNNE KOMMUN", "Tjänsteskrivelse 2025-11-10"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2025/231", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, avvikelse mot budget i mnkr",
        header=(("Verksamhet", "Prognos aug", "Prognos okt", "Förändring"),),
        rows=(
            ("Individ- och familjeomsorg", "−4,5", "−3,2", "+1,3"),
            ("Äldreomsorg", "−2,7", "−2,9", "−0,2"),
            ("Ekonomiskt bistånd", "−0,6", "−0,6", "0,0"),
            ("Funktionshinderomsorg", "+0,7", "+0,9", "+0,2"),
            ("Socialnämnden totalt", "−7,1", "−5,8", "+1,3"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per oktober 2025", size=16, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per oktober 2025 och lägger den till handlingarna."
        ),
        H("Sammanfattning av ärendet", 2),
        Para(
            (
                (
                    "Socialnämndens helårsprognos per oktober pekar mot ett underskott på 5,8 mnkr jämfört med budget.",
                    C(None, "5,8 mnkr", "-", note="The full year, a sentence of its own."),
                ),
                (
                    "Det är 1,3 mnkr bättre än i delårsrapporten per augusti, främst eftersom placeringskostnaderna har "
                    "minskat när två ungdomar har kunnat flytta hem.",
                    F(None, "1,3 mnkr", "+", "kopt_verksamhet"),
                ),
            )
        ),
        P(
            "Utfallet för januari–oktober är 4,1 mnkr högre än den periodiserade budgeten.",
            C(None, "4,1 mnkr", "-", note="The period in a paragraph of its own: a cause."),
        ),
        H("Ärendet", 2),
        P(
            "Nämnden följer upp sin ekonomi varje månad utom januari och juli. Uppföljningen per oktober är den sista "
            "med helårsprognos innan bokslutet."
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Individ- och familjeomsorgen beräknas överskrida budget med 3,2 mnkr (4,5 mnkr i augusti). Kostnaderna "
            "för placeringar av barn och unga är fortsatt höga, även om två placeringar har avslutats under hösten.",
            C(
                "Individ- och familjeomsorg",
                "3,2 mnkr",
                "-",
                "kopt_verksamhet",
                note="The bracket is the August forecast, not the amount.",
            ),
        ),
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgen prognostiserar −2,9 mnkr. Det beror på att en avdelning på Solgläntans särskilda boende "
            "öppnade tidigare än budgeterat för att korta kön till boendet, och på att nattbemanningen har fått "
            "förstärkas på två enheter.",
            C("Äldreomsorg", "−2,9 mnkr", "-", "volymer", "periodisering", "bemanning"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av ekonomiskt bistånd ligger i nivå med föregående år, men 0,6 mnkr över budget, "
            "eftersom budgeten räknades ned inför 2025 i förväntan om att fler skulle gå till arbete.",
            C(
                "Ekonomiskt bistånd",
                "0,6 mnkr",
                "-",
                "ekonomiskt_bistand",
                note="'I nivå med föregående år' is context; the deviation is against the lowered budget.",
            ),
        ),
        H("Funktionshinderomsorg", 3),
        P(
            "Funktionshinderomsorgen visar ett överskott på 0,9 mnkr. Försäkringskassans timbelopp för "
            "assistansersättning höjdes mer än kommunens kostnader för de personliga assistenterna.",
            C("Funktionshinderomsorg", "0,9 mnkr", "+", "ersattning_fk"),
        ),
        H("Åtgärder", 2),
        P(
            "Sedan september prövas alla tillsvidaretjänster inom äldreomsorgen innan de tillsätts, och vikarier tas "
            "in först när enhetschefen har bedömt behovet. Åtgärderna bedöms minska kostnaderna med 0,4 mnkr under "
            "november och december.",
            A("Äldreomsorg", "0,4 mnkr", "vikarier", "bemanning"),
        ),
        PageBreak(),
        H("Förändring sedan augusti", 2),
        table,
        P(
            "Äldreomsorgens prognos har försämrats med 0,2 mnkr sedan augusti, medan övriga förändringar är små.",
            F("Äldreomsorg", "0,2 mnkr", "-"),
        ),
        H("Risker", 2),
        P(
            "Under vintern finns en risk för ökad sjukfrånvaro och därmed högre kostnader för vikarier och övertid "
            "inom äldreomsorgen.",
            O("Äldreomsorg", "sjukfranvaro", "vikarier", "overtid", note="A risk: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per oktober 2025, bilaga 1."),
        P("Karin Lööf, socialchef    Anders Berg, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="sunne-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": "Sunne",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per oktober 2025", "author": "Sunne kommun"},
        style=style,
        blocks=blocks,
    )
