"""Säters kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in mnkr, footer with the nämnd's meeting date in September: the period
"ett överskott mot budget med 3,2 mnkr" with a timing reason (statsbidrag booked for the whole school year),
then the full year "i stället få ett underskott om 2,9 mnkr, motsvarande 0,9 procent av budgetramen" (the
percentage is not the amount) followed in the same paragraph by an improvement since the tertial report
(a forecast change); a reading note that declares mnkr and brackets for deficits, and a table with April's
deviation; two columns of plain headings with one paragraph each: "en prognos som ligger 2,4 mnkr över ram",
"beräknas kosta 1,2 mnkr mer än budgeterat", a possessive with the amount in commas ("Gymnasieskolans
underskott, 1,4 mnkr, kommer av"), two verksamheter as a "respektive" pair with their shared cause in the
next sentence, "bedöms klara sin budget" (boilerplate) followed by a cost borne by another nämnd (other), a
delayed licence start; an action with an effect "på helår" and sick pay against last year (other). Liberation
Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Säters kommun", "Delårsrapport 2025 – Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("BUN 2025-09-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Förskola", "88,6", "87,4", "1,2", "0,8"),
            ("Grundskola F–6", "121,3", "123,7", "(2,4)", "(2,0)"),
            ("Grundskola 7–9", "58,2", "58,2", "0,0", "(0,4)"),
            ("Grundsärskola", "9,8", "11,0", "(1,2)", "(1,2)"),
            ("Gymnasieskola", "72,5", "73,9", "(1,4)", "(1,6)"),
            ("Kulturskola och fritidsgårdar", "8,1", "7,8", "0,3", "0,3"),
            ("Ledning och gemensamt", "17,4", "16,8", "0,6", "0,7"),
            ("Summa", "375,9", "378,8", "(2,9)", "(3,4)"),
        ),
        widths=(160.0, 62.0, 62.0, 66.0, 86.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–augusti", size=12, font="narrow", after=14),
        H("Viktiga händelser", 2),
        P(
            "Under våren flyttade årskurs 7–9 från Kyrkskolan till den ombyggda Klosterskolan. Vid höstterminens "
            "start fanns 1 412 elever i kommunens grundskolor, 23 fler än ett år tidigare."
        ),
        H("Ekonomi", 2),
        P(
            "Periodens resultat visar ett överskott mot budget med 3,2 mnkr. Överskottet beror till stor del på att "
            "statsbidragen för lärarlöner och mindre barngrupper har bokförts för hela läsåret, medan kostnaderna "
            "fördelas över höstterminen.",
            C(
                None,
                "3,2 mnkr",
                "+",
                "periodisering",
                "statsbidrag",
                note="The period's surplus with a timing reason: a cause of its own.",
            ),
        ),
        PS(
            (
                "För helåret bedöms nämnden i stället få ett underskott om 2,9 mnkr, motsvarande 0,9 procent av "
                "budgetramen.",
                C(None, "2,9 mnkr", "-", note="The percentage is not the amount."),
            ),
            (
                "Prognosen har förbättrats med 0,5 mnkr sedan tertialrapporten.",
                F(None, "0,5 mnkr", "+"),
            ),
        ),
        P("Tabellen redovisar belopp i mnkr. Underskott anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        H("Grundskola F–6", 3),
        P(
            "Grundskolan F–6 redovisar en prognos som ligger 2,4 mnkr över ram. Antalet elever med beslut om "
            "elevassistent har fördubblats sedan 2023, och två nyanlända familjer med sammanlagt sju barn har "
            "flyttat till Gustafs under sommaren.",
            C("Grundskola F–6", "2,4 mnkr", "-", "volymer", "bemanning"),
        ),
        H("Grundsärskola", 3),
        P(
            "Grundsärskolan beräknas kosta 1,2 mnkr mer än budgeterat. Fler elever än beräknat har skrivits in, och "
            "två av dem går i Faluns grundsärskola, som kommunen betalar interkommunal ersättning för.",
            C(
                "Grundsärskola",
                "1,2 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Interkommunal ersättning: kopt_verksamhet.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans underskott, 1,4 mnkr, kommer av högre interkommunala ersättningar. Fler elever än "
            "beräknat har valt program i Borlänge och Falun, och prislistan i länets samverkansavtal har höjts med "
            "4,1 procent.",
            C("Gymnasieskola", "1,4 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        H("Förskola och kulturskola", 3),
        P(
            "Förskolan och kulturskolan visar överskott på 1,2 respektive 0,3 mnkr. Båda förklaras av att personal "
            "som har gått i pension inte har ersatts fullt ut.",
            C(
                "Förskola",
                "1,2",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with the shared cause in the next sentence: two items, same tags.",
                also=(C("Kulturskola", "0,3 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Grundskola 7–9", 3),
        PS(
            ("Verksamheten bedöms klara sin budget.", BP("Grundskola 7–9")),
            (
                "Kostnaderna för flytten till Klosterskolan belastar kommunstyrelsen.",
                O("Grundskola 7–9", note="A cost borne by another nämnd: other."),
            ),
        ),
        H("Ledning och gemensamt", 3),
        P(
            "Ett överskott på 0,6 mnkr uppstår eftersom elevhälsans nya journalsystem har försenats och "
            "licenskostnaderna därmed börjar löpa först 2026.",
            C("Ledning och gemensamt", "0,6 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att se över organisationen för elevassistenter inför vårterminen 2026 och att "
            "pröva varje ny tjänst i förvaltningens ledningsgrupp. Åtgärderna beräknas minska underskottet med 0,8 "
            "mnkr på helår.",
            A("Grundskola F–6", "0,8 mnkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjuklönekostnaderna var 0,4 mnkr lägre än under samma period 2024.",
            O(None, note="Sick pay against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sater-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Säter",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Säters kommun"},
        style=style,
        blocks=blocks,
    )
