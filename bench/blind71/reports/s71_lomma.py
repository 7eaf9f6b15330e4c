"""Lomma kommun, Barn- och utbildningsnämnden, tertialrapport april 2026.

An education committee's first tertial report, DejaVu Sans Condensed 10 pt, en dashes as minus signs in mnkr,
footer with the letter date in May: the full year "en budgetavvikelse på –5,8 mnkr" and the period "1,2 mnkr
högre än periodiserad budget" (a net cost over the period budget, negative) in two sentences, an assumption
about compensation (other), the change since February with its cause; a comment table ("Verksamhet, Budget,
Prognos, Avvikelse, Kommentar") whose comments are the explanations: reason-only comments taking their cells
("–2,6", "0,5", "–0,8"), a comment that names its own amount ("Underskottet om 4,1 mnkr"), a central
administration whose comment names only a part ("buffert om 600 tkr", so the row's "1,0"), "Prognos enligt
budget" (boilerplate) and a row with no comment; two actions as bullets (one with an effect), investments with
"en avvikelse på 6,5 mnkr" and sick leave against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Lomma kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "2026-05-12", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "312,0", "314,6", "–2,6"),
                "Fler barn än planerat i åldern 1–3 år, vilket kräver ytterligare två avdelningar från augusti. "
                "Lokalhyran för den nya förskolan i Lomma hamn belastar nämnden från januari.",
                C(
                    "Förskola",
                    "–2,6",
                    "-",
                    "volymer",
                    "lokaler",
                    unit="mnkr",
                    table=True,
                    note="A reason-only comment: the row's cell.",
                ),
            ),
            (
                ("Grundskola F–9", "498,4", "502,5", "–4,1"),
                "Underskottet om 4,1 mnkr beror på ökade kostnader för tilläggsbelopp till elever med omfattande "
                "behov och för skolskjuts efter den nya upphandlingen.",
                C("Grundskola F–9", "4,1 mnkr", "-", "volymer", "prisokningar"),
            ),
            (
                ("Gymnasieskola", "186,2", "185,7", "0,5"),
                "Färre elever än beräknat har valt program hos andra huvudmän, vilket ger lägre interkommunala "
                "ersättningar.",
                C(
                    "Gymnasieskola",
                    "0,5",
                    "+",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note="Interkommunal ersättning: kopt_verksamhet.",
                ),
            ),
            (
                ("Anpassad grundskola", "28,1", "28,9", "–0,8"),
                "Ett nytt elevärende med behov av elevassistent på heltid.",
                C("Anpassad grundskola", "–0,8", "-", "volymer", unit="mnkr", table=True),
            ),
            (
                ("Elevhälsa", "31,5", "31,5", "0,0"),
                "Prognos enligt budget.",
                BP("Elevhälsa"),
            ),
            (("Kulturskola", "9,8", "9,6", "0,2"), "", None),
            (
                ("Central administration", "42,0", "41,0", "1,0"),
                "Ofördelad buffert om 600 tkr samt en vakant tjänst som verksamhetscontroller.",
                C(
                    "Central administration",
                    "1,0",
                    "+",
                    "reserver",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="The comment names only a part (600 tkr): the row's cell.",
                ),
            ),
            (("Summa", "1 108,0", "1 113,8", "–5,8"), "", None),
        ),
        widths=(112.0, 46.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="cond-bold", after=3),
        Title("Barn- och utbildningsnämnden", size=12, font="cond", after=14),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar för 2026 en budgetavvikelse på –5,8 mnkr.",
                C(None, "–5,8 mnkr", "-", note="The full year in a sentence of its own, en dash minus."),
            ),
            (
                "Utfallet efter årets fyra första månader är 1,2 mnkr högre än periodiserad budget.",
                C(
                    None,
                    "1,2 mnkr",
                    "-",
                    note="A net cost over the periodised budget: a negative period deviation.",
                ),
            ),
        ),
        P(
            "Prognosen förutsätter att nämnden får kompensation för volymökningar i förskolan enligt "
            "resursfördelningsmodellen.",
            O(None, note="An assumption behind the forecast."),
        ),
        P(
            "Jämfört med februariuppföljningen är prognosen 1,4 mnkr sämre, eftersom antalet beviljade "
            "tilläggsbelopp har ökat.",
            F(None, "1,4 mnkr", "-", "volymer"),
        ),
        H("Avvikelser per verksamhet, mnkr", 3),
        table,
        H("Åtgärder", 2),
        Bullets(
            (
                "Rektorerna i grundskolan har fått i uppdrag att se över organisationen inför höstterminen.",
                "Placeringen av nya barn samordnas mellan förskolorna, vilket beräknas minska kostnaden med 0,7 "
                "mnkr under hösten.",
            ),
            labels=(
                A("Grundskola F–9", None, "omstallning"),
                A("Förskola", "0,7 mnkr", "bemanning"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten om 24,0 mnkr beräknas 17,5 mnkr användas under året, en avvikelse på 6,5 mnkr. "
            "Inventarier till den nya förskolan köps först 2027.",
            C("Investeringar", "6,5 mnkr", "+", "periodisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,1 procent under perioden, vilket är lägre än samma period 2025. Minskningen beror "
            "främst på färre långa sjukskrivningar i förskolan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="lomma-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lomma",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Lomma kommun"},
        style=style,
        blocks=blocks,
    )
