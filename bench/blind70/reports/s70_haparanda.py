"""Haparanda stad, Socialnämnden, månadsuppföljning oktober 2025 (äldreomsorg, LSS and IFO).

A social committee's month report whose result table is pasted as an image (every amount lives in the
prose), footer with the letter date in November: the full year "−12,4 mnkr jämfört med budget" followed by
last month's forecast level (a forecast change whose amount is not written: null); särskilt boende "gör ett
underskott på 5,8 mnkr", hemtjänst "överskrider budget med 4,3 mnkr" with four causes, hälso- och sjukvård
with the cause first and "vilket ger en negativ avvikelse på 1,1 mnkr"; two kostnadsslag as a "respektive"
pair and the fees after "medan" (three items); a bold run-in lead that carries the amount ("LSS -2,6
mnkr."); an amount in words ("drygt en miljon kronor", the image says 1 400); "beräknas hamna på budget"
(boilerplate); three actions as en-dash bullets (one with an effect) and a grant that is in the forecast
(other). 9 scored causes. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("HAPARANDA STAD", "Socialförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "Datum 2025-11-12", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Särskilt boende", "96 200", "102 000", "-5 800"),
            ("Hemtjänst", "58 400", "62 700", "-4 300"),
            ("Hälso- och sjukvård", "21 900", "23 000", "-1 100"),
            ("LSS", "44 300", "46 900", "-2 600"),
            ("Individ- och familjeomsorg", "39 700", "38 300", "1 400"),
            ("Gemensam verksamhet och nämnd", "12 500", "12 500", "0"),
            ("Summa", "273 000", "285 400", "-12 400"),
        ),
        widths=(190.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="narrow", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Socialnämnden prognostiserar för 2025 ett resultat på -12,4 mnkr jämfört med budget.",
            C(None, "-12,4 mnkr", "-"),
        ),
        P(
            "Prognosen i september var -11,0 mnkr.",
            F(None, None, "-", note="Last month's level only; the change (1,4) is not written: amount null."),
        ),
        table,
        H("Äldreomsorg", 2),
        P(
            "Särskilt boende gör ett underskott på 5,8 mnkr. Beläggningen har varit full hela året och två "
            "korttidsplatser har öppnats utöver budget, vilket har krävt extra bemanning nattetid.",
            C("Särskilt boende", "5,8 mnkr", "-", "volymer", "bemanning", note=IMAGE),
        ),
        P(
            "Hemtjänsten överskrider budget med 4,3 mnkr. Antalet beviljade timmar har ökat med 9 procent sedan "
            "januari, och sjukfrånvaron bland undersköterskorna har krävt timvikarier och övertid.",
            C("Hemtjänst", "4,3 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid", note=IMAGE),
        ),
        P(
            "Inom hälso- och sjukvården har hyrsjuksköterskor anlitats under sommaren, vilket ger en negativ "
            "avvikelse på 1,1 mnkr.",
            C("Hälso- och sjukvård", "1,1 mnkr", "-", "inhyrd_personal", note="The area after 'inom'."),
        ),
        H("Kostnader och intäkter", 3),
        P(
            "Personalkostnaderna och köp av verksamhet överstiger budget med 7,9 respektive 1,6 mnkr, medan "
            "intäkterna från omvårdnadsavgifter blir 0,9 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "7,9",
                "-",
                unit="mnkr",
                note="A 'respektive' pair and a third post after 'medan': three items.",
                also=(
                    C("Köp av verksamhet", "1,6 mnkr", "-"),
                    C("Omvårdnadsavgifter", "0,9 mnkr", "+", "avgifter_intakter"),
                ),
            ),
        ),
        H("Funktionshinder", 2),
        LP(
            "LSS -2,6 mnkr.",
            "Ett nytt ärende med boende enligt LSS i annan kommun har tillkommit i augusti, och korttidsvistelsen har "
            "haft fler dygn än planerat.",
            C(
                "LSS",
                "-2,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A run-in lead that carries the area and amount is part of the item.",
            ),
        ),
        H("Individ- och familjeomsorg", 2),
        P(
            "Individ- och familjeomsorgen väntas gå med ett överskott på drygt en miljon kronor. Färre placeringar på "
            "HVB än budgeterat och lägre utbetalningar av försörjningsstöd förklarar överskottet.",
            C(
                "Individ- och familjeomsorg",
                "drygt en miljon kronor",
                "+",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
                value=1_000_000,
                note="An amount in words: the stated figure (the image says 1 400).",
            ),
        ),
        P(
            "Gemensam verksamhet och nämnd beräknas hamna på budget.",
            BP("Gemensam verksamhet och nämnd"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av scheman i hemtjänsten med ett nytt planeringssystem från november.",
                "Återhållsamhet med inköp och resor inom hela förvaltningen.",
                "Rekrytering av två tillsvidareanställda sjuksköterskor för att avveckla inhyrningen, med en beräknad "
                "besparing på 600 tkr per år.",
            ),
            labels=(
                A("Hemtjänst", None, "bemanning"),
                A(None, None),
                A("Hälso- och sjukvård", "600 tkr", "inhyrd_personal"),
            ),
            glyph="–",
        ),
        H("Statsbidrag", 2),
        P(
            "Statsbidraget för ökad bemanning inom äldreomsorgen har rekvirerats med 2,3 mnkr och ingår i prognosen.",
            O(None, "statsbidrag", note="A grant already in the forecast: financing, other."),
        ),
    ]
    return ReportSpec(
        file="haparanda-sn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": ["Haparanda", "Haparanda stad"],
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Socialnämnden", "author": "Haparanda stad"},
        style=style,
        blocks=blocks,
    )
