"""Uppvidinge kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report in "miljoner kronor" with U+2212 minus signs, footer with the
kommunfullmäktige meeting in October and "Sida n av m": the period's result as a level and "14,2 miljoner
kronor bättre än det periodiserade budgeterade resultatet" (two sentences, one item), the period's timing
reason in a paragraph of its own (amount null), the full year as a level, the budgeted level and "en
negativ avvikelse mot budget på 5,6 miljoner kronor" (one item), one sentence splitting it into the
nämnder's "underskott på 13,9" and the finance function's "överskott på 8,3" (two items), the change since
April with its cause; a table per nämnd with the April deviation beside the August one; bullets under a
generic heading ("Ekonomikontorets kommentar") in varied shapes: "beräknar ett överskott om", a possessive
"Barn- och utbildningsnämndens prognos visar −5,8", "Inom Omsorgsnämnden är underskottet 8,6 … varav 5,2"
(one item, the total), "hamnar 0,8 miljoner kronor över budget", "bedöms klara sin budget" (boilerplate);
tax revenue, general grants and pensions in one sentence (three items, no tags); investments "20,5
miljoner kronor lägre än budget" and a project that "beräknas överskrida sin projektbudget"; two actions,
the balance requirement, a goal not met with "beror på" and a risk (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Uppvidinge kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, miljoner kronor (avvikelse mot budget, − = underskott)",
        header=(("Nämnd", "Budget 2025", "Prognos aug", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,1", "1,3", "0,8"),
            ("Barn- och utbildningsnämnden", "241,6", "247,4", "−5,8", "−4,9"),
            ("Omsorgsnämnden", "232,9", "241,5", "−8,6", "−6,5"),
            ("Tekniska nämnden", "41,3", "42,1", "−0,8", "−0,2"),
            ("Miljö- och byggnadsnämnden", "6,2", "6,2", "0,0", "0,0"),
            ("Summa nämnder", "620,4", "634,3", "−13,9", "−10,8"),
            ("Finansförvaltningen", "", "", "8,3", "8,3"),
            ("Totalt", "", "", "−5,6", "−2,5"),
        ),
        widths=(160.0, 70.0, 70.0, 78.0, 78.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Uppvidinge kommun", size=12.5, font="arial", after=12),
        H("Förvaltningsberättelse", 1),
        H("Ekonomisk översikt", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 38,6 miljoner kronor. Det är 14,2 miljoner "
            "kronor bättre än det periodiserade budgeterade resultatet.",
            C(
                None,
                "14,2 miljoner kronor",
                "+",
                note="The period: a level, then the deviation in the next sentence; one item.",
            ),
        ),
        P(
            "Det positiva utfallet för perioden beror till stor del på att semesterlöneskulden minskar under "
            "sommarmånaderna och på att flera investeringsprojekt har startat senare än planerat, vilket ger lägre "
            "avskrivningar än budgeterat.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 9,4 miljoner kronor, att jämföra med budgeterade 15,0 "
            "miljoner kronor. Prognosen innebär därmed en negativ avvikelse mot budget på 5,6 miljoner kronor.",
            C(None, "5,6 miljoner kronor", "-", note="Two levels, then the deviation: one item."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott på 13,9 miljoner kronor, medan finansförvaltningen "
            "väntas lämna ett överskott på 8,3 miljoner kronor.",
            C(
                "Nämnderna",
                "13,9 miljoner kronor",
                "-",
                note="The full year split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "8,3 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen efter april har helårsprognosen försämrats med 3,1 miljoner kronor, "
            "huvudsakligen till följd av ökade kostnader för placeringar av barn och unga.",
            F(None, "3,1 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomikontorets kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen beräknar ett överskott om 1,3 miljoner kronor, främst genom vakanta tjänster inom "
                "näringslivsenheten och på kansliet.",
                "Barn- och utbildningsnämndens prognos visar −5,8 miljoner kronor. Fler barn i förskolan än "
                "budgeterat och ökade kostnader för elever i fristående skolor och i andra kommuners skolor är de "
                "främsta orsakerna.",
                "Inom Omsorgsnämnden är underskottet 8,6 miljoner kronor, varav 5,2 miljoner kronor avser externa "
                "placeringar inom barn och unga. Resterande del förklaras av hög sjukfrånvaro och övertid i "
                "hemtjänsten i Åseda.",
                "Tekniska nämnden hamnar 0,8 miljoner kronor över budget efter januaristormen, som krävde omfattande "
                "röjning i parker och längs gång- och cykelvägar i Lenhovda och Norrhult.",
                "Miljö- och byggnadsnämnden bedöms klara sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,3 miljoner kronor", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "−5,8 miljoner kronor",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The area as a possessive.",
                ),
                C(
                    "Omsorgsnämnden",
                    "8,6 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "sjukfranvaro",
                    "overtid",
                    note="A 'varav' part: one item with the total.",
                ),
                C(
                    "Tekniska nämnden",
                    "0,8 miljoner kronor",
                    "-",
                    "ovrigt",
                    note="Storm damage: ovrigt.",
                ),
                BP("Miljö- och byggnadsnämnden"),
            ),
        ),
        P(
            "Inom finansförvaltningen blir skatteintäkterna 5,9 miljoner kronor och de generella statsbidragen 1,7 "
            "miljoner kronor högre än budgeterat, medan pensionskostnaderna blir 0,7 miljoner kronor lägre.",
            C(
                "Skatteintäkter",
                "5,9 miljoner kronor",
                "+",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Generella statsbidrag", "1,7 miljoner kronor", "+", note=NO_TAG),
                    C("Pensionskostnader", "0,7 miljoner kronor", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för helåret är 41,5 miljoner kronor, vilket är 20,5 miljoner kronor lägre än "
            "budget. Avvikelsen beror främst på att ombyggnaden av köket i Björkhagens skola har skjutits till 2026 "
            "och att upphandlingen av nya bilar till hemtjänsten har överklagats.",
            C("Investeringar", "20,5 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        P(
            "Projektet Ny förskola i Lenhovda beräknas överskrida sin projektbudget med 2,3 miljoner kronor till följd "
            "av markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Ny förskola i Lenhovda",
                "2,3 miljoner kronor",
                "-",
                "ovrigt",
                note="A project overrun: negative; contaminated ground is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Omsorgsnämnden har antagit en åtgärdsplan med en översyn av schemaläggningen i hemtjänsten, som beräknas "
            "minska kostnaderna med 1,5 miljoner kronor på helårsbasis.",
            A("Omsorgsnämnden", "1,5 miljoner kronor", "bemanning"),
        ),
        P(
            "Barn- och utbildningsnämnden har infört anställningsprövning för samtliga tjänster från och med "
            "september.",
            A("Barn- och utbildningsnämnden"),
        ),
        H("Balanskrav, finansiella mål och risker", 2),
        P(
            "Balanskravsresultatet beräknas till 8,1 miljoner kronor, och kommunen har inga tidigare underskott att "
            "återställa.",
            O(None, note="Balance requirement: other."),
        ),
        P(
            "Det finansiella målet om ett resultat på minst 2 procent av skatter och generella statsbidrag nås inte "
            "2025, vilket beror på nämndernas underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
        P(
            "Prognosen för Omsorgsnämnden är osäker. Ytterligare placeringar under hösten kan försämra resultatet med "
            "upp till 2 miljoner kronor.",
            O("Omsorgsnämnden", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="uppvidinge-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Uppvidinge",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Uppvidinge kommun"},
        style=style,
        blocks=blocks,
    )
