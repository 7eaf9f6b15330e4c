"""Sävsjö kommun, Miljö- och byggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A small committee's tjänsteskrivelse dated in April for the period to March: the decision proposal (not
labelled), the full year "ett underskott på 610 tusen kronor jämfört med budget" with its reasons in the next
sentence (one item), the period "130 tusen kronor sämre än periodens budget" in a paragraph of its own;
headings that carry the verksamhet and its amount in brackets with hyphen-minus ("Bygglov
och tillsyn (-420 tkr)", "(+100 tkr)", "(±0 tkr)" over "beräknas följa budget", boilerplate); a plain heading
whose paragraph gives a period surplus in whole kronor ("85 000 kronor mot periodens budget"); the change since
February with its cause, an action with its effect and a risk. Liberation Sans (Arial metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("SÄVSJÖ KOMMUN  Miljö- och byggförvaltningen", "TJÄNSTESKRIVELSE 2026-04-09"),
        footer=lambda n, m: ("Dnr MBN 2026/41", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Miljö- och byggnadsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och lägger den till "
            "handlingarna."
        ),
        H("Sammanfattning", 2),
        P(
            "Nämnden beräknas gå med ett underskott på 610 tusen kronor jämfört med budget för 2026. Underskottet "
            "beror på lägre intäkter från bygglov och på kostnaderna för en konsult inom miljötillsynen.",
            C(None, "610 tusen kronor", "-", "avgifter_intakter", "inhyrd_personal"),
        ),
        P(
            "Efter tre månader är utfallet 130 tusen kronor sämre än periodens budget.",
            C(None, "130 tusen kronor", "-", note="The period, a paragraph of its own without a reason."),
        ),
        H("Verksamheterna", 2),
        HP(
            "Bygglov och tillsyn (-420 tkr)",
            "Antalet bygglovsansökningar under första kvartalet är det lägsta på tio år, och intäkterna förväntas "
            "därför bli lägre än budgeterat.",
            C("Bygglov och tillsyn", "-420 tkr", "-", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Miljö och hälsoskydd (-290 tkr)",
            "En miljöinspektör har sagt upp sig och tjänsten har ännu inte kunnat tillsättas. För att klara "
            "tillsynsplanen har en konsult anlitats, vilket blir dyrare än den vakanta tjänsten.",
            C("Miljö och hälsoskydd", "-290 tkr", "-", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Livsmedelskontroll (+100 tkr)",
            "Den nya avgiftsmodellen med efterhandsdebitering ger något högre intäkter än beräknat.",
            C("Livsmedelskontroll", "+100 tkr", "+", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Nämnd och administration (±0 tkr)",
            "Verksamheten beräknas följa budget.",
            BP("Nämnd och administration"),
        ),
        H("Kart och mät", 3),
        P(
            "Kart och mät redovisar hittills ett överskott på 85 000 kronor mot periodens budget, vilket beror på "
            "att inköpet av ny mätutrustning görs först under hösten.",
            C(
                "Kart och mät",
                "85 000 kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="A period surplus in whole kronor.",
            ),
        ),
        H("Jämfört med föregående prognos", 2),
        P(
            "Prognosen har försämrats med 180 tusen kronor sedan februari, helt beroende på konsultkostnaden.",
            F(None, "180 tusen kronor", "-", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen annonserar nu tjänsten som miljöinspektör på nytt och avslutar konsultavtalet när "
            "tjänsten är tillsatt. Det beräknas minska underskottet med cirka 150 tkr.",
            A("Miljö och hälsoskydd", "cirka 150 tkr", "vakanser", "inhyrd_personal"),
        ),
        H("Osäkerheter", 2),
        P(
            "Det finns en osäkerhet i prognosen för bygglov, eftersom några större detaljplaner kan vinna laga "
            "kraft under hösten.",
            O("Bygglov och tillsyn", note="An uncertainty."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-04-09. Driftredovisning per verksamhet, bilaga 1."),
        P("Karin Holmqvist, förvaltningschef    Erik Nordh, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="savsjo-mbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
