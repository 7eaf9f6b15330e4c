"""Huddinge kommun, Äldreomsorgsnämnden, månadsrapport oktober 2025.

An elderly-care month report in DejaVu Sans with the report date in November in the header: the full year
"ett underskott på 10,6 mnkr" with a percentage of the budget beside it, the period "en negativ avvikelse mot
periodiserad budget med 7,9 mnkr" in its own sentence and "2,4 mnkr sämre än i september" with its cause (a
forecast change); a comment table in tkr with en-dash minus signs whose comments give reasons only (each takes
its row's cell), "Prognos enligt budget" (boilerplate) and a sum row without a comment; a sub-area's deficit
inside Hemtjänst in a paragraph after the table ("ett underskott på 1,4 mnkr inom sin ram"); two actions as
bullets under "Åtgärder" (one with an effect "1,5 mnkr") and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "Rapport 2025-11-12"),
        footer=lambda n, m: ("Äldreomsorgsförvaltningen", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )

    def row(name: str, budget: str, forecast: str, dev: str) -> tuple[str, ...]:
        return (name, budget, forecast, dev)

    table = CommentTable(
        header=("Verksamhet, tkr", "Budget 2025", "Prognos 2025", "Avvikelse", "Kommentar"),
        rows=(
            (
                row("Hemtjänst", "268 400", "276 900", "–8 500"),
                "Beviljade hemtjänsttimmar har ökat med 9 procent sedan januari och fler kunder väljer externa "
                "utförare.",
                C(
                    "Hemtjänst",
                    "–8 500",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note="A comment with reasons only: the row's cell.",
                ),
            ),
            (
                row("Särskilt boende", "512 300", "519 600", "–7 300"),
                "Fler köpta platser när två avdelningar på Kvarnbergsgården är stängda för renovering.",
                C(
                    "Särskilt boende",
                    "–7 300",
                    "-",
                    "kopt_verksamhet",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A closure for renovation is ovrigt.",
                ),
            ),
            (
                row("Korttidsvård", "38 900", "37 700", "1 200"),
                "Lägre beläggning än planerat under sommaren.",
                C("Korttidsvård", "1 200", "+", "volymer", unit="tkr", table=True),
            ),
            (
                row("Dagverksamhet", "21 600", "21 600", "0"),
                "Prognos enligt budget.",
                BP("Dagverksamhet"),
            ),
            (
                row("Hälso- och sjukvård", "64 200", "66 100", "–1 900"),
                "Inhyrda sjuksköterskor under semesterperioden.",
                C("Hälso- och sjukvård", "–1 900", "-", "inhyrd_personal", unit="tkr", table=True),
            ),
            (
                row("Myndighet och bistånd", "42 700", "40 400", "2 300"),
                "Vakanta handläggartjänster.",
                C("Myndighet och bistånd", "2 300", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                row("Nämnd och ledning", "18 500", "14 900", "3 600"),
                "Ofördelad buffert för volymökningar.",
                C("Nämnd och ledning", "3 600", "+", "reserver", unit="tkr", table=True),
            ),
            (row("Summa", "966 600", "977 200", "–10 600"), "", None),
        ),
        widths=(108.0, 64.0, 68.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=17, font="sans-bold", after=2),
        Title("Äldreomsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Äldreomsorgsnämnden prognostiserar ett underskott på 10,6 mnkr för 2025, vilket motsvarar 1,1 "
                "procent av nämndens budget.",
                C(None, "10,6 mnkr", "-", note="A percentage of the budget beside the amount."),
            ),
            (
                "Utfallet till och med oktober visar en negativ avvikelse mot periodiserad budget med 7,9 mnkr.",
                C(None, "7,9 mnkr", "-", note="The period in its own sentence."),
            ),
            (
                "Prognosen är 2,4 mnkr sämre än i september, vilket framför allt beror på de stängda avdelningarna "
                "på Kvarnbergsgården.",
                F(None, "2,4 mnkr", "-", "kopt_verksamhet", "ovrigt"),
            ),
        ),
        H("Prognos per verksamhet", 3),
        table,
        P(
            "Hemtjänsten i egen regi redovisar dessutom ett underskott på 1,4 mnkr inom sin ram, främst till följd "
            "av höga kostnader för timvikarier och övertid under sommaren.",
            C(
                "Hemtjänst i egen regi",
                "1,4 mnkr",
                "-",
                "vikarier",
                "overtid",
                note="A sub-area's deficit after the table: its own item.",
            ),
        ),
        H("Åtgärder", 3),
        Bullets(
            (
                "Översyn av planeringen i hemtjänstens samtliga distrikt för att öka andelen brukartid, med en "
                "beräknad effekt på 1,5 mnkr under resten av året.",
                "Anställningsprövning av alla tjänster utom undersköterskor och sjuksköterskor i brukarnära arbete.",
            ),
            labels=(A("Hemtjänst", "1,5 mnkr", "bemanning"), A(None, None, "bemanning")),
        ),
        H("Personal", 3),
        P(
            "Sjukfrånvaron i förvaltningen var 8,4 procent i september, 0,6 procentenheter lägre än ett år "
            "tidigare.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-aon-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Äldreomsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Äldreomsorgsnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
