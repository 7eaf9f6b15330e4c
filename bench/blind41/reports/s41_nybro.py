"""Nybro kommun, Barn- och utbildningsnämnden, bokslut 2025 (year end).

A school committee's year-end report in Liberation Sans 10 pt, footer with the adoption date in February: the
result "ett överskott mot budget på 1,9 mnkr" followed in the same paragraph by the outcome against the
interim forecast with its reason (a forecast change; the interim forecast's deficit is a level); a shaded,
gridded table in mnkr with "+" and "-" signs; two columns of plain headings per verksamhet in varied shapes:
"gick med ett överskott på 1,4 mnkr", "överskred sin budget med drygt två miljoner kronor" (amount in words,
the row says -2,3), a reason-only surplus (the row's "+2,2"), "ett positivt resultat om 0,8 mnkr",
"Underskottet, 0,9 mnkr, är en följd av", a buffer not used (reserver); investments "varav 4,1 mnkr
förbrukades, vilket ger ett överskott på 2,4 mnkr" with the request to carry it over in the next sentence
(other); an action with its yearly effect and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        gutter=22.0,
        header=lambda n, m: ("Nybro kommun", "Bokslut 2025 – Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Fastställd av barn- och utbildningsnämnden 2026-02-11", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Förskola och pedagogisk omsorg", "142,6", "141,2", "+1,4"),
            ("Grundskola", "301,4", "303,7", "-2,3"),
            ("Gymnasieskola", "118,9", "116,7", "+2,2"),
            ("Vuxenutbildning", "28,3", "27,5", "+0,8"),
            ("Elevhälsa och resursenhet", "36,2", "37,1", "-0,9"),
            ("Gemensamt och nämnd", "24,8", "24,1", "+0,7"),
            ("Totalt", "652,2", "650,3", "+1,9"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        grid=True,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Barn- och utbildningsnämnden redovisar ett överskott mot budget på 1,9 mnkr för 2025.",
                C(None, "1,9 mnkr", "+"),
            ),
            (
                "Resultatet är 3,4 mnkr bättre än prognosen i delårsrapporten, där ett underskott på 1,5 mnkr "
                "förutsågs. Förbättringen under hösten beror främst på att statsbidragen för lärarlöner och läromedel "
                "blev större än beräknat.",
                F(
                    None,
                    "3,4 mnkr",
                    "+",
                    "statsbidrag",
                    note="The outcome against the interim forecast with its reason: a forecast change; the interim "
                    "forecast's deficit is a level.",
                ),
            ),
        ),
        table,
        H("Analys av avvikelser", 2),
        Columns(2),
        H("Förskola och pedagogisk omsorg", 3),
        P(
            "Förskolan gick med ett överskott på 1,4 mnkr. Barnantalet sjönk under hösten, och en avdelning i "
            "Orrefors kunde stängas från oktober.",
            C("Förskola och pedagogisk omsorg", "1,4 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolan överskred sin budget med drygt två miljoner kronor. Kostnaderna för elever i fristående "
            "skolor och i andra kommuners skolor blev högre än beräknat, och sjukfrånvaron bland lärarna krävde "
            "fler vikarier än normalt.",
            C(
                "Grundskola",
                "drygt två miljoner kronor",
                "-",
                "kopt_verksamhet",
                "sjukfranvaro",
                "vikarier",
                value=2_000_000,
                note="An amount in words with 'drygt': the stated figure (the row says -2,3).",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Fler elever än planerat valde kommunens egna program i stället för att studera i Kalmar, vilket "
            "minskade kostnaderna för interkommunala ersättningar.",
            C(
                "Gymnasieskola",
                "+2,2",
                "+",
                "volymer",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen visar ett positivt resultat om 0,8 mnkr, som främst förklaras av högre statsbidrag "
            "för regionalt yrkesvux.",
            C("Vuxenutbildning", "0,8 mnkr", "+", "statsbidrag"),
        ),
        H("Elevhälsa och resursenhet", 3),
        P(
            "Underskottet, 0,9 mnkr, är en följd av att skolläkartjänsten har köpts från ett bemanningsföretag under "
            "hela året.",
            C("Elevhälsa och resursenhet", "0,9 mnkr", "-", "inhyrd_personal"),
        ),
        H("Gemensamt och nämnd", 3),
        P(
            "Överskottet på 0,7 mnkr förklaras av att nämndens buffert för oförutsedda kostnader inte behövde tas i "
            "anspråk fullt ut.",
            C("Gemensamt och nämnd", "0,7 mnkr", "+", "reserver", note="An unused buffer: reserver."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        PS(
            (
                "Nämnden hade en investeringsbudget på 6,5 mnkr för inventarier och digitala verktyg, varav 4,1 mnkr "
                "förbrukades, vilket ger ett överskott på 2,4 mnkr. Avvikelsen beror på att möbleringen av den nya "
                "skolan i Nybro centrum försenades.",
                C("Investeringar", "2,4 mnkr", "+", "periodisering"),
            ),
            (
                "Nämnden begär att 2,4 mnkr förs över till 2026.",
                O(
                    "Investeringar",
                    note="A request to carry unspent funds over: a financing statement, other.",
                ),
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att samla grundskolans särskilda undervisningsgrupper i en enhet från höstterminen "
            "2026, vilket beräknas minska kostnaderna med 1,2 mnkr per år.",
            A("Grundskola", "1,2 mnkr", "omstallning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland förvaltningens medarbetare var 6,2 procent, en minskning från 6,9 procent 2024, "
            "vilket beror på ett systematiskt arbete med tidig rehabilitering.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nybro-bun-bokslut-2025.pdf",
        report={
            "municipality": "Nybro",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Barn- och utbildningsnämnden", "author": "Nybro kommun"},
        style=style,
        blocks=blocks,
    )
