"""Huddinge kommun, Kultur- och fritidsnämnden, bokslut 2025 (year end).

A culture and leisure committee's year-end report in tkr with hyphen-minus, footer with the nämnd's meeting
date in February: the result "ett överskott på drygt två miljoner kronor" in words, the outcome against the
interim report's forecast "i nivå med budget" with its cause (forecast change, not boilerplate); a table per
verksamhet; plain headings with a paragraph each in varied shapes: a possessive "Kulturskolans överskott, 1 280
tkr, kommer av", "gick 940 tkr över budget" followed by reasons, "hamnar på minus 650 tkr", "redovisar 720 tkr
lägre kostnader än budgeterat"; three verksamheter "410, 350 respektive 880 tkr" in one sentence with no
reasons (three items); investments "3,1 miljoner kronor lägre än budget"; an action with a yearly effect, the
result transfer rule (reserver) and library visits against 2024 with "beror på" (others). DejaVu Serif
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Huddinge kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Sammanträde 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "-64 200", "-64 850", "-650"),
            ("Kulturskola", "-38 400", "-37 120", "1 280"),
            ("Fritidsgårdar", "-29 600", "-28 880", "720"),
            ("Idrotts- och fritidsanläggningar", "-112 500", "-113 440", "-940"),
            ("Föreningsbidrag", "-31 000", "-30 590", "410"),
            ("Kultur och evenemang", "-18 900", "-18 550", "350"),
            ("Nämnd och förvaltning", "-22 400", "-21 520", "880"),
            ("Summa", "-317 000", "-314 950", "2 050"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="serif-cond", after=14),
        H("Årets resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett överskott på drygt två miljoner kronor för 2025 jämfört med "
            "budget.",
            C(
                None,
                "drygt två miljoner kronor",
                "+",
                value=2_000_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        P(
            "I delårsrapporten prognostiserades ett resultat i nivå med budget. Att utfallet blev bättre förklaras "
            "främst av att driftstarten för den nya idrottshallen i Flemingsberg sköts upp till december.",
            F(
                None,
                None,
                "+",
                "periodisering",
                note="The outcome against the interim forecast: a forecast change, no amount.",
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Kulturskola", 3),
        P(
            "Kulturskolans överskott, 1 280 tkr, kommer av högre avgiftsintäkter när antalet elever i ämneskurserna "
            "ökade, samtidigt som två lärartjänster stod vakanta under hösten.",
            C("Kulturskola", "1 280 tkr", "+", "avgifter_intakter", "volymer", "vakanser"),
        ),
        H("Idrotts- och fritidsanläggningar", 3),
        P(
            "Anläggningarna gick 940 tkr över budget. Energikostnaderna för ishallarna blev högre än beräknat, och "
            "konstgräsplanen vid Sjödalsvallen fick läggas om efter en vattenskada.",
            C("Idrotts- och fritidsanläggningar", "940 tkr", "-", "prisokningar", "ovrigt"),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteksverksamheten hamnar på minus 650 tkr, framför allt eftersom införandet av meröppet på tre "
            "bibliotek kostade mer än planerat.",
            C("Bibliotek", "minus 650 tkr", "-", "it_digitalisering"),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Fritidsgårdarna redovisar 720 tkr lägre kostnader än budgeterat, eftersom sommarverksamheten delvis "
            "finansierades med statsbidraget för lovaktiviteter.",
            C("Fritidsgårdar", "720 tkr", "+", "statsbidrag"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Föreningsbidrag, kultur och evenemang samt nämnd och förvaltning visar överskott på 410, 350 respektive "
            "880 tkr.",
            C(
                "Föreningsbidrag",
                "410",
                "+",
                unit="tkr",
                note="Three areas with 'respektive' amounts and no reasons: three items.",
                also=(
                    C("Kultur och evenemang", "350", "+", unit="tkr"),
                    C("Nämnd och förvaltning", "880 tkr", "+"),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 6,4 miljoner kronor, vilket är 3,1 miljoner kronor lägre än budget. "
            "Utbytet av belysningen på Källbrinks idrottsplats skjuts till 2026.",
            C("Investeringar", "3,1 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "För att hålla nere energikostnaderna sänks temperaturen i ishallarna och driftstiderna kortas, vilket "
            "beräknas minska kostnaderna med 300 tkr per år.",
            A("Idrotts- och fritidsanläggningar", "300 tkr", "prisokningar"),
        ),
        H("Resultatöverföring och verksamhetsmått", 2),
        P(
            "Enligt kommunens regler för resultatöverföring får nämnden föra över högst 1 miljon kronor av "
            "överskottet till 2026.",
            O(None, "reserver", note="A reserve and financing statement: other."),
        ),
        P(
            "Antalet besök på biblioteken ökade med 8 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna.",
            O("Bibliotek", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
