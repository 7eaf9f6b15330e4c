"""Tidaholms kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, Liberation Sans 9.5 pt, footer with the fullmäktige meeting in
October: the period "12,6 mnkr bättre än det periodiserade budgeterade resultatet" and the full year "en
negativ avvikelse med 7,7 mnkr" in two sentences (two items), the nämnder's "underskott på 19,4 mnkr" and the
finance function's "överskott om 11,7 mnkr" in one sentence (two items), a forecast change with its cause, a
nämnd table with a trailing minus ("14,5-"), then bullets under a generic heading ("Ekonomienhetens
kommentar") in varied shapes: "visar ett överskott på", "beräknas överskrida sin ram med", a possessive with
the amount between commas ("Socialnämndens underskott, 14,5 mnkr, kan härledas till"), "För
samhällsbyggnadsnämnden blir utfallet 0,6 mnkr bättre än budget", "en negativ avvikelse om en halv miljon
kronor" (in words); the school areas as a "respektive" pair plus one after "medan" (three items), the social
areas as a "respektive" pair, "ligger i nivå med budget" (boilerplate), the finance items (taxes, a
"respektive" pair of pensions and finance net, an unused central reserve), investments "28,4 mnkr inte
förbrukas" and a project overrun, an action with its effect, balanskrav and sick leave against last year
(others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Tidaholms kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27, § 118", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd 2025, mnkr (minustecken efter beloppet = underskott)",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "63,2", "97,1", "1,3"),
            ("Barn- och utbildningsnämnden", "412,6", "281,0", "418,9", "6,3-"),
            ("Socialnämnden", "438,2", "302,5", "452,7", "14,5-"),
            ("Samhällsbyggnadsnämnden", "61,0", "38,8", "60,4", "0,6"),
            ("Kultur- och fritidsnämnden", "38,5", "26,9", "39,0", "0,5-"),
            ("Summa nämnder", "1 048,7", "712,4", "1 068,1", "19,4-"),
            ("Finansförvaltningen", "", "", "", "11,7"),
            ("Totalt", "", "", "", "7,7-"),
        ),
        widths=(160.0, 66.0, 72.0, 68.0, 64.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Tidaholms kommun", size=12.5, font="arial", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 41,2 mnkr, vilket är 12,6 mnkr "
                "bättre än det periodiserade budgeterade resultatet.",
                C(None, "12,6 mnkr", "+", note="The period's deviation, a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på 9,8 mnkr, att jämföra med budgeterade 17,5 mnkr, "
                "en negativ avvikelse med 7,7 mnkr.",
                C(None, "7,7 mnkr", "-", note="The full year's deviation after two levels."),
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 19,4 mnkr, medan finansförvaltningen väntas "
            "redovisa ett överskott om 11,7 mnkr.",
            C(
                "Nämnderna",
                "19,4 mnkr",
                "-",
                note="Two areas in one sentence: two items.",
                also=(C("Finansförvaltningen", "11,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen försämrats med 3,2 mnkr, främst på "
            "grund av ökade kostnader för placeringar inom socialnämnden.",
            F(None, "3,2 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        P("Ekonomienhetens kommentar:", None),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott på 1,3 mnkr, främst genom att två tjänster inom kansliet "
                "och en inom HR har varit vakanta under delar av året.",
                "Barn- och utbildningsnämnden beräknas överskrida sin ram med 6,3 mnkr. Fler elever än "
                "budgeterat i grundsärskolan och ökade kostnader för skolskjuts efter den nya upphandlingen "
                "förklarar merparten.",
                "Socialnämndens underskott, 14,5 mnkr, kan härledas till externa placeringar av barn och unga "
                "samt till att hemtjänsttimmarna har ökat med närmare 9 procent sedan årsskiftet.",
                "För samhällsbyggnadsnämnden blir utfallet 0,6 mnkr bättre än budget tack vare högre intäkter "
                "från bygglov.",
                "Kultur- och fritidsnämnden redovisar en negativ avvikelse om en halv miljon kronor, en följd av "
                "ökade energikostnader i simhallen.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,3 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,3 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C("Socialnämnden", "14,5 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Samhällsbyggnadsnämnden", "0,6 mnkr", "+", "avgifter_intakter"),
                C(
                    "Kultur- och fritidsnämnden",
                    "en halv miljon kronor",
                    "-",
                    "prisokningar",
                    value=500_000,
                    note="The amount in words.",
                ),
            ),
        ),
        P(
            "Inom barn- och utbildningsnämnden väntas grundskolan och gymnasieskolan avvika med −4,0 respektive "
            "−2,9 mnkr, medan förskolan redovisar ett överskott på 0,6 mnkr.",
            C(
                "Grundskola",
                "−4,0",
                "-",
                unit="mnkr",
                note="Sub-areas of a nämnd: a 'respektive' pair and one after 'medan', three items, no reasons.",
                also=(C("Gymnasieskola", "−2,9 mnkr", "-"), C("Förskola", "0,6 mnkr", "+")),
            ),
        ),
        PS(
            (
                "Inom socialnämnden står individ- och familjeomsorgen och äldreomsorgen för −9,8 respektive −4,1 "
                "mnkr.",
                C(
                    "Individ- och familjeomsorg",
                    "−9,8",
                    "-",
                    unit="mnkr",
                    also=(C("Äldreomsorg", "−4,1 mnkr", "-"),),
                ),
            ),
            ("Funktionsstödet ligger i nivå med budget.", BP("Funktionsstöd")),
        ),
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen beräknas bli 4,9 mnkr högre än budget enligt "
                "SKR:s augustiprognos.",
                C("Skatteintäkter och generella statsbidrag", "4,9 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 3,6 respektive 1,4 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "3,6",
                    "+",
                    unit="mnkr",
                    note=NO_TAG,
                    also=(C("Finansnetto", "1,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Den centrala reserven på 1,8 mnkr bedöms inte behöva tas i anspråk.",
                C(
                    "Central reserv",
                    "1,8 mnkr",
                    "+",
                    "reserver",
                    note="An unused central reserve is a surplus against budget: a cause.",
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 86,4 mnkr har 31,7 mnkr använts under perioden. Helårsprognosen är "
            "58,0 mnkr, vilket innebär att 28,4 mnkr inte förbrukas under året, framför allt eftersom "
            "ombyggnaden av Stallbackens skola har skjutits fram till 2026.",
            C("Investeringar", "28,4 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet med en ny huvudvattenledning längs Bruksvägen beräknas överskrida projektbudgeten med 2,2 "
            "mnkr på grund av oväntade markförhållanden.",
            C("Huvudvattenledning Bruksvägen", "2,2 mnkr", "-", "ovrigt", note="Ground conditions: ovrigt."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat anställningsprövning och översyn av "
            "hemtjänstens planering, med en beräknad effekt på 2,0 mnkr under hösten.",
            A("Socialnämnden", "2,0 mnkr", "bemanning"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 8,1 mnkr och kommunen klarar därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron uppgick till 6,8 procent, vilket är lägre än samma period 2024 och beror främst på "
            "färre långa sjukfall.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="tidaholm-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Tidaholm",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Tidaholms kommun"},
        style=style,
        blocks=blocks,
    )
