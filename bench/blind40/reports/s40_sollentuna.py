"""Sollentuna kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025 (elderly care).

An elderly-care interim report in "miljoner kronor" and mnkr, footer with the nämnd's meeting date in
September: the period's surplus "jämfört med periodiserad budget" and the full year "överskrida sin
budgetram med 7,4 miljoner kronor" (with a percentage of the frame) in two paragraphs, the period's timing
reason (a grant paid in advance) apart with amount null, and the change since the tertial report with no
cause; a kostnadsslag table whose deficits carry a trailing minus ("4,6-"), then one sentence with two
kostnadsslag as a "respektive" pair and a third after "medan" (three items, no reasons); two columns of
headings that carry the verksamhet and the word "underskott"/"överskott" with the amount ("Hemtjänst –
underskott 5,2 mnkr") with a percentage and a price index that are not the amount, so the deficit is explained
twice, and "i nivå med budget" (boilerplate); an action with its effect, investments used in full
(boilerplate) and a risk (other). DejaVu Sans 9.5 pt, the column headings in DejaVu Sans Condensed.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Sollentuna kommun", "Delårsrapport 2 2025 – Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-09-24", "Dnr VON 2025/318", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Prognos per kostnadsslag 2025, mnkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "-96,0", "-99,2", "3,2"),
            ("Personalkostnader", "412,5", "417,1", "4,6-"),
            ("Köp av verksamhet", "388,0", "394,6", "6,6-"),
            ("Lokalkostnader", "61,3", "61,1", "0,2"),
            ("Övriga kostnader", "55,4", "55,0", "0,4"),
            ("Nettokostnad", "821,2", "828,6", "7,4-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.96),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Vård- och omsorgsnämnden redovisar för perioden januari–augusti ett överskott på 3,1 miljoner kronor "
            "jämfört med periodiserad budget.",
            C(None, "3,1 miljoner kronor", "+", note="The period, a paragraph of its own."),
        ),
        P(
            "För helåret beräknas nämnden däremot överskrida sin budgetram med 7,4 miljoner kronor, vilket "
            "motsvarar 0,8 procent av ramen.",
            C(None, "7,4 miljoner kronor", "-", note="The full year; the percentage is not the amount."),
        ),
        P(
            "Att perioden visar ett överskott beror på att statsbidraget för äldreomsorgen har betalats ut i "
            "förskott, medan kostnaderna som det ska finansiera uppstår under hösten.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason apart from its amount: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen försämrats med 2,0 miljoner kronor.",
            F(None, "2,0 miljoner kronor", "-"),
        ),
        P(
            "Avvikelse i tabellen: positivt tal är bättre än budget, ett minustecken efter beloppet innebär ett "
            "utfall sämre än budget.",
            size=8.5,
        ),
        table,
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 4,6 respektive 6,6 mnkr, medan "
            "intäkterna blir 3,2 mnkr högre än beräknat.",
            C(
                "Personalkostnader",
                "4,6",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items, no reasons (given by verksamhet below).",
                also=(
                    C("Köp av verksamhet", "6,6 mnkr", "-"),
                    C("Intäkter", "3,2 mnkr", "+"),
                ),
            ),
        ),
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Hemtjänst – underskott 5,2 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med drygt 6 procent sedan årsskiftet, och fler brukare "
            "väljer privata utförare enligt LOV. Den egna regin har samtidigt haft höga kostnader för sjuklön och "
            "övertid under sommaren.",
            C(
                "Hemtjänst",
                "5,2 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "sjukfranvaro",
                "overtid",
                note="The heading carries the amount after the word 'underskott'; the percentage is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende – underskott 3,9 mnkr",
            "Kön till särskilt boende har gjort att nämnden köpt sex platser utöver de platser som ingår i "
            "ramavtalen. Dygnspriset för köpta platser har dessutom räknats upp med 4,2 procent.",
            C("Särskilt boende", "3,9 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        HP(
            "Hälso- och sjukvård – överskott 0,9 mnkr",
            "Två vakanta sjukskötersketjänster har inte gått att tillsätta, och kostnaderna för hjälpmedel har "
            "varit lägre än budgeterat.",
            C("Hälso- och sjukvård", "0,9 mnkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        HP(
            "Myndighetsutövning – överskott 0,8 mnkr",
            "Avgiftsintäkterna har ökat sedan maxtaxan höjdes, och bostadsanpassningsbidragen har hittills varit "
            "färre än normalt.",
            C("Myndighetsutövning", "0,8 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Nämnd och förvaltningsledning beräknas bli i nivå med budget.",
            BP("Nämnd och förvaltningsledning"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett förstärkt bemanningsstöd i hemtjänstens egna regi med schemaläggning "
            "efter faktisk planerad tid. Effekten beräknas till 1,5 mnkr för helåret 2026.",
            A("Hemtjänst", "1,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 4,0 mnkr för inventarier och digitala trygghetslarm beräknas användas "
            "fullt ut.",
            BP("Investeringar", note="Investments used in full: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Om statsbidraget för 2026 blir lägre än aviserat finns en risk att underskottet växer nästa år.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="sollentuna-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Sollentuna",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2 2025 Vård- och omsorgsnämnden", "author": "Sollentuna kommun"},
        style=style,
        blocks=blocks,
    )
