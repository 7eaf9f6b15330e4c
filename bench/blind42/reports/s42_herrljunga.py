"""Herrljunga kommun, Kommunstyrelsen, tjänsteskrivelse: försäljning av fastigheten Hagen 2:14 (the former
Hagens förskola), 2026.

A cover letter to the kommunstyrelse on selling an empty former preschool, which is no budget follow-up at
all: full of amounts, "högre än", "lägre än", "mer än" and "beror på", with a gain against the book value, a
price above the valuation with its reason, the running cost of the empty building with its reason, the broker's
fee against an earlier sale, the demolition cost that would not fit the maintenance budget, the down payment
and the gain's effect on the result: seven `other` items and no cause. The decision proposal, the background
and the table of the bids are unlabelled. Liberation Serif 11 pt.

The place is real; every figure, event, property and company name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="arial-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(76.0, 86.0, 76.0, 78.0),
        header=lambda n, m: ("Herrljunga kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Kommunstyrelsen · Dnr KS 2026/41", "Datum 2026-02-02", f"{n}/{m}"),
        header_size=8.0,
    )
    bids = Table(
        caption="Inkomna bud, kronor",
        header=(("Budgivare", "Bud", "Tillträde"),),
        rows=(
            ("Hagen Bostad i Herrljunga AB", "4 350 000", "2026-05-01"),
            ("Budgivare 2", "4 100 000", "2026-06-01"),
            ("Budgivare 3", "3 600 000", "2026-09-01"),
        ),
        widths=(200.0, 90.0, 90.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title(
            "Försäljning av fastigheten Hagen 2:14 (f.d. Hagens förskola)",
            size=15,
            font="arial-bold",
            after=8,
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att sälja fastigheten Hagen 2:14 till Hagen Bostad i "
            "Herrljunga AB för 4 350 000 kronor enligt bifogat köpeavtal, samt att uppdra åt kommundirektören att "
            "underteckna köpeavtalet."
        ),
        H("Bakgrund", 2),
        P(
            "Förskoleverksamheten i Hagens förskola flyttade hösten 2023 till den nya förskolan på Altorp. "
            "Kommunstyrelsen gav i maj 2025 fastighetsenheten i uppdrag att sälja fastigheten genom öppen budgivning "
            "via mäklare. Detaljplanen medger bostäder i två våningar."
        ),
        H("Ärendet", 2),
        bids,
        P(
            "Det högsta budet uppgår till 4 350 000 kronor, vilket är 1,1 mnkr högre än fastighetens bokförda värde "
            "på 3 250 000 kronor. Mellanskillnaden redovisas som en realisationsvinst.",
            O(None, note="A gain against the book value: no budget deviation."),
        ),
        P(
            "En oberoende värdering i oktober 2025 landade på 3 900 000 kronor. Att budet blev högre än värderingen "
            "beror på att tre budgivare deltog och att bostadsmarknaden i kommunen har stärkts under hösten.",
            O(None, note="A price above the valuation with 'beror på': other."),
        ),
        P(
            "Sedan verksamheten flyttade har driftkostnaden för den tomma byggnaden varit omkring 280 tkr per år, "
            "vilket beror på att värme, larm och snöröjning har behövt upprätthållas.",
            O(None, "lokaler", note="The cost of an empty building, compared with no budget: other."),
        ),
        P(
            "Mäklararvodet är 95 000 kronor. Det är lägre än de 120 000 kronor som kommunen betalade vid försäljningen "
            "av Horsbyskolan 2022, eftersom arvodet den här gången upphandlades som ett fast pris.",
            O(None, note="A fee against an earlier sale: other."),
        ),
        P(
            "Alternativet att riva byggnaden har också utretts. Rivningen skulle enligt fastighetsenhetens bedömning "
            "kosta cirka 1,6 mnkr, vilket är mer än vad som ryms i fastighetsenhetens underhållsbudget för 2026.",
            O(None, note="A cost that would not fit the budget of an alternative not chosen: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Köparen betalar en handpenning om 435 000 kronor vid undertecknandet av köpeavtalet och resterande "
            "köpeskilling vid tillträdet den 1 maj 2026.",
            O(None, note="Supporting figures."),
        ),
        P(
            "Realisationsvinsten påverkar kommunens resultat för 2026 med 1,1 mnkr, och driftkostnaderna för "
            "byggnaden upphör från tillträdet.",
            O(None, note="The sale's effect on the result: other."),
        ),
        P("Ekonomienheten har inget att invända mot försäljningen."),
    ]
    return ReportSpec(
        file="herrljunga-ks-tjansteskrivelse-forsaljning-hagen-2026.pdf",
        report={
            "municipality": "Herrljunga",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026"],
            "report_type": "fastighetsförsäljning",
        },
        metadata={"title": "Försäljning av fastigheten Hagen 2:14", "author": "Herrljunga kommun"},
        style=style,
        blocks=blocks,
    )
