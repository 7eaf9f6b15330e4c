"""Hultsfreds kommun, Kommunstyrelsen, bokslut 2025 (the whole kommun).

A whole-kommun year-end summary in DejaVu Serif, footer with the kommunstyrelse's meeting date in March 2026:
the result "9,2 mnkr lägre än det budgeterade resultatet" after two levels, one sentence splitting it into the
nämnder's "underskott mot sina ramar på 21,7 mnkr" and the finance function's "överskott på 12,5 mnkr" (two
items), the outcome against the interim report's forecast (a forecast change), a table per nämnd in tkr with
hyphen-minus, then bullets under a generic heading ("Ekonomiavdelningens kommentarer") in varied shapes: "redovisar
ett överskott på 2,5 mnkr", a possessive "Barn- och utbildningsnämndens underskott, 6,3 mnkr,", "gick 16,4 mnkr
över budget" with a part in the next sentence, a colon and "ett underskott om 1 150 tkr", the revision "inom
tilldelad budget" (boilerplate), "blev kostnaderna 0,3 mnkr högre än budgeterat" and the finance function as
three items in one sentence; investments "Av årets investeringsbudget på 96,4 mnkr har 61,0 mnkr använts" (35,4
never written out) and a project "2,3 mnkr dyrare än projektbudgeten"; an action with its effect, balanskrav and
equity, and net cost growth against 2024 with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Hultsfreds kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas resultat 2025, tkr",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "142 300", "139 850", "2 450"),
            ("Barn- och utbildningsnämnden", "398 600", "404 900", "-6 300"),
            ("Socialnämnden", "431 200", "447 600", "-16 400"),
            ("Samhällsbyggnadsnämnden", "38 900", "40 050", "-1 150"),
            ("Revisionen", "1 450", "1 450", "0"),
            ("Valnämnden", "400", "700", "-300"),
            ("Summa nämnder", "1 012 850", "1 034 550", "-21 700"),
            ("Finansförvaltningen", "", "", "12 500"),
            ("Årets resultat mot budget", "", "", "-9 200"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Kommunstyrelsen – ekonomisk sammanfattning", size=12, font="serif", after=14),
        H("Årets resultat", 2),
        P(
            "Kommunens resultat för 2025 blev 14,6 mnkr, vilket är 9,2 mnkr lägre än det budgeterade resultatet på "
            "23,8 mnkr.",
            C(
                None,
                "9,2 mnkr",
                "-",
                note="Result and budget levels around the deviation: the deviation is the amount.",
            ),
        ),
        P(
            "Nämnderna redovisar tillsammans ett underskott mot sina ramar på 21,7 mnkr, medan finansförvaltningen "
            "bidrar med ett överskott på 12,5 mnkr.",
            C(
                "Nämnderna",
                "21,7 mnkr",
                "-",
                note="The result split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "12,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 3,1 mnkr sämre, främst på grund av högre "
            "kostnader för placeringar under hösten.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet", note="Outcome against the interim forecast."),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 2,5 mnkr. Vakanta tjänster inom ekonomi- och "
                "personalavdelningarna under våren samt lägre kostnader för företagshälsovård förklarar det mesta.",
                "Barn- och utbildningsnämndens underskott, 6,3 mnkr, kommer framför allt från grundsärskolan och "
                "skolskjutsarna, där fler elever med långa resvägar och ett dyrare trafikavtal har drivit kostnaderna.",
                "Socialnämnden gick 16,4 mnkr över budget. Det beror till största delen på externa placeringar av barn "
                "och unga, 11,2 mnkr, och på hemtjänsten, där antalet beviljade timmar ökade med nästan 9 procent under "
                "året.",
                "Samhällsbyggnadsnämnden: ett underskott om 1 150 tkr, som förklaras av snöröjningen i januari och "
                "februari samt av lägre intäkter från bygglov.",
                "Revisionen har bedrivit sin verksamhet inom tilldelad budget.",
                "För valnämnden blev kostnaderna 0,3 mnkr högre än budgeterat, då förberedelserna inför valet 2026 "
                "inleddes tidigare än planerat.",
                "Finansförvaltningen: skatteintäkter och generella statsbidrag blev 7,8 mnkr bättre än budget och "
                "pensionskostnaderna 3,9 mnkr lägre än budgeterat, medan finansnettot blev 0,8 mnkr bättre än väntat.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,5 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,3 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive names the area. A dearer transport contract: prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "16,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="11,2 mnkr is a part (placements), not the amount.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "1 150 tkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="Snow: ovrigt.",
                ),
                BP("Revisionen"),
                C("Valnämnden", "0,3 mnkr", "-", "periodisering"),
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "7,8 mnkr",
                    "+",
                    note=NO_TAG + " Three items in one sentence.",
                    also=(
                        C("Pensionskostnader", "3,9 mnkr", "+", note=NO_TAG),
                        C("Finansnetto", "0,8 mnkr", "+", note=NO_TAG),
                    ),
                ),
            ),
            glyph="•",
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 96,4 mnkr har 61,0 mnkr använts. Avvikelsen beror i huvudsak på att "
            "ombyggnaden av Lindåsskolan har skjutits upp till 2026 och att upphandlingen av det nya vattenverket "
            "överklagades.",
            C(
                "Investeringar",
                "investeringsbudget på 96,4 mnkr har 61,0 mnkr använts",
                "+",
                "periodisering",
                value=35_400_000,
                note="Under-spending of 35,4 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Nytt tillagningskök på Solhaga blev 2,3 mnkr dyrare än projektbudgeten, eftersom asbest "
            "upptäcktes vid rivningen av det gamla köket.",
            C(
                "Nytt tillagningskök på Solhaga",
                "2,3 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan som ska sänka kostnaderna för externa placeringar med 4 "
            "mnkr under 2026, bland annat genom att bygga ut den egna öppenvården.",
            A("Socialnämnden", "4 mnkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Efter balanskravsjusteringar uppgår balanskravsresultatet till 11,9 mnkr. Det egna kapitalet ökade "
            "därmed till 412 mnkr.",
            O(None, note="Balanskrav and equity: other."),
        ),
        P(
            "Nettokostnaderna ökade med 4,6 procent jämfört med 2024, vilket främst beror på löneökningar och fler "
            "elever i gymnasieskolan.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-ks-bokslut-2025.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 – ekonomisk sammanfattning", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
