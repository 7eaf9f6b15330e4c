"""Årjängs kommun, Kommunstyrelsen, månadsuppföljning maj 2026 (the whole kommun).

A whole-kommun month report, Liberation Sans 9.5 pt, footer with the kommunstyrelse's meeting in June: the
period's result as a level (unlabelled), the full year "landar på 6,1 mnkr, vilket är 4,4 mnkr sämre än
budget", the change since April naming a nämnd; a nämnd table pasted as an image, so every amount is in the
prose or nowhere; under a generic heading ("Ekonomichefens kommentar") after an unlabelled lead-in, one
bullet per nämnd in varied shapes: "Kommunstyrelsen: överskott 1,2 mnkr." with reasons in a verbless
sentence, "tappar 2,8 mnkr mot budget", "underskott 4,9 mnkr (−3,5 mnkr i april)", a nämnd that "pekar mot
ett underskott" with a reason and no amount (amount null: the table is an image), "räknar med ett plus om
0,3 mnkr" and a joint nämnd that "bedöms klara sin ram" (boilerplate); taxes and the finance net in two
sentences (no tags); investments with the period's use and the year's budget first and "41 mnkr kommer att
upparbetas" (the under-spend, 17 mnkr, never written out), two projects as a "respektive" pair over their
budgets; two actions and the balanskrav with a goal (other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

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
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Årjängs kommun", "Månadsuppföljning maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-17", "Dnr KS 2026/112", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per nämnd 2026, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "71,4", "70,2", "+1,2"),
            ("Utbildningsnämnden", "236,8", "239,6", "−2,8"),
            ("Socialnämnden", "258,1", "263,0", "−4,9"),
            ("Samhällsbyggnadsnämnden", "38,5", "41,6", "−3,1"),
            ("Kultur- och fritidsnämnden", "17,9", "17,6", "+0,3"),
            ("Miljö- och byggnämnden (gemensam)", "6,2", "6,2", "0,0"),
            ("Summa nämnder", "628,9", "638,2", "−9,3"),
            ("Finansiering", "", "", "+4,9"),
            ("Totalt", "", "", "−4,4"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=19, font="arial-bold", after=2),
        Title("Årjängs kommun, januari–maj", size=12, font="arial", after=12),
        H("Kommunens ekonomiska läge", 2),
        PS(
            ("Kommunens resultat efter maj uppgår till 18,9 mnkr.", None),
            (
                "Helårsprognosen landar på 6,1 mnkr, vilket är 4,4 mnkr sämre än budget.",
                C(None, "4,4 mnkr", "-", note="The forecast level first, then the deviation."),
            ),
            (
                "Prognosen har försämrats med 1,7 mnkr sedan april, framför allt inom socialnämnden.",
                F(None, "1,7 mnkr", "-", note="A nämnd named, no cause: no tag."),
            ),
        ),
        table,
        Space(6),
        H("Ekonomichefens kommentar", 2),
        P("Nämnderna har lämnat följande kommentarer till sina prognoser:"),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,2 mnkr. Lägre arvodeskostnader för den politiska organisationen och en "
                "försenad rekrytering av upphandlare.",
                "Utbildningsnämnden tappar 2,8 mnkr mot budget, främst för att Migrationsverkets ersättning för "
                "asylsökande elever har blivit lägre än budgeterat och för att de nya bussavtalen gör skolskjutsarna "
                "dyrare.",
                "Socialnämnden: underskott 4,9 mnkr (−3,5 mnkr i april). Ökad hemtjänst i Töcksfors och två nya "
                "placeringar enligt LVU förklarar det mesta.",
                "Samhällsbyggnadsnämnden pekar mot ett underskott, som helt förklaras av vinterväghållningen under "
                "den snörika vintern.",
                "Kultur- och fritidsnämnden räknar med ett plus om 0,3 mnkr tack vare högre entréintäkter på "
                "badhuset.",
                "Den gemensamma miljö- och byggnämnden bedöms klara sin ram.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "1,2 mnkr",
                    "+",
                    "ovrigt",
                    "vakanser",
                    note="Politicians' fees are ovrigt.",
                ),
                C(
                    "Utbildningsnämnden",
                    "2,8 mnkr",
                    "-",
                    "statsbidrag",
                    "prisokningar",
                    note="Migrationsverket's compensation is a state grant; dearer bus contracts are prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "4,9 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="April's figure in brackets is not the amount.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    None,
                    "-",
                    "ovrigt",
                    note="No amount in the prose and the table is an image: null. Snow is ovrigt.",
                ),
                C("Kultur- och fritidsnämnden", "0,3 mnkr", "+", "avgifter_intakter"),
                BP("Miljö- och byggnämnden"),
            ),
        ),
        H("Finansiering", 2),
        PS(
            (
                "Skatter och generella statsbidrag beräknas ge 3,6 mnkr mer än budgeterat.",
                C("Skatter och generella statsbidrag", "3,6 mnkr", "+", note=NO_TAG),
            ),
            (
                "Finansnettot blir 1,3 mnkr bättre än budget, eftersom den planerade upplåningen har skjutits upp till "
                "hösten.",
                C("Finansnetto", "1,3 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet till och med maj är 9,4 mnkr av en årsbudget på 58,0 mnkr. Förvaltningarna bedömer "
            "att 41 mnkr kommer att upparbetas under året, främst eftersom ombyggnaden av köket på Västra skolan "
            "inte hinner starta före årsskiftet.",
            C(
                "Investeringar",
                "41 mnkr",
                "+",
                "periodisering",
                value=17_000_000,
                note="Investment under-spending of 17 mnkr (58,0 − 41), never written out: the computed value.",
            ),
        ),
        P(
            "Om- och tillbyggnaden av Strandskolan och den nya återvinningscentralen i Töcksfors beräknas kosta 2,1 "
            "respektive 0,8 mnkr mer än projektbudgetarna.",
            C(
                "Strandskolan",
                "2,1",
                "-",
                unit="mnkr",
                note="Investment overruns as a 'respektive' pair: two items, no reasons.",
                also=(C("Återvinningscentralen i Töcksfors", "0,8 mnkr", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen beslutade den 3 juni om ett inköpsstopp för förbrukningsinventarier i alla nämnder "
                "under resten av året.",
                A(None, None, "material_hjalpmedel"),
            ),
            (
                "Socialnämnden ska senast i augusti lämna en handlingsplan för att nå en budget i balans.",
                A("Socialnämnden"),
            ),
        ),
        H("Balanskrav", 2),
        P(
            "Med nuvarande prognos klarar kommunen balanskravet, men resultatet motsvarar bara 1,0 procent av skatter "
            "och statsbidrag mot målet 2,0 procent.",
            O(None, note="Balanskrav and a financial goal."),
        ),
    ]
    return ReportSpec(
        file="arjang-ks-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Årjäng",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026", "author": "Årjängs kommun"},
        style=style,
        blocks=blocks,
    )
