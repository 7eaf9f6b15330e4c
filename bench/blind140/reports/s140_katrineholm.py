"""Katrineholms kommun, Kultur- och turismnämnden, bokslut 2025.

A culture and tourism committee's year-end report in Times (Liberation Serif), footer with the adoption date
in February: the result in words ("ett överskott på trehundrafemtio tusen kronor"), the August forecast and
the change against it with its cause but no amount (a forecast change); a table whose last column is each
row's comment (CommentTable) in tkr with a trailing minus for deficits ("420-"), where the comments give
reasons without amounts (the row's cell), one "Verksamheten följer i stort budget" beside a row of 130
(boilerplate) and one row with no comment; personnel costs across the rows "0,6 mnkr lägre än budget"; investments "150 tkr lägre än budgeterat" with a delivery in
2026, visitor numbers against 2024 with "beror på" (other), an action with its effect for 2026 and a request
to carry part of the surplus over (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Kultur- och turismnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Antagen av nämnden 2026-02-11", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltningsledning", "3 850", "3 610", "240"),
                "Lägre kostnader för nämndens sammanträden och utbildningar.",
                C(
                    "Nämnd och förvaltningsledning",
                    "240",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " The nämnd's own meetings: ovrigt.",
                ),
            ),
            (
                ("Bibliotek", "14 900", "15 320", "420-"),
                "Kostnaderna för e-medier ökade när utlåningen av e-ljudböcker steg kraftigt under hösten.",
                C(
                    "Bibliotek",
                    "420-",
                    "-",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " A trailing minus.",
                ),
            ),
            (
                ("Kulturhus och scen", "9 600", "9 470", "130"),
                "Verksamheten följer i stort budget.",
                BP("Kulturhus och scen", note="Boilerplate beside a row of 130."),
            ),
            (
                ("Kulturskola", "12 400", "12 990", "590-"),
                "Fler elever i ensemble och dans har krävt extra lärartimmar, och avgiftsintäkterna blev lägre "
                "sedan syskonrabatten infördes.",
                C(
                    "Kulturskola",
                    "590-",
                    "-",
                    "volymer",
                    "bemanning",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Turism och besöksnäring", "5 200", "4 410", "790"),
                "En tjänst som turismutvecklare var vakant i sex månader, och evenemanget Sommarkväll vid sjön "
                "ställdes in på grund av väderprognosen.",
                C(
                    "Turism och besöksnäring",
                    "790",
                    "+",
                    "vakanser",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Weather: ovrigt.",
                ),
            ),
            (("Allmän kulturverksamhet", "6 100", "5 900", "200"), "", None),
            (("Summa", "52 050", "51 700", "350"), "", None),
        ),
        widths=(140.0, 46.0, 46.0, 52.0),
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och turismnämnden", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Kultur- och turismnämnden redovisar för 2025 ett överskott på trehundrafemtio tusen kronor mot budget, "
            "trots underskott inom biblioteket och kulturskolan.",
            C(
                None,
                "trehundrafemtio tusen kronor",
                "+",
                value=350_000,
                note="The amount in words. The two deficits named are no reasons.",
            ),
        ),
        P(
            "I prognosen efter augusti räknade nämnden med ett underskott på 0,4 mnkr. Förbättringen jämfört med "
            "prognosen förklaras främst av vakansen inom turismen, som blev längre än väntat.",
            F(
                None,
                None,
                "+",
                "vakanser",
                note="The change against the August forecast is never written out (0,75 mnkr): amount null.",
            ),
        ),
        H("Driftredovisning", 2),
        comments,
        P(
            "Personalkostnaderna blev sammantaget 0,6 mnkr lägre än budget, eftersom flera tjänster stod vakanta under "
            "delar av året.",
            C("Personalkostnader", "0,6 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna blev 150 tkr lägre än budgeterat, eftersom en av de nya bokautomaterna till "
            "huvudbiblioteket levereras först i februari 2026.",
            C("Investeringar", "150 tkr", "+", "periodisering"),
        ),
        H("Verksamhet och volymer", 2),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med 2024, vilket beror på de utökade "
            "meröppettiderna i Valla och Sköldinge.",
            O("Bibliotek", note="Visitors against the previous year: other."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Kulturskolans avgifter och gruppstorlekar har setts över för att få kostnaderna i balans, vilket väntas "
            "förbättra resultatet 2026 med 300 tkr.",
            A("Kulturskola", "300 tkr", "avgifter_intakter", "bemanning"),
        ),
        P(
            "Nämnden begär att 175 tkr av årets överskott förs över till 2026 för jubileumsprogrammet på "
            "Kulturhus och scen.",
            O(None, "reserver", note="A request to carry the surplus over: a financing statement."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-ktn-bokslut-2025.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Kultur- och turismnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och turismnämnden", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
