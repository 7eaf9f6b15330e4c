"""Timrå kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in Liberation Sans, footer with the nämnd's meeting date in May: the period
"1,6 mnkr högre än den periodiserade budgeten" (a net cost over budget, negative) and the full year "ett
underskott på 6,8 mnkr, motsvarande 1,9 procent av nämndens budgetram" in two sentences, the change since
February, a verksamhet table in tkr whose deficits have a minus separated by a space ("- 2 400"), then headings
that carry the area and amount with the same spaced minus ("Individ- och familjeomsorg - 2,4 mnkr", "+ 0,6
mnkr", "± 0 mnkr"): HVB placements with a family-home sentence "i nivå med budget" inside the paragraph (its own
boilerplate item), försörjningsstöd with a household count that is not the amount, LSS with an early opening and
refused assistance compensation, a vacancy surplus and "bedöms bedrivas inom budget" (boilerplate); personnel
costs "1,3 mnkr lägre än budget" and hired social workers "överstiger budget med 0,9 mnkr" in two sentences;
three actions as bullets (one with its effect), a risk and sick leave against 2025 with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Timrå kommun | Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 200", "5 600", "600"),
            ("Individ- och familjeomsorg", "68 400", "70 800", "- 2 400"),
            ("Ekonomiskt bistånd", "24 500", "27 600", "- 3 100"),
            ("LSS och socialpsykiatri", "112 300", "114 200", "- 1 900"),
            ("Arbetsmarknad och integration", "18 900", "18 900", "0"),
            ("Summa", "230 300", "237 100", "- 6 800"),
        ),
        widths=(190.0, 84.0, 84.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar efter april ett utfall som är 1,6 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "1,6 mnkr",
                    "-",
                    note="The period: a net cost above the periodised budget is negative.",
                ),
            ),
            (
                "Prognosen för helåret är ett underskott på 6,8 mnkr, motsvarande 1,9 procent av nämndens budgetram.",
                C(None, "6,8 mnkr", "-", note="The percentage of the frame is not the amount."),
            ),
            ("Det är 1,2 mnkr sämre än prognosen i februari.", F(None, "1,2 mnkr", "-")),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Para(
            (
                (
                    "Placeringar av barn och unga på HVB har ökat sedan årsskiftet, och tre nya ärenden med placering "
                    "enligt LVU har tillkommit under mars och april.",
                    C("Individ- och familjeomsorg", "- 2,4 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Kostnaden för familjehem ligger i nivå med budget.",
                    BP("Familjehem", note="A sub-area in balance inside the paragraph: its own item."),
                ),
            ),
            head="Individ- och familjeomsorg - 2,4 mnkr",
            head_level=3,
        ),
        HP(
            "Ekonomiskt bistånd - 3,1 mnkr",
            "Fler hushåll har behov av försörjningsstöd, i genomsnitt 412 hushåll per månad mot budgeterade 370. "
            "Ökningen beror främst på att fler personer har lämnat etableringsuppdraget utan egen försörjning och på "
            "den högre arbetslösheten i regionen.",
            C(
                "Ekonomiskt bistånd",
                "- 3,1 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="A household count beside the heading's amount: not the amount.",
            ),
        ),
        HP(
            "LSS och socialpsykiatri - 1,9 mnkr",
            "Två nya platser i gruppbostad har öppnat tidigare än planerat. Dessutom har Försäkringskassan avslagit "
            "två ansökningar om assistansersättning, vilket innebär att kommunen står för hela kostnaden i dessa "
            "ärenden.",
            C("LSS och socialpsykiatri", "- 1,9 mnkr", "-", "periodisering", "ersattning_fk"),
        ),
        HP(
            "Nämnd och förvaltningsledning + 0,6 mnkr",
            "Överskottet beror på att tjänsten som utvecklingsledare är vakant sedan januari.",
            C("Nämnd och förvaltningsledning", "+ 0,6 mnkr", "+", "vakanser"),
        ),
        HP(
            "Arbetsmarknad och integration ± 0 mnkr",
            "Verksamheten bedöms bedrivas inom budget.",
            BP("Arbetsmarknad och integration"),
        ),
        H("Kostnadsslag", 2),
        PS(
            (
                "Personalkostnaderna för hela nämnden bedöms bli 1,3 mnkr lägre än budget, eftersom vakanta "
                "socialsekreterartjänster inom barn och unga har varit svåra att tillsätta.",
                C("Personalkostnader", "1,3 mnkr", "+", "vakanser"),
            ),
            (
                "Samtidigt överstiger kostnaderna för inhyrda socialsekreterare budget med 0,9 mnkr.",
                C(
                    "Inhyrd personal",
                    "0,9 mnkr",
                    "-",
                    "inhyrd_personal",
                    note="A second account group in its own sentence: its own item.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Placeringar på HVB följs upp varje vecka i en särskild placeringsgrupp.",
                "Hemmaplansteamet utökas med två tjänster från juni, vilket beräknas minska placeringskostnaderna "
                "med 1,0 mnkr under året.",
                "Samverkan med Arbetsförmedlingen kring hushåll med långvarigt försörjningsstöd intensifieras.",
            ),
            labels=(
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
                A("Individ- och familjeomsorg", "1,0 mnkr", "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        H("Risker och personal", 2),
        P(
            "Prognosen är osäker eftersom en enda ny placering på HVB kan kosta över 2 mnkr per år.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk: other."),
        ),
        P(
            "Sjukfrånvaron har minskat jämfört med samma period 2025 och uppgår till 8,2 procent, vilket beror på "
            "ett aktivt arbete med tidig rehabilitering.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="timra-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
