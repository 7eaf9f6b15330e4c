"""Katrineholms kommun, Vård- och omsorgsnämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in tkr, footer with the nämnd's meeting date in February: the
result "−7,8 mnkr jämfört med tilldelad budgetram", the outcome against the interim report's forecast with
its cause (a forecast change), a result table whose last column is each row's comment (reason-only
comments take their row's cell, "-5 300", "-1 400", "1 500", one comment names its own "4,4 mnkr", "I
nivå med budget." beside a row of 100 is boilerplate, the sum row has no comment); investments "Av
investeringsbudgeten på 6,2 mnkr användes 3,9 mnkr" (2,3 never written out); an action with its effect
during the year, sick leave and cost per hour against 2024 with "beror på" and a statement that no
equity covers the deficit (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Vård- och omsorgsnämnden 2026-02-18", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "4 200", "3 900", "300"),
                "Lägre arvoden och färre utbildningsdagar än planerat.",
                C(
                    "Nämnd och ledning",
                    "300",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A comment with no amount: the row's cell. Members' fees: ovrigt.",
                ),
            ),
            (
                ("Hemtjänst", "148 600", "153 900", "-5 300"),
                "Antalet beviljade timmar ökade med 9 procent under året, samtidigt som sjukfrånvaron bland "
                "undersköterskorna låg kvar på en hög nivå och krävde timvikarier.",
                C(
                    "Hemtjänst",
                    "-5 300",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    unit="tkr",
                    table=True,
                    note="The percentage is not the amount: the row's cell.",
                ),
            ),
            (
                ("Särskilt boende", "212 400", "216 800", "-4 400"),
                "Underskottet på 4,4 mnkr förklaras av ökade kostnader för nattbemanning och av att "
                "livsmedelspriserna steg mer än budgeterat.",
                C("Särskilt boende", "4,4 mnkr", "-", "bemanning", "prisokningar"),
            ),
            (
                ("Korttidsboende", "18 700", "20 100", "-1 400"),
                "Hög beläggning under hösten.",
                C("Korttidsboende", "-1 400", "-", "volymer", unit="tkr", table=True),
            ),
            (
                ("Hälso- och sjukvård", "41 300", "39 800", "1 500"),
                "Vakanta sjukskötersketjänster under våren gav ett överskott.",
                C("Hälso- och sjukvård", "1 500", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Dagverksamhet", "9 800", "9 700", "100"),
                "I nivå med budget.",
                BP("Dagverksamhet", note="100 in the table."),
            ),
            (
                ("Bostadsanpassning", "6 400", "7 900", "-1 500"),
                "Fler och dyrare ärenden, bland annat två större ombyggnader av badrum.",
                C("Bostadsanpassning", "-1 500", "-", "volymer", unit="tkr", table=True),
            ),
            (
                ("Gemensamma kostnader", "9 600", "6 700", "2 900"),
                "Ej fördelade statsbidrag och en outnyttjad buffert.",
                C("Gemensamma kostnader", "2 900", "+", "statsbidrag", "reserver", unit="tkr", table=True),
            ),
            (("Summa", "451 000", "458 800", "-7 800"), "", None),
        ),
        widths=(112.0, 52.0, 52.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="arial", after=12),
        H("Året i korthet", 2),
        P(
            "Under 2025 öppnade nämnden ett nytt korttidsboende med tolv platser och införde digital tillsyn nattetid "
            "i hemtjänsten i hela kommunen."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Vård- och omsorgsnämnden redovisar för 2025 ett resultat på −7,8 mnkr jämfört med tilldelad budgetram.",
            C(None, "−7,8 mnkr", "-", note="The year's result against the frame, no reason."),
        ),
        P(
            "Underskottet är 2,3 mnkr större än prognosen i delårsrapporten per augusti, vilket främst beror på att "
            "beläggningen på korttidsboendet var högre under hösten än beräknat.",
            F(None, "2,3 mnkr", "-", "volymer", note="The outcome against the interim forecast."),
        ),
        P("Driftredovisning 2025, tkr", size=9.0),
        table,
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,2 mnkr användes 3,9 mnkr. Inköpet av nya trygghetslarm till särskilt "
            "boende har flyttats till 2026 eftersom upphandlingen överklagades.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 6,2 mnkr användes 3,9 mnkr",
                "+",
                "periodisering",
                value=2_300_000,
                note="An under-spend of 2,3 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Nämnden beslutade i maj om en handlingsplan med schemaöversyn och minskad användning av timvikarier i "
            "hemtjänsten. Effekten under 2025 beräknas till 1,6 mnkr.",
            A("Hemtjänst", "1,6 mnkr", "bemanning", "vikarier"),
        ),
        H("Personal och nyckeltal", 2),
        P(
            "Sjukfrånvaron var 9,6 procent, jämfört med 10,4 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Kostnaden per hemtjänsttimme ökade med 4,1 procent jämfört med 2024, vilket främst beror på längre "
            "restider på landsbygden.",
            O("Hemtjänst", note="A key figure against the previous year with 'beror på': other."),
        ),
        P(
            "Underskottet täcks inte av något eget kapital, eftersom kommunen inte tillämpar resultatöverföring "
            "mellan åren.",
            O(None, "reserver", note="Equity and carry-over: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-von-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Vård- och omsorgsnämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
