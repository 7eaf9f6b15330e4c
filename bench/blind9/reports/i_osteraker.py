"""Österåkers kommun, Vård- och omsorgsnämnden, tertialrapport 2 2025 (januari–augusti).

An elderly-care committee's tertial report, header "Österåkers kommun", footer with the nämnd's meeting
date in September: the full year "4,6 mnkr sämre än budget" and, in the same paragraph, the improvement
since tertial 1 with its cause (a forecast change); a kostnadsslag table in tkr with a trailing minus for
deficits ("3 900-") and an explicit "+" for surpluses; bold run-in kostnadsslag with a colon: personnel
costs and bought services with reasons only (the table rows' "3 900-" and "4 300-"), revenue with a reason
only ("+2 100"), other costs with "ett överskott på 1,2 mnkr"; then, in two columns, headings that carry
the verksamhet and its amount ("Hemtjänst −3,2 mnkr", "Korttidsboende +0,8 mnkr") with short paragraphs
("räcker inte inom ramen"), so the same deficit is explained twice, by kostnadsslag and by verksamhet; an
action with its effect and a volume against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

ROW = "Reasons only: the table row's amount (tkr, trailing minus for a deficit)."
HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Österåkers kommun", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-09-24, § 61", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Intäkter", "-84 500", "-59 110", "-86 600", "+2 100"),
            ("Personalkostnader", "312 800", "214 950", "316 700", "3 900-"),
            ("Köp av verksamhet", "246 300", "168 420", "250 600", "4 300-"),
            ("Lokalkostnader", "58 200", "38 700", "57 900", "+300"),
            ("Övriga kostnader", "31 400", "19 850", "30 200", "+1 200"),
            ("Nettokostnad", "564 200", "382 810", "568 800", "4 600-"),
        ),
        widths=(120.0, 76.0, 78.0, 76.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar ett helårsresultat som är 4,6 mnkr sämre än budget.",
                C(None, "4,6 mnkr", "-"),
            ),
            (
                "Prognosen har förbättrats med 1,1 mnkr sedan tertialrapport 1, främst genom att tio platser på "
                "korttidsboendet har kunnat avvecklas.",
                F(None, "1,1 mnkr", "+", "omstallning"),
            ),
        ),
        table,
        LP(
            "Personalkostnader:",
            "Sjukfrånvaron har varit hög inom särskilt boende under sommaren, och behovet av timvikarier och "
            "övertid har varit större än budgeterat.",
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
            "Köp av verksamhet:",
            "Fler brukare har valt en extern utförare av hemtjänst enligt LOV, och timersättningen räknades upp med "
            "4,5 procent från den 1 april.",
            C(
                "Köp av verksamhet",
                "4 300-",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Intäkter:",
            "Statsbidraget för ökad bemanning inom äldreomsorgen blev högre än vad som budgeterades.",
            C(
                "Intäkter",
                "+2 100",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reason only: the table row's.",
            ),
        ),
        LP(
            "Övriga kostnader:",
            "Här finns ett överskott på 1,2 mnkr, framför allt för att inköpen av hjälpmedel och "
            "förbrukningsmaterial har varit lägre än planerat.",
            C("Övriga kostnader", "1,2 mnkr", "+", "material_hjalpmedel"),
        ),
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Hemtjänst −3,2 mnkr",
            "Antalet beviljade timmar har ökat med 9 procent sedan årsskiftet, och en allt större del utförs av "
            "externa utförare.",
            C("Hemtjänst", "−3,2 mnkr", "-", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        HP(
            "Särskilt boende −2,9 mnkr",
            "Kostnaderna för sjukfrånvaro och vikarier räcker inte inom ramen. Två boenden har dessutom haft delade "
            "turer som inte var budgeterade.",
            C("Särskilt boende", "−2,9 mnkr", "-", "sjukfranvaro", "vikarier", "bemanning", note=HEAD),
        ),
        HP(
            "Korttidsboende +0,8 mnkr",
            "Beläggningen har varit lägre än planerat och tio platser avvecklades i juni.",
            C("Korttidsboende", "+0,8 mnkr", "+", "volymer", "omstallning", note=HEAD),
        ),
        HP(
            "Myndighet och administration +0,7 mnkr",
            "Överskottet förklaras av lägre licenskostnader för verksamhetssystemet än budgeterat.",
            C("Myndighet och administration", "+0,7 mnkr", "+", "it_digitalisering", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Från september ska alla behov av vikarier som överstiger två dagar godkännas av enhetschef. Åtgärden "
            "beräknas minska kostnaderna med 0,6 mnkr under hösten.",
            A("Särskilt boende", "0,6 mnkr", "vikarier"),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst var 612 i augusti, vilket är 48 fler än i augusti 2024.",
            O("Hemtjänst", "volymer", note="A volume against the previous year."),
        ),
    ]
    return ReportSpec(
        file="osteraker-von-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Österåker",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Vård- och omsorgsnämnden", "author": "Österåkers kommun"},
        style=style,
        blocks=blocks,
    )
