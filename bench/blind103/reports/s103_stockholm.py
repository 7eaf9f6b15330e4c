"""Stockholms stad, Idrottsnämnden, tertialrapport 2 2025 (per augusti).

A sports and leisure committee's tertial report in mnkr, footer with the nämnd's meeting date in September
and a diarienummer: the full year "ett överskott på 14,5 mnkr" after the first tertial report's 6,0 mnkr in
the same sentence (one item, the present forecast's), the change "Förbättringen med 8,5 mnkr" with its cause
in the next paragraph; a result table whose last column is each row's comment (the deviation is budget minus
forecast, surplus positive, deficit with a hyphen-minus): reasons without amounts (the row's cell), a
comment with a part of another amount ("2,4 mnkr högre än beräknat", not the amount), "Enligt budget."
(boilerplate) and a row with no comment; then revenue "4,1 mnkr lägre än budget" and personnel "beräknas
understiga budget med 7,9 mnkr" by kostnadsslag (so the surplus is explained twice); investments "96 mnkr
lägre än investeringsbudgeten"; an action with no amount, visits against last year with "beror på" and an
electricity-price risk (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Stockholms stad – Idrottsförvaltningen", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Idrottsnämnden 2025-09-25", "Dnr IDN 2025/318", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bad", "268,4", "262,1", "6,3"),
                "Eriksdalsbadets stora bassäng var stängd i åtta veckor för renovering, vilket gav lägre personal- "
                "och energikostnader men också lägre entréintäkter.",
                C(
                    "Bad",
                    "6,3",
                    "+",
                    "ovrigt",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note="A comment column: the row's deviation cell. A closure for renovation: ovrigt.",
                ),
            ),
            (
                ("Idrottsplatser och ishallar", "342,7", "345,9", "-3,2"),
                "Högre elpriser än budgeterat för kylanläggningarna i ishallarna.",
                C("Idrottsplatser och ishallar", "-3,2", "-", "prisokningar", unit="mnkr", table=True),
            ),
            (
                ("Föreningsstöd", "236,0", "236,0", "0,0"),
                "Enligt budget.",
                BP("Föreningsstöd"),
            ),
            (
                ("Evenemang", "38,5", "35,2", "3,3"),
                "Två planerade internationella mästerskap har flyttats till 2026.",
                C("Evenemang", "3,3", "+", "periodisering", unit="mnkr", table=True),
            ),
            (
                ("Anläggningsunderhåll", "104,2", "98,6", "5,6"),
                "Underhållsprojekt på Stora Mossens och Zinkensdamms idrottsplatser har skjutits fram, men kostnaden "
                "för den nya konstgräsplanen i Hammarbyhöjden blev 2,4 mnkr högre än beräknat.",
                C(
                    "Anläggningsunderhåll",
                    "5,6",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    table=True,
                    note="The comment's 2,4 mnkr is one project's overrun inside the row, not the amount.",
                ),
            ),
            (
                ("Kapitalkostnader", "312,4", "309,9", "2,5"),
                "Lägre avskrivningar när investeringar har försenats.",
                C("Kapitalkostnader", "2,5", "+", "periodisering", unit="mnkr", table=True),
            ),
            (("Administration", "109,8", "109,8", "0,0"), "", None),
            (("Summa", "1 412,0", "1 397,5", "14,5"), "", None),
        ),
        widths=(118.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="cond-bold", after=2),
        Title("Idrottsnämnden", size=12.5, font="cond", after=12),
        H("Nämndens ekonomi", 2),
        P(
            "Idrottsnämnden prognostiserar ett överskott på 14,5 mnkr för verksamheten 2025, efter att nämnden i "
            "tertialrapport 1 räknade med ett överskott på 6,0 mnkr.",
            C(
                None,
                "14,5 mnkr",
                "+",
                note="The present forecast and the earlier one in one sentence: the present one is the amount.",
            ),
        ),
        P(
            "Förbättringen med 8,5 mnkr beror främst på lägre kapitalkostnader när flera investeringar försenats.",
            F(None, "8,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Nämndens budget för verksamhetens nettokostnader är 1 412,0 mnkr. Avvikelse i tabellen är budget "
            "minus prognos."
        ),
        table,
        H("Intäkter och kostnader", 2),
        P(
            "Intäkterna från uthyrning av idrottsanläggningar till föreningar och skolor blir 4,1 mnkr lägre än "
            "budget, eftersom flera skolor i innerstaden har flyttat idrottsundervisningen till egna hallar.",
            C("Intäkter", "4,1 mnkr", "-", "avgifter_intakter"),
        ),
        P(
            "Personalkostnaderna beräknas understiga budget med 7,9 mnkr, främst på grund av svårigheter att "
            "rekrytera badpersonal och ishallstekniker.",
            C("Personalkostnader", "7,9 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsutgifter prognostiseras till 318 mnkr, vilket är 96 mnkr lägre än "
            "investeringsbudgeten, framför allt till följd av att bygget av den nya sporthallen i Bredäng har "
            "försenats av ett överklagat bygglov.",
            C("Investeringar", "96 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen ser över öppettiderna i de minst besökta simhallarna för att anpassa bemanningen inför "
            "2026.",
            A("Bad", None, "bemanning"),
        ),
        P(
            "Antalet besök i stadens bad under januari–augusti var 2,9 miljoner, 6 procent färre än samma period "
            "2024, vilket beror på stängningen av Eriksdalsbadet.",
            O("Bad", note="Visits against the previous year: other."),
        ),
        P(
            "Det finns en osäkerhet kring elpriserna under vintern, som kan påverka ishallarnas kostnader.",
            O("Idrottsplatser och ishallar", "prisokningar", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-idn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Idrottsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Idrottsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
