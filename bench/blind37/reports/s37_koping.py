"""Köpings kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

An education committee's tertial report with a letter date in May in the header and "n (m)" in the footer:
the full year "underskott på 7,6 mnkr mot tilldelad ram" and the period "1,9 mnkr högre än periodens
budget" (net cost above budget: negative) in two sentences, then "Prognosen är oförändrad" (a boilerplate
forecast change); a comment table in tkr with en dashes as minus signs, whose comments give reasons without
amounts (the rows' cells "1 400", "–2 900", "–2 100", "–3 500"), one comment that names its own amount ("1,2
mnkr högre än budget"), "Verksamheten bedöms hålla budget" (boilerplate), a row with no comment and an
undistributed buffer (reserver); investments "Av årets investeringsram på 9,5 mnkr beräknas 6,2 mnkr
användas" (3,3 never written out); two actions, a preschool volume against last year with "beror på" and a
risk about pupils' programme choices (others). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Köpings kommun · Barn- och utbildningsförvaltningen", "2026-05-12"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "148 300", "146 900", "1 400"),
                "Färre barn än budgeterat under våren, och en avdelning i Kolsva har hållits stängd.",
                C(
                    "Förskola",
                    "1 400",
                    "+",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A comment with reasons only: its row's cell.",
                ),
            ),
            (
                ("Grundskola F–6", "212 600", "215 500", "–2 900"),
                "Fler elever med omfattande stödbehov har krävt extra resurspersonal, och vikariekostnaderna var "
                "höga under vårens influensaperiod.",
                C(
                    "Grundskola F–6",
                    "–2 900",
                    "-",
                    "volymer",
                    "vikarier",
                    "sjukfranvaro",
                    unit="tkr",
                    table=True,
                    note="En dash as the minus sign in the cell.",
                ),
            ),
            (
                ("Grundskola 7–9", "104 800", "106 000", "–1 200"),
                "Kostnaden för elever i fristående skolor och i andra kommuners skolor beräknas bli 1,2 mnkr högre "
                "än budget, efter att fler elever valt skolor i Västerås.",
                C(
                    "Grundskola 7–9",
                    "1,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Grundsärskola", "18 200", "20 300", "–2 100"),
                "Tre nya elever sedan hösten 2025 med behov av assistans och anpassad skolskjuts.",
                C("Grundsärskola", "–2 100", "-", "volymer", unit="tkr", table=True),
            ),
            (
                ("Gymnasieskola", "131 400", "134 900", "–3 500"),
                "Interkommunala ersättningar för elever på program som inte finns i Köping ökar, och statsbidraget "
                "för lärlingsutbildning har sänkts.",
                C(
                    "Gymnasieskola",
                    "–3 500",
                    "-",
                    "kopt_verksamhet",
                    "statsbidrag",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Vuxenutbildning", "24 700", "24 700", "0"),
                "Verksamheten bedöms hålla budget.",
                BP("Vuxenutbildning"),
            ),
            (("Kulturskola", "9 800", "9 500", "300"), "", None),
            (
                ("Förvaltningsgemensamt", "21 400", "21 000", "400"),
                "Ofördelad buffert som inte förväntas tas i anspråk.",
                C(
                    "Förvaltningsgemensamt",
                    "400",
                    "+",
                    "reserver",
                    unit="tkr",
                    table=True,
                    note="An undistributed buffer as the reason: reserver.",
                ),
            ),
            (("Summa", "671 200", "678 800", "–7 600"), "", None),
        ),
        widths=(118.0, 56.0, 56.0, 58.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=12, font="sans", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Barn- och utbildningsnämndens prognos för 2026 är ett underskott på 7,6 mnkr mot tilldelad ram.",
                C(None, "7,6 mnkr", "-"),
            ),
            (
                "Efter fyra månader är nettokostnaderna 1,9 mnkr högre än periodens budget.",
                C(None, "1,9 mnkr", "-", note="A net cost above the period's budget: negative."),
            ),
            ("Prognosen är oförändrad jämfört med februariuppföljningen.", BF(None)),
        ),
        P(
            "Tabellen visar budget och prognos per verksamhet. Avvikelse är budget minus prognos; ett negativt tal "
            "innebär underskott."
        ),
        table,
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 9,5 mnkr beräknas 6,2 mnkr användas. Inventarierna till den nya förskolan "
            "på Karlbergsområdet köps först 2027, när bygget är klart.",
            C(
                "Investeringar",
                "9,5 mnkr beräknas 6,2 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=3_300_000,
                note="Under-spending of 3,3 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningschefen i uppdrag att ta fram en åtgärdsplan för grundskolan och "
            "gymnasieskolan som ska redovisas i juni. Redan nu gäller restriktivitet med vikarier vid korttidsfrånvaro.",
            A(None, None, "vikarier"),
        ),
        P(
            "Genom att samla de två grundsärskolegrupperna i en gemensam lokal från augusti beräknas kostnaderna "
            "minska med 0,6 mnkr under hösten.",
            A("Grundsärskola", "0,6 mnkr", "omstallning"),
        ),
        H("Verksamhet och omvärld", 2),
        P(
            "Antalet barn i förskolan var 1 284 i april, 46 färre än i april 2025, vilket beror på lägre födelsetal.",
            O("Förskola", "volymer", note="A volume against the previous year: other."),
        ),
        P(
            "Det råder osäkerhet om hur många elever som börjar på program i andra kommuner i höst. Varje sådan "
            "elev kostar i genomsnitt 140 tkr per år.",
            O("Gymnasieskola", "volymer", note="A risk with a unit cost: other."),
        ),
    ]
    return ReportSpec(
        file="koping-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Köping",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Köpings kommun"},
        style=style,
        blocks=blocks,
    )
