"""Åstorps kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026.

An elderly-care committee's tertial report in mkr with U+2212 minus signs, footer with the nämnd's meeting
date in May: the full year "ett underskott på 7,8 mkr för 2026" with a percentage of the frame in the same
sentence (not the amount) and the period "Efter april är underskottet 2,9 mkr" in separate paragraphs; a
verksamhet table; en-dash bullets under a generic heading ("Förvaltningens kommentarer") in varied shapes
("visar ett underskott på 3,4 mkr", "beräknas gå 4,6 mkr över budget, varav 1,8 mkr", the area after
"Inom", two verksamheter as a "respektive" pair of surpluses with a reason each); two kostnadsslag in one
sentence ("6,1 mkr över budget", "medan intäkterna från omvårdnadsavgifter blir 0,9 mkr högre"); "Prognosen
är oförändrad" (boilerplate forecast change); two actions and an undecided state grant (other). Liberation
Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Åstorps kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "98,2", "101,6", "−3,4"),
            ("Särskilt boende", "156,4", "161,0", "−4,6"),
            ("Hälso- och sjukvård", "41,7", "42,9", "−1,2"),
            ("Korttidsvård", "18,3", "17,7", "0,6"),
            ("Nämnd och administration", "14,9", "14,1", "0,8"),
            ("Summa", "329,5", "337,3", "−7,8"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Vård- och omsorgsnämnden prognostiserar ett underskott på 7,8 mkr för 2026, vilket motsvarar 2,4 "
            "procent av budgetramen.",
            C(None, "7,8 mkr", "-", note="The percentage is not the amount."),
        ),
        P(
            "Efter april är underskottet 2,9 mkr jämfört med periodiserad budget.",
            C(None, "2,9 mkr", "-", note="The period in a paragraph of its own."),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        table,
        H("Förvaltningens kommentarer", 2),
        Bullets(
            items=(
                "Hemtjänsten visar ett underskott på 3,4 mkr. Antalet beviljade timmar är cirka 9 procent högre än "
                "budgeterat, och kostnaderna för leasade bilar har ökat.",
                "Särskilt boende beräknas gå 4,6 mkr över budget, varav 1,8 mkr avser nattbemanningen på det nya "
                "demensboendet. Sjuklönekostnaderna har också varit höga.",
                "Inom hälso- och sjukvården blir kostnaderna för bemanningssjuksköterskor 1,2 mkr högre än budget.",
                "Korttidsvården och nämnd och administration visar överskott på 0,6 respektive 0,8 mkr, till följd av "
                "lägre beläggning på korttidsplatserna och en vakant tjänst som enhetschef.",
            ),
            labels=(
                C(
                    "Hemtjänst",
                    "3,4 mkr",
                    "-",
                    "volymer",
                    "material_hjalpmedel",
                    note="The percentage of hours is not the amount. Leased cars are material_hjalpmedel.",
                ),
                C(
                    "Särskilt boende",
                    "4,6 mkr",
                    "-",
                    "bemanning",
                    "sjukfranvaro",
                    note="A 'varav' part: the total is the amount.",
                ),
                C("Hälso- och sjukvård", "1,2 mkr", "-", "inhyrd_personal"),
                C(
                    "Korttidsvård",
                    "0,6",
                    "+",
                    "volymer",
                    unit="mkr",
                    note="A 'respektive' pair: one item per area, each with its own reason.",
                    also=(C("Nämnd och administration", "0,8 mkr", "+", "vakanser"),),
                ),
            ),
            glyph="–",
        ),
        P(
            "Per kostnadsslag är det personalkostnaderna som avviker mest, 6,1 mkr över budget, medan intäkterna från "
            "omvårdnadsavgifter blir 0,9 mkr högre än beräknat.",
            C(
                "Personalkostnader",
                "6,1 mkr",
                "-",
                note="Two kostnadsslag in one sentence: two items.",
                also=(C("Omvårdnadsavgifter", "0,9 mkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen arbetar med en handlingsplan för hemtjänsten med ny planering av turerna och översyn av "
            "biståndsbesluten. Effekten beräknas till 1,5 mkr under 2026.",
            A("Hemtjänst", "1,5 mkr", "bemanning", "volymer"),
        ),
        P(
            "Nämnden har också beslutat att inte tillsätta två vakanta administrativa tjänster under resten av året.",
            A("Nämnd och administration", None, "vakanser"),
        ),
        H("Risker", 2),
        P(
            "Statsbidraget för äldreomsorgen är ännu inte beslutat för 2026 och ingår inte i prognosen.",
            O(None, "statsbidrag", note="An undecided grant: a risk, other."),
        ),
    ]
    return ReportSpec(
        file="astorp-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Åstorps kommun"},
        style=style,
        blocks=blocks,
    )
