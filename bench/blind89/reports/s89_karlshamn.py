"""Karlshamns kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning januari–september 2025.

A social committee's cover letter (tjänsteskrivelse) in Liberation Sans, dated in October for the period to
September: the decision proposal (unlabelled), the full year "9,2 miljoner kronor sämre än tilldelad
budgetram" with August's forecast level in the next sentence (a forecast change whose amount is not written:
null), the period "6,8 miljoner kronor högre än periodens budget" (negative), then headings with the amount in
brackets ("Individ- och familjeomsorg, barn och unga (−6 450 tkr)") over short paragraphs: a per-day cost in
kronor that is not the amount, a paragraph whose second sentence compares households with 2024 (other), a
surplus from compensation and a vacancy, "(±0 tkr)" over "bedöms gå jämnt ut" (boilerplate); an action plan
that has saved "1 150 000 kronor" and the consequences for the kommun (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


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
        header=lambda n, m: ("Karlshamns kommun", "Tjänsteskrivelse 2025-10-08"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2025/214", f"{n} (av {m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=18, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning januari–september 2025, socialnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per september 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden beräknar ett resultat för 2025 som är 9,2 miljoner kronor sämre än tilldelad "
                "budgetram.",
                C(None, "9,2 miljoner kronor", "-", note="The full year."),
            ),
            (
                "I augusti låg prognosen på −8,1 miljoner kronor.",
                F(
                    None,
                    None,
                    "-",
                    note="Last month's forecast level: the change (1,1) is never written, so amount null.",
                ),
            ),
        ),
        P(
            "Utfallet för januari–september är 6,8 miljoner kronor högre än periodens budget.",
            C(None, "6,8 miljoner kronor", "-", note="A net cost above the period's budget: negative."),
        ),
        H("Ekonomisk uppföljning per verksamhet", 2),
        HP(
            "Individ- och familjeomsorg, barn och unga (−6 450 tkr)",
            "Fyra nya placeringar på HVB sedan sommaren, varav två med en dygnskostnad på över 9 000 kronor, gör "
            "att köp av verksamhet ligger långt över budget. Familjehemsvården har däremot kunnat ta emot fler barn "
            "i egna familjehem.",
            C(
                "Individ- och familjeomsorg, barn och unga",
                "−6 450 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the amount in brackets; the per-day cost is not the amount.",
            ),
        ),
        HP(
            "Vuxen och missbruk (−2 100 tkr)",
            "Avvikelsen beror på köpt vård för två personer med beslut om vård enligt LVM samt ett ökat antal "
            "placeringar i skyddat boende.",
            C("Vuxen och missbruk", "−2 100 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        Para(
            (
                (
                    "Utbetalningarna av försörjningsstöd har ökat under året, framför allt till hushåll där den vuxna "
                    "har blivit utförsäkrad eller förlorat sin anställning.",
                    C("Ekonomiskt bistånd", "−1 900 tkr", "-", "ekonomiskt_bistand"),
                ),
                (
                    "I genomsnitt fick 412 hushåll bistånd per månad, 37 fler än 2024.",
                    O("Ekonomiskt bistånd", note="Households against the previous year: other."),
                ),
            ),
            head="Ekonomiskt bistånd (−1 900 tkr)",
        ),
        HP(
            "Socialpsykiatri (−900 tkr)",
            "Två brukare med omfattande behov har fått beslut om boende med särskild service, vilket inte fanns "
            "med i budgeten.",
            C("Socialpsykiatri", "−900 tkr", "-", "volymer"),
        ),
        HP(
            "Arbetsmarknadsenheten (+1 750 tkr)",
            "Enheten har fått högre ersättning från Arbetsförmedlingen för anställningar med lönestöd än "
            "budgeterat, samtidigt som en arbetsledartjänst har varit vakant sedan maj.",
            C(
                "Arbetsmarknadsenheten",
                "+1 750 tkr",
                "+",
                "statsbidrag",
                "vakanser",
                note="Compensation from Arbetsförmedlingen: statsbidrag.",
            ),
        ),
        HP(
            "Socialnämnd och administration (+400 tkr)",
            "Lägre kostnader än budgeterat för nämndens arvoden och för utbildning.",
            C("Socialnämnd och administration", "+400 tkr", "+", "ovrigt", note="Members' fees: ovrigt."),
        ),
        HP(
            "Flyktingmottagande (±0 tkr)",
            "Verksamheten bedöms gå jämnt ut mot budget.",
            BP("Flyktingmottagande"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har sedan i juni en handlingsplan för att ersätta externa placeringar med öppenvård på "
            "hemmaplan. Planen har hittills gett en besparing på 1 150 000 kronor.",
            A("Individ- och familjeomsorg, barn och unga", "1 150 000 kronor", "kopt_verksamhet"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nämndens underskott påverkar kommunens samlade resultat. Kommunstyrelsen har i tidigare beslut angett "
            "att nämnder med underskott ska redovisa åtgärder vid varje uppföljning.",
            O(None, note="Consequences and a standing instruction: other."),
        ),
        P("Socialförvaltningen, ekonomienheten"),
    ]
    return ReportSpec(
        file="karlshamn-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning januari–september 2025", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
