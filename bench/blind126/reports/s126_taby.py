"""Täby kommun, Äldrenämnden, månadsrapport februari 2026.

An elderly-care month report in tkr, set in DejaVu Serif, header with the report's letter date in March:
the full year "5 600 tkr sämre än budget" and the period "−1 150 tkr" against the periodised budget in two
sentences, "Jämfört med januari är prognosen oförändrad" (a boilerplate forecast change); a kostnadsslag
table with "+" and U+2212 signs; bold run-in kostnadsslag with a colon: revenue "700 tkr högre än budget",
personnel with reasons only (the row's "−2 300"), bought home care that "överskrider budget med 4,8 mnkr", and
premises and other costs "400 tkr vardera … respektive" (two items, one amount text); then per-verksamhet
bullets under a generic heading, so the deficit is explained twice ("Hemtjänst: underskott 4 100 tkr",
"Särskilt boende: −1 900 tkr." after water damage, "prognosen visar +400 tkr", "håller budget"); an action
with its full-year effect and the population over 80 (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Täby kommun – Äldrenämnden", "2026-03-12"),
        footer=lambda n, m: ("Månadsrapport februari 2026", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "38 500", "39 200", "+700"),
            ("Personalkostnader", "−214 800", "−217 100", "−2 300"),
            ("Köp av verksamhet", "−396 200", "−401 000", "−4 800"),
            ("Lokalkostnader", "−88 600", "−88 200", "+400"),
            ("Övriga kostnader", "−21 900", "−21 500", "+400"),
            ("Nettokostnad", "−683 000", "−688 600", "−5 600"),
        ),
        widths=(150.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="serif-bold", after=2),
        Title("Äldrenämnden", size=12, font="serif", after=12),
        H("Ekonomisk prognos", 2),
        PS(
            (
                "Äldrenämnden prognostiserar ett helårsresultat som är 5 600 tkr sämre än budget.",
                C(None, "5 600 tkr", "-"),
            ),
            (
                "Avvikelsen mot periodiserad budget efter februari är −1 150 tkr.",
                C(None, "−1 150 tkr", "-", note="The period in a sentence of its own."),
            ),
            ("Jämfört med januari är prognosen oförändrad.", BF(None)),
        ),
        table,
        LP(
            "Intäkter:",
            "Avgiftsintäkterna för hemtjänst och särskilt boende beräknas bli 700 tkr högre än budget, eftersom fler "
            "brukare har en avgiftsgrundande inkomst över maxtaxan.",
            C("Intäkter", "700 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader:",
            "Nattpatrullen har under januari och februari haft hög sjukfrånvaro som ersatts med timanställda och "
            "övertid.",
            C(
                "Personalkostnader",
                "−2 300",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Kostnaden för hemtjänst i valfrihetssystemet överskrider budget med 4,8 mnkr. Antalet beviljade timmar "
            "har ökat med nio procent sedan i höstas.",
            C("Köp av verksamhet", "4,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Lokalkostnader och övriga kostnader:",
            "Här uppstår ett överskott på 400 tkr vardera, till följd av en lägre hyra för dagverksamheten respektive "
            "lägre kostnader för förbrukningsmaterial.",
            C(
                "Lokalkostnader",
                "400 tkr",
                "+",
                "lokaler",
                note="Two kostnadsslag with one amount 'vardera': two items.",
                also=(C("Övriga kostnader", "400 tkr", "+", "material_hjalpmedel"),),
            ),
        ),
        H("Verksamheternas prognoser", 2),
        Bullets(
            items=(
                "Hemtjänst: underskott 4 100 tkr, i huvudsak köpt hemtjänst enligt ovan.",
                "Särskilt boende: −1 900 tkr. En avdelning på ett av de egna boendena har varit stängd efter en "
                "vattenskada, och platser har i stället köpts externt.",
                "Myndighet och biståndshandläggning: prognosen visar +400 tkr på grund av en vakant handläggartjänst.",
                "Dagverksamhet och träffpunkter håller budget.",
            ),
            labels=(
                C(
                    "Hemtjänst",
                    "4 100 tkr",
                    "-",
                    "kopt_verksamhet",
                    note="The deficit explained again by verksamhet.",
                ),
                C(
                    "Särskilt boende",
                    "−1 900 tkr",
                    "-",
                    "ovrigt",
                    "kopt_verksamhet",
                    note="Water damage: ovrigt.",
                ),
                C("Myndighet och biståndshandläggning", "+400 tkr", "+", "vakanser"),
                BP("Dagverksamhet och träffpunkter"),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över riktlinjerna för biståndsbedömning i hemtjänsten, med "
            "målet att minska kostnaden med 1,5 mnkr på helår.",
            A("Hemtjänst", "1,5 mnkr", "volymer"),
        ),
        H("Omvärld", 2),
        P(
            "Antalet invånare över 80 år i Täby ökade med 4,1 procent under 2025.",
            O(None, "volymer", note="Population against an earlier time: other."),
        ),
    ]
    return ReportSpec(
        file="taby-aln-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Äldrenämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Äldrenämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
