"""Hofors kommun, Kommunstyrelsen, energiuppföljning 2025 för kommunens egna fastigheter.

Not a budget follow-up: the property unit's yearly energy report, dated in March 2026, full of amounts,
percentages, "högre än", "beror på" and "avviker från målet" (the energy goal, not the budget): energy use and
energy costs against last year, a table of kWh per square metre, a care home that deviates from the energy
goal, a solar plant's investment and its grant financing, an LED retrofit's yearly saving, the electricity price
and unplanned repair costs of a pellet boiler, and a district-heating price rise "beaktats i budgeten för
2026". Six `other` items and no causes; the decision proposal and the method paragraph are unlabelled.
Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "An energy follow-up, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Hofors kommun", "Samhällsbyggnadsavdelningen, fastighet"),
        footer=lambda n, m: ("Energiuppföljning 2025", "2026-03-09", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    energy = Table(
        caption="Energianvändning per verksamhet, kWh per kvadratmeter (normalårskorrigerad)",
        header=(("Verksamhet", "2024", "2025", "Förändring, %"),),
        rows=(
            ("Skolor", "132", "126", "−4,5"),
            ("Förskolor", "148", "141", "−4,7"),
            ("Vård- och omsorgsboenden", "171", "173", "1,2"),
            ("Idrottshallar och bad", "196", "183", "−6,6"),
            ("Förvaltningsbyggnader", "118", "112", "−5,1"),
        ),
        widths=(170.0, 60.0, 60.0, 90.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Energiuppföljning 2025", size=19, font="narrow-bold", after=2),
        Title("Kommunens egna fastigheter – Kommunstyrelsen", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen godkänner energiuppföljningen för 2025 och lägger den till handlingarna."),
        H("Metod", 2),
        P(
            "Uppgifterna bygger på avlästa mätare för el, fjärrvärme och pellets i kommunens 41 byggnader. "
            "Värmeanvändningen är normalårskorrigerad enligt SMHI:s graddagar."
        ),
        H("Sammanfattning", 2),
        P(
            "Den totala energianvändningen i kommunens lokaler uppgick 2025 till 14,8 GWh, vilket är 3,1 procent "
            "lägre än 2024. Kostnaden för el, fjärrvärme och pellets blev 15,6 mnkr, en ökning med 1,4 mnkr jämfört "
            "med föregående år. Ökningen beror på högre nätavgifter och på att fjärrvärmepriset höjdes med 9 procent "
            "den 1 januari.",
            O(None, "prisokningar", note=NOT_BUDGET + " Energy costs against the previous year."),
        ),
        energy,
        H("Avvikelser mot energimålet", 2),
        P(
            "Kommunens mål är att minska energianvändningen med 2 procent per år. Vård- och omsorgsboendena avviker "
            "från målet, vilket beror på att ventilationen på Tallbackens boende har körts med högre flöden sedan "
            "legionellaprovtagningen i mars.",
            O(
                "Vård- och omsorgsboenden",
                note=NOT_BUDGET + " 'Avviker från målet' is the energy goal, not the budget.",
            ),
        ),
        H("Genomförda åtgärder", 2),
        P(
            "Solcellsanläggningen på Ekbacksskolan togs i drift i maj och har hittills producerat 96 MWh. "
            "Investeringen på 2,3 mnkr finansierades till hälften med stöd från Energimyndigheten.",
            O("Ekbacksskolan", note=NOT_BUDGET + " An investment's cost and financing, not a deviation."),
        ),
        P(
            "Bytet till LED-belysning i Bruksvallens sporthall sänkte elanvändningen med 38 procent, motsvarande en "
            "besparing på omkring 210 tkr per år.",
            O(
                "Bruksvallens sporthall",
                note=NOT_BUDGET + " An energy measure's yearly saving, not a budget action.",
            ),
        ),
        H("Kostnadsutveckling", 2),
        P(
            "Elpriset blev i genomsnitt 1,38 kronor per kWh inklusive nätavgift och skatt, mot 1,21 kronor året "
            "innan. Pelletspannan i Torsåker fick repareras två gånger under vintern, vilket gav 310 tkr i "
            "oplanerade underhållskostnader.",
            O(
                None,
                "prisokningar",
                note=NOT_BUDGET + " A price against last year and unplanned repair costs.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Fjärrvärmeleverantören har aviserat en prishöjning på 6 procent från januari 2026. Den bedöms öka "
            "kommunens kostnader med cirka 0,5 mnkr, vilket har beaktats i budgeten för 2026.",
            O(
                None,
                "prisokningar",
                note=NOT_BUDGET + " A price rise taken into next year's budget: context.",
            ),
        ),
    ]
    return ReportSpec(
        file="hofors-ks-energiuppfoljning-2025.pdf",
        report={
            "municipality": "Hofors",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "energiuppföljning",
        },
        metadata={"title": "Energiuppföljning 2025 kommunens egna fastigheter", "author": "Hofors kommun"},
        style=style,
        blocks=blocks,
    )
