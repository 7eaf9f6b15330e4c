"""Jönköpings kommun, Tekniska nämnden, tjänsteskrivelse med förslag till avfallstaxa 2027.

Not a budget follow-up: a fee proposal for the waste service, dated in September 2026, full of amounts, "beror
på", "högre än", "lägre än" and even an "underskott" that would arise if the fee were not raised. The reasons
for the rise, the revenue against 2026, the incineration cost against 2026, the result fund and its use, a
household's fee, a comparison with other kommuner and the deficit that would follow without a rise are all
`other` (seven items); the decision proposal, the legal background, the fee table and the financing line are
unlabelled. The document has no cause. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 84.0, 74.0, 78.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN – Tekniska kontoret", "Tjänsteskrivelse 2026-09-08"),
        footer=lambda n, m: ("Diarienummer TN 2026:0871", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    fees = Table(
        caption="Grundavgift och hämtningsavgift per år, kronor inklusive moms",
        header=(("Abonnemang", "Taxa 2026", "Förslag 2027", "Förändring"),),
        rows=(
            ("Villa, fyrfack 2 x 370 liter", "3 324", "3 540", "216"),
            ("Villa, hemkompostering", "2 688", "2 862", "174"),
            ("Fritidshus, sommarhämtning", "1 596", "1 700", "104"),
            ("Flerbostadshus, per lägenhet", "1 944", "2 070", "126"),
        ),
        widths=(190.0, 80.0, 84.0, 76.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Förslag till avfallstaxa 2027", size=19, font="times-bold", after=2),
        Title("Tekniska nämnden", size=13, font="times", after=14),
        H("Sammanfattning", 2),
        P(
            "Tekniska kontoret föreslår att avfallstaxan för 2027 höjs med i genomsnitt 6,5 procent. Höjningen beror "
            "på ökade kostnader för behandling av restavfall och på den nya insamlingen av förpackningar från "
            "hushållen.",
            O(None, "prisokningar", note="A fee proposal's reasons: no budget deviation, other."),
        ),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden föreslår kommunfullmäktige att anta avfallstaxa 2027 enligt bilaga 1, att gälla från "
            "den 1 januari 2027."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt miljöbalken får kommunen ta ut en avgift för den avfallshantering som kommunen ansvarar för. "
            "Avgiften får inte överstiga kommunens nödvändiga kostnader för verksamheten."
        ),
        P(
            "Avfallsverksamheten finansieras helt av avgifter enligt självkostnadsprincipen. Intäkterna 2027 "
            "beräknas till 198,4 mnkr, vilket är 12,1 mnkr mer än 2026.",
            O(None, "avgifter_intakter", note="Revenue against the previous year: other."),
        ),
        P(
            "Kostnaden för förbränning av restavfall ökar med 5,3 mnkr jämfört med 2026, vilket beror på den nya "
            "skatten på avfallsförbränning och högre transportkostnader.",
            O(None, "prisokningar", note="A cost against the previous year with 'beror på': other."),
        ),
        P(
            "Verksamhetens resultatfond uppgick vid årsskiftet till 9,8 mnkr. Enligt plan används 3,0 mnkr av "
            "fonden för att dämpa höjningen 2027.",
            O(None, "reserver", note="A fund and its use: financing, other."),
        ),
        H("Konsekvenser för hushållen", 2),
        fees,
        P(
            "För ett villahushåll med två fyrfackskärl innebär förslaget en höjning med 216 kronor per år, från 3 "
            "324 kronor till 3 540 kronor.",
            O(None, "avgifter_intakter", note="A household's fee: context."),
        ),
        P(
            "Jönköpings avfallstaxa för en villa ligger 8 procent lägre än genomsnittet för jämförbara kommuner, "
            "vilket främst beror på att insamlingen sker med egna fordon och egen personal.",
            O(None, note="A comparison with other kommuner, not with a budget."),
        ),
        H("Konsekvenser om taxan inte höjs", 2),
        P(
            "Om taxan lämnas oförändrad beräknas avfallsverksamheten gå med ett underskott på cirka 11 mnkr 2027, "
            "som då skulle behöva täckas ur resultatfonden.",
            O(
                None,
                "reserver",
                note="A hypothetical deficit without the fee rise: no budget deviation, other.",
            ),
        ),
        H("Finansiering", 2),
        P("Förslaget påverkar inte kommunens skattefinansierade verksamhet."),
    ]
    return ReportSpec(
        file="jonkoping-tn-avfallstaxa-2027.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Tekniska nämnden"],
            "period": ["2027", "2026-09"],
            "report_type": "taxeförslag",
        },
        metadata={"title": "Förslag till avfallstaxa 2027", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
