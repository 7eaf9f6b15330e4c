"""Lycksele kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mkr" whose footer carries the fullmäktige meeting in October: the period's
result "23,6 mkr bättre än periodiserad budget" with its seasonal reason (semesterlöneskulden) in the same
paragraph, the full year "9,2 mkr lägre än budgeterat (16,0 mkr)", one sentence splitting it into the
nämnder's "−19,7 mkr" and the financing's "överskott om 10,5 mkr" (two items), the change since April; a
nämnd table with April's deviation beside; then en-dash bullets under a generic heading
("Ekonomienhetens kommentar") in varied shapes: "Socialnämnden: underskott på 14,2 mkr.", "förväntas
överskrida sin budgetram med 6,1 mkr", a possessive "Tekniska nämndens prognos visar −3,4 mkr (−1,2 i
april)", "en positiv avvikelse med 2,9 mkr", "drygt en miljon kronor" in words and "bedöms klara sin budget"
(boilerplate); taxes and the finance net as a "respektive" pair, pensions that "följer budget"
(boilerplate); investments "25,4 mkr inte förbrukas" after three levels, a preschool "3,1 mkr dyrare än
beräknat" and two projects as a "respektive" pair; an action with its effect, balanskrav and a financial goal
not met "vilket beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Lycksele kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27 § 112", "", f"{n} ({m})"),
        header_size=8.0,
    )
    committees = Table(
        caption="Nämndernas prognos för 2025, mkr (negativt tal = sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "115,7", "2,9", "1,8"),
            ("Barn- och utbildningsnämnden", "312,4", "318,5", "-6,1", "-4,0"),
            ("Socialnämnden", "356,9", "371,1", "-14,2", "-10,6"),
            ("Tekniska nämnden", "64,8", "68,2", "-3,4", "-1,2"),
            ("Kultur- och fritidsnämnden", "41,3", "40,2", "1,1", "0,6"),
            ("Miljö- och byggnadsnämnden", "7,9", "7,9", "0,0", "0,0"),
            ("Summa nämnder", "901,9", "921,6", "-19,7", "-13,4"),
        ),
        widths=(172.0, 60.0, 60.0, 70.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=4),
        Title("Lycksele kommun", size=12, font="sans", after=14),
        H("Förvaltningsberättelse i sammandrag", 1),
        H("Resultat", 2),
        P(
            "Periodens resultat uppgår till 41,6 mkr, vilket är 23,6 mkr bättre än periodiserad budget. Det höga "
            "resultatet för perioden är normalt vid delåret, eftersom semesterlöneskulden minskar under "
            "sommarmånaderna.",
            C(
                None,
                "23,6 mkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period with its seasonal reason in the same paragraph: one item.",
            ),
        ),
        P(
            "Prognosen för helåret är ett resultat på 6,8 mkr, vilket är 9,2 mkr lägre än budgeterat (16,0 mkr).",
            C(None, "9,2 mkr", "-", note="The budgeted result in brackets is not the amount."),
        ),
        P(
            "Nämndernas samlade avvikelse är −19,7 mkr medan finansieringen väntas ge ett överskott om 10,5 mkr.",
            C(
                "Nämnderna",
                "−19,7 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansieringen", "10,5 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har kommunens resultat försämrats med 5,3 mkr, huvudsakligen inom "
            "socialnämnden.",
            F(None, "5,3 mkr", "-"),
        ),
        committees,
        Space(10),
        H("Ekonomienhetens kommentar", 2),
        Bullets(
            (
                "Socialnämnden: underskott på 14,2 mkr. Antalet beviljade hemtjänsttimmar har ökat under hela "
                "året, och placeringar av barn och unga på HVB har blivit fler än budgeterat. Till detta kommer "
                "kostnader för bemanningssjuksköterskor i särskilt boende.",
                "Barn- och utbildningsnämnden förväntas överskrida sin budgetram med 6,1 mkr, vilket framför allt "
                "beror på ökade kostnader för interkommunala ersättningar i gymnasieskolan och på att "
                "statsbidraget för mindre barngrupper blev lägre än nämnden räknat med.",
                "Tekniska nämndens prognos visar −3,4 mkr (−1,2 i april). Den långa vintern gav höga kostnader "
                "för snöröjning och halkbekämpning, och elpriserna för gatubelysningen har varit högre än "
                "budgeterat.",
                "Kommunstyrelsen redovisar en positiv avvikelse med 2,9 mkr, främst genom vakanta tjänster inom "
                "näringslivsenheten och HR.",
                "Kultur- och fritidsnämnden går med ett överskott på drygt en miljon kronor. Ishallen har haft "
                "fler uthyrda timmar än väntat, bland annat till ett landslagsläger i juni.",
                "Miljö- och byggnadsnämnden bedöms klara sin budget.",
            ),
            labels=(
                C("Socialnämnden", "14,2 mkr", "-", "volymer", "kopt_verksamhet", "inhyrd_personal"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,1 mkr",
                    "-",
                    "kopt_verksamhet",
                    "statsbidrag",
                    note="Interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Tekniska nämnden",
                    "−3,4 mkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="A possessive; April's figure in brackets is not the amount. Snow: ovrigt.",
                ),
                C("Kommunstyrelsen", "2,9 mkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "avgifter_intakter",
                    value=1_000_000,
                    note="An amount in words (the table shows 1,1).",
                ),
                BP("Miljö- och byggnadsnämnden"),
            ),
            glyph="–",
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag samt finansnettot överstiger budget med 7,8 respektive 2,7 "
            "mkr.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "7,8",
                "+",
                unit="mkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "2,7 mkr", "+", note=NO_TAG),),
            ),
        ),
        P("Pensionskostnaderna följer budget.", BP("Pensionskostnader")),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 96,4 mkr. Utfallet efter augusti är 31,2 mkr och "
            "helårsprognosen 71,0 mkr, vilket innebär att 25,4 mkr inte förbrukas.",
            C("Investeringar", "25,4 mkr", "+", note="Investment under-spending after three levels."),
        ),
        P(
            "Ombyggnaden av Björkdungens förskola blir 3,1 mkr dyrare än beräknat, på grund av markföroreningar "
            "som upptäcktes vid schaktningen.",
            C("Björkdungens förskola", "3,1 mkr", "-", "ovrigt", note="Investment overrun."),
        ),
        P(
            "Projekten Reningsverket etapp 2 och LED-belysning i centrum förbrukar 18,0 respektive 4,2 mkr "
            "mindre än budget, då upphandlingarna har dragit ut på tiden.",
            C(
                "Reningsverket etapp 2",
                "18,0",
                "+",
                "periodisering",
                unit="mkr",
                also=(C("LED-belysning i centrum", "4,2 mkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en åtgärdsplan som ska minska kostnaderna med 4,0 mkr i helårseffekt, "
            "bland annat genom en översyn av schemaläggningen i hemtjänsten.",
            A("Socialnämnden", "4,0 mkr", "bemanning"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 6,1 mkr och balanskravet uppfylls.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Målet om ett resultat på minst 2 procent av skatter och bidrag nås inte, vilket beror på nämndernas "
            "underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="lycksele-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lycksele",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Lycksele kommun"},
        style=style,
        blocks=blocks,
    )
