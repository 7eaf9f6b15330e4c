"""Hälsinglands Utbildningsförbund, Direktionen, årsredovisning 2025.

An upper-secondary and adult-education kommunalförbund's annual report (period = the year), footer with the
direktion's adoption date in March: the result as a level and the budgeted result, then "utfallet blev 5,9
mnkr bättre än planerat" (the deviation); the reasons for the whole result in a paragraph of their own (amount
null); the members' contributions (other); a verksamhet table in tkr with last year's outcome beside; then bold
run-in verksamheter with a colon where the deviation comes in new shapes: the upper-secondary school's parts
(4,1 mnkr more revenue, 0,9 mnkr more staff) before the net "positiv avvikelse på 3,2 mnkr" (the net is the
amount), "lämnar ett överskott på 2 250 tkr" at the end, "översteg budget med 860 tkr" first, "sammanlagt 1 150
tkr", a reason-only administration (the table's "−510") and the finance items (the table's "650"); the outcome
against the interim report's forecast (a forecast change); investments "underskreds med 1,4 mnkr"; balanskrav
and equity, a reserve decision (others) and an action for next year with its effect. 9 scored causes.
Liberation Serif (Times metrics) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Reasons only: the table row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Hälsinglands Utbildningsförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Antagen av direktionen 2026-03-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (nettokostnad, positiv avvikelse = bättre än budget)",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Gymnasieskola", "212 600", "209 380", "3 220", "201 900"),
            ("Vuxenutbildning", "38 400", "36 150", "2 250", "37 100"),
            ("Anpassad gymnasieskola", "18 900", "19 760", "−860", "18 200"),
            ("Lärcentrum och uppdragsutbildning", "4 200", "3 050", "1 150", "4 640"),
            ("Gemensam administration", "16 800", "17 310", "−510", "15 980"),
            ("Finansiella poster", "1 200", "550", "650", "1 430"),
            ("Summa", "292 100", "286 200", "5 900", "279 250"),
        ),
        widths=(176.0, 66.0, 66.0, 62.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=21, font="arial-bold", after=2),
        Title("Hälsinglands Utbildningsförbund", size=13, font="times", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Hälsinglands Utbildningsförbund bedriver gymnasieskola, anpassad gymnasieskola och kommunal "
            "vuxenutbildning på uppdrag av medlemskommunerna. Verksamheten finns i Bollnäs, Söderhamn och "
            "Hudiksvall."
        ),
        H("Årets resultat", 2),
        P(
            "Förbundets resultat för 2025 uppgår till 7,4 mnkr. Budgeten innehöll ett resultat på 1,5 mnkr, så "
            "utfallet blev 5,9 mnkr bättre än planerat.",
            C(
                None,
                "5,9 mnkr",
                "+",
                note="The result and the budgeted result are levels; the last figure is the deviation.",
            ),
        ),
        P(
            "Det goda resultatet förklaras till största delen av att fler elever från medlemskommunerna och från andra "
            "kommuner har sökt sig till förbundets gymnasieprogram, men också av att vuxenutbildningen har fått mer "
            "statsbidrag än beräknat.",
            C(
                None,
                None,
                "+",
                "volymer",
                "statsbidrag",
                note="The whole result's reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Medlemskommunernas bidrag har betalats ut enligt förbundsordningen och uppgick till 268,4 mnkr.",
            O(None, note="The members' contributions: context."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Gymnasieskolan:",
            "Elevantalet var i genomsnitt 1 684 under hösten, 52 fler än budgeterat. Intäkterna från interkommunal "
            "ersättning blev därmed 4,1 mnkr högre än budget, medan de extra klasserna på el- och energiprogrammet i "
            "Söderhamn kostade 0,9 mnkr i personal. Sammantaget ger det gymnasieskolan en positiv avvikelse på 3,2 "
            "mnkr.",
            C(
                "Gymnasieskola",
                "3,2 mnkr",
                "+",
                "volymer",
                "avgifter_intakter",
                note="Parts (4,1 and 0,9 mnkr) before the net: the net is the amount. Interkommunal ersättning "
                "received is revenue: avgifter_intakter.",
            ),
        ),
        LP(
            "Vuxenutbildningen:",
            "Statsbidraget för regional yrkesinriktad vuxenutbildning blev högre än vi räknade med i budgeten, och "
            "två lärartjänster i svenska för invandrare har stått vakanta. Verksamheten lämnar ett överskott på "
            "2 250 tkr.",
            C("Vuxenutbildning", "2 250 tkr", "+", "statsbidrag", "vakanser"),
        ),
        LP(
            "Anpassad gymnasieskola:",
            "Kostnaderna översteg budget med 860 tkr. Fler elever än tidigare behöver elevassistent hela skoldagen, "
            "och skolskjutsarna från Ljusdal och Ovanåker har blivit dyrare.",
            C("Anpassad gymnasieskola", "860 tkr", "-", "volymer", "prisokningar"),
        ),
        LP(
            "Lärcentrum och uppdragsutbildning:",
            "Fler uppdragsutbildningar för Region Gävleborg och för industrin i Bollnäs gav intäkter över budget, "
            "sammanlagt 1 150 tkr.",
            C("Lärcentrum och uppdragsutbildning", "1 150 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Gemensam administration:",
            "Underskottet beror på engångskostnader för flytten av förbundskontoret till Hudiksvall och på högre "
            "kostnader för IT-licenser.",
            C(
                "Gemensam administration",
                "−510",
                "-",
                "periodisering",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note=ROW + " One-off costs: periodisering.",
            ),
        ),
        LP(
            "Finansiella poster:",
            "Ränteintäkterna på förbundets likvida medel blev högre än budgeterat.",
            C(
                "Finansiella poster",
                "650",
                "+",
                unit="tkr",
                table=True,
                note=ROW + " A finance item: no cause tag.",
            ),
        ),
        H("Jämförelse med delårsrapportens prognos", 2),
        P(
            "I delårsrapporten per augusti prognostiserades ett överskott mot budget på 3,4 mnkr. Utfallet blev alltså "
            "2,5 mnkr bättre än prognosen, främst för att höstterminens elevantal blev högre än vad antagningen i "
            "juni visade.",
            F(
                None,
                "2,5 mnkr",
                "+",
                "volymer",
                note="The interim forecast is a level; the change is the amount.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Förbundet investerade 4,6 mnkr under året, främst i utrustning till fordonsprogrammet och i nya "
            "elevdatorer. Investeringsbudgeten på 6,0 mnkr underskreds med 1,4 mnkr eftersom bytet av "
            "ventilationsaggregat i verkstadslokalerna i Bollnäs har skjutits till 2026.",
            C("Investeringar", "1,4 mnkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet är 7,1 mnkr efter avdrag för realisationsvinsten vid försäljningen av en "
            "skogsmaskin från naturbruksprogrammet. Det egna kapitalet uppgår vid årets slut till 38,2 mnkr.",
            O(None, note="Balanskrav and equity: other."),
        ),
        P(
            "Direktionen har beslutat att 3,0 mnkr av årets överskott avsätts till resultatutjämningsreserven, för att "
            "möta färre sökande till yrkesprogrammen de kommande åren.",
            O(None, "reserver", note="A reserve decision: other."),
        ),
        H("Förväntad utveckling", 2),
        P(
            "Inför 2026 har förbundet minskat antalet platser på restaurang- och livsmedelsprogrammet, vilket "
            "beräknas sänka kostnaderna med 0,7 mnkr.",
            A("Gymnasieskola", "0,7 mnkr", "omstallning"),
        ),
    ]
    return ReportSpec(
        file="halsinglands-utbildningsforbund-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Hälsinglands Utbildningsförbund",
                "HUF",
                "Kommunalförbundet Hälsinglands Utbildningsförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Hälsinglands Utbildningsförbund"},
        style=style,
        blocks=blocks,
    )
