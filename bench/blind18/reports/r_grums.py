"""Grums kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A cover letter (tjänsteskrivelse) dated in April for the period to March, Liberation Sans, with its
decision proposal and list of documents unlabelled: the period "ligger 2,3 mnkr över den periodiserade
budgeten" and the full year "pekar på ett underskott om 6,0 mnkr" with a percentage of the frame and the areas
named in the next sentence (two items); a verksamhet table in tkr whose deficits are in brackets ("(3 450)")
with a reading note saying so; under plain headings: "beräknas kostnaderna överskrida budget med 3 450 tkr"
followed by a sub-area "ligger däremot 400 tkr under budget" (its own item), hemtjänst with hours as levels
before "blir underskottet 2 700 tkr", "visar ett litet plus om 350 tkr", and LSS with a reason only (the
row's "(300)"); the administration row has no text; two actions (one with its effect, one without) and a risk
with an amount that is not a deviation. 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Grums kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Socialförvaltningen  |  2026-04-08  |  Dnr SN 2026/41", "", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ledning och administration", "14 200", "14 500", "(300)"),
            ("Individ- och familjeomsorg exkl. ek. bistånd", "41 800", "45 250", "(3 450)"),
            ("Ekonomiskt bistånd", "9 600", "9 200", "400"),
            ("Hemtjänst", "52 300", "55 000", "(2 700)"),
            ("Särskilt boende", "88 900", "88 550", "350"),
            ("LSS och socialpsykiatri", "37 400", "37 700", "(300)"),
            ("Summa", "244 200", "250 200", "(6 000)"),
        ),
        widths=(222.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=4),
        Title("Socialnämnden", size=11.5, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per mars 2026 och uppdrar åt förvaltningen att "
            "återkomma med en fördjupad analys av placeringskostnaderna till sammanträdet i maj."
        ),
        H("Sammanfattning av ärendet", 2),
        PS(
            (
                "Socialnämndens nettokostnad efter årets tre första månader ligger 2,3 mnkr över den periodiserade "
                "budgeten.",
                C(
                    None,
                    "2,3 mnkr",
                    "-",
                    note="The period against the periodised budget, a sentence of its own.",
                ),
            ),
            (
                "Helårsprognosen pekar på ett underskott om 6,0 mnkr, motsvarande 2,5 procent av nämndens budgetram. "
                "Underskottet finns i huvudsak inom individ- och familjeomsorgen och hemtjänsten.",
                C(
                    None,
                    "6,0 mnkr",
                    "-",
                    note="The full year; the percentage is not the amount, the areas named give no tag.",
                ),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på bokfört utfall till och med mars och på kända förändringar i placeringar och "
            "beviljade insatser. Negativa avvikelser anges inom parentes.",
            size=9.5,
        ),
        table,
        H("Individ- och familjeomsorg", 3),
        PS(
            (
                "Inom individ- och familjeomsorgen beräknas kostnaderna överskrida budget med 3 450 tkr. Sedan "
                "årsskiftet har fyra ungdomar placerats på HVB, varav två är akuta skyddsplaceringar som inte gick att "
                "förutse.",
                C("Individ- och familjeomsorg", "3 450 tkr", "-", "kopt_verksamhet"),
            ),
            (
                "Ekonomiskt bistånd ligger däremot 400 tkr under budget, eftersom fler hushåll har fått arbete genom "
                "projektet Vägen vidare.",
                C(
                    "Ekonomiskt bistånd",
                    "400 tkr",
                    "+",
                    "ekonomiskt_bistand",
                    note="A sub-area inside another area's paragraph: its own item.",
                ),
            ),
        ),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten utförde 14 200 timmar under januari–mars, vilket är 1 100 timmar fler än budgeterat. Om "
            "volymen ligger kvar på samma nivå resten av året blir underskottet 2 700 tkr. Nattpatrullen har "
            "dessutom behövt förstärkas med en extra bil sedan februari.",
            C(
                "Hemtjänst",
                "2 700 tkr",
                "-",
                "volymer",
                "bemanning",
                note="Hours are levels; the deficit comes in the second sentence.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Särskilt boende visar ett litet plus om 350 tkr. Sjukfrånvaron har varit lägre än under motsvarande "
            "period i fjol, vilket har minskat behovet av timvikarier.",
            C("Särskilt boende", "350 tkr", "+", "sjukfranvaro", "vikarier"),
        ),
        H("LSS och socialpsykiatri", 3),
        P(
            "Assistansersättningen från Försäkringskassan har inte räknats upp i samma takt som lönerna för de "
            "personliga assistenterna, vilket ger en negativ avvikelse.",
            C(
                "LSS och socialpsykiatri",
                "(300)",
                "-",
                "ersattning_fk",
                "lonekostnader",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, a bracketed deficit.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen föreslår att tre vakanta tjänster inom administrationen hålls obesatta under resten av "
                "året, vilket beräknas ge en besparing på 1,1 mnkr.",
                A(None, "1,1 mnkr", "vakanser"),
            ),
            (
                "En översyn av nattorganisationen i hemtjänsten pågår och redovisas för nämnden i maj.",
                A("Hemtjänst", None, "bemanning"),
            ),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen är osäker, eftersom en enda ny placering på HVB kan kosta upp till 1,5 mnkr på årsbasis.",
            O(
                "Individ- och familjeomsorg",
                "kopt_verksamhet",
                note="A risk with an amount that is not a deviation.",
            ),
        ),
        H("Beslutsunderlag", 2),
        Bullets(
            (
                "Tjänsteskrivelse 2026-04-08",
                "Ekonomisk uppföljning per mars 2026, bilaga 1",
                "Placeringsförteckning, bilaga 2 (sekretess)",
            ),
            glyph="–",
        ),
    ]
    return ReportSpec(
        file="grums-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Grums",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026 Socialnämnden", "author": "Grums kommun"},
        style=style,
        blocks=blocks,
    )
