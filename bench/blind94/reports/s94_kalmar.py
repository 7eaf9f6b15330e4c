"""Kalmar kommun, Barn- och ungdomsnämnden, tjänsteskrivelse: ekonomisk uppföljning mars 2026.

A tjänsteskrivelse dated in April for the period to March, DejaVu Sans 10 pt, hyphen-minus signs: the decision
proposal and background (not labelled), the full year "underskott om 7 400 tkr" and the period "1 900 tkr högre
än den periodiserade budgeten" (net cost above budget: negative) in two sentences; a table per verksamhet;
headings with the amount after a colon ("Förskola: +1 600 tkr") or at the end ("Anpassad grundskola -2 800
tkr"), a plain heading whose paragraph says "negativ avvikelse på 3,2 mnkr" with a grant shortfall "1,1 mnkr"
that is a part, a reason-only deficit (the row's "-300"), a run-in lead ending in a full stop ("Skolskjuts.")
with the amount in the second sentence, "bedöms följa budget" (boilerplate), "överskrider budget med 800 tkr";
the change since February, an action with its effect, investments "överskridas med 0,6 mnkr" and a volume risk
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("KALMAR KOMMUN  Barn- och ungdomsförvaltningen", "TJÄNSTESKRIVELSE 2026-04-08"),
        footer=lambda n, m: ("Dnr BU 2026/0214", "", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "412 300", "410 700", "1 600"),
            ("Grundskola", "786 900", "790 100", "-3 200"),
            ("Fritidshem", "98 400", "98 700", "-300"),
            ("Anpassad grundskola", "52 600", "55 400", "-2 800"),
            ("Skolskjuts", "31 200", "33 100", "-1 900"),
            ("Elevhälsa", "44 800", "44 800", "0"),
            ("Förvaltningsgemensamt", "61 500", "62 300", "-800"),
            ("Summa", "1 487 700", "1 495 100", "-7 400"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning mars 2026", size=16, font="sans-bold", after=2),
        Title("Barn- och ungdomsnämnden", size=12, font="sans", after=10),
        H("Förslag till beslut", 2),
        P("Barn- och ungdomsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Bakgrund", 2),
        P(
            "Nämnden ska enligt kommunens regler för ekonomistyrning följa upp sin ekonomi varje månad utom januari "
            "och juli. Uppföljningen bygger på utfallet till och med den 31 mars och en prognos för helåret."
        ),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Barn- och ungdomsnämnden prognostiserar ett underskott om 7 400 tkr för helåret 2026.",
                C(None, "7 400 tkr", "-"),
            ),
            (
                "Utfallet till och med mars är 1 900 tkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "1 900 tkr",
                    "-",
                    note="The period in its own sentence: net cost above the periodised budget is negative.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola: +1 600 tkr",
            "Antalet barn i förskolan är lägre än budgeterat, i genomsnitt 74 färre barn under första kvartalet. "
            "Samtidigt har två avdelningar på Norrliden slagits samman.",
            C("Förskola", "+1 600 tkr", "+", "volymer", "omstallning", note=HEAD),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolans prognos visar en negativ avvikelse på 3,2 mnkr. Kostnaderna för interkommunal ersättning "
            "har ökat när fler elever valt fristående skolor och skolor i grannkommunerna, och statsbidraget för "
            "likvärdig skola blev 1,1 mnkr lägre än vad som budgeterats.",
            C(
                "Grundskola",
                "3,2 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "statsbidrag",
                note="The 1,1 mnkr grant shortfall is a part. Interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        H("Fritidshem", 3),
        P(
            "Inom fritidshemmen har vikariekostnaderna varit höga under perioden på grund av hög korttidsfrånvaro.",
            C(
                "Fritidshem",
                "-300",
                "-",
                "vikarier",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        HP(
            "Anpassad grundskola -2 800 tkr",
            "Tre nya elever med omfattande stödbehov har börjat under våren, vilket kräver utökad bemanning med "
            "elevassistenter.",
            C("Anpassad grundskola", "-2 800 tkr", "-", "volymer", "bemanning", note=HEAD),
        ),
        LP(
            "Skolskjuts.",
            "Det nya avtalet för skolskjutsar gäller från januari och är dyrare än det tidigare. Avvikelsen beräknas "
            "till 1 900 tkr.",
            C(
                "Skolskjuts",
                "1 900 tkr",
                "-",
                "prisokningar",
                note="A run-in lead, the amount in the second sentence. A dearer contract is prisokningar.",
            ),
        ),
        LP("Elevhälsa.", "Elevhälsan bedöms följa budget.", BP("Elevhälsa")),
        LP(
            "Förvaltningsgemensamt.",
            "Förvaltningsgemensamma kostnader överskrider budget med 800 tkr, vilket beror på införandet av ett nytt "
            "system för schemaläggning och närvaro.",
            C("Förvaltningsgemensamt", "800 tkr", "-", "it_digitalisering"),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Prognosen har försämrats med 2 100 tkr sedan februari, främst inom anpassad grundskola.",
            F(None, "2 100 tkr", "-", note="The area named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid nyanställningar och inköp av inventarier. Åtgärderna "
            "beräknas minska kostnaderna med cirka 1 500 tkr under resten av året.",
            A(None, "cirka 1 500 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 12,0 mnkr för inventarier och digitala verktyg beräknas överskridas med 0,6 mnkr "
            "på grund av tidigarelagda inköp av elevdatorer.",
            C("Investeringar", "0,6 mnkr", "-", "it_digitalisering", "periodisering"),
        ),
        H("Risker", 2),
        P(
            "Antalet barn födda 2024 och 2025 är lägre än i befolkningsprognosen, vilket kan ge fortsatt lägre "
            "volymer i förskolan under hösten.",
            O("Förskola", note="A risk about volumes: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning mars 2026, bilaga 1. Driftredovisning per enhet, bilaga 2."),
        P("Anna Lindqvist, förvaltningschef    Erik Holm, controller", size=9.0),
    ]
    return ReportSpec(
        file="kalmar-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning mars 2026", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
