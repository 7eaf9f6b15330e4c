"""Nacka kommun, Äldrenämnden, månadsuppföljning oktober 2025.

An elderly-care committee's month report in tkr, footer with the nämnd's meeting date in November: the full year
"ett underskott på 14 600 tkr" beside a share of the frame, the period "10 400 tkr högre än periodiserad budget"
in a sentence of its own, the change since September, then three kostnadsslag in one sentence ("överskrider
budget med 3 900 tkr och köp av verksamhet med 12 300 tkr, medan intäkterna blir 1 600 tkr högre"); a verksamhet
table whose deficits carry a trailing minus ("9 800-"); plain headings, so the deficit is explained twice: home
care volumes ending "Det medför ett underskott mot budget på 9 800 tkr", "6,1 miljoner kronor högre än
budgeterat", a reason-only deficit (the row's "1 200-"), "Överskottet på 1 900 tkr inom myndighet och bistånd
beror på", "ett litet överskott, 700 tkr", "beräknas i stort sett hålla budget" beside a row of 100- (boilerplate);
an action with an effect and a risk (other). Liberation Sans Narrow (Arial Narrow) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 78.0, 72.0, 72.0),
        header=lambda n, m: ("NACKA KOMMUN", "Äldrenämnden"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025 – Äldrenämnden 2025-11-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (minus = underskott)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "412 300", "422 100", "9 800-"),
            ("Särskilt boende", "598 700", "604 800", "6 100-"),
            ("Hemsjukvård", "64 500", "65 700", "1 200-"),
            ("Dagverksamhet", "18 200", "17 500", "700"),
            ("Myndighet och bistånd", "41 900", "40 000", "1 900"),
            ("Nämnd och ledning", "22 400", "22 500", "100-"),
            ("Summa", "1 158 000", "1 172 600", "14 600-"),
        ),
        widths=(150.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=20, font="narrow-bold", after=2),
        Title("Äldrenämnden", size=13, font="narrow", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Äldrenämnden prognostiserar ett underskott på 14 600 tkr för 2025, vilket motsvarar 1,1 procent "
                "av nämndens budgetram.",
                C(None, "14 600 tkr", "-", note="The percentage of the frame is not the amount."),
            ),
            (
                "Ackumulerat till och med oktober är nettokostnaderna 10 400 tkr högre än periodiserad budget.",
                C(None, "10 400 tkr", "-", note="The period in a sentence of its own: a cause of its own."),
            ),
        ),
        P("Prognosen är 2 300 tkr sämre än i september.", F(None, "2 300 tkr", "-")),
        P(
            "Personalkostnaderna överskrider budget med 3 900 tkr och köp av verksamhet med 12 300 tkr, medan "
            "intäkterna blir 1 600 tkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "3 900 tkr",
                "-",
                note="Three kostnadsslag in one sentence: three items; no reasons, so no tags.",
                also=(
                    C("Köp av verksamhet", "12 300 tkr", "-"),
                    C("Intäkter", "1 600 tkr", "+"),
                ),
            ),
        ),
        table,
        H("Hemtjänst", 3),
        P(
            "Antalet beviljade hemtjänsttimmar hos de privata utförarna i kundvalet fortsätter att öka och ligger "
            "nu cirka 8 procent över budgeterad volym. Det medför ett underskott mot budget på 9 800 tkr.",
            C(
                "Hemtjänst",
                "9 800 tkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The volume percentage is not the amount, the deficit in the last sentence is.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Kostnaden för särskilt boende blir 6,1 miljoner kronor högre än budgeterat. Fler personer med "
            "demenssjukdom har beviljats plats, och beläggningen på de externa boendena har legat nära 100 "
            "procent sedan juni.",
            C("Särskilt boende", "6,1 miljoner kronor", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Hemsjukvård", 3),
        P(
            "Hemsjukvården har haft svårt att rekrytera sjuksköterskor och har därför anlitat bemanningsföretag "
            "under sommaren, vilket ger en negativ avvikelse.",
            C(
                "Hemsjukvård",
                "1 200-",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell with its trailing minus.",
            ),
        ),
        H("Myndighet och bistånd", 3),
        P(
            "Överskottet på 1 900 tkr inom myndighet och bistånd beror på vakanta biståndshandläggartjänster.",
            C("Myndighet och bistånd", "1 900 tkr", "+", "vakanser"),
        ),
        H("Dagverksamhet", 3),
        P(
            "Dagverksamheten visar ett litet överskott, 700 tkr, då en av verksamheterna har hållit stängt under "
            "renovering.",
            C("Dagverksamhet", "700 tkr", "+", "ovrigt", note="Closed for renovation: ovrigt."),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Nämnd och ledning beräknas i stort sett hålla budget.",
            BP("Nämnd och ledning", note="Boilerplate although the row says 100-."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en tätare uppföljning av beviljade timmar i hemtjänsten och räknar med en "
            "dämpad ökning under november och december, motsvarande cirka 800 tkr.",
            A("Hemtjänst", "cirka 800 tkr", "volymer"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för särskilt boende ökar ytterligare om fler platser behöver köpas "
            "under vintern.",
            O("Särskilt boende", "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-aldn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Äldrenämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Äldrenämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
