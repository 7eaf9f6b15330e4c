"""Kungsbacka kommun, Nämnden för Vård & Omsorg, månadsuppföljning oktober 2025.

An elderly-care committee's month report with the ampersand in the nämnd's name: a summary paragraph
whose deficit is followed by its causes spread over two sentences ("Underskottet beror främst på två
saker. Dels …, dels …", one item), the accumulated outcome against the periodised budget, the change
since September in its own paragraph (its reason names an area, not a cause), a sign note (not
labelled), a table per verksamhetsområde in tkr with a shaded header and September's deviation; then
bold run-in areas with a paragraph each: hemtjänst with its amount and no cue word, a care home whose
amount lives only in the table (empty wards, staff kept, sick pay), köpt korttidsvård "drygt 4 mnkr"
(the table says −4 300), a surplus from vacancies partly eaten by agency nurses (amount from the table),
"i nivå med budget" (boilerplate) and a row without a comment; actions as an introduction with the
stated effect continued by a dashed list of lower-case items (one item), a risk with a range (other),
a key-figure table (not labelled) and sick leave against last year with its cause (other). Liberation
Sans (Arial) 10 pt, a footer with the meeting date a month after the period.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Amount from the table row (tkr, negative = underskott); the passage has none."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 74.0, 68.0, 72.0),
        header=lambda n, m: ("Kungsbacka kommun", "Månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Nämnden för Vård & Omsorg, sammanträde 2025-11-26", "", f"{n} ({m})"),
        header_size=8.0,
    )
    areas = Table(
        caption="Helårsprognos per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse sept"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38 400", "38 100", "300", "300"),
            ("Hemtjänst", "412 600", "422 000", "−9 400", "−9 300"),
            ("Vård- och omsorgsboende", "596 200", "599 300", "−3 100", "−3 000"),
            ("Korttidsvård", "61 500", "65 800", "−4 300", "−2 600"),
            ("Hälso- och sjukvård", "148 900", "147 000", "1 900", "1 700"),
            ("Funktionsstöd", "231 700", "231 700", "0", "0"),
            ("Summa", "1 489 300", "1 503 900", "−14 600", "−12 900"),
        ),
        widths=(170.0, 68.0, 68.0, 62.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.91, 0.95),
    )
    key_figures = Table(
        caption="Nyckeltal januari–oktober",
        header=(("", "Budget", "Utfall 2025", "Utfall 2024"),),
        rows=(
            ("Beviljade hemtjänsttimmar per månad", "52 300", "58 050", "51 400"),
            ("Köpta korttidsplatser, snitt per dygn", "6", "14", "5"),
            ("Belagda platser i vård- och omsorgsboende", "612", "598", "609"),
        ),
        widths=(230.0, 66.0, 76.0, 76.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=20, font="arial-bold"),
        Title("Nämnden för Vård & Omsorg", size=12, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Prognosen för helåret är ett underskott på 14,6 mnkr. Underskottet beror främst på två saker. Dels "
            "har antalet beviljade hemtjänsttimmar fortsatt att öka snabbare än budgeten förutsatte, dels köper "
            "nämnden betydligt fler korttidsplatser av externa utförare än planerat.",
            C(
                None,
                "14,6 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The causes are spread over two sentences after the amount ('Dels …, dels …'): one item.",
            ),
        ),
        P(
            "Det ackumulerade utfallet till och med oktober visar en negativ avvikelse mot periodiserad budget på "
            "11,9 mnkr.",
            C(None, "11,9 mnkr", "-", note="The period outcome against the periodised budget."),
        ),
        P(
            "Jämfört med septemberprognosen har underskottet ökat med 1,7 mnkr. Hela försämringen finns inom "
            "korttidsvården.",
            F(None, "1,7 mnkr", "-", note="The reason names an area, not a cause: no tag."),
        ),
        P("Tabellen visar helårsprognosen i tkr. Negativa tal anger underskott mot budget.", size=8.5),
        areas,
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Hemtjänst.",
            "Prognosen är −9 400 tkr. Beviljade timmar har i genomsnitt legat 11 procent över budgeterad nivå sedan "
            "årsskiftet, och allt fler kunder behöver två medarbetare vid varje besök.",
            C(
                "Hemtjänst",
                "−9 400 tkr",
                "-",
                "volymer",
                "bemanning",
                note="No cue word; two staff per visit is a staffing cause.",
            ),
        ),
        LP(
            "Vård- och omsorgsboende.",
            "Två avdelningar på Ekhagens boende har stått tomma sedan augusti i väntan på ombyggnad, men personalen "
            "har inte kunnat omplaceras fullt ut. Sjuklönekostnaderna har dessutom varit höga under hösten.",
            C(
                "Vård- och omsorgsboende",
                "−3 100",
                "-",
                "lokaler",
                "bemanning",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note=ROW + " Empty wards: lokaler.",
            ),
        ),
        LP(
            "Korttidsvård.",
            "Kostnaden för köpta korttidsplatser beräknas bli drygt 4 mnkr högre än budgeterat. Fler personer än "
            "tidigare skrivs ut från sjukhuset med behov av korttidsplats, och nämndens egna 24 platser räcker inte "
            "till.",
            C(
                "Korttidsvård",
                "drygt 4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The prose rounds the table's −4 300 tkr.",
            ),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Vakanta tjänster som sjuksköterska ger ett överskott, trots att en del av passen har bemannats med "
            "sjuksköterskor från bemanningsföretag.",
            C(
                "Hälso- och sjukvård",
                "1 900",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP("Funktionsstöd.", "Prognosen är i nivå med budget.", BP("Funktionsstöd")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört följande åtgärder, som tillsammans beräknas minska kostnaderna med 1,5 mnkr "
            "i helårseffekt:",
            A(
                None,
                "1,5 mnkr",
                "volymer",
                "bemanning",
                "kopt_verksamhet",
                note="The introduction and the list below it are one item.",
            ),
        ),
        Bullets(
            (
                "genomgång av samtliga hemtjänstbeslut med mer än 100 timmar per månad,",
                "samordnad schemaläggning mellan hemtjänstgrupperna i norra och södra kommundelen,",
                "snabbare hemgång från korttidsplats med stöd av ett nytt hemgångsteam.",
            ),
            continues=True,
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Om behovet av korttidsplatser fortsätter att öka i samma takt kan kostnaden bli ytterligare 1–2 mnkr "
            "högre under november och december.",
            O("Korttidsvård", "kopt_verksamhet", "volymer", note="Risk, with a range."),
        ),
        H("Nyckeltal", 2),
        key_figures,
        PS(
            (
                "Sjukfrånvaron i förvaltningen var 8,9 procent under januari–september, jämfört med 8,1 procent "
                "samma period 2024. Ökningen beror främst på fler långa sjukskrivningar inom vård- och "
                "omsorgsboende.",
                O(
                    "Vård- och omsorgsboende",
                    "sjukfranvaro",
                    note="Against the previous year, not the budget, with its cause.",
                ),
            ),
        ),
    ]
    return ReportSpec(
        file="kungsbacka-nvo-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Kungsbacka",
            "committee": ["Nämnden för Vård & Omsorg", "Nämnden för Vård och Omsorg"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Nämnden för Vård & Omsorg",
            "author": "Kungsbacka kommun",
        },
        style=style,
        blocks=blocks,
    )
