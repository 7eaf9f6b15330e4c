"""Ljusdals kommun, Utbildningsnämnden, verksamhetsberättelse 2025.

A school committee's year-end report (period = the year) with no running header and a footer carrying the
adoption date in February 2026: the mission, the year's events and the goals with figures against target
values and last year's (not labelled); then the economy: the year's result against budget as a signed
figure in tkr with its reasons in the next sentence ("Underskottet förklaras framför allt av …, men vägs
delvis upp av …", one item) followed by last year's deficit (other), a table per verksamhet in tkr whose
negative numbers are in brackets ("(9 415)") with last year's deviation; level-3 headings that name the
verksamhet only (not part of the item): grundskolan in mnkr although the table is in tkr, with three
causes (a merger leaving teachers in surplus: omställning), förskolan in tkr, gymnasieskolan's surplus
followed by its deficit of last year with that year's cause (other), anpassad grundskola in the passive
with the amount first ("Ett underskott på 0,8 mnkr har uppstått, främst till följd av …"), a cue-less
run-in line whose amount lives only in the table, two rows without a comment; investments under budget
from a late building with the carry-over request as its own sentence (other), the net-cost increase
against last year (other) and staff figures against last year (other). A paragraph runs over the page
break. Liberation Serif (Times) 11 pt with bold serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 70.0, 72.0, 74.0),
        footer=lambda n, m: ("Ljusdals kommun, Utbildningsnämnden", "Antagen 2026-02-19", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "21 340", "20 615", "725", "312"),
            ("Förskola", "98 760", "96 480", "2 280", "1 045"),
            ("Grundskola inkl. fritidshem", "214 900", "224 315", "(9 415)", "(8 760)"),
            ("Anpassad grundskola", "14 210", "14 985", "(775)", "(1 120)"),
            ("Gymnasieskola", "86 450", "85 120", "1 330", "(2 340)"),
            ("Vuxenutbildning och SFI", "19 880", "20 315", "(435)", "1 033"),
            ("Musikskola", "6 320", "6 450", "(130)", "(40)"),
            ("Summa", "461 860", "468 280", "(6 420)", "(9 870)"),
        ),
        widths=(180.0, 60.0, 60.0, 64.0, 82.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=22, font="times-bold"),
        Title("Utbildningsnämnden", size=14, font="times-italic", after=16),
        H("Verksamhetens uppdrag", 1),
        P(
            "Utbildningsnämnden ansvarar för förskola, fritidshem, grundskola, anpassad grundskola, gymnasieskola, "
            "kommunal vuxenutbildning, SFI och musikskola. Verksamheten bedrivs i fjorton förskolor, nio grundskolor "
            "och en gymnasieskola, och nämnden hade vid årets slut 812 anställda."
        ),
        H("Årets viktigaste händelser", 1),
        P(
            "Inför höstterminen slogs högstadierna i Färila och Järvsö samman till en skola i Järvsö. Förskolan "
            "Granbacken flyttade i januari in i nybyggda lokaler, och en ny förskola i Ljusdals centrum byggdes under "
            "året. Gymnasieskolan startade ett nytt vård- och omsorgsprogram för vuxna i samarbete med "
            "vuxenutbildningen."
        ),
        H("Måluppfyllelse", 1),
        P(
            "Andelen elever i årskurs 9 som var behöriga till gymnasieskolans yrkesprogram ökade till 84,2 procent "
            "(2024: 80,9 procent), mot målet 88 procent. I gymnasieskolan tog 81 procent av eleverna examen inom tre "
            "år, och 91 procent av vårdnadshavarna i förskolan var nöjda med verksamheten, vilket är över målet på 85 "
            "procent."
        ),
        H("Ekonomi", 1),
        H("Årets resultat", 2),
        PS(
            (
                "Utbildningsnämnden redovisar för 2025 ett resultat på −6 420 tkr mot budget. Underskottet förklaras "
                "framför allt av att fler elever än budgeterat har beviljats tilläggsbelopp och av dyrare "
                "skolskjutsar, men vägs delvis upp av att färre barn än beräknat har gått i förskolan.",
                C(
                    None,
                    "−6 420 tkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="The year's result against budget and its reasons in the next sentence: one item.",
                ),
            ),
            (
                "Föregående år var underskottet 9 870 tkr.",
                O(None, amount="9 870 tkr", direction="-", note="Last year's deviation, not this year's."),
            ),
        ),
        table,
        H("Grundskola inkl. fritidshem", 3),
        P(
            "Grundskolan redovisar ett underskott på 9,4 mnkr. Antalet elever med beviljat tilläggsbelopp ökade från "
            "38 till 52 under året, och skolskjutsarna blev dyrare när det nya avtalet med indexuppräkning började "
            "gälla i augusti. Till underskottet bidrar också att den sammanslagna högstadieskolan i Järvsö har haft "
            "lärare i övertalighet under hösten.",
            C(
                "Grundskola",
                "9,4 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "omstallning",
                note="In mnkr although the table is in tkr ((9 415)); teachers in surplus after a merger.",
            ),
        ),
        H("Förskola", 3),
        P(
            "Förskolan redovisar ett överskott på 2 280 tkr. I genomsnitt var 612 barn inskrivna, 34 färre än "
            "budgeterat, och två avdelningar har kunnat stängas under hösten.",
            C("Förskola", "2 280 tkr", "+", "volymer", note="No cue word."),
        ),
        H("Gymnasieskola", 3),
        PS(
            (
                "Gymnasieskolans överskott på 1,3 mnkr beror främst på att statsbidraget för yrkesinriktad utbildning "
                "blev högre än budgeterat.",
                C("Gymnasieskola", "1,3 mnkr", "+", "statsbidrag"),
            ),
            (
                "Föregående år visade gymnasieskolan ett underskott på 2,3 mnkr, som då berodde på ersättningar till "
                "andra kommuner för elever som valde gymnasieskolor där.",
                O(
                    "Gymnasieskola",
                    "kopt_verksamhet",
                    amount="2,3 mnkr",
                    direction="-",
                    note="Last year's deviation with last year's cause: other.",
                ),
            ),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Ett underskott på 0,8 mnkr har uppstått, främst till följd av sjukfrånvaro bland elevassistenterna, som "
            "har ersatts med timvikarier.",
            C(
                "Anpassad grundskola",
                "0,8 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                note="Passive, the amount first.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsgemensamt.",
            "Vakanser på förvaltningskontoret under våren.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "725",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Telegraphic; the amount is the table row's.",
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringarna uppgick till 7,1 mnkr, vilket är 5,4 mnkr lägre än budget. Inredning och utrustning "
                "till den nya förskolan i Ljusdals centrum har skjutits till 2026, eftersom byggnaden blev klar först i "
                "december.",
                C(
                    "Investeringar",
                    "5,4 mnkr",
                    "+",
                    "periodisering",
                    note="Investments under budget: a late building.",
                ),
            ),
            (
                "Nämnden begär att 4,6 mnkr av det outnyttjade beloppet förs över till 2026.",
                O("Investeringar", "reserver", amount="4,6 mnkr", note="A carry-over request."),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nämndens nettokostnader ökade med 4,1 procent jämfört med 2024. Lönerevisionen förklarar drygt hälften av "
            "ökningen, och resten beror främst på fler elever med tilläggsbelopp.",
            O(None, "lonekostnader", "volymer", note="Against the previous year, not the budget."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,8 procent, jämfört med 7,3 procent 2024. Antalet årsarbetare minskade med elva, främst "
            "efter sammanslagningen av högstadierna.",
            O(None, "sjukfranvaro", note="Staff figures against last year."),
        ),
    ]
    return ReportSpec(
        file="ljusdal-un-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ljusdal",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Utbildningsnämnden", "author": "Ljusdals kommun"},
        style=style,
        blocks=blocks,
    )
