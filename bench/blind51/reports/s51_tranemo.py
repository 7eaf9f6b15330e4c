"""Tranemo kommun, Socialnämnden, månadsuppföljning juni 2025.

A social committee's month report (elderly care, LSS and IFO) with a header dated in August: the full year
"ett underskott på 5,6 mnkr, motsvarande 1,9 procent av nämndens budgetram" (a percentage beside the amount)
and the period "2,2 mnkr sämre än periodiserad budget" in two sentences; a kostnadsslag table whose deficits
carry a trailing minus ("4 300-"); bold run-in kostnadsslag ending in a full stop whose first sentence has no
subject ("Överskrids med 4,3 mnkr"), an FK revenue "+1,6 mnkr" after a comma; then headings that carry the
verksamhet and its deviation with a hyphen-minus and the word "avvikelse" ("Personlig assistans, avvikelse
-2 100 tkr"), so the deficit is explained twice, kostnadsslag and verksamhet; "bedöms hålla budget"
(boilerplate), the change since April with a "varav" part and its cause (forecast change), two actions and sick
leave against last year (other). DejaVu Sans 9.5 pt, headings in DejaVu Serif.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = "The heading carries the verksamhet and its deviation."
RUN_IN = "Bold run-in kostnadsslag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Tranemo kommun", "Socialnämnden 2025-08-20"),
        footer=lambda n, m: ("Månadsuppföljning juni 2025", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "58 200", "59 800", "1 600"),
            ("Personalkostnader", "-221 400", "-225 700", "4 300-"),
            ("Köp av verksamhet", "-38 600", "-41 500", "2 900-"),
            ("Övriga kostnader", "-52 100", "-52 100", "0"),
            ("Nettokostnad", "-253 900", "-259 500", "5 600-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning juni 2025", size=18, font="serif-bold", after=3),
        Title("Socialnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        Para(
            (
                (
                    "Socialnämndens prognos för helåret visar ett underskott på 5,6 mnkr, motsvarande 1,9 procent av "
                    "nämndens budgetram.",
                    C(None, "5,6 mnkr", "-", note="The full year; the percentage is not the amount."),
                ),
                (
                    "Utfallet till och med juni är 2,2 mnkr sämre än periodiserad budget.",
                    C(None, "2,2 mnkr", "-", note="The period in a sentence of its own."),
                ),
            )
        ),
        P(
            "Jämfört med aprilprognosen har underskottet ökat med 1,4 mnkr, varav 1,0 mnkr avser två nya "
            "placeringar på externa LSS-boenden.",
            F(
                None,
                "1,4 mnkr",
                "-",
                "kopt_verksamhet",
                note="Change since April with a 'varav' part: the total.",
            ),
        ),
        table,
        H("Kostnadsslag", 3),
        LP(
            "Personalkostnader.",
            "Överskrids med 4,3 mnkr, framför allt inom personlig assistans och särskilt boende där sjukfrånvaron "
            "har krävt många korttidsvikarier.",
            C("Personalkostnader", "4,3 mnkr", "-", "sjukfranvaro", "vikarier", note=RUN_IN),
        ),
        LP(
            "Köp av verksamhet.",
            "Kostnaden för externa LSS-boenden ligger 2,9 mnkr över budget sedan två nya beslut verkställdes i "
            "mars.",
            C("Köp av verksamhet", "2,9 mnkr", "-", "kopt_verksamhet", "volymer", note=RUN_IN),
        ),
        LP(
            "Intäkter.",
            "Ersättningen från Försäkringskassan för personlig assistans blir högre än beräknat, +1,6 mnkr.",
            C("Intäkter", "+1,6 mnkr", "+", "ersattning_fk", note=RUN_IN + " Revenue over budget: positive."),
        ),
        H("Verksamheter", 2),
        HP(
            "Personlig assistans, avvikelse -2 100 tkr",
            "Antalet beviljade assistanstimmar är fler än budgeterat och sjukfrånvaron bland assistenterna har "
            "varit hög. Den ökade ersättningen från Försäkringskassan täcker bara en del av kostnaderna.",
            C(
                "Personlig assistans",
                "-2 100 tkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "ersattning_fk",
                note=HEAD,
            ),
        ),
        HP(
            "Boende enligt LSS, avvikelse -2 900 tkr",
            "Två brukare har under våren fått beslut om boende som inte kan verkställas i egen regi, och platser "
            "har därför köpts i andra kommuner.",
            C("Boende enligt LSS", "-2 900 tkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Särskilt boende, avvikelse -1 200 tkr",
            "Hög sjukfrånvaro under våren har ersatts med timvikarier och i vissa fall med övertid.",
            C("Särskilt boende", "-1 200 tkr", "-", "sjukfranvaro", "vikarier", "overtid", note=HEAD),
        ),
        HP(
            "Hemtjänst, avvikelse +900 tkr",
            "Antalet beviljade timmar har minskat sedan årsskiftet och personalplaneringen har anpassats efter det.",
            C("Hemtjänst", "+900 tkr", "+", "volymer", "bemanning", note=HEAD),
        ),
        HP(
            "Ledning och gemensamt, avvikelse -300 tkr",
            "Konsultkostnader för utredningen om framtidens boendeplanering har inte budgeterats.",
            C("Ledning och gemensamt", "-300 tkr", "-", "inhyrd_personal", note=HEAD + " Consultants."),
        ),
        H("Individ- och familjeomsorg", 3),
        P("Individ- och familjeomsorgen bedöms hålla budget för året.", BP("Individ- och familjeomsorg")),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan för personlig assistans och särskilt boende som bland annat "
            "innebär skärpt uppföljning av sjukfrånvaron och gemensam bemanningsplanering. Planen beräknas minska "
            "kostnaderna med 1,2 mnkr under andra halvåret.",
            A(None, "1,2 mnkr", "sjukfranvaro", "bemanning"),
        ),
        P(
            "Förvaltningen undersöker också möjligheten att starta ett eget LSS-boende för att minska behovet av "
            "köpta platser.",
            A("Boende enligt LSS", None, "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen uppgick till 9,4 procent under perioden, vilket är 1,1 procentenheter "
            "högre än samma period 2024.",
            O(None, note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="tranemo-sn-manadsuppfoljning-2025-06.pdf",
        report={
            "municipality": "Tranemo",
            "committee": ["Socialnämnden"],
            "period": ["2025-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning juni 2025 Socialnämnden", "author": "Tranemo kommun"},
        style=style,
        blocks=blocks,
    )
