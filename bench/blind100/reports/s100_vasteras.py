"""Västerås stad, Byggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A building committee's tjänsteskrivelse dated in April for the period to March, with a decision proposal and a
footer carrying the förvaltning's date and a diary number: the full year "ett underskott på 2,3 miljoner kronor"
with its reason in the next sentence (one item) and the period "0,9 miljoner kronor sämre än periodiserad
budget" in a paragraph of its own; a table in tkr with trailing minus signs ("3 100-"); headings with the
amount in brackets ("Bygglov (–3,1 mnkr)", "Nämnd och ledning (±0 mnkr)" over "följer budget", boilerplate)
where building-permit revenue is compared with last year as the reason inside the cause paragraph; an
investment overrun "0,4 mnkr mer än budgeterat", an action "cirka 1,2 mnkr" and a tariff indexation with "beror
på" (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Västerås stad", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Stadsbyggnadsförvaltningen 2026-04-08", "Dnr BN 2026/00187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nettokostnad per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bygglov", "6 800", "9 900", "3 100-"),
            ("Detaljplanering", "12 400", "11 900", "500"),
            ("Kart och mätning", "8 600", "8 900", "300-"),
            ("Lantmäterimyndigheten", "2 100", "1 500", "600"),
            ("Nämnd och ledning", "3 900", "3 900", "0"),
            ("Summa", "33 800", "36 100", "2 300-"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=2),
        Title("Byggnadsnämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P("Byggnadsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Byggnadsnämnden prognostiserar ett underskott på 2,3 miljoner kronor för 2026. Det beror i huvudsak "
                "på att intäkterna från bygglov blir lägre än budgeterat när nybyggnationen av bostäder fortsätter "
                "att minska.",
                C(None, "2,3 miljoner kronor", "-", "avgifter_intakter", "volymer"),
            ),
        ),
        P(
            "Utfallet efter mars är 0,9 miljoner kronor sämre än periodiserad budget.",
            C(None, "0,9 miljoner kronor", "-", note="The period in a paragraph of its own."),
        ),
        table,
        HP(
            "Bygglov (–3,1 mnkr)",
            "Antalet ansökningar om bygglov för flerbostadshus var under första kvartalet hälften så många som "
            "samma period 2025. Intäkterna väntas därför bli 3,1 mnkr lägre än budget, och personalkostnaderna kan "
            "inte minskas i samma takt.",
            C(
                "Bygglov",
                "3,1 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Last year's applications as the reason inside the cause paragraph: part of the item.",
            ),
        ),
        HP(
            "Detaljplanering (+0,5 mnkr)",
            "Fler planavtal än beräknat har tecknats, vilket ger högre intäkter från planavgifter.",
            C("Detaljplanering", "+0,5 mnkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Kart och mätning (–0,3 mnkr)",
            "Licenskostnaden för det nya kartsystemet har blivit högre än budgeterat.",
            C("Kart och mätning", "–0,3 mnkr", "-", "it_digitalisering"),
        ),
        HP(
            "Lantmäterimyndigheten (+0,6 mnkr)",
            "En vakant tjänst som lantmätare ger ett överskott under våren.",
            C("Lantmäterimyndigheten", "+0,6 mnkr", "+", "vakanser"),
        ),
        HP(
            "Nämnd och ledning (±0 mnkr)",
            "Prognosen följer budget.",
            BP("Nämnd och ledning"),
        ),
        H("Investeringar", 2),
        P(
            "Skanningen av det analoga bygglovsarkivet beräknas kosta 0,4 mnkr mer än budgeterat, eftersom fler "
            "ritningar än väntat behöver restaureras innan de kan skannas.",
            C(
                "Skanning av bygglovsarkivet",
                "0,4 mnkr",
                "-",
                "it_digitalisering",
                note="An investment overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att inte återbesätta två tjänster inom bygglov som blir lediga under våren, "
            "vilket minskar kostnaderna med cirka 1,2 mnkr under året.",
            A("Bygglov", "cirka 1,2 mnkr", "vakanser"),
        ),
        H("Taxa", 2),
        P(
            "Plan- och bygglovstaxan räknas upp med 2,8 procent från den 1 juli, vilket beror på den årliga "
            "indexuppräkning som kommunfullmäktige har beslutat.",
            O(None, note="A tariff indexation with 'beror på': context, other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-bn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Byggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026 Byggnadsnämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
