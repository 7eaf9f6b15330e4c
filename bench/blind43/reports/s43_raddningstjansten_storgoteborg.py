"""Räddningstjänsten Storgöteborg (kommunalförbund), Direktionen, tertialrapport 1 2026.

A fire and rescue kommunalförbund's first tertial report in mnkr with explicit "+" and hyphen-minus signs,
footer with the direktion's meeting date in May: the period's result as a level without a budget comparison
(other) and the full year "4,6 mnkr sämre än det budgeterade resultatet" in the next sentence, the members'
contributions that "följer budget" (boilerplate); a result table per post; two columns of plain headings:
personnel costs "7,4 mnkr högre än budget" with overtime after fires, sick leave and a dearer wage agreement,
followed in the same paragraph by an action with its effect; revenue that "överstiger budget med 2,8 mnkr";
a reason-only overrun for vehicles (the row's "-1,7"); premises and other costs as a "respektive" pair with
their reasons; depreciation "0,4 mnkr högre än budget, eftersom"; investments "71,5 mnkr mot en budget på
64,0 mnkr" (an overrun of 7,5 never written out); equity and call-outs against last year with "beror … på"
(others). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Räddningstjänsten Storgöteborg", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "Dnr 2026/0311", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, mnkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "612,0", "204,0", "612,0", "0,0"),
            ("Externa intäkter", "48,5", "17,9", "51,3", "+2,8"),
            ("Personalkostnader", "-498,2", "-167,4", "-505,6", "-7,4"),
            ("Lokalkostnader", "-58,6", "-19,3", "-58,1", "+0,5"),
            ("Fordon och materiel", "-41,3", "-14,6", "-43,0", "-1,7"),
            ("Övriga kostnader", "-38,4", "-11,2", "-36,8", "+1,6"),
            ("Avskrivningar och räntor", "-21,0", "-6,9", "-21,4", "-0,4"),
            ("Resultat", "3,0", "2,5", "-1,6", "-4,6"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Räddningstjänsten Storgöteborg", size=12.5, font="arial", after=12),
        H("Förbundets ekonomi i sammandrag", 2),
        PS(
            (
                "För januari–april redovisar förbundet ett resultat på 2,5 mnkr.",
                O(None, note="The period's result as a level with no budget comparison: other."),
            ),
            (
                "Helårsprognosen är ett resultat på −1,6 mnkr, vilket är 4,6 mnkr sämre än det budgeterade resultatet "
                "på 3,0 mnkr.",
                C(None, "4,6 mnkr", "-", note="Between two levels: the deviation."),
            ),
        ),
        P("Medlemsbidragen från medlemskommunerna följer budget.", BP("Medlemsbidrag")),
        table,
        H("Kommentarer per post", 2),
        Columns(2),
        H("Personalkostnader", 3),
        PS(
            (
                "Personalkostnaderna beräknas bli 7,4 mnkr högre än budget. Övertiden har ökat efter flera större "
                "bränder i industriområden under januari och mars, och korttidsfrånvaron bland brandmännen var hög "
                "under influensaperioden. Löneavtalet för brandmän blev dessutom dyrare än budgeterat.",
                C(
                    "Personalkostnader",
                    "7,4 mnkr",
                    "-",
                    "overtid",
                    "ovrigt",
                    "sjukfranvaro",
                    "lonekostnader",
                    note="Fires are ovrigt.",
                ),
            ),
            (
                "Från maj prövas all övertid av stationschef, vilket beräknas minska kostnaderna med 1,0 mnkr.",
                A("Personalkostnader", "1,0 mnkr", "overtid"),
            ),
        ),
        H("Externa intäkter", 3),
        P(
            "Intäkterna från automatiska brandlarm, tillsyn och utbildning för företag överstiger budget med 2,8 mnkr, "
            "främst för att fler företag har beställt utbildning i systematiskt brandskyddsarbete.",
            C("Externa intäkter", "2,8 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Fordon och materiel", 3),
        P(
            "Reparationer av två hävare och högre priser på drivmedel och skyddsutrustning gör att posten beräknas "
            "överskrida budget. En ny höjdräddningsbil som skulle ha levererats i mars har försenats, vilket kräver "
            "inhyrning av ersättningsfordon.",
            C(
                "Fordon och materiel",
                "-1,7",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Lokalkostnader och övriga kostnader", 3),
        P(
            "Lokalkostnaderna och övriga kostnader blir 0,5 respektive 1,6 mnkr lägre än budgeterat. Hyran för "
            "övningsanläggningen har omförhandlats, och konsultkostnaderna för det nya ledningssystemet blir lägre än "
            "planerat.",
            C(
                "Lokalkostnader",
                "0,5",
                "+",
                "lokaler",
                unit="mnkr",
                note="A 'respektive' pair with each post's reason in the next sentence: two items.",
                also=(C("Övriga kostnader", "1,6 mnkr", "+", "inhyrd_personal", "it_digitalisering"),),
            ),
        ),
        H("Avskrivningar och räntor", 3),
        P(
            "Avskrivningarna blir 0,4 mnkr högre än budget, eftersom två släckbilar aktiverades redan i januari.",
            C("Avskrivningar och räntor", "0,4 mnkr", "-", "periodisering", "material_hjalpmedel"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 71,5 mnkr mot en budget på 64,0 mnkr, då två räddningsfordon som beställdes 2025 "
            "levereras först i år och belastar årets investeringsutrymme.",
            C(
                "Investeringar",
                "71,5 mnkr mot en budget på 64,0 mnkr",
                "-",
                "periodisering",
                "material_hjalpmedel",
                value=7_500_000,
                note="An investment overrun of 7,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgick till 58,3 mnkr vid årsskiftet och räcker väl för att täcka ett eventuellt "
            "negativt resultat 2026.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Antalet räddningsinsatser under januari–april var 2 310, vilket är 7 procent fler än samma period 2025. "
            "Ökningen beror bland annat på fler bränder i fordon.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-storgoteborg-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Storgöteborg",
                "Räddningstjänstförbundet Storgöteborg",
                "Kommunalförbundet Räddningstjänsten Storgöteborg",
                "RSG",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Räddningstjänsten Storgöteborg"},
        style=style,
        blocks=blocks,
    )
