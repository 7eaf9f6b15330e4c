"""Bollnäs kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" with en dashes as minus signs, footer with the kommunstyrelse's
meeting date in October: the period's result as a level (61,7 mnkr) and the full year "understiger det
budgeterade resultatet på 31,0 mnkr med 16,8 mnkr" (the last figure is the deviation); one sentence splitting it
into the nämnder's "–27,4 mnkr" and the finance side's "tillskott mot budget om 10,6 mnkr" (two items); the
change since April with its cause in the next sentence (one forecast change); a nämnd table with April's
deviation; then two columns of bold run-in nämnder: a lead that carries the amount ("Socialnämnden –22,8
mnkr.") with a sub-area's surplus without an amount in a sentence of its own (its own item), "Underskottet om
8,3 mnkr hänger ihop med" followed by an action in the same paragraph, snow with "nästan dubbelt så mycket"
(not an amount) and "landar därför 1,9 mnkr sämre än ramen", "Den positiva avvikelsen, 3,7 mnkr, kommer
från", a reason-only nämnd (the table's "1,9") and "bedöms klara sin ram" (boilerplate); the finance side as
tax revenue and pensions in one sentence (two items) and the finance net "överträffar budget med 4,9 mnkr";
investments as a level used so far and a full-year under-spend "57,5 mnkr lägre än budget", and a project
"överskrida projektbudgeten med 4,2 mnkr"; an action with no amount and financial goals with solidity
(other). 14 scored causes. Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Bollnäs kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-07", "KS 2025/412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse helår", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "128,6", "124,9", "3,7", "2,9"),
            ("Barn- och utbildningsnämnden", "612,0", "620,3", "–8,3", "–5,0"),
            ("Socialnämnden", "538,4", "561,2", "–22,8", "–16,4"),
            ("Samhällsbyggnadsnämnden", "74,2", "76,1", "–1,9", "–1,2"),
            ("Kultur- och fritidsnämnden", "58,3", "56,4", "1,9", "0,6"),
            ("Bygg- och miljönämnden", "9,8", "9,8", "0,0", "0,2"),
            ("Summa nämnder", "1 421,3", "1 448,7", "–27,4", "–18,9"),
        ),
        widths=(160.0, 70.0, 72.0, 78.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Bollnäs kommun", size=12.5, font="arial", after=14),
        H("Förvaltningsberättelse i sammandrag", 1),
        P(
            "Delårsrapporten omfattar perioden den 1 januari till den 31 augusti 2025 och innehåller nämndernas "
            "helårsprognoser. Den behandlas av kommunstyrelsen i oktober och av kommunfullmäktige i november."
        ),
        H("Resultat och prognos", 2),
        P(
            "Periodens resultat uppgår till 61,7 mnkr. Resultatet för helåret beräknas till 14,2 mnkr, vilket "
            "understiger det budgeterade resultatet på 31,0 mnkr med 16,8 mnkr.",
            C(
                None,
                "16,8 mnkr",
                "-",
                note="The period's result is a level, not a deviation; the full year against the budgeted result is "
                "the amount (the last figure of the sentence).",
            ),
        ),
        P(
            "Nämndernas samlade avvikelse mot budget för helåret är –27,4 mnkr, medan skatter, generella "
            "statsbidrag, pensioner och finansnetto väntas ge ett tillskott mot budget om 10,6 mnkr.",
            C(
                "Nämnderna",
                "–27,4 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansiering", "10,6 mnkr", "+", note=NO_TAG + " Area named by the list it sums."),),
            ),
        ),
        P(
            "Sedan prognosen per april har helårsresultatet försämrats med 9,3 mnkr. Det är framför allt "
            "socialnämndens placeringskostnader som har fortsatt att öka.",
            F(
                None,
                "9,3 mnkr",
                "-",
                "kopt_verksamhet",
                note="The change since April with its cause: one item.",
            ),
        ),
        committees,
        H("Nämndernas prognoser", 2),
        Columns(2),
        LP(
            "Socialnämnden –22,8 mnkr.",
            "Institutionsplaceringarna av barn och unga har ökat från nio till sexton sedan årsskiftet, och "
            "nämnden har inte kunnat avsluta avtalen med inhyrda socialsekreterare så som planerat.",
            C(
                "Socialnämnden",
                "–22,8 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "inhyrd_personal",
                note="A run-in lead that carries the amount; the counts of placements are not amounts.",
            ),
            (
                "Hemtjänsten redovisar samtidigt ett överskott, då antalet beviljade timmar har minskat.",
                C(
                    "Hemtjänsten",
                    None,
                    "+",
                    "volymer",
                    note="A sub-area's surplus without an amount inside the nämnd's paragraph: its own item, no "
                    "table row for it.",
                ),
            ),
        ),
        LP(
            "Barn- och utbildningsnämnden.",
            "Underskottet om 8,3 mnkr hänger ihop med att fler elever än budgeterat går i fristående gymnasieskolor "
            "och i gymnasieskolor i grannkommunerna, och med att tilläggsbeloppen för elever med stora stödbehov har "
            "ökat.",
            C("Barn- och utbildningsnämnden", "8,3 mnkr", "-", "kopt_verksamhet", "volymer"),
            (
                "Förvaltningen har infört ett tillfälligt stopp för nyanställningar utanför den undervisande "
                "personalen.",
                A("Barn- och utbildningsnämnden", None, "bemanning"),
            ),
        ),
        LP(
            "Samhällsbyggnadsnämnden.",
            "Vinterväghållningen i januari och februari kostade nästan dubbelt så mycket som ett normalår, och "
            "resultatet landar därför 1,9 mnkr sämre än ramen.",
            C(
                "Samhällsbyggnadsnämnden",
                "1,9 mnkr",
                "-",
                "ovrigt",
                note="Snow: ovrigt. 'Nästan dubbelt så mycket' is not an amount.",
            ),
        ),
        LP(
            "Kommunstyrelsen.",
            "Den positiva avvikelsen, 3,7 mnkr, kommer från vakanta tjänster på ekonomi- och HR-avdelningarna och "
            "från lägre licenskostnader sedan ekonomisystemet bytts ut.",
            C("Kommunstyrelsen", "3,7 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Renoveringen av Norrbadet har försenats och badet har varit stängt sedan maj. De lägre driftkostnaderna "
            "väger tyngre än de uteblivna entré- och simskoleintäkterna.",
            C(
                "Kultur- och fritidsnämnden",
                "1,9",
                "+",
                "ovrigt",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's '1,9' (the same figure as Samhällsbyggnadsnämnden's deficit). "
                "A closure for renovation is ovrigt.",
            ),
        ),
        LP(
            "Bygg- och miljönämnden.",
            "Nämnden bedöms klara sin ram.",
            BP("Bygg- och miljönämnden"),
        ),
        PageBreak(),
        Columns(1),
        H("Finansiering", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag blir 6,9 mnkr högre än budgeterat, medan "
                "pensionskostnaderna ligger 1,2 mnkr över budget.",
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "6,9 mnkr",
                    "+",
                    note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                    also=(C("Pensionskostnader", "1,2 mnkr", "-", note=NO_TAG),),
                ),
            ),
            (
                "Finansnettot överträffar budget med 4,9 mnkr, främst tack vare högre ränteintäkter på kommunens "
                "placerade medel.",
                C("Finansnetto", "4,9 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 186,0 mnkr har 71,4 mnkr använts till och med augusti. Helårsprognosen "
            "är 128,5 mnkr, alltså 57,5 mnkr lägre än budget. Den största förskjutningen gäller den nya förskolan i "
            "Arbrå, där bygglovet överklagades och byggstarten har flyttats till 2026.",
            C(
                "Investeringar",
                "57,5 mnkr",
                "+",
                "periodisering",
                note="The budget and the amount used so far are levels; under-spending is positive.",
            ),
        ),
        P(
            "Ombyggnaden av reningsverket i Vallsta beräknas däremot överskrida projektbudgeten med 4,2 mnkr, sedan "
            "markarbetena visat sig betydligt mer omfattande än förstudien angav.",
            C(
                "Ombyggnaden av reningsverket i Vallsta",
                "4,2 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun from unforeseen ground works: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden i uppdrag att ta fram en åtgärdsplan för placeringskostnaderna, "
            "som ska redovisas vid kommunstyrelsens sammanträde i november.",
            A("Socialnämnden", None, "kopt_verksamhet"),
        ),
        H("God ekonomisk hushållning", 2),
        Para(
            (
                (
                    "Det finansiella målet om ett resultat på minst 2 procent av skatter och generella statsbidrag "
                    "nås inte 2025. Soliditeten inklusive pensionsförpliktelser är 24 procent, jämfört med 22 "
                    "procent vid årsskiftet, och balanskravsresultatet beräknas till 11,8 mnkr.",
                    O(None, note="Financial goal, solidity against the year end and balanskrav: other."),
                ),
            )
        ),
    ]
    return ReportSpec(
        file="bollnas-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
