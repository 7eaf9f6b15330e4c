"""Piteå kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report, footer with the fullmäktige date in October: the period's result "41,0 mnkr
bättre än det periodiserade budgeterade resultatet" and the full year as a result between two levels ("att
jämföra med budgeterade 52,0 mnkr, det vill säga en negativ budgetavvikelse om 15,8 mnkr"), one sentence
splitting it into the nämnder's "underskott på 38,5 mnkr" and the finance function's "överskott på 22,7 mnkr",
then en-dash bullets under a generic heading ("Ekonomienhetens kommentar") in varied shapes (a plain
"prognostiserar ett underskott", a possessive "Barn- och utbildningsnämndens underskott beräknas till",
"överstiger ramen med", "ett positivt utfall jämfört med budget", the audit that "bedöms hålla sin budget"),
taxes and general grants as a "respektive" pair and pensions, the change since April, investments "111 mnkr
inte förbrukas" and a project that "beräknas överskrida projektbudgeten", two actions, and the balanskrav and
population (other). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Piteå kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Piteå kommun", size=12, font="serif", after=14),
        H("Ekonomisk översikt", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 118,4 mnkr, vilket är 41,0 mnkr bättre än "
            "det periodiserade budgeterade resultatet.",
            C(None, "41,0 mnkr", "+", note="The period against the periodised budget."),
        ),
        P(
            "Helårsprognosen är ett resultat på 36,2 mnkr, att jämföra med budgeterade 52,0 mnkr, det vill säga en "
            "negativ budgetavvikelse om 15,8 mnkr.",
            C(None, "15,8 mnkr", "-", note="The full year: the deviation after two levels."),
        ),
        P(
            "Avvikelsen består av att nämnderna tillsammans prognostiserar ett underskott på 38,5 mnkr medan "
            "finansförvaltningen beräknas ge ett överskott på 22,7 mnkr.",
            C(
                "Nämnderna",
                "38,5 mnkr",
                "-",
                note="One sentence split into two areas: two items with the same text.",
                also=(C("Finansförvaltningen", "22,7 mnkr", "+"),),
            ),
        ),
        H("Nämndernas prognoser", 2),
        H("Ekonomienhetens kommentar", 3),
        Bullets(
            items=(
                "Socialnämnden prognostiserar ett underskott på 24,6 mnkr. Hemtjänsten har fler beviljade timmar än "
                "budgeterat och kostnaderna för externa placeringar av barn och unga fortsätter att öka.",
                "Barn- och utbildningsnämndens underskott beräknas till 9,8 mnkr, där skolskjutsar och "
                "interkommunala ersättningar för gymnasieelever står för den största delen.",
                "Samhällsbyggnadsnämnden redovisar en prognos som överstiger ramen med 6,4 mnkr till följd av "
                "vinterns höga snöröjningskostnader och dyrare drivmedel.",
                "Kommunstyrelsens egna verksamheter visar ett positivt utfall jämfört med budget på 2,3 mnkr, "
                "framför allt genom vakanta tjänster inom HR och ekonomi.",
                "Revisionen bedöms hålla sin budget.",
            ),
            labels=(
                C("Socialnämnden", "24,6 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="A possessive names the area; interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "6,4 mnkr",
                    "-",
                    "ovrigt",
                    "material_hjalpmedel",
                    note="Snow is ovrigt, fuel material_hjalpmedel.",
                ),
                C("Kommunstyrelsen", "2,3 mnkr", "+", "vakanser"),
                BP("Revisionen"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 14,9 respektive 3,1 mnkr högre än budget, enligt "
            "den senaste skatteunderlagsprognosen.",
            C(
                "Skatteintäkter",
                "14,9",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items; finance items get no tag.",
                also=(C("Generella statsbidrag", "3,1 mnkr", "+"),),
            ),
        ),
        P(
            "Pensionskostnaderna blir 4,7 mnkr lägre än budgeterat, då den nya prognosen från pensionsförvaltaren "
            "visar en lägre intjänandenivå.",
            C("Pensionskostnader", "4,7 mnkr", "+"),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen efter april har helårsresultatet försämrats med 8,3 mnkr, i huvudsak på grund av "
            "socialnämndens ökade placeringskostnader.",
            F(None, "8,3 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för året uppgår till 412 mnkr. Utfallet till och med augusti är 168 mnkr och "
            "helårsprognosen 301 mnkr, vilket innebär att 111 mnkr inte förbrukas under året. Det beror främst på "
            "att byggstarten av den nya förskolan i den norra stadsdelen har flyttats till 2026.",
            C("Investeringar", "111 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av simhallen beräknas överskrida projektbudgeten med 7,2 mnkr, efter att fuktskador "
            "upptäckts i bärande konstruktioner.",
            C("Ombyggnad av simhallen", "7,2 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat att socialnämnden och barn- och utbildningsnämnden ska redovisa "
            "åtgärdsplaner för en ekonomi i balans senast i oktober.",
            A(None),
        ),
        P(
            "Socialnämndens åtgärdsplan, med bland annat en översyn av hemtjänstens planering, beräknas minska "
            "kostnaderna med 5,0 mnkr under 2026.",
            A("Socialnämnden", "5,0 mnkr", "bemanning"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Prognosen innebär att balanskravsresultatet blir 31,8 mnkr och att kommunen uppfyller balanskravet. "
            "Det finansiella målet om ett resultat på minst 2 procent av skatter och bidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
        H("Befolkning", 2),
        P(
            "Antalet invånare var 42 301 den 30 juni, vilket är 96 fler än vid årsskiftet.",
            O(None, "volymer", note="Population against an earlier time."),
        ),
    ]
    return ReportSpec(
        file="pitea-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
