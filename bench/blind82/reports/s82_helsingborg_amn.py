"""Helsingborgs stad, Arbetsmarknadsnämnden, tertialrapport 1 2026.

A labour-market committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the
period "2,1 mnkr sämre än periodiserad budget" in its own paragraph, the full year "ett resultat som är 7,2 mnkr
sämre än budget" with the areas' causes in the next sentence (one item), "Prognosen är oförändrad jämfört med
februari" (a boilerplate forecast change); a comment table whose deviation column prints deficits with a
trailing minus ("8 400-"): reason-only comments taking their cells, a comment that names its own amount ("1,3
mnkr under budget"), "Prognos enligt budget" (boilerplate) and a row with no comment; an action with its
effect, investments "Av investeringsbudgeten på 4,0 mnkr beräknas 1,8 mnkr användas" (2,2 mnkr never written
out), unemployment against last year with "beror på" and a risk with an amount (others). Liberation Sans
Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Helsingborgs stad – Arbetsmarknadsförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden 2026-05-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Ekonomiskt bistånd", "214 000", "222 400", "8 400-"),
                "Fler hushåll söker försörjningsstöd när ersättningen från a-kassan tar slut, och den genomsnittliga "
                "tiden med bistånd har ökat till elva månader.",
                C(
                    "Ekonomiskt bistånd",
                    "8 400-",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A reason-only comment: the row's cell, with a trailing minus.",
                ),
            ),
            (
                ("Vuxenutbildning", "186 500", "183 800", "2 700"),
                "Statsbidraget för regional yrkesutbildning blev högre än beräknat.",
                C("Vuxenutbildning", "2 700", "+", "statsbidrag", unit="tkr", table=True),
            ),
            (
                ("Arbetsmarknadsinsatser", "97 800", "99 100", "1 300-"),
                "Färre anställningar med lönestöd än planerat ger lägre intäkter från Arbetsförmedlingen, 1,3 mnkr "
                "under budget.",
                C(
                    "Arbetsmarknadsinsatser",
                    "1,3 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Svenska för invandrare", "41 200", "41 200", "0"),
                "Prognos enligt budget.",
                BP("Svenska för invandrare"),
            ),
            (("Etableringsinsatser", "12 400", "12 900", "500-"), "", None),
            (
                ("Nämnd och administration", "28 100", "27 800", "300"),
                "Lägre kostnader för licenser sedan ett äldre verksamhetssystem har avvecklats.",
                C("Nämnd och administration", "300", "+", "it_digitalisering", unit="tkr", table=True),
            ),
            (("Summa", "580 000", "587 200", "7 200-"), "", None),
        ),
        widths=(118.0, 52.0, 52.0, 56.0),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="narrow-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=13, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utfallet för januari–april är 2,1 mnkr sämre än periodiserad budget.",
            C(None, "2,1 mnkr", "-", note="The period, in a paragraph of its own."),
        ),
        P(
            "Arbetsmarknadsnämnden prognostiserar ett resultat som är 7,2 mnkr sämre än budget för 2026. Det är "
            "framför allt kostnaderna för ekonomiskt bistånd som ökar, medan vuxenutbildningen får större "
            "statsbidrag än budgeterat.",
            C(None, "7,2 mnkr", "-", "ekonomiskt_bistand", "statsbidrag"),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        H("Prognos per verksamhet", 2),
        P("Avvikelse: minustecken efter beloppet anger ett underskott mot budget.", size=9.0),
        table,
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att förstärka arbetet med individuella planer för hushåll med långvarigt bistånd "
            "med fyra socialsekreterare, vilket beräknas minska kostnaderna för ekonomiskt bistånd med 2,0 mnkr på "
            "helår.",
            A("Ekonomiskt bistånd", "2,0 mnkr", "ekonomiskt_bistand"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,0 mnkr beräknas 1,8 mnkr användas, eftersom flytten av vuxenutbildningen "
            "till nya lokaler har skjutits upp till 2027.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 4,0 mnkr beräknas 1,8 mnkr användas",
                "+",
                "periodisering",
                value=2_200_000,
                note="Investment under-spending of 2,2 mnkr, never written out: the computed value.",
            ),
        ),
        H("Omvärld och risker", 2),
        P(
            "Arbetslösheten i Helsingborg var 9,4 procent i mars, 0,8 procentenheter högre än ett år tidigare, vilket "
            "beror på varsel inom logistik och handel.",
            O(None, note="Unemployment against the previous year: other."),
        ),
        P(
            "Om arbetslösheten fortsätter att stiga finns en risk att kostnaderna för ekonomiskt bistånd ökar med "
            "ytterligare 3 mnkr under hösten.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", amount="3 mnkr", note="A risk with an amount."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-amn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Arbetsmarknadsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
