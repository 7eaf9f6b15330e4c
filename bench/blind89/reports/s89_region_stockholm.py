"""Region Stockholm, S:t Eriks Ögonsjukhus AB, månadsrapport oktober 2025.

A regional hospital company's month report to its styrelse, set in Liberation Sans Narrow, footer with the
styrelse's meeting date in November: the period "−14,2 mnkr, att jämföra med ett budgeterat resultat på 3,5
mnkr" and "17,7 mnkr sämre än budget" (one item), a full-year deviation inside a sentence that says the
forecast is unchanged ("oförändrad sedan september, ett underskott på 19 mnkr mot budget", a cause); a result
table with deficits in brackets ("(13,6)") and the full year's deviation in the last column; care revenue
"13,6 mnkr lägre än budget" with a repair closure, other revenue that "överstiger budget"; bold run-in
kostnadsslag: one reason-only lead ("Personalkostnader.", the table's "(4,8)"), one lead that carries the
amount ("Inhyrd personal –5,6 mnkr."), one lead with a colon; bought services "blir 2,5 mnkr dyrare", other costs "1,9 mnkr lägre än budget";
investments "14 mnkr av budgeten inte används"; the change since last month, "Lokalkostnaderna följer
budget" (boilerplate), two actions and a risk. 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason-only lead: the table row's period deviation as printed (mnkr, brackets = deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("S:t Eriks Ögonsjukhus AB", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Styrelsesammanträde 2025-11-20", "Region Stockholm", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    result = Table(
        caption="Resultaträkning januari–oktober, mnkr (negativ avvikelse inom parentes)",
        header=(("Post", "Utfall jan–okt", "Budget jan–okt", "Avvikelse", "Avvikelse helår"),),
        rows=(
            ("Vårdintäkter Region Stockholm", "598,4", "612,0", "(13,6)", "(15,0)"),
            ("Övriga vårdintäkter", "41,2", "37,5", "3,7", "4,5"),
            ("Personalkostnader", "−400,8", "−396,0", "(4,8)", "(4,5)"),
            ("Inhyrd personal", "−9,6", "−4,0", "(5,6)", "(6,9)"),
            ("Läkemedel och material", "−118,5", "−121,7", "3,2", "3,6"),
            ("Köpta tjänster", "−45,1", "−42,6", "(2,5)", "(3,0)"),
            ("Lokalkostnader", "−66,0", "−66,0", "0,0", "0,0"),
            ("Övriga kostnader", "−13,8", "−15,7", "1,9", "2,3"),
            ("Resultat", "−14,2", "3,5", "(17,7)", "(19,0)"),
        ),
        widths=(160.0, 66.0, 70.0, 58.0, 72.0),
        bold_rows=frozenset({8}),
        rules=True,
        grid=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("S:t Eriks Ögonsjukhus AB", size=12, font="narrow", after=12),
        H("Sammanfattning", 2),
        P(
            "Bolagets resultat för januari–oktober är −14,2 mnkr, att jämföra med ett budgeterat resultat på 3,5 "
            "mnkr för perioden. Resultatet är därmed 17,7 mnkr sämre än budget.",
            C(None, "17,7 mnkr", "-", note="The period against budget: the levels are not the amount."),
        ),
        P(
            "Helårsprognosen är oförändrad sedan september, ett underskott på 19 mnkr mot budget.",
            C(
                None,
                "19 mnkr",
                "-",
                note="The full-year deviation stated in a sentence that also says the forecast is unchanged: a "
                "cause, not a boilerplate no-change.",
            ),
        ),
        result,
        H("Intäkter", 2),
        P(
            "Vårdintäkterna från Region Stockholm är 13,6 mnkr lägre än budget för perioden. Produktionen av "
            "kataraktoperationer ligger under den beställda volymen eftersom två operationssalar var stängda för "
            "byte av ventilation under våren.",
            C(
                "Vårdintäkter Region Stockholm",
                "13,6 mnkr",
                "-",
                "volymer",
                "ovrigt",
                note="Revenue under budget; a closure for repairs is ovrigt.",
            ),
        ),
        P(
            "Övriga vårdintäkter överstiger budget med 3,7 mnkr, främst från patienter från andra regioner som "
            "söker vård för näthinneavlossning.",
            C("Övriga vårdintäkter", "3,7 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Kostnader", 2),
        LP(
            "Personalkostnader.",
            "Kostnaderna överstiger budget, vilket förklaras av övertid och extra mottagningspass för att korta "
            "köerna till ögonbottenundersökningar.",
            C("Personalkostnader", "(4,8)", "-", "overtid", unit="mnkr", table=True, note=ROW),
        ),
        LP(
            "Inhyrd personal –5,6 mnkr.",
            "Sjuksköterskor från bemanningsföretag har anlitats på operationsavdelningen sedan mars, då fyra "
            "tjänster har stått vakanta.",
            C(
                "Inhyrd personal",
                "–5,6 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The run-in lead carries the amount: part of the item.",
            ),
        ),
        LP(
            "Läkemedel och material:",
            "Kostnaden är 3,2 mnkr lägre än budget sedan ett nytt avtal för injektionsläkemedel mot "
            "makuladegeneration har gett lägre priser.",
            C(
                "Läkemedel och material",
                "3,2 mnkr",
                "+",
                "material_hjalpmedel",
                "prisokningar",
                note="Drugs: material_hjalpmedel, lower prices: prisokningar.",
            ),
        ),
        P(
            "Köpta tjänster, främst laboratorieanalyser och drift av IT-system, blir 2,5 mnkr dyrare än "
            "budgeterat.",
            C("Köpta tjänster", "2,5 mnkr", "-", "it_digitalisering"),
        ),
        P(
            "Övriga kostnader är 1,9 mnkr lägre än budget, bland annat för att flera utbildningsinsatser har skjutits "
            "till nästa år.",
            C("Övriga kostnader", "1,9 mnkr", "+", "periodisering"),
        ),
        P("Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår hittills till 12,8 mnkr mot en helårsbudget på 30 mnkr. Utrustningen för den "
            "nya OCT-diagnostiken levereras först 2026, och prognosen är att 14 mnkr av budgeten inte används i "
            "år.",
            C(
                "Investeringar",
                "14 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending: a delayed delivery of equipment.",
            ),
        ),
        H("Förändring jämfört med föregående månad", 2),
        P(
            "Jämfört med föregående månad har periodens avvikelse minskat med 1,1 mnkr, eftersom båda "
            "operationssalarna åter är i drift sedan september.",
            F(None, "1,1 mnkr", "+", "volymer", note="The period's deviation against last month."),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har startat kvällsmottagningar för kataraktoperationer i oktober och november, vilket beräknas "
            "ge 2,4 mnkr i ytterligare vårdintäkter före årsskiftet.",
            A("Vårdintäkter Region Stockholm", "2,4 mnkr", "volymer"),
        ),
        P(
            "Anställningsstopp för administrativ personal gäller till årets slut.",
            A(None, None, "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att regionen gör avdrag på ersättningen om målen för tillgänglighet inte nås under "
            "hösten. Avdraget kan uppgå till 3 mnkr.",
            O(None, note="A risk with an amount."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-st-eriks-ogonsjukhus-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för S:t Eriks Ögonsjukhus AB",
                "S:t Eriks Ögonsjukhus AB",
                "S:t Eriks Ögonsjukhus",
            ],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "S:t Eriks Ögonsjukhus AB"},
        style=style,
        blocks=blocks,
    )
