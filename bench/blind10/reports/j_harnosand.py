"""Härnösands kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report, footer with the kommunfullmäktige date in October: the period's result
"21,5 mnkr bättre än periodiserad budget" and the full year "15,9 mnkr sämre än budget" in one sentence
(one item, the full year's amount), the period's surplus explained in the next sentence (a cause with amount
null); the change since April with its cause (a forecast change); then, in two columns, headings that carry
the nämnd and its amount in varied shapes ("Socialnämnden, −18,4 mnkr", "Barn- och utbildningsnämnden: −6,3
mnkr", "Kultur- och fritidsnämnden +0,9 mnkr") with paragraphs of reasons only, one with a part "Av
underskottet hänför sig 13,2 mnkr till" and a year-on-year percentage inside, one where a deficit is "nästan
helt" offset; the finance function's heading "+4,6 mnkr" over "Överskottet består av tre delar" followed
by tax revenue and interest costs in one sentence (two items) and pensions over budget (one item); a
socialnämnd action with no effect; investments "budget på 214 mnkr … Helårsprognosen är 148 mnkr" (66
mnkr never written out, the period's 71 mnkr a level); balanskrav and a financial goal (other). 12 scored
causes. DejaVu Sans 9 pt in two columns for the nämnder.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the nämnd and its amount."
NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Härnösands kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Härnösands kommun", size=12, font="sans", after=14),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Periodens resultat uppgår till 68,2 mnkr, vilket är 21,5 mnkr bättre än periodiserad budget, "
                "medan helårsprognosen pekar på ett resultat på 4,1 mnkr, 15,9 mnkr sämre än budget.",
                C(
                    None,
                    "15,9 mnkr",
                    "-",
                    note="The period and the full year in one sentence: one item, the full year's amount.",
                ),
            ),
            (
                "Det goda periodresultatet förklaras framför allt av att semesterlöneskulden är som lägst i augusti "
                "och av att reavinster från tomtförsäljning har bokförts.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "avgifter_intakter",
                    note="The period surplus's reason apart from its amount: amount null.",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen efter april har helårsresultatet försämrats med 7,8 mnkr, nästan helt till följd "
            "av socialnämndens placeringskostnader.",
            F(None, "7,8 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Nämndernas prognoser", 2),
        P(
            "Nämnderna redovisar nedan sina helårsprognoser och de viktigaste orsakerna till avvikelserna mot "
            "budget."
        ),
        Columns(2),
        HP(
            "Socialnämnden, −18,4 mnkr",
            "Av underskottet hänför sig 13,2 mnkr till individ- och familjeomsorgen, där kostnaderna för externa "
            "placeringar av barn och unga har fortsatt att öka. Inom äldreomsorgen har hemtjänsttimmarna ökat med "
            "12 procent jämfört med samma period i fjol, och korttidsfrånvaron har varit hög.",
            C(
                "Socialnämnden",
                "−18,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "sjukfranvaro",
                note=HEAD
                + " The 13,2 mnkr is a part and the 12 percent a comparison with last year: not the amount.",
            ),
        ),
        HP(
            "Barn- och utbildningsnämnden: −6,3 mnkr",
            "Gymnasieskolan har tagit emot färre elever från grannkommunerna än beräknat, vilket ger lägre intäkter "
            "från interkommunala ersättningar. Dessutom har statsbidraget för lärarlönelyftet minskat.",
            C(
                "Barn- och utbildningsnämnden",
                "−6,3 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "statsbidrag",
                note=HEAD + " Interkommunal revenue (pupils from other kommuner) is avgifter_intakter.",
            ),
        ),
        HP(
            "Samhällsnämnden −0,4 mnkr",
            "Kostnaderna för vinterväghållningen blev höga under årets första månader men vägs nästan helt upp av "
            "ökade intäkter från bygglov och planavgifter.",
            C(
                "Samhällsnämnden",
                "−0,4 mnkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note=HEAD + " Snow is ovrigt.",
            ),
        ),
        HP(
            "Kultur- och fritidsnämnden +0,9 mnkr",
            "Överskottet förklaras av att simhallen hade stängt i sju veckor för byte av reningsverk, vilket gav "
            "lägre kostnader för både personal och energi.",
            C(
                "Kultur- och fritidsnämnden",
                "+0,9 mnkr",
                "+",
                "ovrigt",
                note=HEAD + " A repair closure is ovrigt.",
            ),
        ),
        HP(
            "Kommunstyrelsen +3,7 mnkr",
            "Flera vakanta tjänster inom kommunledningsförvaltningen ger ett överskott, liksom att kommunstyrelsens "
            "medel för oförutsedda behov ännu inte har tagits i anspråk.",
            C("Kommunstyrelsen", "+3,7 mnkr", "+", "vakanser", "reserver", note=HEAD),
        ),
        Para(
            (
                (
                    "Överskottet består av tre delar.",
                    C("Finansförvaltningen", "+4,6 mnkr", "+", note=HEAD + " " + NO_TAG),
                ),
                (
                    "Skatteintäkterna blir 2,1 mnkr högre än budgeterat, och lägre räntekostnader ger ett överskott "
                    "på 3,9 mnkr.",
                    C(
                        "Skatteintäkter",
                        "2,1 mnkr",
                        "+",
                        note=NO_TAG + " Two parts in one sentence: two items.",
                        also=(C("Räntekostnader", "3,9 mnkr", "+", note=NO_TAG),),
                    ),
                ),
                (
                    "Pensionskostnaderna överskrider däremot budget med 1,4 mnkr efter en ny prognos från "
                    "pensionsförvaltaren.",
                    C("Pensionskostnader", "1,4 mnkr", "-", note=NO_TAG),
                ),
            ),
            head="Finansförvaltningen +4,6 mnkr",
            head_level=3,
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har fått i uppdrag att redovisa en åtgärdsplan för placeringskostnaderna till "
            "kommunstyrelsen i oktober.",
            A("Socialnämnden", None, "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 214 mnkr har 71 mnkr använts under perioden. Helårsprognosen är 148 "
            "mnkr, och avvikelsen förklaras av att byggstarten för den nya förskolan i Saltvik har flyttats till "
            "2026.",
            C(
                "Investeringar",
                "214 mnkr har 71 mnkr använts under perioden. Helårsprognosen är 148 mnkr",
                "+",
                "periodisering",
                value=66_000_000,
                note="Investment under-spending of 66 mnkr, never written out: the computed value; the period's "
                "71 mnkr is a level.",
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas bli 2,9 mnkr efter avdrag för realisationsvinster. Kommunen uppfyller "
            "därmed balanskravet, men inte det finansiella målet om ett resultat på två procent av skatter och "
            "statsbidrag.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="harnosand-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Härnösand",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Härnösands kommun"},
        style=style,
        blocks=blocks,
    )
