"""Östra Göinge kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun, by sektor).

A whole-kommun month report in mnkr whose footer carries the kommunstyrelse's meeting date in November: the
period "9,1 mnkr bättre än periodiserad budget" and the full year "understiger budget med 5,5 mnkr" in one
sentence (the full year's is the amount), tax revenue that "räcker inte för att täcka sektorernas sammanlagda
underskott" (two items in one sentence), pensions and the finance net with their own amounts in one sentence
(two items, no tags), the change since August; a sektor table whose negatives are a hyphen-minus separated by
a space ("- 5,4") with August's deviation beside it; under a generic heading one bullet per sektor in varied
shapes: "beräknar ett underskott på 10,4 mnkr (8,2 mnkr i augusti)", "Barn och utbildning: −5,4 mnkr.",
"överskrider budget med 1,4 mnkr" (snow), "gör ett plus på 2,7 mnkr", "redovisar ett mindre överskott" (no reason,
no amount: the table's "0,2"), "följer sin budget" (boilerplate); investments "34,5 mnkr lägre än budget" and
two projects as a "respektive" pair; an action with its effect and a financial goal not met (other). 13 scored
causes. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Östra Göinge kommun", "Ekonomisk månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Sektorernas helårsprognos, mnkr (negativt tal = underskott)",
        header=(("Sektor", "Budget", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunledning och stöd", "58,6", "55,9", "2,7", "1,9"),
            ("Barn och utbildning", "362,0", "367,4", "- 5,4", "- 3,8"),
            ("Vård och omsorg", "318,5", "328,9", "- 10,4", "- 8,2"),
            ("Samhällsbyggnad", "71,2", "72,6", "- 1,4", "- 1,6"),
            ("Kultur och fritid", "27,8", "27,6", "0,2", "0,0"),
            ("Myndighetsnämnden", "3,1", "3,1", "0,0", "0,0"),
            ("Summa sektorer", "841,2", "855,5", "- 14,3", "- 11,7"),
        ),
        widths=(160.0, 64.0, 64.0, 70.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="serif-cond-bold", after=2),
        Title(
            "Östra Göinge kommun – ekonomiskt läge efter tio månader",
            size=11.5,
            font="serif-italic",
            after=12,
        ),
        H("Kommunens resultat", 1),
        P(
            "Resultatet för januari–oktober är 41,3 mnkr, 9,1 mnkr bättre än periodiserad budget, men "
            "helårsprognosen pekar på ett resultat som understiger budget med 5,5 mnkr.",
            C(
                None,
                "5,5 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 7,5 mnkr mer än budgeterat, men det räcker inte "
            "för att täcka sektorernas sammanlagda underskott på 14,3 mnkr.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "7,5 mnkr",
                "+",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Sektorerna", "14,3 mnkr", "-", note="The sektorer's sum, no reason here."),),
            ),
        ),
        P(
            "Pensionskostnaderna beräknas bli 1,9 mnkr lägre än budget, medan finansnettot blir 0,6 mnkr sämre än "
            "budget på grund av högre räntor på nyupplåningen.",
            C(
                "Pensionskostnader",
                "1,9 mnkr",
                "+",
                note=NO_TAG + " Two areas in one sentence: two items.",
                also=(C("Finansnetto", "0,6 mnkr", "-", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i augusti har sektorernas sammanlagda underskott ökat med 2,6 mnkr, i huvudsak "
            "inom vård och omsorg och barn och utbildning.",
            F("Sektorerna", "2,6 mnkr", "-", note="Areas named, no cause: no tag."),
        ),
        table,
        Space(8),
        H("Sektorernas prognoser", 2),
        Bullets(
            (
                "Vård och omsorg beräknar ett underskott på 10,4 mnkr (8,2 mnkr i augusti). Behovet av hemtjänst har "
                "fortsatt att öka i Knislinge och Broby, och korttidsplatserna har varit överbelagda sedan juni, "
                "vilket har krävt extra personal på kvällar och helger.",
                "Barn och utbildning: −5,4 mnkr. Fler elever än budgeterat i grundskolans högre årskurser och ökade "
                "kostnader för elever i fristående gymnasieskolor förklarar större delen av avvikelsen.",
                "Samhällsbyggnad överskrider budget med 1,4 mnkr. Förklaringen är främst vinterväghållningen i januari "
                "och februari, som kostade mer än dubbelt så mycket som under ett normalår.",
                "Kommunledning och stöd gör ett plus på 2,7 mnkr, framför allt tack vare vakanser inom HR och ekonomi "
                "och lägre försäkringspremier efter den senaste upphandlingen.",
                "Kultur och fritid redovisar ett mindre överskott.",
                "Myndighetsnämnden följer sin budget.",
            ),
            labels=(
                C(
                    "Vård och omsorg",
                    "10,4 mnkr",
                    "-",
                    "volymer",
                    "bemanning",
                    note="August's figure in brackets is not the amount.",
                ),
                C("Barn och utbildning", "−5,4 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Samhällsbyggnad",
                    "1,4 mnkr",
                    "-",
                    "ovrigt",
                    note="Winter road maintenance (snow): ovrigt.",
                ),
                C(
                    "Kommunledning och stöd",
                    "2,7 mnkr",
                    "+",
                    "vakanser",
                    "prisokningar",
                    note="'gör ett plus på'. Lower insurance premiums after a procurement: prisokningar.",
                ),
                C(
                    "Kultur och fritid",
                    "0,2",
                    "+",
                    unit="mnkr",
                    table=True,
                    note="A summary without reason or amount: a cause with the table row.",
                ),
                BP("Myndighetsnämnden"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 är 96,0 mnkr. Prognosen uppgår till 61,5 mnkr, vilket är 34,5 mnkr lägre "
            "än budget.",
            C("Investeringar", "34,5 mnkr", "+", note="Investment under-spending: positive, no reason here."),
        ),
        P(
            "Den största avvikelsen finns i projekten Björkhagens skola och överföringsledningen mellan Glimåkra och "
            "Broby, som beräknas understiga budget med 18,0 respektive 9,5 mnkr eftersom upphandlingarna har "
            "överprövats.",
            C(
                "Björkhagens skola",
                "18,0",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair with one cause: two items.",
                also=(
                    C(
                        "Överföringsledningen mellan Glimåkra och Broby",
                        "9,5 mnkr",
                        "+",
                        "periodisering",
                    ),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i juni om ett anställningsstopp för tjänster som inte är direkt "
            "verksamhetsnära. Tillsammans med begränsningar av köp av konsulttjänster väntas åtgärderna förbättra "
            "resultatet med 3,0 mnkr under hösten. Effekten ingår i prognosen.",
            A(None, "3,0 mnkr", "bemanning", "inhyrd_personal"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Det prognostiserade resultatet på 9,7 mnkr motsvarar 0,9 procent av skatteintäkter och generella "
            "statsbidrag. Det finansiella målet på 2 procent nås därmed inte, men balanskravet uppfylls.",
            O(None, note="A financial goal and the balanskrav."),
        ),
    ]
    return ReportSpec(
        file="ostra-goinge-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Östra Göinge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Östra Göinge kommun"},
        style=style,
        blocks=blocks,
    )
