"""Bergs kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the period
"2,3 miljoner kronor sämre än den periodiserade budgeten" and the full year "ett underskott på 5,8 miljoner
kronor jämfört med nämndens budgetram på 198,6 miljoner kronor" in two sentences of one paragraph (two
items); a verksamhet table whose deviation column is budget − prognos with en dashes as minus ("–2 950");
headings that carry the area and amount in varied shapes ("Barn och unga: –2 950 tkr", "Vuxna, missbruk –1
100 tkr", "LSS –1,4 mnkr") where a sub-area's deviation (personlig assistans "300 tkr lägre än budget") is its
own item inside LSS's paragraph; a plain heading over ekonomiskt bistånd ("landar på 1,2 mnkr över budget")
followed by its change since February; a possessive surplus ("Socialpsykiatrins överskott på 0,4 mnkr"); a
reason-only surplus "Inom nämnd och förvaltningsledning" (the row's "550") and "bedöms i stort sett hålla
budget" (boilerplate, –100 in the table); an action with its effect and a risk with a monthly cost (others).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Bergs kommun", "Socialnämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-21", "", f"{n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (avvikelse = budget – prognos)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "7 400", "2 180", "6 850", "550"),
            ("IFO barn och unga", "24 300", "9 460", "27 250", "–2 950"),
            ("IFO vuxna, missbruk", "9 800", "3 720", "10 900", "–1 100"),
            ("Ekonomiskt bistånd", "11 200", "4 150", "12 400", "–1 200"),
            ("LSS", "46 900", "16 240", "48 300", "–1 400"),
            ("Socialpsykiatri", "13 600", "4 310", "13 200", "400"),
            ("Äldreomsorg", "85 400", "28 870", "85 500", "–100"),
            ("Summa", "198 600", "68 930", "204 400", "–5 800"),
        ),
        widths=(150.0, 66.0, 72.0, 70.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Socialnämnden, Bergs kommun", size=12, font="sans", after=14),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Socialnämnden redovisar efter årets fyra första månader ett utfall som är 2,3 miljoner kronor "
                    "sämre än den periodiserade budgeten.",
                    C(None, "2,3 miljoner kronor", "-", note="The period, in its own sentence."),
                ),
                (
                    "Helårsprognosen visar ett underskott på 5,8 miljoner kronor jämfört med nämndens budgetram på "
                    "198,6 miljoner kronor.",
                    C(None, "5,8 miljoner kronor", "-", note="The full year; the frame is a level."),
                ),
            )
        ),
        P(
            "Underskottet finns inom individ- och familjeomsorgen och LSS, medan socialpsykiatrin och "
            "förvaltningsledningen går med överskott. Tabellen nedan visar avvikelsen per verksamhet."
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Barn och unga: –2 950 tkr",
            "Sedan årsskiftet har fyra barn placerats i jourhem och på HVB efter beslut enligt LVU. Kostnaden "
            "för externa placeringar är därmed betydligt högre än budgeterat.",
            C("Barn och unga", "–2 950 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Vuxna, missbruk –1 100 tkr",
            "Två personer har vårdats enligt LVM under perioden, vilket inte ryms i budgeten. Förvaltningen "
            "bedömer att underskottet kvarstår året ut.",
            C("Vuxna, missbruk", "–1 100 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd ökar och prognosen landar på 1,2 mnkr över budget. Det är framför "
            "allt hushåll där någon vuxen har förlorat rätten till sjukpenning eller a-kassa som ökar.",
            C(
                "Ekonomiskt bistånd",
                "1,2 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The area named only by a plain heading above.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari är det en försämring med 400 tkr.",
            F("Ekonomiskt bistånd", "400 tkr", "-"),
        ),
        Para(
            (
                (
                    "Ett nytt beslut om boende med särskild service för en ung vuxen med omfattande behov verkställs "
                    "från mars genom köp av plats i en annan kommun. Verksamheten har också haft höga kostnader för "
                    "sjuklön och timvikarier.",
                    C("LSS", "–1,4 mnkr", "-", "kopt_verksamhet", "sjukfranvaro", "vikarier"),
                ),
                (
                    "Inom LSS blir dessutom ersättningen från Försäkringskassan för personlig assistans 300 tkr "
                    "lägre än budget, eftersom en brukares rätt till assistansersättning har omprövats.",
                    C(
                        "Personlig assistans",
                        "300 tkr",
                        "-",
                        "ersattning_fk",
                        note="A sub-area's deviation inside another area's paragraph: its own item.",
                    ),
                ),
            ),
            head="LSS –1,4 mnkr",
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrins överskott på 0,4 mnkr kommer av att en tjänst som boendestödjare har varit vakant "
            "sedan januari.",
            C("Socialpsykiatri", "0,4 mnkr", "+", "vakanser", note="A possessive under a plain heading."),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Inom nämnd och förvaltningsledning blir kostnaderna lägre än budgeterat, främst eftersom licenserna "
            "för det nya verksamhetssystemet blev billigare än beräknat.",
            C(
                "Nämnd och förvaltningsledning",
                "550",
                "+",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgen bedöms i stort sett hålla budget.",
            BP("Äldreomsorg", note="–100 in the table."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har från april förstärkt öppenvårdsteamet för barn och unga. Målet är att två "
            "placeringar ska kunna avslutas under hösten, vilket beräknas minska kostnaderna med 0,8 mnkr under "
            "2026.",
            A("Barn och unga", "0,8 mnkr", "kopt_verksamhet", note="The whole paragraph is one action."),
        ),
        H("Risker", 2),
        P(
            "Prognosen för barn och unga är osäker. Varje ny placering på HVB kostar i genomsnitt 120 000 kronor "
            "per månad.",
            O("Barn och unga", "kopt_verksamhet", note="A risk with a monthly cost: other."),
        ),
    ]
    return ReportSpec(
        file="berg-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Berg",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Bergs kommun"},
        style=style,
        blocks=blocks,
    )
