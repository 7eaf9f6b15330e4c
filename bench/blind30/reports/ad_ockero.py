"""Öckerö kommun, Kommunstyrelsen, avtalsuppföljning 2025: skolskjuts med buss, taxi och skolbåt.

Not a budget follow-up: the procurement unit's yearly follow-up of a school transport contract. Full of amounts,
"beror på", "avvikelser" and comparisons, but none against the kommun's own budget: the outcome against the
contract's estimated annual value with "beror på" (other), the cost against last year with a part (other), quality
"avvikelser" against last year with "beror på" (other), penalties (vite) in whole kronor (other), the
barn- och utbildningsnämnd's overrun quoted from its annual report (a statement about someone else: other), pupil
numbers against last year (other) and a proposal for the extension with an estimated saving (other: a proposal in
a contract follow-up, not a budget measure). The decision proposal, background, cost table, contract terms and
conclusion are unlabelled. No causes. DejaVu Serif 10 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Öckerö kommun", "Avtalsuppföljning"),
        footer=lambda n, m: ("Upphandlingsenheten", "KS 2026/0041", f"{n} ({m})"),
        header_size=8.0,
    )
    costs = Table(
        caption="Kostnad per trafikslag, tkr",
        header=(("Trafikslag", "2024", "2025", "Förändring"),),
        rows=(
            ("Buss", "5 310", "5 560", "250"),
            ("Taxi och anpassade fordon", "2 860", "3 240", "380"),
            ("Skolbåt Rörö och Hyppeln", "1 930", "2 000", "70"),
            ("Summa", "10 100", "10 800", "700"),
        ),
        widths=(170.0, 66.0, 66.0, 76.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avtalsuppföljning 2025", size=20, font="arial-bold", after=2),
        Title("Skolskjuts med buss, taxi och skolbåt", size=12.5, font="serif-italic", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner avtalsuppföljningen och ger upphandlingsenheten i uppdrag att förbereda en "
            "förlängning av avtalet."
        ),
        H("Bakgrund", 2),
        P(
            "Upphandlingsenheten följer årligen upp kommunens större avtal enligt riktlinjerna för avtalsuppföljning. "
            "Denna uppföljning gäller avtalet om skolskjuts med buss och taxi samt skolbåt till Rörö och Hyppeln, som "
            "löper 2023–2027 med möjlighet till förlängning i två år."
        ),
        H("Avtalets omfattning och kostnader", 2),
        P(
            "Avtalets beräknade årsvärde vid upphandlingen var 9,6 miljoner kronor. Utfallet 2025 blev 10,8 miljoner "
            "kronor, vilket beror på att avtalet indexregleras varje år och att antalet elever med skolskjuts har ökat.",
            O(
                None,
                "prisokningar",
                "volymer",
                note="The outcome against the contract's estimated value, not a budget: other.",
            ),
        ),
        P(
            "Jämfört med 2024 ökade kostnaden med 0,7 miljoner kronor. Av ökningen avser 0,4 miljoner kronor "
            "indexuppräkningen den 1 juli och resten fler resor med anpassade fordon.",
            O(None, "prisokningar", "volymer", note="The cost against last year, with a part: other."),
        ),
        costs,
        P(
            "Antalet elever med skolskjuts var 212 i oktober 2025, vilket är 14 fler än ett år tidigare.",
            O(None, "volymer", note="A volume against last year: other."),
        ),
        H("Kvalitet och avvikelser", 2),
        P(
            "Under året registrerades 27 avvikelser, mot 19 året innan. Ökningen beror främst på förseningar av "
            "skolbåten under vintern, när hårt väder krävde att turer ställdes in eller lades om.",
            O(None, "ovrigt", note="Quality incidents ('avvikelser') against last year: other."),
        ),
        P(
            "Två avvikelser gällde elever som inte blev hämtade. I båda fallen har leverantören gått igenom sina "
            "rutiner och kommunen har fått en skriftlig redovisning."
        ),
        H("Vite", 2),
        P(
            "Kommunen har under året riktat vite mot leverantören vid tre tillfällen, sammanlagt 45 000 kronor, för "
            "uteblivna turer och bristande rapportering.",
            O(None, note="Penalties charged to the supplier: other."),
        ),
        H("Ekonomisk bedömning", 2),
        P(
            "Kostnaden för skolskjuts belastar barn- och utbildningsnämndens budget. Enligt nämndens årsredovisning "
            "överskred skolskjutsen budgeten med 1,1 miljoner kronor, vilket nämnden har förklarat med fler elever "
            "med skolskjuts.",
            O(
                "Barn- och utbildningsnämnden",
                "volymer",
                note="Another committee's deviation quoted from its annual report: a statement about someone else, "
                "other.",
            ),
        ),
        P("Priset per kilometer för buss är i nivå med jämförbara avtal i Göteborgsregionen."),
        H("Bedömning och förslag", 2),
        P(
            "Sammantaget bedöms leverantören uppfylla avtalets krav. Upphandlingsenheten föreslår att avtalet förlängs "
            "med två år från den 1 augusti 2027."
        ),
        P(
            "Inför förlängningen bör kommunen pröva om skolbåtsturerna kan samordnas med Västtrafiks linjetrafik, "
            "vilket enligt en första bedömning skulle kunna minska kostnaden med cirka 0,5 miljoner kronor per år.",
            O(None, note="A proposal in a contract follow-up, not a budget measure: other."),
        ),
        P("Lena Strand, upphandlare    Mikael Berg, upphandlingschef", size=9.5),
    ]
    return ReportSpec(
        file="ockero-ks-avtalsuppfoljning-skolskjuts-2025.pdf",
        report={
            "municipality": "Öckerö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "avtalsuppföljning",
        },
        metadata={"title": "Avtalsuppföljning 2025 Skolskjuts", "author": "Öckerö kommun"},
        style=style,
        blocks=blocks,
    )
