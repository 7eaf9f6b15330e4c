"""Vännäs kommun, Socialnämnden, månadsrapport maj 2026 (mostly elderly care).

A social committee's month report in tkr, footer with the meeting date in June: the full year "6 480 tkr
sämre än budget (–5 120 tkr i april)" with last month's figure in brackets, then the cause of the worsening
without an amount (a forecast change); a table with hyphen-minus deviations for May and April side by side;
plain headings over "går mot ett underskott på 3 350 tkr", "För särskilt boende blir kostnaderna 2 470 tkr
högre än budgeterat", two areas that "överskrider budget med 580 tkr respektive 440 tkr" with different
reasons in the next sentence (two items, one text), a reason-only surplus (the row's "310"), two areas that
"följer budget" in one sentence (two boilerplate items), a grant of "1 150 000 kronor" that was not in the
budget, care fees "230 tkr under budget"; three action bullets and sick leave against last year (other).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Vännäs kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-06-16", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(
            ("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2026", "2026", "maj", "april"),
        ),
        rows=(
            ("Hemtjänst", "38 200", "41 550", "-3 350", "-2 400"),
            ("Särskilt boende", "61 400", "63 870", "-2 470", "-2 300"),
            ("Hemsjukvård", "14 900", "15 480", "-580", "-420"),
            ("Dagverksamhet och anhörigstöd", "2 100", "1 790", "310", "300"),
            ("Individ- och familjeomsorg", "22 800", "23 240", "-440", "-300"),
            ("Bistånd och myndighet", "4 300", "4 250", "50", "0"),
            ("Nämnd och ledning", "5 600", "5 600", "0", "0"),
            ("Summa", "149 300", "155 780", "-6 480", "-5 120"),
        ),
        widths=(170.0, 66.0, 66.0, 66.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett helårsresultat som är 6 480 tkr sämre än budget (–5 120 tkr i "
                "april).",
                C(None, "6 480 tkr", "-", note="The figure in brackets is last month's, not the amount."),
            ),
            (
                "Försämringen sedan april beror på att behovet av hemtjänst har fortsatt att öka.",
                F(None, None, "-", "volymer", note="The change (1 360 tkr) is never written out: null."),
            ),
        ),
        table,
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten går mot ett underskott på 3 350 tkr. Antalet beviljade timmar har ökat med 14 procent sedan "
            "årsskiftet, och verksamheten har behövt ta in timvikarier och använda övertid för att klara insatserna "
            "i Pengsjö och Tväråbäck.",
            C("Hemtjänst", "3 350 tkr", "-", "volymer", "vikarier", "overtid"),
        ),
        H("Särskilt boende", 3),
        P(
            "För särskilt boende blir kostnaderna 2 470 tkr högre än budgeterat. Sjukfrånvaron på de två "
            "demensavdelningarna har legat kring 12 procent, och nattbemanningen har förstärkts efter en lex "
            "Sarah-anmälan.",
            C("Särskilt boende", "2 470 tkr", "-", "sjukfranvaro", "bemanning"),
        ),
        H("Hemsjukvård och individ- och familjeomsorg", 3),
        P(
            "Hemsjukvården och individ- och familjeomsorgen överskrider budget med 580 tkr respektive 440 tkr. Inom "
            "hemsjukvården är det kostnaderna för inhyrda sjuksköterskor under semesterperioden som driver "
            "underskottet, medan individ- och familjeomsorgen har fått en ny familjehemsplacering i mars.",
            C(
                "Hemsjukvård",
                "580 tkr",
                "-",
                "inhyrd_personal",
                note="A 'respektive' pair with each area's own reason in the next sentence: two items, one text.",
                also=(C("Individ- och familjeomsorg", "440 tkr", "-", "kopt_verksamhet"),),
            ),
        ),
        H("Dagverksamhet och anhörigstöd", 3),
        P(
            "Dagverksamheten visar ett positivt resultat, då verksamheten på Fyrklövern har hållit stängt under två "
            "månader i väntan på nya lokaler.",
            C(
                "Dagverksamhet och anhörigstöd",
                "310",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Bistånd och myndighet samt nämnd och ledning följer budget.",
            BP(
                "Bistånd och myndighet",
                note="Two areas in one balance sentence: two boilerplate items (the first row says 50).",
                also=(BP("Nämnd och ledning"),),
            ),
        ),
        H("Intäkter", 3),
        P(
            "Nämnden har beviljats 1 150 000 kronor i statsbidrag för kvalitetshöjande åtgärder i äldreomsorgen, "
            "vilket inte fanns med i budgeten. Bidraget motsvaras av kostnader för utbildning av undersköterskor.",
            C(
                "Statsbidrag",
                "1 150 000 kronor",
                "+",
                "statsbidrag",
                note="A grant outside the budget: a revenue deviation, in whole kronor.",
            ),
        ),
        P(
            "Intäkterna från omvårdnadsavgifter ligger 230 tkr under budget, eftersom fler brukare än beräknat har "
            "fått sin avgift reducerad.",
            C("Omvårdnadsavgifter", "230 tkr", "-", "avgifter_intakter"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Planering av hemtjänstens turer i ett nytt planeringssystem från september.",
                "Översyn av nattbemanningen på särskilt boende, med en beräknad besparing på 400 tkr för helåret.",
                "Rekrytering av två sjuksköterskor för att minska behovet av bemanningsföretag.",
            ),
            labels=(
                A("Hemtjänst", None, "bemanning"),
                A("Särskilt boende", "400 tkr", "bemanning"),
                A("Hemsjukvård", None, "inhyrd_personal"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,2 procent under januari–maj, jämfört med 8,4 procent under samma "
            "period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vannas-sn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Vännäs",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Socialnämnden", "author": "Vännäs kommun"},
        style=style,
        blocks=blocks,
    )
