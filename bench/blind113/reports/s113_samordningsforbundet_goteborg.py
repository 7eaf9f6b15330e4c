"""Samordningsförbundet Göteborg, förbundsstyrelsen, delårsrapport januari–augusti 2025.

A finsam association's interim report in tkr, footer with the styrelse's meeting date in September: the
members' contributions (other), the period "4 970 tkr bättre än periodiserad budget" with its reason in the
next sentence (one item), the full year as two deficits and "en positiv avvikelse på 1 600 tkr" with its
financing from equity in the next sentence (other); a table per insats with hyphen-minus; headings that carry
the insats and its amount ("Unga vuxna i samverkan +950 tkr", "Hälsa och arbete -400 tkr") with one short
paragraph each, a heading "±0 tkr" over "följer budget" (boilerplate); a goal not met with "Det beror på"
(other) and a reallocation decided by the styrelse (action). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the insats and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Samordningsförbundet Göteborg", "Delårsrapport 2025-08-31"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-09-26", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Kostnader per insats, tkr",
        header=(("Insats", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Steg till arbete", "9 800", "9 200", "600"),
            ("Unga vuxna i samverkan", "8 400", "7 450", "950"),
            ("Hälsa och arbete", "6 900", "7 300", "-400"),
            ("Samverkansteam psykisk hälsa", "7 200", "7 200", "0"),
            ("Kansli och gemensamma kostnader", "5 700", "5 250", "450"),
            ("Summa", "38 000", "36 400", "1 600"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=17, font="arial-bold", after=4),
        Title("Samordningsförbundet Göteborg", size=12, font="times", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Samordningsförbundet Göteborg är ett samarbete mellan Försäkringskassan, Arbetsförmedlingen, Västra "
            "Götalandsregionen och Göteborgs Stad enligt lagen om finansiell samordning av rehabiliteringsinsatser."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Förbundets intäkter består av medlemsbidrag om totalt 34 000 tkr för 2025, varav staten genom "
            "Försäkringskassan och Arbetsförmedlingen svarar för hälften.",
            O(None, note="The members' contributions: financing, other."),
        ),
        P(
            "Resultatet för perioden är 3 870 tkr, vilket är 4 970 tkr bättre än periodiserad budget. Avvikelsen "
            "beror främst på att två insatser har startat senare än planerat.",
            C(
                None,
                "4 970 tkr",
                "+",
                "periodisering",
                note="The period with its reason in the next sentence.",
            ),
        ),
        Para(
            (
                (
                    "För helåret prognostiseras ett underskott om 2 400 tkr mot ett budgeterat underskott på 4 000 "
                    "tkr, alltså en positiv avvikelse på 1 600 tkr.",
                    C(None, "1 600 tkr", "+", note="Two deficits and the deviation written out."),
                ),
                (
                    "Underskottet finansieras med eget kapital enligt styrelsens beslut i samband med budgeten.",
                    O(None, "reserver", note="Financing from equity: other."),
                ),
            )
        ),
        table,
        H("Kommentarer per insats", 2),
        HP(
            "Unga vuxna i samverkan +950 tkr",
            "Insatsen startade först i april i stället för i januari, eftersom rekryteringen av coacher tog längre "
            "tid än beräknat.",
            C("Unga vuxna i samverkan", "+950 tkr", "+", "periodisering", "vakanser", note=HEAD),
        ),
        HP(
            "Steg till arbete +600 tkr",
            "Färre deltagare än planerat har anvisats från Arbetsförmedlingen under våren.",
            C("Steg till arbete", "+600 tkr", "+", "volymer", note=HEAD),
        ),
        HP(
            "Hälsa och arbete -400 tkr",
            "Insatsen har utökats med en arbetsterapeut från mars efter beslut i styrelsen, vilket inte fanns med i "
            "budgeten.",
            C("Hälsa och arbete", "-400 tkr", "-", "bemanning", note=HEAD),
        ),
        HP(
            "Kansli och gemensamma kostnader +450 tkr",
            "Lägre lokalkostnader sedan kansliet flyttade till ett mindre kontor på Hisingen.",
            C("Kansli och gemensamma kostnader", "+450 tkr", "+", "lokaler", note=HEAD),
        ),
        HP(
            "Samverkansteam psykisk hälsa ±0 tkr",
            "Insatsen följer budget.",
            BP("Samverkansteam psykisk hälsa", note="'±0' heading over 'följer budget': boilerplate."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Av de 412 deltagare som har avslutat en insats har 38 procent gått till arbete eller studier, vilket är "
            "lägre än målet på 40 procent. Det beror på att arbetsmarknaden i Göteborg har försvagats under året.",
            O(None, note="A goal not met, with 'Det beror på': other."),
        ),
        H("Beslut under perioden", 2),
        P(
            "För att använda medlen under året har styrelsen beslutat att flytta 500 tkr från Steg till arbete till "
            "en ny insats för nyanlända kvinnor som startar i oktober.",
            A("Steg till arbete", "500 tkr"),
        ),
    ]
    return ReportSpec(
        file="samordningsforbundet-goteborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Samordningsförbundet Göteborg", "Finsam Göteborg"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Samordningsförbundet Göteborg"},
        style=style,
        blocks=blocks,
    )
