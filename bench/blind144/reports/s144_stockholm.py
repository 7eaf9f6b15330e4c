"""Stockholms stad, Överförmyndarnämnden, tertialrapport 2 2025.

A small committee's tertial report in DejaVu Sans, mnkr with U+2212 minus signs in the table, footer with the
nämnd's meeting date in September and a diary number: the full year "ett underskott på 2,4 mnkr mot budget"
with a percentage of the budget that is not the amount and its reasons in the next sentence (one item); the
period "1,3 mnkr högre än periodiserad budget" (negative) in a paragraph of its own; "Prognosen är oförändrad"
(boilerplate forecast change); plain headings per kostnadsslag: "blir 3,1 mnkr högre än budget",
"understiger budget med 0,9 mnkr", "för 0,6 mnkr utöver budget", "följer i stort budget" beside a row of 0,4
(boilerplate); an action with no amount, a volume against last year and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O

ARVODEN = "Arvoden till ställföreträdare"


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(74.0, 80.0, 74.0, 76.0),
        header=lambda n, m: ("Stockholms stad", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Överförmyndarnämnden 2025-09-18", "Dnr ÖFN 2025/412", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per kostnadsslag, mnkr",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            (ARVODEN, "61,4", "64,5", "−3,1"),
            ("Personal", "42,2", "41,3", "0,9"),
            ("Lokaler och IT", "9,8", "10,4", "−0,6"),
            ("Övriga kostnader", "5,6", "5,2", "0,4"),
            ("Summa", "119,0", "121,4", "−2,4"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=17, font="sans-bold", after=2),
        Title("Överförmyndarnämnden", size=12, font="sans", after=12),
        H("Ekonomi", 2),
        P(
            "Överförmyndarnämndens prognos för 2025 är ett underskott på 2,4 mnkr mot budget, vilket motsvarar 3,1 "
            "procent av nämndens budget. Underskottet förklaras av att arvodena till gode män och förvaltare ökar, "
            "eftersom fler ärenden gäller personer med omfattande behov och arvodena räknas upp med "
            "prisbasbeloppet.",
            C(
                None,
                "2,4 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="The percentage is not the amount. An index (prisbasbelopp) is prisokningar.",
            ),
        ),
        P(
            "Utfallet efter augusti är 1,3 mnkr högre än periodiserad budget.",
            C(None, "1,3 mnkr", "-", note="The period's cost over its budget: negative."),
        ),
        P("Prognosen är oförändrad jämfört med tertialrapport 1.", BF(None)),
        table,
        H("Arvoden", 3),
        P(
            "Kostnaden för arvoden till ställföreträdare blir 3,1 mnkr högre än budget, främst för ärenden med "
            "ensamkommande barn och personer med psykiatriska diagnoser.",
            C(ARVODEN, "3,1 mnkr", "-", "volymer"),
        ),
        H("Personal", 3),
        P(
            "Personalkostnaderna understiger budget med 0,9 mnkr på grund av föräldraledigheter och två vakanta "
            "handläggartjänster.",
            C("Personal", "0,9 mnkr", "+", "vakanser"),
        ),
        H("Lokaler och IT", 3),
        P(
            "Det nya ärendehanteringssystemet har krävt licenser och konsultstöd för 0,6 mnkr utöver budget.",
            C("Lokaler och IT", "0,6 mnkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        H("Övriga kostnader", 3),
        P("Övriga kostnader följer i stort budget.", BP("Övriga kostnader", note="0,4 in the table.")),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över rutinerna för granskning av arvodesräkningar.",
            A(ARVODEN),
        ),
        H("Volymer och risker", 2),
        P(
            "Antalet ställföreträdarskap uppgick till 9 870 den 31 augusti, en ökning med 4 procent jämfört med samma "
            "tidpunkt 2024.",
            O(None, "volymer", note="A volume against the previous year: other."),
        ),
        P(
            "Om arvodesnivåerna höjs enligt den nya vägledningen från länsstyrelsen kan kostnaderna öka med "
            "ytterligare 1 mnkr under hösten.",
            O(ARVODEN, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-ofn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Överförmyndarnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Överförmyndarnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
