"""Härryda kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report in "tkr" (period = the year), footer with the nämnd's
meeting date in February: "lämnar ett överskott på 1 460 tkr mot budget" and, in the next sentence, the
outcome "nästan en miljon kronor bättre än prognosen i oktober" (a forecast change, amount in words); a table
with en dashes as minus signs; under a generic heading ("Kommentarer till avvikelserna") en-dash bullets in
varied shapes: two verksamheter as a "respektive" pair with a shared cause (two items), "gick 590 tkr över
budget", a label and colon ("Fritid och föreningsstöd: ett överskott på 620 tkr uppstod"), a possessive
"Anläggningarnas kostnader blev 520 tkr högre", a reason-only bullet after a colon that takes the row's "240"
and "i nivå med budget" (boilerplate); investments "Att 4,8 mnkr återstår förklaras av"; loans against 2024
and the result fund's balance (others) and an action with a yearly effect. 8 scored causes. DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.0, 9.5),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Härryda kommun", ""),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-12, § 9", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "3 850", "3 610", "240"),
            ("Bibliotek", "14 200", "13 380", "820"),
            ("Kulturskola", "9 650", "10 240", "–590"),
            ("Allmänkultur", "4 300", "4 300", "0"),
            ("Fritid och föreningsstöd", "11 700", "11 080", "620"),
            ("Anläggningar", "21 900", "22 420", "–520"),
            ("Fritidsgårdar", "6 400", "5 510", "890"),
            ("Summa", "72 000", "70 540", "1 460"),
        ),
        widths=(180.0, 66.0, 66.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kultur- och fritidsnämnden lämnar ett överskott på 1 460 tkr mot budget för 2025.",
                C(None, "1 460 tkr", "+"),
            ),
            (
                "Det är nästan en miljon kronor bättre än prognosen i oktober, då nämnden räknade med ett överskott om "
                "500 tkr.",
                F(
                    None,
                    "nästan en miljon kronor",
                    "+",
                    value=1_000_000,
                    note="The outcome against October's forecast, in words: the stated figure.",
                ),
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Biblioteken och fritidsgårdarna redovisar överskott om 820 respektive 890 tkr. Båda verksamheterna "
                "har haft vakanta tjänster under delar av året.",
                "Kulturskolan gick 590 tkr över budget. Avgiftsintäkterna blev lägre sedan nämnden sänkte "
                "terminsavgiften, och fler elever än planerat tog del av undervisningen.",
                "Fritid och föreningsstöd: ett överskott på 620 tkr uppstod då två större föreningar inte sökte sina "
                "aktivitetsbidrag.",
                "Anläggningarnas kostnader blev 520 tkr högre än budgeterat på grund av en vattenskada i ishallen och "
                "höjda elpriser.",
                "Nämnd och förvaltningsledning: lägre kostnader för utbildning och konferenser.",
                "Allmänkulturens utfall är i nivå med budget.",
            ),
            labels=(
                C(
                    "Bibliotek",
                    "820",
                    "+",
                    "vakanser",
                    unit="tkr",
                    note="A 'respektive' pair with a shared cause: two items.",
                    also=(C("Fritidsgårdar", "890 tkr", "+", "vakanser"),),
                ),
                C("Kulturskola", "590 tkr", "-", "avgifter_intakter", "volymer"),
                C(
                    "Fritid och föreningsstöd",
                    "620 tkr",
                    "+",
                    "ovrigt",
                    note="Grants not applied for: ovrigt.",
                ),
                C(
                    "Anläggningar",
                    "520 tkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Water damage is ovrigt, electricity prices prisokningar.",
                ),
                C(
                    "Nämnd och förvaltningsledning",
                    "240",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's cell.",
                ),
                BP("Allmänkultur"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 3,1 mnkr av en budget på 7,9 mnkr. Att 4,8 mnkr återstår förklaras av att "
            "upprustningen av elljusspåret och bytet av konstgräs på en av planerna har skjutits till 2026.",
            C("Investeringar", "4,8 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Volymer", 2),
        P(
            "Antalet utlån på biblioteken minskade med 3 procent jämfört med 2024, medan antalet deltagartillfällen "
            "i föreningslivet ökade.",
            O("Bibliotek", "volymer", note="Against last year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att samordna bokningen av idrottshallar med skolorna, vilket bedöms ge lägre "
            "kostnader om 300 tkr per år.",
            A("Anläggningar", "300 tkr", "lokaler"),
        ),
        P(
            "Det ackumulerade överskottet i nämndens resultatfond uppgår efter 2025 till 3,4 mnkr.",
            O(None, note="Equity (result fund): other."),
        ),
    ]
    return ReportSpec(
        file="harryda-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Härryda",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Härryda kommun"},
        style=style,
        blocks=blocks,
    )
