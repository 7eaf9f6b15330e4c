"""Sävsjö kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report in mnkr, set in DejaVu Serif, footer with the fullmäktige meeting date in
October: the period "18,6 mnkr bättre än det periodiserade budgeterade resultatet" with its timing reasons in
the same paragraph (semesterlöneskuld, maintenance in the autumn), the full year "4,7 mnkr lägre än budgeterat
resultat" between two levels, one sentence splitting it into the nämnder's "underskott mot sina ramar med 11,9
mnkr" and the finance function's "överskott om 7,2 mnkr", the change since April, a table per nämnd in tkr
with hyphen-minus, then bullets under a generic heading ("Kommentarer per nämnd") in varied shapes: a colon
("Kommunstyrelsen: överskott 1,1 mnkr"), "redovisar en negativ avvikelse mot budget med 4,2 mnkr", a
possessive with a "varav" part ("Vård- och omsorgsnämndens underskott beräknas till 8,1 mnkr, varav
hemtjänsten svarar för 5,3 mnkr"), "ett mindre överskott, 0,6 mnkr" from a swimming hall closed for
renovation, "når inte upp till budgeterade intäkter … ett underskott på 1,3 mnkr", "bedöms hålla budget"
(boilerplate) and the finance function's three items in one bullet ("5,4 respektive 1,1 mnkr högre än budget,
och pensionskostnaderna 0,7 mnkr lägre"); investments "Av investeringsbudgeten på 86,4 mnkr beräknas 52,0 mnkr
användas" (34,4 never written out) and a project that "beräknas överskrida projektbudgeten med 1,8 mnkr"; an
action with its effect, balanskrav and a goal not met "vilket beror på nämndernas underskott" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Sävsjö kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Behandlad i kommunfullmäktige 2025-10-27", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, tkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98 400", "97 300", "1 100"),
            ("Barn- och utbildningsnämnden", "312 600", "316 800", "-4 200"),
            ("Vård- och omsorgsnämnden", "276 300", "284 400", "-8 100"),
            ("Kultur- och fritidsnämnden", "24 900", "24 300", "600"),
            ("Miljö- och byggnadsnämnden", "9 800", "11 100", "-1 300"),
            ("Summa nämnder", "722 000", "733 900", "-11 900"),
            ("Finansförvaltningen", "", "", "7 200"),
            ("Totalt", "", "", "-4 700"),
        ),
        widths=(180.0, 82.0, 82.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-bold", after=2),
        Title("Sävsjö kommun", size=12.5, font="serif", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Befolkningen uppgick den 30 juni till 11 486 invånare, vilket är 37 färre än vid årsskiftet. "
            "Arbetslösheten i kommunen har legat stilla under året."
        ),
        H("Resultat och prognos", 2),
        P(
            "Periodens resultat uppgår till 41,2 mnkr, vilket är 18,6 mnkr bättre än det periodiserade budgeterade "
            "resultatet. Överskottet för perioden förklaras till stor del av att semesterlöneskulden minskar under "
            "sommaren och att flera underhållsprojekt utförs först under hösten.",
            C(
                None,
                "18,6 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period's deviation and its timing reasons in one paragraph: one item.",
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett resultat på 9,8 mnkr, vilket är 4,7 mnkr lägre än budgeterat "
                "resultat på 14,5 mnkr.",
                C(None, "4,7 mnkr", "-", note="The full year between two levels."),
            ),
            (
                "Nämnderna prognostiserar sammantaget ett underskott mot sina ramar med 11,9 mnkr, medan "
                "finansförvaltningen beräknas ge ett överskott om 7,2 mnkr.",
                C(
                    "Nämnderna",
                    "11,9 mnkr",
                    "-",
                    note="One sentence, two areas: two items.",
                    also=(C("Finansförvaltningen", "7,2 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Jämfört med prognosen efter april har helårsprognosen försämrats med 3,1 mnkr, främst inom vård och "
            "omsorg.",
            F(None, "3,1 mnkr", "-"),
        ),
        table,
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,1 mnkr, främst på grund av vakanta tjänster inom ekonomi- och "
                "personalavdelningen.",
                "Barn- och utbildningsnämnden redovisar en negativ avvikelse mot budget med 4,2 mnkr. Fler barn i "
                "förskolan än beräknat och ökade kostnader för elever i fristående skolor och andra kommuners "
                "gymnasieskolor förklarar avvikelsen.",
                "Vård- och omsorgsnämndens underskott beräknas till 8,1 mnkr, varav hemtjänsten svarar för 5,3 mnkr. "
                "Antalet beviljade hemtjänsttimmar har ökat med 14 procent och sjukfrånvaron är fortsatt hög.",
                "Kultur- och fritidsnämnden går med ett mindre överskott, 0,6 mnkr, då simhallen har varit stängd "
                "för renovering under våren och personalkostnaderna därför blivit lägre.",
                "Miljö- och byggnadsnämnden når inte upp till budgeterade intäkter för bygglov, vilket ger ett "
                "underskott på 1,3 mnkr.",
                "Revisionen och valnämnden bedöms hålla budget.",
                "Finansförvaltningen: skatteintäkterna och de generella statsbidragen beräknas bli 5,4 respektive "
                "1,1 mnkr högre än budget, och pensionskostnaderna 0,7 mnkr lägre.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,1 mnkr", "+", "vakanser"),
                C("Barn- och utbildningsnämnden", "4,2 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Vård- och omsorgsnämnden",
                    "8,1 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    note="A possessive with a 'varav' part: one item with the total.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,6 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation: ovrigt.",
                ),
                C("Miljö- och byggnadsnämnden", "1,3 mnkr", "-", "avgifter_intakter"),
                BP("Revisionen och valnämnden"),
                C(
                    "Skatteintäkter",
                    "5,4",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " Three items in one bullet.",
                    also=(
                        C("Generella statsbidrag", "1,1 mnkr", "+", note=NO_TAG),
                        C("Pensionskostnader", "0,7 mnkr", "+", note=NO_TAG),
                    ),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 86,4 mnkr beräknas 52,0 mnkr användas under året, främst eftersom "
            "ombyggnaden av centralkökets kylanläggning och två gång- och cykelvägar har skjutits till 2026.",
            C(
                "Investeringar",
                "investeringsbudgeten på 86,4 mnkr beräknas 52,0 mnkr",
                "+",
                "periodisering",
                value=34_400_000,
                note="An under-spend of 34,4 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Utbyggnaden av förskolan i Vrigstad beräknas överskrida projektbudgeten med 1,8 mnkr på grund av "
            "svårare markförhållanden än vad förundersökningen visade.",
            C("Utbyggnaden av förskolan i Vrigstad", "1,8 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har beslutat om en handlingsplan med bland annat ny schemaläggning i "
            "hemtjänsten, som beräknas minska kostnaderna med 2,0 mnkr på helårsbasis.",
            A("Vård- och omsorgsnämnden", "2,0 mnkr", "bemanning"),
        ),
        H("Balanskrav och finansiella mål", 2),
        PS(
            (
                "Balanskravsresultatet beräknas till 8,9 mnkr efter justering för realisationsvinster.",
                O(None, note="Balanskrav: other."),
            ),
            (
                "Målet om ett resultat på minst 2 procent av skatter och generella statsbidrag nås inte, vilket "
                "beror på nämndernas underskott.",
                O(None, note="A financial goal with 'beror på': other."),
            ),
        ),
    ]
    return ReportSpec(
        file="savsjo-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
