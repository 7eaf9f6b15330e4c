"""Oskarshamns kommun, Barn- och utbildningsnämnden, månadsrapport september 2025.

A school committee's month report in "tkr", footer with the nämnd's meeting date in October: the period
"2 140 tkr högre än periodiserad budget" and the full year's "underskott på 4 600 tkr" in one sentence (one
item, the full year's amount), the change since August with its cause; a table with a trailing minus for
deficits ("2 950-", "3 180-"); headings that carry the area and amount ("Förskola +1 150 tkr", "Grundskola
−2 950 tkr" with U+2212); a reason-only paragraph under a plain heading that takes the row's "3 180-"; a
run-in lead with a colon whose sentence starts lower case ("Grundsärskola: underskottet på 420 tkr beror
på"); a "respektive" pair with a "respektive" pair of reasons (two items, different tags); "kostar 350 tkr mer
än budgeterat"; "bedöms gå jämnt ut" (boilerplate), children against last year (other), two actions as bullets and investments "beräknas
förbrukas fullt ut" (boilerplate). 8 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Oskarshamns kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport september 2025", "BUN 2025-10-22", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos helår per verksamhet, tkr (minus = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 420", "17 770", "650"),
            ("Förskola", "142 300", "141 150", "1 150"),
            ("Grundskola", "318 900", "321 850", "2 950-"),
            ("Fritidshem", "38 600", "38 600", "0"),
            ("Grundsärskola", "14 700", "15 120", "420-"),
            ("Gymnasieskola", "121 500", "124 680", "3 180-"),
            ("Vuxenutbildning", "22 800", "22 300", "500"),
            ("Skolskjuts", "19 200", "19 550", "350-"),
            ("Summa", "696 420", "701 020", "4 600-"),
        ),
        widths=(190.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({8}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=14),
        H("Sammanfattning", 2),
        P(
            "Nämndens utfall till och med september är 2 140 tkr högre än periodiserad budget och helårsprognosen "
            "visar ett underskott på 4 600 tkr.",
            C(
                None,
                "4 600 tkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Prognosen är 900 tkr sämre än i augusti, vilket förklaras av att fler elever än väntat har valt "
            "gymnasieprogram i andra kommuner.",
            F(None, "900 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +1 150 tkr",
            "Färre barn än budgeterat är inskrivna på de kommunala förskolorna under hösten. Samtidigt har två "
            "avdelningar kunnat slås ihop utan att personaltätheten har försämrats.",
            C("Förskola", "+1 150 tkr", "+", "volymer", "bemanning"),
        ),
        HP(
            "Grundskola −2 950 tkr",
            "Tilläggsbeloppen till fristående skolor för elever i behov av särskilt stöd är högre än beräknat. "
            "Dessutom har sjukfrånvaron bland lärarna krävt fler korttidsvikarier under våren.",
            C("Grundskola", "−2 950 tkr", "-", "kopt_verksamhet", "sjukfranvaro", "vikarier"),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan redovisar nämndens största avvikelse. Fler elever än beräknat har valt program i "
            "grannkommunerna, vilket ökar kostnaderna för interkommunal ersättning, och introduktionsprogrammet har "
            "vuxit under hösten.",
            C(
                "Gymnasieskola",
                "3 180-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell as printed (trailing minus).",
            ),
        ),
        LP(
            "Grundsärskola:",
            "underskottet på 420 tkr beror på en ny elev med omfattande behov som kräver en egen assistent.",
            C("Grundsärskola", "420 tkr", "-", "volymer", "bemanning"),
        ),
        P(
            "Vuxenutbildningen och nämnd- och förvaltningsledningen visar överskott på 500 respektive 650 tkr, till "
            "följd av högre statsbidrag för yrkesvux respektive en vakant controllertjänst.",
            C(
                "Vuxenutbildning",
                "500",
                "+",
                "statsbidrag",
                unit="tkr",
                note="A 'respektive' pair whose reasons are also a 'respektive' pair: two items, each its own tag.",
                also=(C("Nämnd och förvaltningsledning", "650 tkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Skolskjutsarna kostar 350 tkr mer än budgeterat efter att det nya avtalet med entreprenören blivit "
            "dyrare.",
            C(
                "Skolskjuts",
                "350 tkr",
                "-",
                "prisokningar",
                note="A dearer transport contract: prisokningar.",
            ),
        ),
        P("Fritidshemmen bedöms gå jämnt ut.", BP("Fritidshem")),
        H("Volymer", 2),
        P(
            "I september var 1 214 barn inskrivna i förskolan, 46 färre än vid samma tidpunkt förra året. Antalet "
            "elever i grundskolan är i stort sett oförändrat.",
            O(None, "volymer", note="Volumes against last year: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Vakanta tjänster inom grundskolan tillsätts endast efter prövning av förvaltningschefen.",
                "Gymnasieskolan ser över antalet platser på introduktionsprogrammet inför vårterminen, vilket kan "
                "minska kostnaderna med 300 tkr.",
            ),
            labels=(A("Grundskola", None, "bemanning"), A("Gymnasieskola", "300 tkr")),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 6,0 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-bun-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
