"""Västerviks kommun, Miljö- och byggnadsnämnden, månadsrapport november 2025.

A small environment and building committee's month report in DejaVu Sans Condensed, whose footer carries
the date of the nämnd's December meeting: the full year "1 340 tkr sämre än budget" followed by "Den största delen av avvikelsen, 1 050 tkr, finns inom bygglov" (a sub-area, its own
item), the period as a net cost level "vilket är 1 180 tkr mer än periodiserad budget", the worsening since
October with its cause; a result table whose last column is each row's comment (budget minus forecast, "−"
U+2212 for a deficit): reason-only comments that take their row's cell ("70", "−380", "−180"), a comment that
names its own amount, "Följer budget." (boilerplate) and a row with no comment (unlabelled); investments used
in full (boilerplate), an action and the handling time against 2024 (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 78.0, 72.0, 74.0),
        header=lambda n, m: ("Västerviks kommun", "Miljö- och byggnadsförvaltningen"),
        footer=lambda n, m: ("MBN 2025-12-11", "Månadsrapport november 2025", f"{n}/{m}"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd", "980", "910", "70"),
                "Färre sammanträden än planerat.",
                C(
                    "Nämnd",
                    "70",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Nämnd meetings: ovrigt.",
                ),
            ),
            (
                ("Bygglov", "1 200", "2 250", "−1 050"),
                "Intäkterna beräknas bli 1 050 tkr lägre än budget, eftersom antalet ansökningar om fritidshus har "
                "halverats.",
                C(
                    "Bygglov",
                    "1 050 tkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="A comment that names its own amount: from the prose.",
                ),
            ),
            (
                ("Miljö- och hälsoskydd", "6 850", "7 230", "−380"),
                "Konsult anlitad för tillsyn av enskilda avlopp efter att två inspektörer slutat.",
                C(
                    "Miljö- och hälsoskydd",
                    "−380",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Livsmedelskontroll", "1 450", "1 450", "0"),
                "Följer budget.",
                BP("Livsmedelskontroll"),
            ),
            (
                ("Kart och mät", "3 100", "3 280", "−180"),
                "Nytt GIS-system med högre licenskostnader än beräknat.",
                C("Kart och mät", "−180", "-", "it_digitalisering", unit="tkr", table=True, note=ROW),
            ),
            (("Administration", "4 200", "4 000", "200"), "", None),
            (("Summa", "17 780", "19 120", "−1 340"), "", None),
        ),
        widths=(112.0, 46.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="cond-bold", after=2),
        Title("Miljö- och byggnadsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Miljö- och byggnadsnämnden beräknar ett helårsresultat som är 1 340 tkr sämre än budget.",
                C(None, "1 340 tkr", "-"),
            ),
            (
                "Den största delen av avvikelsen, 1 050 tkr, finns inom bygglov, där intäkterna har minskat "
                "kraftigt.",
                C(
                    "Bygglov",
                    "1 050 tkr",
                    "-",
                    "avgifter_intakter",
                    note="A sub-area's share of the deviation in a sentence of its own: its own item (explained "
                    "again in the table).",
                ),
            ),
        ),
        P(
            "Ackumulerat till och med november är nettokostnaden 16 940 tkr, vilket är 1 180 tkr mer än "
            "periodiserad budget.",
            C(None, "1 180 tkr", "-", note="The period: a net cost level, then the deviation."),
        ),
        P(
            "Prognosen har försämrats med 260 tkr sedan oktober, eftersom ytterligare två större bygglovsärenden "
            "har dragits tillbaka.",
            F(None, "260 tkr", "-", "volymer"),
        ),
        H("Resultat och kommentarer per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 600 tkr för ny mätutrustning har förbrukats fullt ut.",
            BP("Investeringar", note="Investments used in full: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att inte återbesätta en tjänst som bygglovshandläggare under 2026, vilket anpassar "
            "kostnaderna till den lägre ärendevolymen.",
            A("Bygglov", None, "vakanser"),
        ),
        H("Verksamhetens nyckeltal", 2),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 4,2 veckor, jämfört med 6,1 veckor under 2024.",
            O("Bygglov", note="A key figure against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-mbn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
