"""Ystads kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026.

An elderly-care and LSS tertial report in Liberation Sans Narrow, footer with the meeting date in May: the
full year "underskott mot budget på 10,8 miljoner kronor" and the period "2,9 miljoner kronor sämre än
periodiserad budget" in two sentences (two items); a note that a minus sign after the amount means a
deficit, and a result table whose last column is each row's comment, with a trailing minus ("7 300-"):
reason-only comments that take their row's cell, a percentage that is not the amount, "Prognos enligt
budget" (boilerplate) and a row with no comment; personnel costs "6,4 miljoner kronor högre än budget" with
three causes and revenue "ungefär 600 tusen kronor" lower; an unbudgeted grant (other), two action bullets
with en dashes and "Prognosen är oförändrad" (boilerplate forecast change). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Ystads kommun – Vård- och omsorgsförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-05-20", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "148 600", "155 900", "7 300-"),
                "Beviljade hemtjänsttimmar ligger 11 procent över budgeterad nivå, främst på landsbygden öster om "
                "staden, och körtiderna har blivit längre.",
                C(
                    "Hemtjänst",
                    "7 300-",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A comment with a percentage only: the row's cell, a trailing minus.",
                ),
            ),
            (
                ("Särskilt boende", "231 400", "229 100", "2 300"),
                "Lägre beläggning under renoveringen av en avdelning på Bellevuegården.",
                C("Särskilt boende", "2 300", "+", "volymer", "ovrigt", unit="tkr", table=True),
            ),
            (
                ("Hälso- och sjukvård", "62 800", "65 000", "2 200-"),
                "Hyrsjuksköterskor nattetid i avvaktan på rekrytering.",
                C(
                    "Hälso- och sjukvård",
                    "2 200-",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("LSS och socialpsykiatri", "118 300", "121 100", "2 800-"),
                "Ett nytt ärende med dubbelbemanning dygnet runt i en gruppbostad från och med mars.",
                C("LSS och socialpsykiatri", "2 800-", "-", "volymer", "bemanning", unit="tkr", table=True),
            ),
            (
                ("Hjälpmedel", "9 400", "10 300", "900-"),
                "Fler förskrivningar av vårdsängar och taklyftar samt en prishöjning från leverantören.",
                C(
                    "Hjälpmedel",
                    "900-",
                    "-",
                    "material_hjalpmedel",
                    "volymer",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                ),
            ),
            (
                ("Myndighet och administration", "41 200", "41 200", "0"),
                "Prognos enligt budget.",
                BP("Myndighet och administration"),
            ),
            (("Nämnd", "1 300", "1 200", "100"), "", None),
            (("Summa", "613 000", "623 800", "10 800-"), "", None),
        ),
        widths=(124.0, 50.0, 50.0, 54.0),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="narrow-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar ett underskott mot budget på 10,8 miljoner kronor för 2026.",
                C(None, "10,8 miljoner kronor", "-"),
            ),
            (
                "Efter årets fyra första månader är utfallet 2,9 miljoner kronor sämre än periodiserad budget.",
                C(
                    None,
                    "2,9 miljoner kronor",
                    "-",
                    note="The period in a sentence of its own: its own item.",
                ),
            ),
        ),
        P("Negativa avvikelser markeras med ett minustecken efter beloppet.", size=9.0),
        table,
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna beräknas bli 6,4 miljoner kronor högre än budget. Det beror på sjukfrånvaro, på "
            "övertid i hemtjänsten under påskhelgen och på att lönerevisionen blev 0,4 procentenheter högre än "
            "budgeterat.",
            C("Personalkostnader", "6,4 miljoner kronor", "-", "sjukfranvaro", "overtid", "lonekostnader"),
        ),
        P(
            "Intäkterna från omvårdnadsavgifter och hyror i särskilt boende blir något lägre än budget, ungefär 600 "
            "tusen kronor, till följd av tomma lägenheter under renoveringen.",
            C("Intäkter", "600 tusen kronor", "-", "avgifter_intakter", "ovrigt"),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har rekvirerat 3,2 miljoner kronor i statsbidrag för bemanning i äldreomsorgen. Bidraget är inte "
            "budgeterat och ingår inte i prognosen, eftersom villkoren för 2026 ännu inte är klara.",
            O(None, "statsbidrag", note="An unbudgeted grant left out of the forecast: uncertainty, other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av turplaneringen i hemtjänsten, med målet att minska körtiden med 10 procent.",
                "Rekrytering av två nattsjuksköterskor så att hyrpersonalen kan avvecklas till september, med en "
                "beräknad effekt på 700 tkr.",
            ),
            labels=(
                A("Hemtjänst", None, "bemanning"),
                A("Hälso- och sjukvård", "700 tkr", "inhyrd_personal"),
            ),
            glyph="–",
        ),
        H("Jämfört med föregående prognos", 2),
        P("Prognosen är oförändrad jämfört med den som lämnades i mars.", BF(None)),
    ]
    return ReportSpec(
        file="ystad-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
