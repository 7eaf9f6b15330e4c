"""Torsås kommun, Kommunstyrelsen, årsredovisning 2025: driftredovisning och nämndernas budgetavvikelser.

The operating section of a small kommun's annual report in DejaVu Serif: the year's result and budget as
levels and "en positiv avvikelse på 5,4 mnkr", the result against 2024 with a one-off sale and the
balanskravsresultat (others), the outcome against the interim report's forecast (a forecast change); a
driftredovisning in tkr with bracketed negatives; headings with en-dash amounts ("Barn- och
utbildningsnämnden –3,9 mnkr"): three reasons with a comparison against 2024 inside (not the amount), the
social committee's reasons followed in the same paragraph by elderly care's and IFO's own "underskott på 3,1
mnkr" and "överskott på 0,7 mnkr" (their own items), "Finansförvaltningen +9,9 mnkr" whose first sentence is
generic and whose next sentence splits into three finance items; investments "Av årets investeringsram på
71,0 mnkr återstod 22,7 mnkr" with a "den största delen, 15,0 mnkr" part, the carry-over to 2026 (other) and
an action without an amount.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the nämnd and its amount (en dash as minus)."
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
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Torsås kommun", "Årsredovisning 2025"),
        footer=lambda n, m: ("", f"{n + 23}", ""),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (avvikelse: negativt tal inom parentes)",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "62 410", "60 980", "1 430"),
            ("Barn- och utbildningsnämnden", "158 300", "162 190", "(3 890)"),
            ("Socialnämnden", "171 600", "174 020", "(2 420)"),
            ("Miljö- och byggnadsnämnden", "4 150", "3 870", "280"),
            ("Revision och valnämnd", "1 240", "1 180", "60"),
            ("Summa nämnder", "397 700", "402 240", "(4 540)"),
            ("Finansförvaltningen", "", "", "9 940"),
            ("Totalt", "", "", "5 400"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Driftredovisning och nämndernas budgetavvikelser", size=16, font="serif-bold", after=8),
        H("Årets resultat jämfört med budget", 2),
        P(
            "Kommunens resultat för 2025 blev 14,9 mnkr. Budgeten var ett resultat på 9,5 mnkr, vilket ger en positiv "
            "avvikelse på 5,4 mnkr. Nämnderna gick tillsammans med underskott, och det är finansförvaltningen som "
            "står för hela överskottet.",
            C(None, "5,4 mnkr", "+", note="The year's deviation after two levels; areas only, no tags."),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 2,1 mnkr bättre, främst för att skatteintäkterna "
            "för december blev högre än SKR hade beräknat.",
            F(None, "2,1 mnkr", "+", note="The outcome against the interim report's forecast."),
        ),
        PS(
            (
                "Resultatet är 7,1 mnkr lägre än 2024, då kommunen fick en engångsintäkt från försäljningen av "
                "fastigheten Gullabo 3:12.",
                O(None, note="Against the previous year, with a one-off: other."),
            ),
            ("Balanskravsresultatet uppgår till 13,8 mnkr.", O(None, note="Balanskrav: other.")),
        ),
        table,
        H("Nämndernas budgetavvikelser", 2),
        HP(
            "Barn- och utbildningsnämnden –3,9 mnkr",
            "Nämndens underskott har tre förklaringar. Antalet barn i förskolan blev högre än i budgetens "
            "befolkningsprognos, skolskjutsarna i södra kommundelen upphandlades på nytt till ett väsentligt högre "
            "pris, och ersättningen till fristående skolor och andra kommuner för elever från Torsås ökade med 1,6 "
            "mnkr jämfört med 2024.",
            C(
                "Barn- och utbildningsnämnden",
                "–3,9 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "kopt_verksamhet",
                note=HEAD + " The 1,6 mnkr against 2024 is not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Underskottet beror på hög sjukfrånvaro och därmed höga kostnader för vikarier inom "
                    "äldreomsorgen, och på att hemtjänsten utförde 7 procent fler timmar än budgeterat.",
                    C("Socialnämnden", "–2,4 mnkr", "-", "sjukfranvaro", "vikarier", "volymer", note=HEAD),
                ),
                (
                    "Äldreomsorgen som helhet gick med ett underskott på 3,1 mnkr, medan individ- och "
                    "familjeomsorgen redovisade ett överskott på 0,7 mnkr tack vare färre placeringar av vuxna.",
                    C(
                        "Äldreomsorg",
                        "3,1 mnkr",
                        "-",
                        note="Sub-areas inside the nämnd's paragraph: their own items; elderly care's reason is in "
                        "the previous sentence, so no tag here.",
                        also=(
                            C("Individ- och familjeomsorg", "0,7 mnkr", "+", "kopt_verksamhet", "volymer"),
                        ),
                    ),
                ),
            ),
            head="Socialnämnden –2,4 mnkr",
            head_level=3,
        ),
        HP(
            "Kommunstyrelsen +1,4 mnkr",
            "Överskottet förklaras främst av lägre kapitalkostnader, eftersom flera investeringar blev klara senare "
            "än planerat, och av att tjänsten som näringslivsutvecklare var vakant i sex månader.",
            C("Kommunstyrelsen", "+1,4 mnkr", "+", "periodisering", "vakanser", note=HEAD),
        ),
        HP(
            "Miljö- och byggnadsnämnden +0,3 mnkr",
            "Fler bygglovsansökningar än väntat, framför allt för fritidshus längs kusten, gav högre avgiftsintäkter.",
            C("Miljö- och byggnadsnämnden", "+0,3 mnkr", "+", "avgifter_intakter", "volymer", note=HEAD),
        ),
        Para(
            (
                (
                    "Finansförvaltningens överskott består av tre delar.",
                    C("Finansförvaltningen", "+9,9 mnkr", "+", note=HEAD + " " + NO_TAG),
                ),
                (
                    "Skatteintäkter och generella statsbidrag blev 4,2 mnkr högre än budgeterat, pensionskostnaderna "
                    "2,9 mnkr lägre och finansnettot 2,8 mnkr bättre, det senare tack vare högre ränteintäkter på "
                    "kommunens placeringar.",
                    C(
                        "Skatteintäkter och generella statsbidrag",
                        "4,2 mnkr",
                        "+",
                        note=NO_TAG + " Three items in one sentence.",
                        also=(
                            C("Pensionskostnader", "2,9 mnkr", "+", note=NO_TAG),
                            C("Finansnetto", "2,8 mnkr", "+", note=NO_TAG),
                        ),
                    ),
                ),
            ),
            head="Finansförvaltningen +9,9 mnkr",
            head_level=3,
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 71,0 mnkr återstod 22,7 mnkr vid årets slut. Den största delen, 15,0 mnkr, "
            "avser den nya förskolan i Söderåkra, där bygget kom igång först i oktober.",
            C(
                "Investeringar",
                "22,7 mnkr",
                "+",
                "periodisering",
                note="Unspent investment money is under-spending; the pre-school's 15,0 mnkr is a part.",
            ),
        ),
        P(
            "Kommunfullmäktige beslutade i februari 2026 att 18,5 mnkr av de outnyttjade investeringsmedlen förs över "
            "till 2026.",
            O("Investeringar", note="A carry-over decision: financing, other."),
        ),
        H("Inför 2026", 2),
        P(
            "Barn- och utbildningsnämnden har fått i uppdrag att anpassa förskolans organisation till det ökade "
            "barnantalet utan utökad ram, bland annat genom att samla förskolorna i Torsås tätort i färre och större "
            "enheter.",
            A("Barn- och utbildningsnämnden", None, "omstallning", note="An action without a stated effect."),
        ),
    ]
    return ReportSpec(
        file="torsas-ks-arsredovisning-2025.pdf",
        report={
            "municipality": "Torsås",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025 Torsås kommun", "author": "Torsås kommun"},
        style=style,
        blocks=blocks,
    )
