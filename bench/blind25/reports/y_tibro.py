"""Tibro kommun, Kommunstyrelsen, årsredovisning 2025: förvaltningsberättelsens driftredovisning.

The whole kommun's year end in Liberation Sans Narrow: the result as a level and "blev 3,6 mnkr bättre än
budget" in the same paragraph, one sentence splitting it into tax revenue "6,9 mnkr högre än budgeterat", a
sale gain "gav 2,1 mnkr" and the nämnder's "underskott på 5,4 mnkr" (three items); a nämnd table with the
interim forecast's deviation and last year's; the outcome against the interim forecast ("3,2 mnkr bättre
än prognosen", a forecast change with its cause); nämnd paragraphs without headings: the socialnämnd's
"6,2 mnkr sämre än budget" with a part for agency nurses ("sammantaget 4,3 mnkr") and a grant that eased
it, the school committee's "stannade underskottet vid 1,7 mnkr", three nämnder with "1,3 mnkr, 0,6 mnkr
respektive 0,4 mnkr" and the shared cause in the next sentence (three items with the same text); last year's
deviation (other); investments "58,3 mnkr, att jämföra med en investeringsbudget … på 81,0 mnkr" (22,7 mnkr
never written out) with a delayed start, a swimming hall "3,4 mnkr dyrare än budgeterat"; the balanskrav
(other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Tibro kommun  Årsredovisning 2025", ""),
        footer=lambda n, m: ("", f"{n + 11}", ""),
        header_size=8.5,
        rule_under_header=True,
    )
    committees = Table(
        caption="Driftredovisning per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse", "Prognos delår", "Avvikelse 2024"),),
        rows=(
            ("Kommunstyrelsen", "71,2", "69,9", "1,3", "0,8", "0,4"),
            ("Barn- och utbildningsnämnden", "288,4", "290,1", "−1,7", "−2,6", "−3,1"),
            ("Socialnämnden", "312,7", "318,9", "−6,2", "−7,0", "−4,8"),
            ("Samhällsbyggnadsnämnden", "42,6", "42,0", "0,6", "0,0", "0,9"),
            ("Kultur- och fritidsnämnden", "27,3", "26,9", "0,4", "0,2", "0,1"),
            ("Revision", "1,5", "1,3", "0,2", "0,0", "0,1"),
            ("Summa nämnder", "743,7", "749,1", "−5,4", "−8,6", "−6,4"),
        ),
        widths=(150.0, 52.0, 52.0, 58.0, 68.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="narrow-bold", after=2),
        Title(
            "Förvaltningsberättelse – driftredovisning och nämndernas ekonomi",
            size=12,
            font="narrow",
            after=12,
        ),
        H("Årets resultat", 2),
        P(
            "Tibro kommun redovisar för 2025 ett resultat på 14,6 mnkr. Budgeterat resultat var 11,0 mnkr, vilket "
            "innebär att resultatet blev 3,6 mnkr bättre än budget.",
            C(None, "3,6 mnkr", "+", note="Two levels, then the deviation: one item."),
        ),
        P(
            "Det positiva utfallet förklaras av att skatteintäkterna och den kommunala fastighetsavgiften blev 6,9 "
            "mnkr högre än budgeterat och att försäljningen av industritomter vid Rödingsgatan gav en reavinst på "
            "2,1 mnkr, medan nämnderna tillsammans redovisade ett underskott på 5,4 mnkr.",
            C(
                "Skatteintäkter och fastighetsavgift",
                "6,9 mnkr",
                "+",
                note="Three parts with their own amounts in one sentence: three items. " + NO_TAG,
                also=(
                    C(
                        "Reavinster",
                        "2,1 mnkr",
                        "+",
                        note="A sale gain that was not budgeted: a finance item, no tag.",
                    ),
                    C("Nämnderna", "5,4 mnkr", "-", note="The nämnder's total, no reasons."),
                ),
            ),
        ),
        committees,
        P(
            "I delårsrapporten bedömde nämnderna ett samlat underskott på 8,6 mnkr. Utfallet blev alltså 3,2 mnkr "
            "bättre än prognosen, till stor del eftersom socialnämnden fick ett oväntat statsbidrag för "
            "äldreomsorgen i december.",
            F("Nämnderna", "3,2 mnkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
        ),
        H("Nämndernas avvikelser", 2),
        P(
            "Socialnämndens utfall är 6,2 mnkr sämre än budget. Nämnden har under hela året haft höga kostnader "
            "för bemanningssjuksköterskor inom särskilt boende, sammantaget 4,3 mnkr, och placeringarna inom barn "
            "och unga har varit fler än budgeterat. Det riktade statsbidraget i december mildrade underskottet.",
            C(
                "Socialnämnden",
                "6,2 mnkr",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "volymer",
                "statsbidrag",
                note="The 4,3 mnkr for agency nurses is a part. The grant that eased the deficit is one of its causes.",
            ),
        ),
        P(
            "För barn- och utbildningsnämnden stannade underskottet vid 1,7 mnkr. Kostnaderna för elever i andra "
            "kommuners gymnasieskolor blev högre än beräknat, medan förskolan hade ett överskott till följd av "
            "färre barn.",
            C("Barn- och utbildningsnämnden", "1,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Kommunstyrelsen, samhällsbyggnadsnämnden och kultur- och fritidsnämnden redovisar överskott på 1,3 "
            "mnkr, 0,6 mnkr respektive 0,4 mnkr. Överskotten beror i huvudsak på vakanta tjänster under delar av "
            "året.",
            C(
                "Kommunstyrelsen",
                "1,3 mnkr",
                "+",
                "vakanser",
                note="Three nämnder with 'respektive' amounts and the shared cause in the next sentence: three "
                "items with the same text and tags.",
                also=(
                    C("Samhällsbyggnadsnämnden", "0,6 mnkr", "+", "vakanser"),
                    C("Kultur- och fritidsnämnden", "0,4 mnkr", "+", "vakanser"),
                ),
            ),
        ),
        P(
            "Nämndernas samlade avvikelse 2024 var −6,4 mnkr. Socialnämnden har därmed redovisat underskott tre år i "
            "följd.",
            O(None, note="Last year's deviation: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 58,3 mnkr, att jämföra med en investeringsbudget inklusive "
            "ombudgeteringar på 81,0 mnkr. Det lägre utfallet beror främst på att bygget av den nya förskolan i "
            "Hörnebo kom i gång fyra månader senare än planerat.",
            C(
                "Investeringar",
                "58,3 mnkr, att jämföra med en investeringsbudget inklusive ombudgeteringar på 81,0 mnkr",
                "+",
                "periodisering",
                value=22_700_000,
                note="An under-spend of 22,7 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Ombyggnaden av simhallen blev däremot 3,4 mnkr dyrare än budgeterat sedan omfattande fuktskador "
            "upptäckts i bjälklaget.",
            C(
                "Ombyggnad av simhallen",
                "3,4 mnkr",
                "-",
                "ovrigt",
                note="Damp damage: ovrigt. An overrun: negative.",
            ),
        ),
        H("Balanskravsresultat", 2),
        P(
            "Balanskravsresultatet uppgår till 12,5 mnkr efter avdrag för realisationsvinster. Kommunen har inga "
            "tidigare underskott att återställa.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="tibro-ks-arsredovisning-2025.pdf",
        report={
            "municipality": "Tibro",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={"title": "Årsredovisning 2025", "author": "Tibro kommun"},
        style=style,
        blocks=blocks,
    )
