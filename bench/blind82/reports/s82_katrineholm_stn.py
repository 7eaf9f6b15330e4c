"""Katrineholms kommun, Service- och tekniknämnden, månadsrapport oktober 2025.

A technical and service committee's month report in tkr and mnkr with en dashes as minus signs in the table
("–2 600"), footer with the nämnd's meeting date in November: the period "3,4 mnkr sämre än periodiserad
budget" and the full year "ett underskott på 3,9 mnkr mot budget" in separate paragraphs, the change since
September with its cause; bold run-in verksamheter ending in a full stop: snow and vandalism "kostade 2,6 mnkr
mer än budgeterat", food prices with a percentage that is not the amount and the amount in a closing
sentence ("Sammantaget blir underskottet 1,9 mnkr"), a reason-only cleaning surplus (the row's "400"), a water
damage "överstiger budget med 0,7 mnkr" followed by a risk sentence (its own item), leasing "650 tkr lägre
än budgeterat", "Ingen större avvikelse, ett överskott på 250 tkr"; an investment project "2,6 mnkr dyrare än
planerat", an action with its effect and sick leave against last year (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Katrineholms kommun", "Service- och teknikförvaltningen"),
        footer=lambda n, m: (
            "Service- och tekniknämnden 2025-11-26",
            "Månadsrapport oktober 2025",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "48 300", "50 900", "–2 600"),
            ("Kost och restaurang", "62 700", "64 600", "–1 900"),
            ("Lokalvård", "31 500", "31 100", "400"),
            ("Fastighetsförvaltning", "24 800", "25 500", "–700"),
            ("Fordon och transport", "9 600", "8 950", "650"),
            ("Nämnd och administration", "12 100", "11 850", "250"),
            ("Summa", "189 000", "192 900", "–3 900"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="serif-cond-bold", after=2),
        Title("Service- och tekniknämnden", size=12.5, font="serif-cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utfallet till och med oktober är 3,4 mnkr sämre än periodiserad budget.",
            C(None, "3,4 mnkr", "-", note="The period, in a paragraph of its own."),
        ),
        P(
            "Service- och tekniknämnden beräknas sluta året med ett underskott på 3,9 mnkr mot budget.",
            C(None, "3,9 mnkr", "-"),
        ),
        P(
            "Det är 0,8 mnkr bättre än i septemberprognosen, främst tack vare lägre elpriser under hösten.",
            F(None, "0,8 mnkr", "+", "prisokningar"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Gata och park.",
            "Vinterväghållningen under januari–mars kostade 2,6 mnkr mer än budgeterat efter ovanligt mycket snö, "
            "och reparationer efter skadegörelse i parkerna har tillkommit.",
            C("Gata och park", "2,6 mnkr", "-", "ovrigt", note="Snow and vandalism are ovrigt."),
        ),
        LP(
            "Kost och restaurang.",
            "Livsmedelspriserna har fortsatt att stiga och ligger i snitt 7 procent över budgetens antagande. "
            "Dessutom har sjukfrånvaron bland kockarna krävt timvikarier. Sammantaget blir underskottet 1,9 mnkr.",
            C(
                "Kost och restaurang",
                "1,9 mnkr",
                "-",
                "prisokningar",
                "sjukfranvaro",
                "vikarier",
                note="The percentage is not the amount; the amount closes the paragraph.",
            ),
        ),
        LP(
            "Lokalvård.",
            "Lokalvården visar ett överskott eftersom flera skolor har beställt utökad städning, vilket ger högre "
            "intäkter.",
            C(
                "Lokalvård",
                "400",
                "+",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Fastighetsförvaltning.",
            "Kostnaderna för felavhjälpande underhåll överstiger budget med 0,7 mnkr efter en vattenskada i ett av "
            "nämndens förråd.",
            C("Fastighetsförvaltning", "0,7 mnkr", "-", "ovrigt", note="Water damage is ovrigt."),
            (
                "Det finns en risk att fler skador upptäcks vid den pågående besiktningen.",
                O("Fastighetsförvaltning", note="A risk sentence in a cause paragraph: its own item."),
            ),
        ),
        LP(
            "Fordon och transport.",
            "Leasingkostnaderna för kommunens bilpool blir 650 tkr lägre än budgeterat sedan ett trettiotal äldre "
            "bilar har lämnats tillbaka utan att ersättas.",
            C("Fordon och transport", "650 tkr", "+", "material_hjalpmedel"),
        ),
        LP(
            "Nämnd och administration.",
            "Ingen större avvikelse, ett överskott på 250 tkr till följd av en vakant controllertjänst.",
            C("Nämnd och administration", "250 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget är 42,0 mnkr. Ombyggnaden av tillagningsköket på en av skolorna blir "
            "2,6 mnkr dyrare än planerat på grund av högre entreprenadpriser.",
            C(
                "Ombyggnad av tillagningskök",
                "2,6 mnkr",
                "-",
                "prisokningar",
                note="An investment project's overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kost och restaurang ser över menyerna och har infört gemensamma inköp för skolor och äldreboenden, "
            "vilket beräknas ge 300 tkr lägre kostnader under november–december.",
            A("Kost och restaurang", "300 tkr", "prisokningar"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 6,8 procent i oktober, lägre än i oktober 2024, vilket beror på "
            "färre korttidssjukskrivningar inom lokalvården.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-stn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Service- och tekniknämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Service- och tekniknämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
