"""Landskrona stad, Omsorgsnämnden, månadsuppföljning mars 2026.

An elderly-care and disability committee's month report in DejaVu Sans 9.5 pt, footer with the nämnd's
meeting in April: the full year "ett resultat på −14,2 mnkr" and the period "en negativ avvikelse mot
periodiserad budget med 3,9 mnkr" in two sentences, a change since February with its cause; a kostnadsslag
table in tkr with a trailing minus ("7 500-"); bold run-in kostnadsslag with a colon, one reason-only (the
row's "7 500-"), one "Ett positivt utfall om 0,9 mnkr"; then two columns of headings that carry the
verksamhet and amount after a colon ("Hemtjänst: −6,1 mnkr", "Hälso- och sjukvård: ±0 mnkr" over "bedöms gå
jämnt ut"), so the deficit is explained twice, with a percentage and a part ("Av det beror 1,2 mnkr") that are
not the amount; an action with its effect, an overtime stop, and an uncertainty (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Landskrona stad | Omsorgsförvaltningen", "Månadsuppföljning mars 2026"),
        footer=lambda n, m: ("Omsorgsnämndens sammanträde 22 april 2026", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr (minus = sämre än budget)",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "148 600", "144 300", "4 300-"),
            ("Personalkostnader", "612 400", "619 900", "7 500-"),
            ("Köp av verksamhet", "94 200", "97 600", "3 400-"),
            ("Lokalkostnader", "71 800", "70 900", "900"),
            ("Övriga kostnader", "52 100", "52 000", "100"),
            ("Nettokostnad", "681 900", "696 100", "14 200-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Omsorgsnämnden prognostiserar ett resultat på −14,2 mnkr för 2026.",
                C(None, "−14,2 mnkr", "-"),
            ),
            (
                "Utfallet efter mars visar en negativ avvikelse mot periodiserad budget med 3,9 mnkr.",
                C(None, "3,9 mnkr", "-", note="The period's deviation in a sentence of its own."),
            ),
        ),
        P(
            "Prognosen är 2,5 mnkr sämre än i februari, vilket främst förklaras av att ett nytt ärende inom "
            "personlig assistans har tillkommit.",
            F(None, "2,5 mnkr", "-", "volymer"),
        ),
        table,
        LP(
            "Intäkter:",
            "Intäkterna blir 4,3 mnkr lägre än budgeterat. Färre boende i särskilt boende ger lägre omvårdnads- och "
            "hyresavgifter, och ersättningen från Försäkringskassan minskar när två brukare har fått sina "
            "assistanstimmar sänkta.",
            C("Intäkter", "4,3 mnkr", "-", "avgifter_intakter", "volymer", "ersattning_fk"),
        ),
        LP(
            "Personalkostnader:",
            "Här finns den största avvikelsen. Sjukfrånvaron inom hemtjänsten har legat på drygt 11 procent och har "
            "ersatts med timvikarier och övertid.",
            C(
                "Personalkostnader",
                "7 500-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Två externa placeringar i LSS-boende har tillkommit, till en kostnad som överstiger budget med 3,4 mnkr.",
            C("Köp av verksamhet", "3,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Lokalkostnader:",
            "Ett positivt utfall om 0,9 mnkr då avvecklingen av korttidsboendet Solrosen har gett lägre hyra från "
            "februari.",
            C("Lokalkostnader", "0,9 mnkr", "+", "lokaler", "omstallning"),
        ),
        H("Prognos per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst: −6,1 mnkr",
            "Beviljade timmar har ökat med 9 procent sedan budgeten lades, och sjukfrånvaron i hemtjänstgrupperna i "
            "norra staden har krävt vikarier.",
            C(
                "Hemtjänst",
                "−6,1 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="The deficit explained a second time, by verksamhet; the percentage is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende: −2,7 mnkr",
            "Beläggningen har varit lägre än planerat, 94 procent, vilket minskar avgiftsintäkterna, medan "
            "bemanningen inte har kunnat anpassas i samma takt.",
            C("Särskilt boende", "−2,7 mnkr", "-", "volymer", "avgifter_intakter", "bemanning"),
        ),
        HP(
            "Funktionsstöd: −5,8 mnkr",
            "Den nya assistansbrukaren och de två externa LSS-placeringarna förklarar underskottet. Av det beror "
            "1,2 mnkr på att Försäkringskassan har sänkt timmarna för två brukare.",
            C(
                "Funktionsstöd",
                "−5,8 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "ersattning_fk",
                note="The heading's amount; the 1,2 mnkr is a part.",
            ),
        ),
        HP(
            "Myndighet och ledning: +0,4 mnkr",
            "Vakanta biståndshandläggartjänster under första kvartalet.",
            C("Myndighet och ledning", "+0,4 mnkr", "+", "vakanser"),
        ),
        HP(
            "Hälso- och sjukvård: ±0 mnkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Hälso- och sjukvård"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för hemtjänsten med bland annat ruttoptimering och en översyn "
            "av delade turer. Handlingsplanen beräknas minska kostnaderna med 2,8 mnkr på helårsbasis.",
            A("Hemtjänst", "2,8 mnkr", "bemanning"),
        ),
        P(
            "Ett övertidsstopp har införts inom särskilt boende från och med april.",
            A("Särskilt boende", None, "overtid"),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "Prognosen är osäker eftersom flera ärenden om personlig assistans är under omprövning hos "
            "Försäkringskassan.",
            O("Funktionsstöd", "ersattning_fk", note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-on-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Landskrona",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Omsorgsnämnden", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
