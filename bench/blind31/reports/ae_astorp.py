"""Åstorps kommun, Bildningsnämnden, verksamhetsberättelse 2025.

A school committee's year-end report in mnkr: the year's result "−7,9 mnkr i förhållande till budget" in a
sentence of its own and the outcome against the interim report's forecast with its cause; a table whose last
column is the previous year's outcome (not a deviation); two columns of bold run-in verksamheter with a colon
and amounts in varied shapes ("gick 5,7 mnkr över sin ram" with a part "3,4 mnkr högre än beräknat", "Underskottet
på 1,2 mnkr hänger framför allt ihop med", "blev därför 0,9 mnkr lägre än budget" for a cost, "vilket gav ett
underskott om 0,8 mnkr", "Överskottet på 1,3 mnkr förklaras av") and one reason-only row (the table's "−2,4");
the net cost's growth against 2024 with a reason (other); investments "Av … 6,0 mnkr har 4,2 mnkr använts …
de återstående 1,8 mnkr"; an action with its effect and a goal follow-up (other). 8 scored causes. DejaVu
Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Åstorps kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Bildningsnämnden", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och central administration", "14,2", "12,9", "1,3", "13,4"),
            ("Förskola och pedagogisk omsorg", "98,6", "99,8", "−1,2", "95,1"),
            ("Grundskola och fritidshem", "241,0", "246,7", "−5,7", "233,9"),
            ("Grundsärskola", "17,5", "19,9", "−2,4", "16,2"),
            ("Gymnasieskola", "88,3", "87,4", "0,9", "86,0"),
            ("Vuxenutbildning", "21,4", "22,2", "−0,8", "20,8"),
            ("Summa", "481,0", "488,9", "−7,9", "465,4"),
        ),
        widths=(170.0, 68.0, 68.0, 62.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Bildningsnämnden", size=13, font="sans", after=12),
        H("Nämndens uppdrag", 2),
        P(
            "Bildningsnämnden ansvarar för förskola, pedagogisk omsorg, grundskola, fritidshem, grundsärskola, "
            "gymnasieskola och vuxenutbildning. Under 2025 gick i genomsnitt 2 140 elever i nämndens grundskolor."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Bildningsnämnden redovisar för 2025 ett resultat på −7,9 mnkr i förhållande till budget.",
            C(None, "−7,9 mnkr", "-"),
        ),
        P(
            "Utfallet blev 2,9 mnkr sämre än prognosen i delårsrapporten, främst därför att kostnaderna för "
            "tilläggsbelopp fortsatte att öka under hösten.",
            F(
                None,
                "2,9 mnkr",
                "-",
                "volymer",
                note="The year's outcome against the interim report's forecast.",
            ),
        ),
        P("Positiv avvikelse innebär överskott mot budget.", size=8.5),
        table,
        H("Kommentarer till avvikelserna", 2),
        Columns(2),
        LP(
            "Grundskola och fritidshem:",
            "Verksamheten gick 5,7 mnkr över sin ram. Den största förklaringen är att kostnaderna för "
            "tilläggsbelopp till elever med omfattande behov blev 3,4 mnkr högre än beräknat. Skolskjutsarna blev "
            "dessutom dyrare när det nya avtalet började gälla i augusti.",
            C(
                "Grundskola och fritidshem",
                "5,7 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="'gick 5,7 mnkr över sin ram'; 3,4 mnkr is a part. A dearer transport contract is prisokningar.",
            ),
        ),
        LP(
            "Grundsärskola:",
            "Fyra elever har tillkommit under året, samtliga med behov av elevassistent under hela skoldagen.",
            C(
                "Grundsärskola",
                "−2,4",
                "-",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the table row.",
            ),
        ),
        LP(
            "Förskola och pedagogisk omsorg:",
            "Underskottet på 1,2 mnkr hänger framför allt ihop med att förskolan Kastanjen öppnade redan i oktober "
            "i stället för i januari 2026, med hyra och personalkostnader för tre månader som inte fanns i budgeten.",
            C("Förskola och pedagogisk omsorg", "1,2 mnkr", "-", "lokaler", "periodisering"),
        ),
        LP(
            "Gymnasieskola:",
            "Färre ungdomar än väntat valde program i andra kommuner, och den interkommunala ersättningen blev "
            "därför 0,9 mnkr lägre än budget.",
            C(
                "Gymnasieskola",
                "0,9 mnkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                note="A cost 'lägre än budget': positive.",
            ),
        ),
        LP(
            "Vuxenutbildning:",
            "Statsbidraget för regional yrkesvux blev lägre än ansökt, vilket gav ett underskott om 0,8 mnkr.",
            C("Vuxenutbildning", "0,8 mnkr", "-", "statsbidrag"),
        ),
        LP(
            "Nämnd och central administration:",
            "Överskottet på 1,3 mnkr förklaras av vakanta tjänster på förvaltningskontoret och av att nämndens "
            "buffert för oförutsedda kostnader inte togs i anspråk.",
            C("Nämnd och central administration", "1,3 mnkr", "+", "vakanser", "reserver"),
        ),
        PageBreak(),
        Columns(1),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna ökade med 23,5 mnkr, eller 5,0 procent, jämfört med 2024. Ökningen förklaras främst av "
            "lönerevisionen och av fler elever i grundskolan.",
            O(None, "lonekostnader", "volymer", note="Against the previous year, with its reasons: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 6,0 mnkr har 4,2 mnkr använts. Inköpet av nya elevdatorer för "
            "årskurs 7–9 har skjutits upp till 2026 i väntan på en ny upphandling, och de återstående 1,8 mnkr "
            "föreslås föras över till nästa år.",
            C(
                "Investeringar",
                "1,8 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="The unused remainder is the investment deviation (under-spending, positive).",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "I september införde nämnden ett stopp för nyanställningar utanför den undervisande personalen. Åtgärden "
            "bedöms ha minskat kostnaderna med cirka 0,6 mnkr under hösten.",
            A(None, "cirka 0,6 mnkr", "bemanning"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Av nämndens fem mål uppfylldes tre helt och två delvis. Andelen elever i årskurs 9 som var behöriga till "
            "gymnasieskolans yrkesprogram var 84 procent, jämfört med 81 procent 2024.",
            O(None, note="Goal follow-up."),
        ),
    ]
    return ReportSpec(
        file="astorp-bn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Bildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Bildningsnämnden", "author": "Åstorps kommun"},
        style=style,
        blocks=blocks,
    )
