"""Karlskrona kommun, Äldrenämnden, månadsuppföljning oktober 2025.

An elderly-care month report in "mkr": the full year's deficit with last month's figure in brackets
("(−10,2 mkr i september)", not the amount), a table with the deviation in October and September, bold run-in
verksamheter with a colon: one with the amount at the paragraph's end, two reasons-only (the row's cells
"−5,3" and "−0,6"), one "Överskott 1,2 mkr." first; personnel costs and köp av verksamhet in one sentence
(two items), a change since September, two action bullets (one with an effect), a state grant used as
planned (other) and investments "1,4 mkr lägre än budget". Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Reasons only: the amount is the table row's cell."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Karlskrona kommun – Äldreförvaltningen", "Månadsuppföljning oktober"),
        footer=lambda n, m: ("Äldrenämnden 2025-11-20, ärende 6", "", f"Sida {n}"),
    )
    table = Table(
        header=(
            ("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("(mkr)", "helår", "helår", "okt", "sep"),
        ),
        rows=(
            ("Hemtjänst", "312,4", "320,9", "−8,5", "−7,6"),
            ("Särskilt boende", "468,0", "473,3", "−5,3", "−4,9"),
            ("Korttidsboende", "41,2", "40,0", "1,2", "1,0"),
            ("Hälso- och sjukvård", "96,5", "97,1", "−0,6", "−0,6"),
            ("Nämnd och administration", "28,9", "27,4", "1,5", "1,9"),
            ("Summa", "947,0", "958,7", "−11,7", "−10,2"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=20, font="narrow-bold", after=2),
        Title("Äldrenämnden", size=13, font="narrow", after=12),
        H("Prognos för helåret", 2),
        P(
            "Äldrenämnden prognostiserar ett underskott på 11,7 mkr för 2025 (−10,2 mkr i september). Underskottet "
            "finns främst inom hemtjänst och särskilt boende.",
            C(None, "11,7 mkr", "-", note="The bracket is last month's figure, not the amount."),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Hemtjänst:",
            "Antalet beviljade hemtjänsttimmar har ökat med 7 procent sedan årsskiftet, och kostnaderna för "
            "övertid och timvikarier är fortsatt höga. Avvikelsen uppgår till 8,5 mkr.",
            C("Hemtjänst", "8,5 mkr", "-", "volymer", "overtid", "vikarier"),
        ),
        LP(
            "Särskilt boende:",
            "Hög sjukfrånvaro på två av boendena har krävt extra bemanning nattetid, vilket förklarar större delen "
            "av underskottet.",
            C("Särskilt boende", "−5,3", "-", "sjukfranvaro", "bemanning", unit="mkr", table=True, note=ROW),
        ),
        LP(
            "Korttidsboende:",
            "Överskott 1,2 mkr. Beläggningen har varit lägre än planerat under sommaren.",
            C("Korttidsboende", "1,2 mkr", "+", "volymer"),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Kostnaderna för inkontinenshjälpmedel och sjukvårdsmaterial blir något högre än budgeterat.",
            C("Hälso- och sjukvård", "−0,6", "-", "material_hjalpmedel", unit="mkr", table=True, note=ROW),
        ),
        LP(
            "Nämnd och administration:",
            "Två vakanta tjänster som verksamhetsutvecklare gör att kostnaderna stannar under budget.",
            C("Nämnd och administration", "1,5", "+", "vakanser", unit="mkr", table=True, note=ROW),
        ),
        P(
            "Sett per kostnadsslag överskrider personalkostnaderna budget med 9,9 mkr, medan köp av verksamhet "
            "ligger 1,8 mkr under budget.",
            C(
                "Personalkostnader",
                "9,9 mkr",
                "-",
                note="One sentence, two areas: split.",
                also=(C("Köp av verksamhet", "1,8 mkr", "+", note="One sentence, two areas: split."),),
            ),
        ),
        P(
            "Det riktade statsbidraget för ökad bemanning i äldreomsorgen, 6,4 mkr, används enligt plan och "
            "påverkar inte resultatet.",
            O(None, note="A grant used as planned: no deviation, other."),
        ),
        H("Förändring sedan föregående månad", 2),
        P(
            "Jämfört med september har prognosen försämrats med 1,5 mkr, vilket främst beror på fler "
            "hemtjänsttimmar.",
            F(None, "1,5 mkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av scheman i hemtjänstens områden Lyckeby och Nättraby för att minska delade turer, "
                "beräknad effekt 0,8 mkr i år.",
                "Anställningsstopp för administrativa tjänster till och med december.",
            ),
            labels=(A("Hemtjänst", "0,8 mkr", "bemanning"), A(None, None, "vakanser")),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 1,4 mkr lägre än budget då upphandlingen av nya trygghetslarm har dragit ut "
            "på tiden.",
            C("Investeringar", "1,4 mkr", "+", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="karlskrona-aldn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Äldrenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Äldrenämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
