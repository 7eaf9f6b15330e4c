"""Kalmar kommun, Omsorgsnämnden, månadsrapport november 2025.

An elderly-care and disability committee's month report in DejaVu Sans Condensed 9.5 pt, footer with the
December meeting: the full year "underskott på 14,2 mkr" and the change since October with its cause (a
forecast change) in two sentences, the accumulated period "negativ avvikelse mot budget på 12,9 mkr"; a
kostnadsslag table with "+" and U+2212 signs, personnel costs "överskrider budget med 18,8 mkr" with four
causes, a reason-only revenue surplus (the row's "+7,4"), "Köp av verksamhet, −5,2 mkr, avser"; then two
columns of headings that carry the verksamhet and the amount after a comma ("Hemtjänst, −6,3 mkr"), a
sick-leave percentage that is not the amount, an undistributed buffer (reserver), so the deficit is explained
twice; an action, a volume against last year and a risk (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("KALMAR KOMMUN", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Omsorgsnämnden 2025-12-17", f"Sida {n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, mkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "212,0", "219,4", "+7,4"),
            ("Personalkostnader", "842,5", "861,3", "−18,8"),
            ("Köp av verksamhet", "96,0", "101,2", "−5,2"),
            ("Lokalkostnader", "88,4", "88,9", "−0,5"),
            ("Övriga kostnader", "61,7", "58,8", "+2,9"),
            ("Nettokostnad", "876,6", "890,8", "−14,2"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.96),
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Omsorgsnämnden prognostiserar ett underskott på 14,2 mkr för 2025.",
                    C(None, "14,2 mkr", "-", note="The full year, in a sentence of its own."),
                ),
                (
                    "Prognosen har förbättrats med 1,3 mkr sedan oktober, tack vare lägre kostnader för nattbemanningen.",
                    F(None, "1,3 mkr", "+", "bemanning"),
                ),
            )
        ),
        P(
            "Det ackumulerade utfallet till och med november visar en negativ avvikelse mot budget på 12,9 mkr.",
            C(None, "12,9 mkr", "-", note="The period against budget."),
        ),
        table,
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna överskrider budget med 18,8 mkr. Det beror främst på hög sjukfrånvaro och på att "
            "timvikarier och övertid har använts för att klara bemanningen på de särskilda boendena.",
            C("Personalkostnader", "18,8 mkr", "-", "sjukfranvaro", "vikarier", "overtid", "bemanning"),
        ),
        P(
            "Intäkterna blir högre än budgeterat, främst genom statsbidraget för äldreomsorgens personal och högre "
            "omvårdnadsavgifter.",
            C(
                "Verksamhetens intäkter",
                "+7,4",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                unit="mkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        P(
            "Köp av verksamhet, −5,2 mkr, avser i huvudsak externa platser inom LSS-boende.",
            C("Köp av verksamhet", "−5,2 mkr", "-", "kopt_verksamhet"),
        ),
        H("Verksamheter", 2),
        Columns(2),
        HP(
            "Hemtjänst, −6,3 mkr",
            "Antalet beviljade timmar har ökat med 9 procent sedan årsskiftet, och ersättningen till verksamheten "
            "följer inte volymökningen fullt ut.",
            C("Hemtjänst", "−6,3 mkr", "-", "volymer", note=HEAD),
        ),
        HP(
            "Särskilt boende, −8,7 mkr",
            "Tre boenden har haft en bemanning över budgeterad nivå för att möta brukare med stora omvårdnadsbehov. "
            "Sjukfrånvaron har legat på 9,8 procent.",
            C(
                "Särskilt boende",
                "−8,7 mkr",
                "-",
                "bemanning",
                "sjukfranvaro",
                note=HEAD + " The sick-leave percentage is not the amount.",
            ),
        ),
        HP(
            "Funktionsstöd, −2,4 mkr",
            "Två nya beslut om LSS-boende i annan kommun har tillkommit under hösten.",
            C("Funktionsstöd", "−2,4 mkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård, +1,9 mkr",
            "Vakanta sjukskötersketjänster ger ett överskott, även om bemanningen delvis har lösts med inhyrda "
            "sjuksköterskor.",
            C("Hälso- och sjukvård", "+1,9 mkr", "+", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Gemensamt och ledning, +1,3 mkr",
            "Överskottet förklaras av att nämndens centrala buffert inte har behövt tas i anspråk.",
            C(
                "Gemensamt och ledning",
                "+1,3 mkr",
                "+",
                "reserver",
                note=HEAD + " An unused buffer: reserver.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan med en översyn av schemaläggningen i hemtjänsten och ett tillfälligt "
            "stopp för nya timvikarier inom administrationen. Effekten beräknas till 2,0 mkr under 2026.",
            A(None, "2,0 mkr", "bemanning", "vikarier"),
        ),
        H("Volymer och risker", 2),
        P(
            "Antalet brukare med hemtjänst var 1 642 i november, 71 fler än ett år tidigare.",
            O("Hemtjänst", "volymer", note="A volume against last year: other."),
        ),
        P(
            "Om sjukfrånvaron fortsätter att öka under december kan underskottet bli större än prognosen.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
