"""Ystads kommun, Kultur- och utbildningsnämnden, verksamhetsberättelse 2025.

A culture and adult/upper-secondary education committee's year-end report set in Times (Liberation Serif),
footer with the nämnd's adoption date in February: the result "−3,2 mnkr jämfört med budget", the outcome
"0,8 mnkr sämre än prognosen i delårsrapporten" with its cause (a forecast change); a table in tkr with
hyphen-minus deficits; two columns of headings that carry the area and amount in mnkr or tkr ("Gymnasieskola
−4,3 mnkr", "Kulturskola −350 tkr", "Bibliotek +400 tkr") over short reasons (a part "3,1 mnkr" inside the
gymnasieskola's paragraph), one plain heading with a reason only (the row's "-500"); premises that "följer
budget" (boilerplate); investments "4,1 mnkr av investeringsbudgeten på 6,5 mnkr" (2,4 never written out);
library visits against last year with "beror på" and a goal not met (others) and an action for 2026.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Ystads kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och utbildningsnämnden", "Fastställd 2026-02-12", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltning", "9 800", "9 350", "450"),
            ("Gymnasieskola", "142 600", "146 900", "-4 300"),
            ("Vuxenutbildning", "31 200", "30 100", "1 100"),
            ("Kulturskola", "15 400", "15 750", "-350"),
            ("Bibliotek", "21 900", "21 500", "400"),
            ("Kultur och museer", "18 300", "18 800", "-500"),
            ("Summa", "239 200", "242 400", "-3 200"),
        ),
        widths=(160.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och utbildningsnämnden", size=13.5, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Kultur- och utbildningsnämnden redovisar för 2025 ett resultat på −3,2 mnkr jämfört med budget.",
                C(None, "−3,2 mnkr", "-"),
            ),
            (
                "Det är 0,8 mnkr sämre än prognosen i delårsrapporten per augusti, främst till följd av att fler "
                "elever än beräknat fick rätt till elevresor under hösten.",
                F(
                    None,
                    "0,8 mnkr",
                    "-",
                    "volymer",
                    note="The outcome against the interim report's forecast: a forecast change.",
                ),
            ),
        ),
        table,
        P("Lokalkostnaderna följer budget för samtliga verksamheter.", BP("Lokaler")),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Gymnasieskola −4,3 mnkr",
            "Fler elever från Ystad än beräknat har valt gymnasieprogram i Malmö och Lund, och den interkommunala "
            "ersättningen blev därför 3,1 mnkr högre än budgeterat. Kostnaderna för elevresor och skolskjuts ökade "
            "dessutom efter den nya upphandlingen.",
            C(
                "Gymnasieskola",
                "−4,3 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note="The heading carries the amount, the interkommunal ersättning's 3,1 mnkr is a part.",
            ),
        ),
        HP(
            "Vuxenutbildning +1,1 mnkr",
            "Överskottet är en följd av att statsbidraget för yrkesvux blev större än beräknat.",
            C("Vuxenutbildning", "+1,1 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Kulturskola −350 tkr",
            "Intäkterna från avgifter för ämneskurser minskade när antalet elever sjönk under hösten.",
            C("Kulturskola", "−350 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Bibliotek +400 tkr",
            "Två bibliotekarietjänster var vakanta under delar av året.",
            C("Bibliotek", "+400 tkr", "+", "vakanser"),
        ),
        HP(
            "Kultur och museer",
            "Underskottet beror på att en vattenskada i magasinet på Surbrunnsvägen krävde sanering och flytt av "
            "samlingarna.",
            C(
                "Kultur och museer",
                "-500",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only under a plain heading: the table row's cell. Water damage is ovrigt.",
            ),
        ),
        HP(
            "Nämnd och förvaltning +450 tkr",
            "Överskottet förklaras av lägre kostnader för nämndens sammanträden och utbildningar, eftersom flera "
            "möten hölls digitalt.",
            C("Nämnd och förvaltning", "+450 tkr", "+", "ovrigt"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämnden förbrukade 4,1 mnkr av investeringsbudgeten på 6,5 mnkr. Inköpet av nya ljud- och "
            "ljusanläggningar till kulturskolans scen har skjutits till 2026.",
            C(
                "Investeringar",
                "4,1 mnkr av investeringsbudgeten på 6,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=2.4e6,
                note="An under-spend never written out: the computed 2,4 mnkr with the amount text as written.",
            ),
        ),
        H("Verksamhetsmått och mål", 2),
        P(
            "Antalet besök på biblioteken var 214 000, vilket är 6 procent fler än 2024. Ökningen beror på de "
            "utökade meröppettiderna i Löderup och Köpingebro.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Andelen elever med examen inom tre år var 71 procent, vilket inte når nämndens mål på 75 procent.",
            O("Gymnasieskola", note="A goal not met: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att se över kursutbudet i kulturskolan, vilket beräknas minska kostnaderna med 200 "
            "tkr per år.",
            A("Kulturskola", "200 tkr", "omstallning"),
        ),
    ]
    return ReportSpec(
        file="ystad-kun-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Kultur- och utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och utbildningsnämnden",
            "author": "Ystads kommun",
        },
        style=style,
        blocks=blocks,
    )
