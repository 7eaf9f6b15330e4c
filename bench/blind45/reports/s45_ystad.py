"""Ystads kommun, Barn- och utbildningsnämnden, tjänsteskrivelse ekonomisk uppföljning per mars 2026.

An education committee's cover letter in tkr, dated in April with a diarienummer in the footer: the decision
proposal (unlabelled), the full year "en negativ avvikelse på 3 450 tkr mot nämndens budgetram på 612,8 mnkr"
followed by "Avvikelsen är densamma som i februariprognosen" (a boilerplate forecast change); the result table
pasted as an image (so every amount lives in the prose); paragraphs that name the area after "Inom" and "För",
and as the subject: "ett överskott om 850 tkr", two school stages as a "respektive" pair ("–2 100 tkr
respektive –1 150 tkr") with their shared reasons in the next sentence, interkommunal ersättning that "kostar
1 600 tkr mer än budgeterat" and a pupil-health surplus of "omkring en halv miljon kronor" in words (the image
says 550); the period against the same period of 2025 and a risk (others), an action with "cirka 900 tkr" and a
closing "Beslutet i sig medför inga kostnader" (unlabelled). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.33,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 86.0, 72.0, 76.0),
        header=lambda n, m: ("YSTADS KOMMUN", "Tjänsteskrivelse"),
        footer=lambda n, m: (
            "Barn- och utbildningsförvaltningen",
            "2026-04-09",
            f"Dnr BUN 2026/41 – {n}({m})",
        ),
        header_size=8.5,
    )
    image = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "142 600", "141 750", "850"),
            ("Grundskola F–6", "188 300", "190 400", "-2 100"),
            ("Grundskola 7–9", "104 900", "106 050", "-1 150"),
            ("Gymnasieskola", "121 400", "123 000", "-1 600"),
            ("Anpassad grund- och gymnasieskola", "22 700", "22 700", "0"),
            ("Elevhälsa", "15 800", "15 250", "550"),
            ("Centrala resurser", "17 100", "17 100", "0"),
            ("Summa", "612 800", "616 250", "-3 450"),
        ),
        widths=(190.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="times-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="times", after=14),
        H("Förslag till beslut", 3),
        P(
            "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Förvaltningens helårsprognos visar en negativ avvikelse på 3 450 tkr mot nämndens budgetram på 612,8 "
                "mnkr.",
                C(None, "3 450 tkr", "-", note="The budget frame beside it is not the amount."),
            ),
            ("Avvikelsen är densamma som i februariprognosen.", BF(None)),
        ),
        H("Ärendet", 3),
        image,
        P(
            "Inom förskolan beräknas ett överskott om 850 tkr, eftersom färre barn än planerat är inskrivna i de östra "
            "kommundelarna och en avdelning i Köpingebro har kunnat avvecklas.",
            C("Förskola", "850 tkr", "+", "volymer", "omstallning", note="The area after 'Inom'."),
        ),
        P(
            "För grundskolan F–6 och 7–9 är prognosen –2 100 tkr respektive –1 150 tkr. Skolorna har fler elever med "
            "omfattande stödbehov än budgeten bygger på, och kostnaderna för elevassistenter har ökat.",
            C(
                "Grundskola F–6",
                "–2 100 tkr",
                "-",
                "volymer",
                "bemanning",
                note="A 'respektive' pair with shared reasons in the next sentence: two items, same text and tags.",
                also=(C("Grundskola 7–9", "–1 150 tkr", "-", "volymer", "bemanning"),),
            ),
        ),
        P(
            "Gymnasieskolans interkommunala ersättningar till andra huvudmän, för elever som väljer utbildningar i "
            "Malmö och Lund, kostar 1 600 tkr mer än budgeterat.",
            C("Gymnasieskola", "1 600 tkr", "-", "kopt_verksamhet", note="A possessive names the area."),
        ),
        P(
            "Elevhälsan redovisar ett överskott på omkring en halv miljon kronor, då en tjänst som skolpsykolog har "
            "varit vakant sedan januari.",
            C(
                "Elevhälsa",
                "omkring en halv miljon kronor",
                "+",
                "vakanser",
                value=500_000,
                note="An amount in words: the stated figure (the image says 550 tkr).",
            ),
        ),
        P(
            "Nämndens ackumulerade utfall efter mars är 1,2 mnkr lägre än för samma period 2025, vilket främst beror "
            "på att två förskoleavdelningar har stängts.",
            O(None, "omstallning", note="Against the same period of the previous year: other."),
        ),
        P(
            "Prognosen bygger på elevantalet i februari, och skolvalet inför hösten kan förändra bilden.",
            O(None, note="A risk."),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har infört en tillfällig prövning av alla nyanställningar inom grundskolan. Effekten "
            "bedöms till cirka 900 tkr för resten av året.",
            A("Grundskola", "cirka 900 tkr", "vakanser"),
        ),
        H("Ekonomiska konsekvenser", 3),
        P("Beslutet i sig medför inga kostnader."),
        Title("Barn- och utbildningsförvaltningen, ekonomienheten", size=10, font="times-italic", after=4),
    ]
    return ReportSpec(
        file="ystad-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse ekonomisk uppföljning per mars 2026",
            "author": "Ystads kommun",
        },
        style=style,
        blocks=blocks,
    )
