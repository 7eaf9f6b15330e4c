"""Åstorps kommun, Vård- och omsorgsnämnden, månadsuppföljning oktober 2025.

An elderly-care month report in Liberation Sans (Arial) whose footer carries the arbetsutskott's date in
November: the full year "ett underskott på 4 600 tkr" and the worsening since September "med 700 tkr" in one
sentence (a cause and a forecast change with the same text), the period "3,1 mnkr högre än den periodiserade
budgeten" (net cost, negative), a kostnadsslag table whose deficits carry a trailing minus ("3 900-"), bold
run-in kostnadsslag ending in a full stop with reasons only (the rows' "3 900-" and "1 200"), then headings
that carry the verksamhet and the amount ("Hemtjänst −2 840 tkr", "Särskilt boende +650 tkr", "Myndighet och
administration ±0 tkr" over "följer budget", boilerplate), so the deficit is explained twice; a cost level of
hired nurses that is a part, not the amount; an action with its full-year effect and hemtjänst clients against
December 2024 (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

ROW = "A reason-only run-in kostnadsslag: the row's cell with its trailing minus (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("ÅSTORPS KOMMUN", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "VON au 2025-11-12", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr (minustecken efter beloppet = underskott)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "38 500", "39 700", "1 200"),
            ("Personalkostnader", "214 300", "218 200", "3 900-"),
            ("Köp av verksamhet", "21 800", "23 100", "1 300-"),
            ("Lokalkostnader", "24 600", "24 200", "400"),
            ("Övriga kostnader", "17 200", "18 200", "1 000-"),
            ("Nettokostnad", "239 400", "244 000", "4 600-"),
        ),
        widths=(170.0, 74.0, 74.0, 78.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Vård- och omsorgsnämndens helårsprognos efter oktober visar ett underskott på 4 600 tkr, en försämring "
            "med 700 tkr jämfört med septemberprognosen.",
            C(
                None,
                "4 600 tkr",
                "-",
                note="The full year and the change since September share one sentence: two items, one text.",
                also=(F(None, "700 tkr", "-"),),
            ),
        ),
        P(
            "Till och med oktober är nettokostnaden 3,1 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "3,1 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        table,
        LP(
            "Personalkostnader.",
            "Hög sjukfrånvaro under sommaren har krävt timvikarier och övertid, framför allt i hemtjänsten.",
            C(
                "Personalkostnader",
                "3 900-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Intäkter.",
            "Omvårdnadsavgifterna har ökat efter den nya avgiftstaxan, och statsbidraget för äldreomsorgen har "
            "blivit högre än vad som budgeterades.",
            C(
                "Intäkter",
                "1 200",
                "+",
                "avgifter_intakter",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="A reason-only run-in kostnadsslag: the row's cell (a surplus, tkr).",
            ),
        ),
        H("Verksamheterna", 2),
        HP(
            "Hemtjänst −2 840 tkr",
            "Antalet beviljade hemtjänsttimmar var i oktober 11 procent fler än i budgeten, och kostnaden för "
            "extern hemtjänst enligt LOV fortsätter att öka.",
            C("Hemtjänst", "−2 840 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Särskilt boende +650 tkr",
            "Beläggningen har varit lägre än planerat sedan en avdelning på Lindgården stängdes för ombyggnad i "
            "augusti, vilket har minskat personalkostnaderna.",
            C(
                "Särskilt boende",
                "+650 tkr",
                "+",
                "volymer",
                "ovrigt",
                note="A closure for rebuilding is ovrigt.",
            ),
        ),
        HP(
            "Hälso- och sjukvård −1 460 tkr",
            "Bemanningsföretag har anlitats för sjuksköterskor under semesterperioden och hösten, eftersom två "
            "tjänster fortfarande är vakanta. Kostnaden för inhyrd personal uppgår hittills till 2,3 mnkr.",
            C(
                "Hälso- och sjukvård",
                "−1 460 tkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The cost level of hired nurses (2,3 mnkr) is not the deviation.",
            ),
        ),
        HP(
            "Korttidsboende −950 tkr",
            "Underskottet förklaras av köpta korttidsplatser i andra kommuner under de veckor då det egna "
            "korttidsboendet hade full beläggning.",
            C("Korttidsboende", "−950 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Myndighet och administration ±0 tkr",
            "Verksamheten följer budget.",
            BP("Myndighet och administration"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett gemensamt bemanningsteam för hemtjänst och särskilt boende, som beräknas "
            "minska kostnaderna för timvikarier med 800 tkr på helårsbasis.",
            A(None, "800 tkr", "vikarier", "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst har ökat från 312 till 341 sedan december 2024.",
            O("Hemtjänst", "volymer", note="A volume against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="astorp-von-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Vård- och omsorgsnämnden",
            "author": "Åstorps kommun",
        },
        style=style,
        blocks=blocks,
    )
