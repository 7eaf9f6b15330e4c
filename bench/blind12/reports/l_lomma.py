"""Lomma kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, footer with the date fullmäktige treats it in October: the period's
result "18,2 mnkr mer än det periodiserade budgetresultatet" with its reason (land sales booked early), the
full year "en positiv budgetavvikelse om 8,5 mnkr" after the forecast and budgeted results (levels), one
sentence splitting it into "sammanlagt +19,6 mnkr" from the finance items and the nämnder's "−11,1 mnkr" (two
items), the change since the tertial report; a nämnd table with the tertial's deviation; under a generic
heading one bullet per nämnd in shapes new to the sets: "(−9,3 mnkr):" after the name, a possessive
"budgetöverskridande på 7,5 mnkr har två huvudförklaringar, dels … dels", "räknar med att lämna 3,0 mnkr i
överskott", "+2,2 mnkr, där … väger tyngst", "underskrida sin ram", a bracketed April figure "(0,0 i april)",
and one nämnd that "förväntas klara sin budget" (boilerplate); tax revenue, then the finance net and pensions
in one sentence (two items, no tags); investments with budget, outcome and forecast levels and "85 mnkr
outnyttjade", two projects with their own bracketed minus amounts meaning less spending ("(−38 mnkr)") and
an overrun; an action whose effect is in the forecast, the balanskrav with a reserve and costs against last
year (others). 17 scored causes. Liberation Serif (Times metrics) 10.5 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("LOMMA KOMMUN", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-23", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Nämndernas budgetavvikelse helår 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "115,6", "3,0", "1,9"),
            ("Barn- och utbildningsnämnden", "612,3", "619,8", "−7,5", "−4,0"),
            ("Vård- och omsorgsnämnden", "498,1", "507,4", "−9,3", "−8,8"),
            ("Kultur- och fritidsnämnden", "64,0", "63,2", "0,8", "0,5"),
            ("Bygg- och miljönämnden", "12,7", "13,0", "−0,3", "0,0"),
            ("Tekniska nämnden", "71,5", "69,3", "2,2", "1,4"),
            ("Överförmyndarnämnden", "3,1", "3,1", "0,0", "0,0"),
            ("Summa nämnder", "1 380,3", "1 391,4", "−11,1", "−9,0"),
        ),
        widths=(168.0, 64.0, 64.0, 70.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Lomma kommun", size=13, font="times", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Periodens resultat uppgår till 61,4 mnkr, vilket är 18,2 mnkr mer än det periodiserade "
            "budgetresultatet. Avvikelsen beror till stor del på att reavinsten från försäljningen av tomter i "
            "Bjärred har bokförts redan i juni.",
            C(
                None,
                "18,2 mnkr",
                "+",
                "avgifter_intakter",
                "periodisering",
                note="The period against the periodised budget, with its reason: a cause. Land sales booked "
                "early: avgifter_intakter and periodisering.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 38,0 mnkr, att jämföra med budgeterade 29,5 mnkr – en "
            "positiv budgetavvikelse om 8,5 mnkr.",
            C(
                None,
                "8,5 mnkr",
                "+",
                note="The forecast and budgeted results are levels; the deviation is stated.",
            ),
        ),
        P(
            "Budgetavvikelsen förklaras av poster som drar åt olika håll: skatteintäkter, generella statsbidrag och "
            "finansiella poster bidrar med sammanlagt +19,6 mnkr, medan nämnderna tillsammans prognostiserar "
            "−11,1 mnkr.",
            C(
                "Skatteintäkter, generella statsbidrag och finansiella poster",
                "+19,6 mnkr",
                "+",
                note="Two parts with their own amounts in one sentence: two items. " + NO_TAG,
                also=(C("Nämnderna", "−11,1 mnkr", "-"),),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsresultatet förbättrats med 5,2 mnkr.",
            F(None, "5,2 mnkr", "+"),
        ),
        committees,
        Space(10),
        H("Nämndernas prognoser", 2),
        Bullets(
            (
                "Vård- och omsorgsnämnden (−9,3 mnkr): Nettokostnaden för hemtjänsten växer snabbare än "
                "resursfördelningen. Utförda timmar ligger 11 procent över fjolårets nivå, och nämnden köper "
                "dessutom fler korttidsplatser av Burlövs kommun än planerat.",
                "Barn- och utbildningsnämndens budgetöverskridande på 7,5 mnkr har två huvudförklaringar, dels fler "
                "elever med beslut om tilläggsbelopp, dels att skolskjutsavtalet har räknats upp med 9 procent enligt "
                "indexklausulen.",
                "Kommunstyrelsen räknar med att lämna 3,0 mnkr i överskott. Utvecklingsmedlen för digitalisering har "
                "inte tagits i anspråk i planerad takt, och flera rekryteringar har dragit ut på tiden.",
                "Tekniska nämnden: +2,2 mnkr, där lägre elpriser för gatubelysningen och en mild vinter med få "
                "snöröjningsinsatser väger tyngst.",
                "Kultur- och fritidsnämnden beräknas underskrida sin ram med 0,8 mnkr tack vare ökade intäkter från "
                "uthyrning av idrottshallarna till föreningar och företag.",
                "Bygg- och miljönämnden prognostiserar −0,3 mnkr (0,0 i april) eftersom bygglovsintäkterna har "
                "sjunkit när nybyggnationen i Lomma hamn har avstannat.",
                "Överförmyndarnämnden förväntas klara sin budget.",
            ),
            labels=(
                C(
                    "Vård- och omsorgsnämnden",
                    "−9,3 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The amount in brackets after the name; 11 percent against last year is supporting.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "7,5 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive 'budgetöverskridande'; the 9 percent index uplift is not the amount.",
                ),
                C(
                    "Kommunstyrelsen",
                    "3,0 mnkr",
                    "+",
                    "it_digitalisering",
                    "vakanser",
                    note="Unused digitalisation funds: it_digitalisering; delayed recruitment: vakanser.",
                ),
                C(
                    "Tekniska nämnden",
                    "+2,2 mnkr",
                    "+",
                    "prisokningar",
                    "ovrigt",
                    note="Lower electricity prices: prisokningar; a mild winter: ovrigt.",
                ),
                C("Kultur- och fritidsnämnden", "0,8 mnkr", "+", "avgifter_intakter"),
                C(
                    "Bygg- och miljönämnden",
                    "−0,3 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="April's figure in brackets is not the amount.",
                ),
                BP("Överförmyndarnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen beräknas överstiga budget med 12,4 mnkr.",
                C("Skatteintäkter och generella statsbidrag", "12,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Finansnettot blir 4,1 mnkr bättre än budget genom lägre räntor på nyupplåningen, och "
                "pensionskostnaderna blir 3,1 mnkr lägre än beräknat.",
                C(
                    "Finansnetto",
                    "4,1 mnkr",
                    "+",
                    note="Two finance items with their own amounts in one sentence: two items. " + NO_TAG,
                    also=(C("Pensionskostnader", "3,1 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 286 mnkr inklusive ombudgeteringar från 2024. Utfallet efter "
            "augusti är 97 mnkr och helårsprognosen 201 mnkr, vilket lämnar 85 mnkr outnyttjade vid årets slut.",
            C(
                "Investeringar",
                "85 mnkr",
                "+",
                note="Investment under-spending; budget, outcome and forecast are levels. No reason given.",
            ),
        ),
        PS(
            (
                "Lägst upparbetning har Pilängens skola (−38 mnkr) och Bjärreds centrumstråk (−19 mnkr), eftersom "
                "upphandlingen av totalentreprenaderna har tagit längre tid än planerat.",
                C(
                    "Pilängens skola",
                    "−38 mnkr",
                    "+",
                    "periodisering",
                    note="Two projects with their own bracketed amounts, one cause: two items. The minus sign "
                    "means less spending: positive.",
                    also=(C("Bjärreds centrumstråk", "−19 mnkr", "+", "periodisering"),),
                ),
            ),
            (
                "Omvänt beräknas strandpromenaden i Lommabukten, etapp 3, överskrida projektbudgeten med 4,5 mnkr "
                "sedan oförutsedda markföroreningar påträffats.",
                C(
                    "Strandpromenaden i Lommabukten, etapp 3",
                    "4,5 mnkr",
                    "-",
                    "ovrigt",
                    note="Investment overrun; contaminated ground is ovrigt.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har beslutat om en åtgärdsplan som bland annat innebär att "
            "biståndsbedömningen i hemtjänsten ses över och att vakanta administrativa tjänster hålls obesatta "
            "året ut. Planen beräknas ge 2,5 mnkr lägre kostnader under hösten, vilket ingår i prognosen.",
            A("Vård- och omsorgsnämnden", "2,5 mnkr", "volymer", "vakanser"),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 35,7 mnkr. Efter en avsättning om 10 mnkr till "
            "resultatutjämningsreserven uppfyller kommunen det finansiella målet om ett resultat på minst två "
            "procent av skatter och bidrag.",
            O(None, "reserver", note="Balanskrav, a reserve and a financial goal."),
        ),
        P(
            "Verksamhetens nettokostnader har ökat med 5,8 procent jämfört med samma period 2024, medan "
            "skatteintäkterna har ökat med 4,1 procent.",
            O(None, note="Costs and revenue against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="lomma-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lomma",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Lomma kommun"},
        style=style,
        blocks=blocks,
    )
