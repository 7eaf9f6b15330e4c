"""Sunne kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mkr, footer with the fullmäktige adoption date in October: the period's
result as a level (unlabelled), the full year "7,9 mkr lägre än det budgeterade resultatet på 17,5 mkr",
one sentence splitting it into the nämnder's "underskott på 14,3 mkr" and the finance function's "överskott
om 6,4 mkr" (two items, one text); a table per nämnd with the August and April deviations side by side; under
a generic heading, bullets in varied shapes: "ett överskott på 2,3 mkr, framför allt genom", a possessive with
last tertial's figure in brackets ("−7,4 mkr (−5,2)"), "Socialnämnden: Underskottet växer till 9,7 mkr." and
"För miljö- och byggnadsnämnden blir utfallet 0,5 mkr bättre än budget"; tax revenue "3,1 mkr högre än
budget", pensions and the finance net "bidrar med 1,8 mkr och … med 1,5 mkr" (two items, no tags); investments
"78,5 mkr mot en budget på 96,0 mkr" (17,5 never written out) and a project "2,4 mkr dyrare än budgeterat";
the change since April; an action without an amount and the financial goal not met "vilket beror på" (other).
Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Sunne kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Antagen av kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mkr",
        header=(
            ("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2025", "2025", "augusti", "april"),
        ),
        rows=(
            ("Kommunstyrelsen", "96,4", "94,1", "2,3", "1,0"),
            ("Barn- och utbildningsnämnden", "312,0", "319,4", "-7,4", "-5,2"),
            ("Socialnämnden", "408,5", "418,2", "-9,7", "-4,4"),
            ("Miljö- och byggnadsnämnden", "6,2", "5,7", "0,5", "0,3"),
            ("Summa nämnder", "823,1", "837,4", "-14,3", "-8,3"),
            ("Finansförvaltningen", "", "", "6,4", "4,0"),
            ("Totalt", "", "", "-7,9", "-4,3"),
        ),
        widths=(170.0, 62.0, 62.0, 66.0, 66.0),
        bold_rows=frozenset({4, 6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="times-bold", after=2),
        Title("Sunne kommun", size=13, font="times", after=14),
        H("Resultat och prognos", 2),
        PS(
            ("Kommunens resultat för perioden januari–augusti uppgår till 38,2 mkr.", None),
            (
                "Prognosen för helåret är ett resultat på 9,6 mkr, vilket är 7,9 mkr lägre än det budgeterade "
                "resultatet på 17,5 mkr.",
                C(None, "7,9 mkr", "-", note="The deviation between two levels."),
            ),
        ),
        P(
            "Nämndernas samlade prognos är ett underskott på 14,3 mkr, medan finansförvaltningen väntas ge ett "
            "överskott om 6,4 mkr.",
            C(
                "Nämnderna",
                "14,3 mkr",
                "-",
                note="A split into the nämnder and the finance function: two items, one text.",
                also=(C("Finansförvaltningen", "6,4 mkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Kommentarer till nämndernas prognoser", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 2,3 mkr, framför allt genom vakanta tjänster inom "
                "kommunledningsförvaltningen och lägre kostnader för färdtjänst än beräknat.",
                "Barn- och utbildningsnämndens prognos är −7,4 mkr (−5,2). Fler gymnasieelever går på program utanför "
                "kommunen, och grundskolan har ökade kostnader för elever i behov av särskilt stöd.",
                "Socialnämnden: Underskottet växer till 9,7 mkr. Hemtjänsten har haft fler beviljade timmar än "
                "budgeterat, och inhyrda sjuksköterskor har behövts inom hemsjukvården. Placeringar av barn och unga "
                "överstiger också budget.",
                "För miljö- och byggnadsnämnden blir utfallet 0,5 mkr bättre än budget tack vare högre intäkter från "
                "bygglov.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,3 mkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "−7,4 mkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The figure in brackets is April's, not the amount.",
                ),
                C("Socialnämnden", "9,7 mkr", "-", "volymer", "inhyrd_personal", "kopt_verksamhet"),
                C("Miljö- och byggnadsnämnden", "0,5 mkr", "+", "avgifter_intakter"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna beräknas bli 3,1 mkr högre än budget enligt SKR:s augustiprognos.",
                C("Skatteintäkter", "3,1 mkr", "+", note=NO_TAG),
            ),
            (
                "Lägre pensionskostnader än budgeterat bidrar med 1,8 mkr och finansnettot med 1,5 mkr, då räntorna "
                "på kommunens lån blivit lägre än beräknat.",
                C(
                    "Pensionskostnader",
                    "1,8 mkr",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Finansnetto", "1,5 mkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringarna uppgår till 41,0 mkr efter augusti.", None),
            (
                "Helårsprognosen är 78,5 mkr mot en budget på 96,0 mkr. Avvikelsen förklaras främst av att "
                "byggnationen av den nya förskolan i Västra Ämtervik har försenats.",
                C(
                    "Investeringar",
                    "78,5 mkr mot en budget på 96,0 mkr",
                    "+",
                    "periodisering",
                    value=17_500_000,
                    note="An under-spend never written out (17,5 mkr): the computed value.",
                ),
            ),
        ),
        P(
            "Ombyggnaden av resecentrum beräknas däremot bli 2,4 mkr dyrare än budgeterat efter "
            "tilläggsbeställningar.",
            C("Ombyggnad av resecentrum", "2,4 mkr", "-", "ovrigt", note="Additional orders: ovrigt."),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 3,6 mkr, främst beroende på "
            "socialnämnden.",
            F(None, "3,6 mkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett barn- och utbildningsnämnden och socialnämnden i uppdrag att ta fram "
            "åtgärdsplaner som ska redovisas i oktober.",
            A(None),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravet beräknas uppfyllas för 2025. Målet om ett resultat på minst 1,5 procent av skatter och "
            "generella statsbidrag nås dock inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="sunne-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Sunne",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Sunne kommun"},
        style=style,
        blocks=blocks,
    )
