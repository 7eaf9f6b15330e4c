"""Vilhelmina kommun, Omsorgsnämnden, tjänsteskrivelse ekonomisk uppföljning per februari 2026.

A cover letter (tjänsteskrivelse) early in the year, dated in March, footer with the diary number: the
decision proposal's second point asks for an action plan (an action); the summary gives the period's
deviation against the periodised budget and the full year in two sentences of one paragraph (two causes);
"LSS-verksamheten beräknas klara sin budget" (boilerplate); then a dash list of verksamheter in the shape
"Hemtjänst: −3,1 mnkr." with reasons (villages, dubbelbemanning, sick leave filled with timvikarier and
övertid, agency nurses over the holidays, a manager not replaced) and one line "i nivå med budget"
(boilerplate); a paragraph with the forecast's uncertainty (other), actions already taken in one sentence
(an action) and net costs against February last year (other). 6 scored causes. Liberation Sans 11 pt, as a
word-processor letter.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=11.0,
        leading=1.3,
        para_gap=8.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 80.0),
        header=lambda n, m: ("VILHELMINA KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Omsorgsförvaltningen", "Dnr ON 2026/34", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        P("Datum: 2026-03-09", size=9.5),
        P("Handläggare: ekonom, omsorgsförvaltningen", size=9.5),
        P("Till: Omsorgsnämnden", size=9.5),
        Title("Ekonomisk uppföljning per februari 2026", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 3),
        P(
            "1. Omsorgsnämnden godkänner den ekonomiska uppföljningen per februari 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        P(
            "2. Omsorgsnämnden uppdrar åt förvaltningschefen att senast i maj redovisa en åtgärdsplan som täcker "
            "det prognostiserade underskottet.",
            A(None, None, note="An action plan requested in the decision proposal."),
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Efter årets två första månader visar omsorgsnämnden en negativ avvikelse på 1,3 mnkr mot "
                "periodiserad budget.",
                C(
                    None,
                    "1,3 mnkr",
                    "-",
                    note="The period against the periodised budget, a sentence of its own.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott på 5,5 mnkr.",
                C(None, "5,5 mnkr", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        P("LSS-verksamheten beräknas klara sin budget.", BP("LSS")),
        H("Ärendet", 3),
        P(
            "Prognosen bygger på utfallet för januari och februari, kända förändringar i volymer och de beslut om "
            "bemanning som har fattats sedan årsskiftet. Avvikelserna fördelar sig så här:"
        ),
        Bullets(
            (
                "Hemtjänst: −3,1 mnkr. De beviljade timmarna har ökat kraftigt sedan december, framför allt i "
                "Dikanäs och Saxnäs, där tre nya brukare har dubbelbemanning.",
                "Särskilt boende: −2,2 mnkr. Sjukfrånvaron i januari var den högsta på flera år, och luckorna har "
                "fått fyllas med timvikarier och övertid.",
                "Hemsjukvård: −0,9 mnkr, främst hyrsjuksköterskor under jul- och nyårshelgerna.",
                "Ledning och administration: +0,7 mnkr, eftersom verksamhetschefen för hemtjänsten inte har ersatts.",
                "Avgifter och hyresintäkter: i nivå med budget.",
            ),
            labels=(
                C("Hemtjänst", "−3,1 mnkr", "-", "volymer", "bemanning"),
                C("Särskilt boende", "−2,2 mnkr", "-", "sjukfranvaro", "vikarier", "overtid"),
                C("Hemsjukvård", "−0,9 mnkr", "-", "inhyrd_personal"),
                C("Ledning och administration", "+0,7 mnkr", "+", "vakanser"),
                BP("Avgifter och hyresintäkter"),
            ),
            glyph="–",
        ),
        P(
            "Prognosen bygger på två månaders utfall och är därför osäker. Erfarenhetsmässigt ökar kostnaderna för "
            "vikarier under sommaren.",
            O(None, "vikarier", note="Uncertainty: other."),
        ),
        P(
            "Förvaltningen har redan infört att all övertid ska godkännas i förväg av enhetschef, och rekryteringen "
            "av sjuksköterskor till sommaren startade i januari för att minska behovet av bemanningsföretag.",
            A(None, None, "overtid", "inhyrd_personal"),
        ),
        P(
            "Jämfört med februari 2025 har nämndens nettokostnader ökat med 6,2 procent.",
            O(None, note="Against the previous year."),
        ),
        H("Beslutsunderlag", 3),
        P("Ekonomisk uppföljning per februari 2026, bilaga 1", size=10),
    ]
    return ReportSpec(
        file="vilhelmina-on-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Vilhelmina",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per februari 2026",
            "author": "Vilhelmina kommun",
        },
        style=style,
        blocks=blocks,
    )
