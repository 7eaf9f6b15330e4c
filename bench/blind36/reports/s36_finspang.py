"""Finspångs kommun, Kommunstyrelsen, tjänsteskrivelse om försäljning av en fastighet (2026).

Not a budget follow-up: a cover letter proposing that the kommunfullmäktige sell a closed school building, dated
in March 2026, full of amounts, "beror på", "högre än" and "mindre än": the empty building's running costs and
their growth since 2024 ("vilket beror på"), the highest bid "1,7 mnkr högre än den oberoende värderingen", the
book value and the capital gain, a financing statement that the gain "ingår inte i kommunens budget", the
maintenance backlog, a tenant's rent "mindre än självkostnaden" and the decision's economic consequences with
the brokerage costs "finansieras inom fastighetsavdelningens ram". Seven `other` items and no causes; the
decision proposal, the background, the bids table, the child perspective and the documents are unlabelled.
Liberation Serif (Times metrics) 11 pt with Liberation Sans headings.

The place is real; every figure, event, property and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A property sale, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(76.0, 82.0, 76.0, 76.0),
        header=lambda n, m: ("Finspångs kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "2026-03-12", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    bids = Table(
        caption="Inkomna bud",
        header=(("Budgivare", "Bud, kronor", "Tillträde"),),
        rows=(
            ("Budgivare 1", "14 200 000", "2026-06-01"),
            ("Budgivare 2", "13 650 000", "2026-09-01"),
            ("Budgivare 3", "12 900 000", "2026-06-01"),
            ("Budgivare 4", "11 400 000", "2026-12-01"),
            ("Budgivare 5", "10 750 000", "2026-09-01"),
        ),
        widths=(150.0, 110.0, 110.0),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title(
            "Försäljning av fastigheten Skogslyckan 3 (f.d. Skogslyckans skola)", size=17, font="arial-bold"
        ),
        P("Dnr KS.2026.0144. Handläggare: mark- och exploateringsingenjör.", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige besluta att sälja fastigheten Skogslyckan 3 för 14 200 000 "
            "kronor till den budgivare som har lämnat det högsta budet, och att uppdra åt kommundirektören att "
            "underteckna köpeavtalet."
        ),
        H("Bakgrund", 2),
        P(
            "Skolverksamheten i Skogslyckan flyttade till den nya skolan i centralorten hösten 2024, och lokalerna har "
            "sedan dess stått tomma. Kommunstyrelsen beslutade i juni 2025 att fastigheten skulle säljas. Den har "
            "marknadsförts av en extern mäklare under hösten 2025, och fem bud har kommit in."
        ),
        P(
            "De tomma lokalerna kostar kommunen 0,9 mnkr per år i uppvärmning, bevakning och försäkring. Kostnaden är "
            "högre än 2024, vilket beror på att larmet har behövt kompletteras efter två inbrott.",
            O("Skogslyckan 3", "lokaler", note=NOT_BUDGET + " Running costs of empty premises against 2024."),
        ),
        bids,
        H("Ärendet", 2),
        P(
            "Det högsta budet, 14,2 mnkr, är 1,7 mnkr högre än den oberoende värdering som kommunen lät göra i "
            "augusti. Skillnaden beror enligt mäklaren på att detaljplanen medger bostäder.",
            O("Skogslyckan 3", note=NOT_BUDGET + " A bid against a valuation, with 'beror på'."),
        ),
        P(
            "Fastighetens bokförda värde är 9,8 mnkr. Försäljningen ger därmed en realisationsvinst på 4,4 mnkr, som "
            "redovisas som en jämförelsestörande post i årsredovisningen.",
            O("Skogslyckan 3", note=NOT_BUDGET + " Book value and capital gain."),
        ),
        P(
            "Reavinsten ingår inte i kommunens budget för 2026. Enligt riktlinjerna för god ekonomisk hushållning "
            "ska den inte användas till att finansiera löpande verksamhet.",
            O(
                None,
                note=NOT_BUDGET + " A financing statement: the gain is outside the budget, no deviation.",
            ),
        ),
        P(
            "Enligt fastighetsavdelningens statusbedömning finns ett eftersatt underhåll på cirka 6 mnkr, främst tak "
            "och ventilation. Det beror på att underhållet sköts upp när flytten till den nya skolan var beslutad.",
            O("Skogslyckan 3", note=NOT_BUDGET + " A maintenance backlog with 'beror på'."),
        ),
        P(
            "Gymnastiksalen hyrs i dag av en idrottsförening för 48 000 kronor per år, vilket är mindre än "
            "självkostnaden. Det beror på kommunens riktlinjer för subventionerade lokaler till föreningslivet. "
            "Köparen har åtagit sig att låta hyresavtalet löpa till och med 2027.",
            O("Gymnastiksalen", note=NOT_BUDGET + " A tenant's rent below cost: no budget."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Försäljningen minskar fastighetsavdelningens driftkostnader med 0,9 mnkr per år från 2027. Kostnaderna "
            "för mäklare och lagfart, cirka 0,3 mnkr, finansieras inom fastighetsavdelningens ram.",
            O(None, note=NOT_BUDGET + " The decision's consequences and financing."),
        ),
        H("Barnperspektiv", 2),
        P(
            "Fastigheten används inte längre för skolverksamhet, och försäljningen bedöms inte påverka barn och unga. "
            "Föreningens verksamhet i gymnastiksalen kan fortsätta under avtalstiden."
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-03-12. Värderingsutlåtande augusti 2025. Mäklarens sammanställning av bud."),
    ]
    return ReportSpec(
        file="finspang-ks-forsaljning-fastighet-skogslyckan-2026.pdf",
        report={
            "municipality": "Finspång",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-03", "2026"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Försäljning av fastigheten Skogslyckan 3", "author": "Finspångs kommun"},
        style=style,
        blocks=blocks,
    )
