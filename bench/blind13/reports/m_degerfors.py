"""Degerfors kommun, Barn- och utbildningsnämnden, månadsrapport november 2025.

A school committee's month report in tkr and mnkr with en dashes as minus signs, DejaVu Serif Condensed 10
pt, footer with the arbetsutskott's meeting date in December: three sentences in one paragraph, the period
"1,9 mnkr sämre än periodbudgeten", the full year "en minusavvikelse på 2,4 mnkr" and the change since October
with its cause (three items); a verksamhet table with October's deviation; two columns of sections under
plain headings in new shapes: "går mot ett underskott på 1 150 tkr" with a child count that is not the
amount, "Kostnaderna överskrider anslaget med 1,9 mnkr" followed by "Prognosen är densamma som i oktober"
(a boilerplate forecast change), a reason-only section (the table's "500"), the amount at the end ("Nettot är
ett plus på 0,4 mnkr"), "bedöms hamna på budget" (boilerplate), consultants "ett underskott mot budget om 250
tkr", and a section "landar på budget" (boilerplate) whose October surplus was eaten up (a forecast change);
investments "beräknas användas till 80 procent" (the under-spend, 0,64 mnkr, never written out); an action
with its effect for next year. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Space, Style, Table, Title

from reports.common import BF, BP, A, C, F


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(60.0, 78.0, 60.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Degerfors kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: (
            "Månadsrapport november 2025",
            "BUN arbetsutskott 2025-12-09",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr (avvikelse = budget – prognos)",
        header=(("Verksamhet", "Budget 2025", "Prognos nov", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Förskola", "118 300", "119 450", "–1 150", "–600"),
            ("Grundskola och fritidshem", "201 600", "203 500", "–1 900", "–1 900"),
            ("Grundsärskola", "9 800", "9 300", "500", "500"),
            ("Gymnasieskola", "72 400", "72 000", "400", "300"),
            ("Vuxenutbildning", "11 900", "11 900", "0", "0"),
            ("Barn- och elevhälsa", "14 200", "14 450", "–250", "–100"),
            ("Gemensamt", "22 800", "22 800", "0", "100"),
            ("Summa", "451 000", "453 400", "–2 400", "–1 700"),
        ),
        widths=(150.0, 74.0, 74.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Nämndens ackumulerade utfall efter elva månader är 1,9 mnkr sämre än periodbudgeten.",
                C(
                    None,
                    "1,9 mnkr",
                    "-",
                    note="The period against the periodised budget, a sentence of its own.",
                ),
            ),
            (
                "För helåret räknar förvaltningen med en minusavvikelse på 2,4 mnkr.",
                C(None, "2,4 mnkr", "-", note="The full year, a sentence of its own."),
            ),
            (
                "Det är 0,7 mnkr sämre än i oktoberrapporten, eftersom ersättningen till fristående förskolor blev "
                "högre när barnantalet räknades om i november.",
                F(None, "0,7 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        Space(6),
        Columns(2),
        H("Förskola", 3),
        P(
            "Förskolan går mot ett underskott på 1 150 tkr. Ersättningen till fristående förskolor och pedagogisk "
            "omsorg ökade efter novembermätningen, då 14 fler barn var inskrivna än vid budgeteringen.",
            C(
                "Förskola",
                "1 150 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The count of children is not the amount.",
            ),
        ),
        H("Grundskola och fritidshem", 3),
        PS(
            (
                "Kostnaderna överskrider anslaget med 1,9 mnkr. Resursskolan Bruket har tagit emot fler elever än den "
                "är dimensionerad för, och i flera klasser har elevassistenter anställts utöver budget.",
                C("Grundskola och fritidshem", "1,9 mnkr", "-", "volymer", "bemanning"),
            ),
            ("Prognosen är densamma som i oktober.", BF("Grundskola och fritidshem")),
        ),
        H("Grundsärskola", 3),
        P(
            "Färre elever än beräknat, sedan en elev flyttat från kommunen under våren.",
            C(
                "Grundsärskola",
                "500",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Interkommunala ersättningar för elever som studerar i Karlskoga och Kristinehamn blir lägre än "
            "budgeterat, eftersom färre elever än väntat började på program med hög prislapp. Nettot är ett plus på "
            "0,4 mnkr.",
            C(
                "Gymnasieskola",
                "0,4 mnkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                note="The amount comes last, after the reason.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P("Vuxenutbildningen bedöms hamna på budget.", BP("Vuxenutbildning")),
        H("Barn- och elevhälsa", 3),
        P(
            "Elevhälsan har köpt psykologtjänster från ett konsultbolag under hösten för att täcka en "
            "föräldraledighet, vilket ger ett underskott mot budget om 250 tkr.",
            C("Barn- och elevhälsa", "250 tkr", "-", "inhyrd_personal", note="Consultants: inhyrd_personal."),
        ),
        H("Gemensamt", 3),
        PS(
            ("Gemensamma kostnader landar på budget.", BP("Gemensamt")),
            (
                "Det överskott på 100 tkr som redovisades i oktober har ätits upp av högre licenskostnader för "
                "lärplattformen.",
                F(
                    "Gemensamt",
                    "100 tkr",
                    "-",
                    "it_digitalisering",
                    note="October's surplus gone: a forecast change.",
                ),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 3,2 mnkr beräknas användas till 80 procent. Inköpet av nya elevdatorer för "
            "årskurs 7 skjuts till januari 2026.",
            C(
                "Investeringar",
                "3,2 mnkr beräknas användas till 80 procent",
                "+",
                "periodisering",
                "it_digitalisering",
                value=640_000,
                note="The under-spend (20 percent of 3,2 mnkr, 0,64 mnkr) is never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Inför vårterminen 2026 ses klassorganisationen i grundskolan över. Förvaltningen räknar med att kunna "
            "minska antalet elevassistenter med fyra tjänster från februari, motsvarande 1,0 mnkr för 2026.",
            A("Grundskola och fritidshem", "1,0 mnkr", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="degerfors-bun-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Degerfors",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Barn- och utbildningsnämnden",
            "author": "Degerfors kommun",
        },
        style=style,
        blocks=blocks,
    )
