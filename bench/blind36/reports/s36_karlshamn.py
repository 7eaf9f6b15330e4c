"""Karlshamns kommun, Omsorgsnämnden, månadsrapport november 2025.

An elderly-care, disability and social-services committee's month report with the nämnd's December meeting and
case number in the footer: the full year's "underskott på 11,8 mnkr" with its share of the frame in per cent,
the change since October with its cause; a kostnadsslag table whose deficits carry a trailing minus ("11 800-",
"5 700-"); bold run-in kostnadsslag ending in a full stop, one with reasons only (the row's "11 800-"), one
with "Avvikelsen på 5,7 mnkr" and revenue "högre än budgeterat, 5,3 mnkr" from two sources; then two columns of
headings that carry the verksamhet and an en-dash or plus amount ("Hemtjänst –5,2 mnkr", "Individ- och
familjeomsorg +1,6 mnkr"), so the deficit is explained twice, a cost level that is not the amount, "Prognosen är
oförändrad sedan oktober" after a cause under the same heading (boilerplate), a central buffer (reserver); two
actions and sick leave against last year (other). Liberation Serif (Times metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BF, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Karlshamns kommun – Omsorgsförvaltningen", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Omsorgsnämnden 2025-12-17", "ON 2025/412", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr (underskott med minustecken efter beloppet)",
        header=(("Kostnadsslag", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Intäkter", "186 400", "191 700", "5 300"),
            ("Personalkostnader", "612 800", "624 600", "11 800-"),
            ("Köp av verksamhet", "74 200", "79 900", "5 700-"),
            ("Lokalkostnader", "96 300", "95 700", "600"),
            ("Övriga kostnader", "58 900", "59 100", "200-"),
            ("Nettokostnad", "655 800", "667 600", "11 800-"),
        ),
        widths=(150.0, 86.0, 86.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=20, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="times", after=12),
        H("Sammanfattning", 2),
        P(
            "Omsorgsnämndens prognos för helåret är ett underskott på 11,8 mnkr, vilket motsvarar 1,8 procent av "
            "nämndens budgetram.",
            C(None, "11,8 mnkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Underskottet har minskat med 1,3 mnkr sedan oktober, eftersom statsbidraget för bemanning i "
            "äldreomsorgen har blivit större än nämnden räknat med.",
            F(None, "1,3 mnkr", "+", "statsbidrag"),
        ),
        table,
        LP(
            "Personalkostnader.",
            "Kostnaderna för personal överstiger budget, främst på grund av hög sjukfrånvaro inom särskilt boende och "
            "att övertid har använts för att täcka vakanta sjukskötersketjänster.",
            C(
                "Personalkostnader",
                "11 800-",
                "-",
                "sjukfranvaro",
                "overtid",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Avvikelsen på 5,7 mnkr förklaras av två nya externa placeringar inom funktionsstöd och fler köpta "
            "platser i skyddat boende.",
            C("Köp av verksamhet", "5,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Intäkter.",
            "Intäkterna blir högre än budgeterat, 5,3 mnkr, tack vare det utökade statsbidraget för äldreomsorgen och "
            "högre ersättning från Försäkringskassan för personlig assistans.",
            C("Intäkter", "5,3 mnkr", "+", "statsbidrag", "ersattning_fk"),
        ),
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Hemtjänst –5,2 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan årsskiftet, medan budgeten bygger på "
            "oförändrad volym. Sjukfrånvaron i hemtjänstgrupperna i centrum har dessutom krävt mycket övertid.",
            C("Hemtjänst", "–5,2 mnkr", "-", "volymer", "sjukfranvaro", "overtid"),
        ),
        HP(
            "Särskilt boende –4,1 mnkr",
            "Bemanningen på två avdelningar har förstärkts för brukare med stora omvårdnadsbehov, utan att budgeten "
            "har justerats.",
            C("Särskilt boende", "–4,1 mnkr", "-", "bemanning"),
        ),
        HP(
            "Hälso- och sjukvård –2,6 mnkr",
            "Kostnaderna för inhyrda sjuksköterskor uppgår hittills i år till 3,4 mnkr. Prognosen förutsätter att tre "
            "nyanställda sjuksköterskor börjar i januari.",
            C(
                "Hälso- och sjukvård",
                "–2,6 mnkr",
                "-",
                "inhyrd_personal",
                note="The heading carries the amount; the 3,4 mnkr is a cost level, not the deviation.",
            ),
        ),
        Para(
            (
                (
                    "Två nya externa placeringar enligt LSS under hösten kostar tillsammans 3,0 mnkr mer än "
                    "budgeterat.",
                    C("Funktionsstöd", "–3,0 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                ("Prognosen är oförändrad sedan oktober.", BF("Funktionsstöd")),
            ),
            head="Funktionsstöd –3,0 mnkr",
        ),
        HP(
            "Individ- och familjeomsorg +1,6 mnkr",
            "Färre placeringar av barn och unga än beräknat och lägre kostnader för ekonomiskt bistånd ger ett "
            "överskott.",
            C(
                "Individ- och familjeomsorg",
                "+1,6 mnkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
            ),
        ),
        HP(
            "Nämnd och administration +1,5 mnkr",
            "Överskottet beror på en central buffert som inte har fördelats till verksamheterna.",
            C("Nämnd och administration", "+1,5 mnkr", "+", "reserver"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i september om en åtgärdsplan för hemtjänsten. Insatserna planeras nu i ett digitalt "
            "planeringsverktyg, vilket beräknas minska restid och övertid med motsvarande 1,2 mnkr per år.",
            A("Hemtjänst", "1,2 mnkr", "overtid", "bemanning"),
        ),
        P(
            "Inom särskilt boende pågår en översyn av schemaläggningen för att minska behovet av timvikarier.",
            A("Särskilt boende", None, "bemanning", "vikarier"),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron var 9,1 procent under januari–oktober, jämfört med 8,4 procent under samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlshamn-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
