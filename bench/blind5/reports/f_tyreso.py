"""Tyresö kommun, Barn- och utbildningsnämnden, tertialrapport 1 2025 (januari–april).

A school committee's tertial report with a header carrying the meeting date in May: a short
introduction (not labelled), the full-year surplus and, in the next sentence, "Prognosen har förbättrats
med …" with February's forecast as a signed figure and its cause (two items), a sign note (not
labelled), a table per verksamhet in mnkr with February's deviation; then two columns: a "respektive"
sentence for förskola and fritidshem followed by a sentence with both causes (two items, the whole
paragraph each, tags split by area), grundskolan's deficit with a footnote mark and no amount in the
prose (amount from the table) and no cue word, anpassad grundskola as a plain "Area: …" sentence with
its amount at the end, gymnasieskola and vuxenutbildning reported together with one amount (one item,
two table rows), a row without a comment; the investment budget against what will be used ("Av
investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr användas", the 8,5 mnkr is not written), a
state-grant risk (other), a goal paragraph whose "beror på" is about teacher certification (not
labelled) and the footnote itself at the foot of the second column (not labelled); after a page break
in one column, a volume table against the budget and last year (not labelled), the children in förskola
against the budget with "Minskningen beror på" (a supporting figure: other), sick leave against last
year and a goal table (not labelled). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 74.0, 60.0, 70.0),
        gutter=24.0,
        header=lambda n, m: ("Tyresö kommun | Barn- och utbildningsnämnden", "Sammanträde 2025-05-20"),
        footer=lambda n, m: ("Tertialrapport 1 2025", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Förskola", "412,5", "406,7", "5,8", "3,9"),
            ("Fritidshem", "96,3", "94,9", "1,4", "0,8"),
            ("Grundskola", "868,0", "871,1", "−3,1", "−2,4"),
            ("Anpassad grundskola", "58,4", "60,6", "−2,2", "−1,5"),
            ("Gymnasieskola", "214,7", "213,7", "1,0", "0,4"),
            ("Vuxenutbildning", "31,2", "30,6", "0,6", "0,4"),
            ("Central administration", "44,9", "44,2", "0,7", "0,0"),
            ("Summa", "1 726,0", "1 721,8", "4,2", "1,6"),
        ),
        widths=(170.0, 66.0, 66.0, 64.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    volumes = Table(
        caption="Barn och elever, antal i april",
        header=(("", "Budget", "Utfall", "Utfall april 2024"),),
        rows=(
            ("Barn i förskola", "4 552", "4 410", "4 598"),
            ("Elever i fritidshem", "3 120", "3 088", "3 140"),
            ("Elever i grundskola", "6 930", "6 962", "6 874"),
            ("Elever i anpassad grundskola", "88", "92", "84"),
            ("Elever i gymnasieskola", "1 960", "1 948", "1 921"),
        ),
        widths=(200.0, 70.0, 70.0, 100.0),
        rules=True,
        size=9.0,
    )
    goals = Table(
        caption="Nämndens mål och indikatorer",
        header=(("Indikator", "Utfall 2025", "Utfall 2024", "Målvärde"),),
        rows=(
            ("Andel legitimerade förskollärare, %", "46", "43", "50"),
            ("Behöriga till yrkesprogram, åk 9, %", "86", "85", "90"),
            ("Elever som känner sig trygga i skolan, %", "88", "87", "92"),
        ),
        widths=(220.0, 70.0, 70.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=19, font="sans-bold"),
        Title("Barn- och utbildningsnämnden, januari–april", size=11, font="sans", after=12),
        H("Sammanfattning", 1),
        P(
            "Nämnden ansvarar för förskola, fritidshem, grundskola, anpassad grundskola, gymnasieskola och "
            "vuxenutbildning för Tyresös invånare. Rapporten omfattar ekonomi och verksamhet för perioden januari "
            "till och med april."
        ),
        PS(
            ("Nämnden prognostiserar ett överskott på 4,2 mnkr för helåret.", C(None, "4,2 mnkr", "+")),
            (
                "Prognosen har förbättrats med 2,6 mnkr sedan februari, när den var +1,6 mnkr, främst för att "
                "antalet barn i förskolan har fortsatt att minska.",
                F(None, "2,6 mnkr", "+", "volymer", note="+1,6 mnkr is February's forecast, not the change."),
            ),
        ),
        P("Positiva belopp anger överskott och negativa belopp underskott mot budget.", size=8.5),
        table,
        Columns(2),
        H("Kommentarer per verksamhet", 2),
        P(
            "Förskola och fritidshem visar överskott på 5,8 respektive 1,4 mnkr. I förskolan är 142 färre barn "
            "inskrivna än budgeterat, och fritidshemmen har inte lyckats rekrytera till sju vakanta tjänster som "
            "fritidspedagog.",
            C(
                "Förskola",
                "5,8",
                "+",
                "volymer",
                unit="mnkr",
                note="'Respektive', the causes in the next sentence: two items, the whole paragraph each; '5,8' "
                "takes its unit from '1,4 mnkr'.",
                also=(C("Fritidshem", "1,4 mnkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Grundskolan redovisar ett underskott¹. Fler elever med omfattande stödbehov har beviljats "
            "tilläggsbelopp, och skolskjutsarna har blivit dyrare sedan det nya avtalet började gälla i januari.",
            C(
                "Grundskola",
                "−3,1",
                "-",
                "volymer",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="No amount in the prose: the table row's. No cue word.",
            ),
        ),
        P(
            "Anpassad grundskola: två elever med behov av elevassistent på heltid har börjat sedan mars, vilket ger "
            "ett underskott på 2,2 mnkr.",
            C("Anpassad grundskola", "2,2 mnkr", "-", "volymer"),
        ),
        P(
            "Gymnasieskolan och vuxenutbildningen redovisar tillsammans ett överskott på 1,6 mnkr, främst för att "
            "statsbidraget för regional yrkesvux blev högre än vad som budgeterades.",
            C(
                "Gymnasieskola och vuxenutbildning",
                "1,6 mnkr",
                "+",
                "statsbidrag",
                note="Two table rows (1,0 and 0,6) reported together with one amount: one item.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr användas under året. Inventarier och digital "
            "utrustning till den nya Strandängsskolan levereras först 2026, eftersom skolan blir klar senare än "
            "planerat.",
            C(
                "Investeringar",
                "investeringsbudgeten på 24,0 mnkr beräknas 15,5 mnkr",
                "+",
                "periodisering",
                value=8_500_000,
                note="Investment: 8,5 mnkr of the budget unused (not written out): delay.",
            ),
        ),
        H("Risker", 2),
        P(
            "Statsbidraget för likvärdig skola för hösten är ännu inte beslutat. Om det blir lägre än de 9,4 mnkr "
            "som ingår i prognosen försämras resultatet i motsvarande mån.",
            O(None, "statsbidrag", note="Risk."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen legitimerade förskollärare har ökat till 46 procent, vilket beror på att fler barnskötare har "
            "gått den uppdragsutbildning som nämnden erbjuder. Andelen elever i årskurs 9 som är behöriga till "
            "gymnasiets yrkesprogram var 86 procent."
        ),
        P(
            "¹ Från och med 2025 redovisas skolskjuts till anpassad grundskola under anpassad grundskola och inte "
            "under grundskolan.",
            size=7.5,
        ),
        PageBreak(),
        Columns(1),
        H("Volymer och personal", 1),
        volumes,
        P(
            "I april var 4 410 barn inskrivna i förskolan, 142 färre än budgeterat. Minskningen beror på att färre "
            "barn föds i kommunen och att inflyttningen av barnfamiljer har minskat sedan 2023.",
            O(
                "Förskola",
                "volymer",
                note="A supporting volume figure with its cause, not a deviation in kronor.",
            ),
        ),
        P(
            "Sjukfrånvaron bland nämndens medarbetare var 6,4 procent under januari–mars, jämfört med 7,0 procent "
            "under samma period 2024. Personalomsättningen bland lärare i grundskolan var 9 procent."
        ),
        goals,
    ]
    return ReportSpec(
        file="tyreso-bun-tertialrapport-2025-04.pdf",
        report={
            "municipality": "Tyresö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025 Barn- och utbildningsnämnden", "author": "Tyresö kommun"},
        style=style,
        blocks=blocks,
    )
