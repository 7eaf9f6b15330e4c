"""Salems kommun, Kommunstyrelsen, månadsrapport per mars 2026 (whole kommun).

A whole-kommun month report adopted in April: the full year "9,8 mnkr lägre än budgeterat resultat" between
two levels, one sentence splitting it into the nämnder's "underskott om 17,1 mnkr" and the finance function's
"överskott på 7,3 mnkr" (two items), the period "3,4 mnkr bättre än den periodiserade budgeten" with its
timing reason, a table per nämnd in mnkr with U+2212 minus signs and the February deviation beside March's,
then bullets under a generic heading ("Ekonomienhetens kommentar") in varied shapes (a colon after the nämnd,
"prognostiserar ett underskott", a possessive with the amount between commas and a "kan härledas till",
"redovisar en prognos i nivå med budget", "beräknas överskrida sin ram"), taxes and general grants as a
"respektive" pair, pensions, the change since February with its cause, an action without an amount,
investments "64 mnkr inte förbrukas" after two levels and a project "överskrida projektbudgeten med 3,5
mnkr", a risk and the balanskrav result (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Salems kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-04-22", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr",
        header=(("", "Budget", "Prognos", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "−98,4", "−96,8", "1,6", "1,2"),
            ("Barn- och utbildningsnämnden", "−612,0", "−618,4", "−6,4", "−5,9"),
            ("Socialnämnden", "−341,5", "−353,4", "−11,9", "−9,6"),
            ("Kultur- och fritidsnämnden", "−46,2", "−46,2", "0,0", "0,0"),
            ("Samhällsbyggnadsnämnden", "−72,9", "−73,3", "−0,4", "−0,3"),
            ("Summa nämnder", "−1 171,0", "−1 188,1", "−17,1", "−14,6"),
            ("Finansförvaltning", "1 195,0", "1 202,3", "7,3", "7,4"),
            ("Resultat", "24,0", "14,2", "−9,8", "−7,2"),
        ),
        widths=(170.0, 70.0, 70.0, 84.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="sans-bold", after=2),
        Title("Salems kommun, ekonomisk uppföljning för kommunen som helhet", size=11, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Månadsrapporten bygger på nämndernas utfall till och med mars och deras prognoser för helåret. "
            "Rapporten behandlas av kommunstyrelsen och delges samtliga nämnder."
        ),
        Para(
            (
                (
                    "Kommunens prognos för helåret pekar på ett resultat om 14,2 mnkr, vilket är 9,8 mnkr lägre "
                    "än budgeterat resultat på 24,0 mnkr.",
                    C(None, "9,8 mnkr", "-", note="The full year between two levels; no reasons: no tags."),
                ),
                (
                    "Nämnderna prognostiserar sammantaget ett underskott om 17,1 mnkr medan finansförvaltningen "
                    "beräknas ge ett överskott på 7,3 mnkr.",
                    C(
                        "Nämnderna",
                        "17,1 mnkr",
                        "-",
                        note="One sentence split into two areas: the nämnder's item.",
                        also=(
                            C(
                                "Finansförvaltningen",
                                "7,3 mnkr",
                                "+",
                                note="One sentence split into two areas: the finance function's item.",
                            ),
                        ),
                    ),
                ),
            )
        ),
        P(
            "Utfallet för januari–mars är 3,4 mnkr bättre än den periodiserade budgeten, vilket främst förklaras "
            "av att flera underhållsprojekt och en del av vårens utbildningsinsatser ännu inte har påbörjats.",
            C(None, "3,4 mnkr", "+", "periodisering", note="The period against the periodised budget."),
        ),
        table,
        H("Ekonomienhetens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,6 mnkr, främst genom vakanta tjänster inom HR-enheten och "
                "kommunikationsenheten under årets första månader.",
                "Barn- och utbildningsnämnden prognostiserar ett underskott på 6,4 mnkr. Fler barn än beräknat i "
                "förskolan och ökade ersättningar till fristående skolor för elever i behov av särskilt stöd "
                "driver underskottet.",
                "Socialnämndens underskott, 11,9 mnkr, kan härledas till externa placeringar av barn och unga "
                "samt till ett ökat försörjningsstöd.",
                "Kultur- och fritidsnämnden redovisar en prognos i nivå med budget.",
                "Samhällsbyggnadsnämnden beräknas överskrida sin ram med 0,4 mnkr till följd av höga kostnader "
                "för vinterväghållning under januari och februari.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,6 mnkr", "+", "vakanser", note="Bullet under a generic heading."),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,4 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Payments to independent schools are kopt_verksamhet.",
                ),
                C(
                    "Socialnämnden",
                    "11,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="A possessive with the amount between commas.",
                ),
                BP("Kultur- och fritidsnämnden"),
                C("Samhällsbyggnadsnämnden", "0,4 mnkr", "-", "ovrigt", note="Snow clearing is ovrigt."),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 4,1 respektive 1,2 mnkr högre än budget enligt "
            "SKR:s prognos från februari.",
            C(
                "Skatteintäkter",
                "4,1",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: the first area's item. Finance items get no tag.",
                also=(
                    C(
                        "Generella statsbidrag",
                        "1,2 mnkr",
                        "+",
                        note="A 'respektive' pair: the second area's item. Finance items get no tag.",
                    ),
                ),
            ),
        ),
        P(
            "Pensionskostnaderna beräknas bli 2,0 mnkr lägre än budgeterat, sedan KPA har sänkt sin prognos för "
            "den förmånsbestämda pensionen.",
            C("Pensionskostnader", "2,0 mnkr", "+", note="Pensions: no cause tag."),
        ),
        H("Förändring sedan föregående månad", 2),
        P(
            "Jämfört med februari har prognosen försämrats med 2,6 mnkr, vilket nästan helt förklaras av nya "
            "placeringar inom socialnämnden.",
            F(None, "2,6 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen föreslås ge socialnämnden och barn- och utbildningsnämnden i uppdrag att till maj "
            "redovisa åtgärder som leder till en budget i balans.",
            A(None, None, note="An action with no stated effect."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 212 mnkr och prognosen till 148 mnkr, vilket innebär att "
            "64 mnkr inte förbrukas under året. Byggstarten för den nya förskolan Lärkan har skjutits fram till "
            "hösten 2027 i väntan på detaljplanen.",
            C(
                "Investeringar",
                "64 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels.",
            ),
        ),
        P(
            "Ombyggnaden av simhallen beräknas överskrida projektbudgeten med 3,5 mnkr, sedan omfattande fuktskador "
            "upptäcktes i samband med rivningen av omklädningsrummen.",
            C(
                "Ombyggnaden av simhallen",
                "3,5 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Damp damage is ovrigt.",
            ),
        ),
        H("Risker", 2),
        P(
            "Osäkerheten i prognosen är störst inom socialnämnden, där enskilda placeringar snabbt kan förändra "
            "utfallet med flera miljoner kronor.",
            O("Socialnämnden", "kopt_verksamhet", note="A risk: other."),
        ),
        H("Balanskravsresultat", 2),
        P(
            "Balanskravsresultatet beräknas till 12,9 mnkr efter justering för realisationsvinster, och kommunen "
            "bedöms därmed klara balanskravet även 2026.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="salem-ks-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Salem",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026", "author": "Salems kommun"},
        style=style,
        blocks=blocks,
    )
