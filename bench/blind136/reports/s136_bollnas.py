"""Bollnäs kommun, Omsorgsnämnden, bokslut 2025.

An omsorg committee's year-end report in tkr and mnkr, set in DejaVu Serif, footer with the nämnd's meeting date
in February: the result "−14,2 mnkr jämfört med tilldelad budget", the outcome against the interim forecast
with its cause (a forecast change), net cost growth against 2024 (other); then a verksamhet table whose last
column is each row's comment: reasons without amounts (each takes its row's cell, U+2212 minus), a comment that
names a part ("2,1 mnkr" of the row's "−2 800"), "Följer budget." (boilerplate) and a row with no comment
(nothing); an action with its effect "cirka 1,5 mnkr på helårsbasis", investments "Av investeringsbudgeten på
3,4 mnkr har 1,2 mnkr använts" (2,2 never written out) and equity (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


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
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Bollnäs kommun", "Omsorgsnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-02-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "4 800", "4 350", "450"),
                "Lägre kostnader för nämndens arvoden och utbildningsdagar än budgeterat.",
                C(
                    "Nämnd och ledning",
                    "450",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Members' fees: ovrigt.",
                ),
            ),
            (
                ("Hemtjänst", "92 400", "100 200", "−7 800"),
                "Beviljade hemtjänsttimmar ökade med 9 procent under året, och den höga sjukfrånvaron har krävt många "
                "timvikarier.",
                C("Hemtjänst", "−7 800", "-", "volymer", "sjukfranvaro", "vikarier", unit="tkr", table=True),
            ),
            (
                ("Särskilt boende", "168 300", "171 100", "−2 800"),
                "Övertid och inhyrda sjuksköterskor överskred budget med 2,1 mnkr, resten förklaras av högre "
                "livsmedelspriser.",
                C(
                    "Särskilt boende",
                    "−2 800",
                    "-",
                    "overtid",
                    "inhyrd_personal",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="The comment's 2,1 mnkr is a part: the row's cell is the amount.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "41 200", "40 100", "1 100"),
                "Vakanta tjänster som sjuksköterska och fysioterapeut under våren.",
                C("Hälso- och sjukvård", "1 100", "+", "vakanser", unit="tkr", table=True),
            ),
            (
                ("Personlig assistans", "38 700", "44 000", "−5 300"),
                "Försäkringskassan har dragit in assistansersättningen för två brukare, och kommunen bär hela kostnaden "
                "sedan mars.",
                C("Personlig assistans", "−5 300", "-", "ersattning_fk", unit="tkr", table=True),
            ),
            (
                ("LSS-boende", "54 100", "56 000", "−1 900"),
                "Två nya köpta platser på externa boenden från september.",
                C("LSS-boende", "−1 900", "-", "kopt_verksamhet", unit="tkr", table=True),
            ),
            (
                ("Daglig verksamhet", "22 400", "22 350", "50"),
                "Följer budget.",
                BP("Daglig verksamhet", note="50 in the table."),
            ),
            (("Bostadsanpassning", "5 200", "5 300", "−100"), "", None),
            (
                ("Riktade statsbidrag", "0", "−2 100", "2 100"),
                "Statsbidraget för äldreomsorgslyftet blev högre än beräknat.",
                C("Riktade statsbidrag", "2 100", "+", "statsbidrag", unit="tkr", table=True),
            ),
            (("Summa", "427 100", "441 300", "−14 200"), "", None),
        ),
        widths=(118.0, 50.0, 50.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="serif", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Omsorgsnämnden redovisar för 2025 ett resultat på −14,2 mnkr jämfört med tilldelad budget.",
            C(None, "−14,2 mnkr", "-"),
        ),
        P(
            "Underskottet är 3,1 mnkr större än vad som prognostiserades i delårsrapporten per augusti. Försämringen "
            "förklaras av ökade kostnader för köpta platser inom LSS under hösten.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Nämndens nettokostnader ökade med 5,8 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        H("Driftredovisning per verksamhet", 2),
        table,
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes en gemensam resurspool i hemtjänsten, som minskade behovet av timvikarier med "
            "cirka 1,5 mnkr på helårsbasis.",
            A("Hemtjänst", "cirka 1,5 mnkr", "vikarier", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,4 mnkr har 1,2 mnkr använts. Inköpet av nya trygghetslarm till särskilt "
            "boende har flyttats till 2026.",
            C(
                "Investeringar",
                "3,4 mnkr har 1,2 mnkr använts",
                "+",
                "periodisering",
                value=2_200_000,
                note="An under-spend never written out: the computed 2,2 mnkr.",
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Nämnden har inget ackumulerat överskott, och underskottet kan därför inte täckas av eget kapital.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="bollnas-on-bokslut-2025.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Omsorgsnämnden", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
