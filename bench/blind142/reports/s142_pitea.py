"""Piteå kommun, Kommunstyrelsen, tertialrapport 1 2026 (whole kommun).

A whole-kommun tertial report with the kommunstyrelse's meeting date in June in the footer: the period "12,1
mnkr bättre än periodiserad budget" and the full year "en negativ avvikelse på 25,5 mnkr" after two levels in
separate paragraphs, one sentence splitting it into the nämnder's "underskott på 44,3 mnkr" and the finance
function's "överskott på 18,8 mnkr", a table of the nämnder with the deviation in February beside April and
the change since February; bullets under a generic heading ("Kommunledningskontorets kommentar"): a nämnd's
deficit with a "där … står för" part, a possessive forecast "Socialnämndens prognos på −26,9 mnkr förklaras
av", two nämnder "överskrider sina ramar med 3,2 respektive 0,8 mnkr" with their own causes, "visar ett
överskott på 2,4 mnkr", "beräknas lämna +1,8 mnkr" and "bedöms hålla sin budget"; taxes, pensions and the
finance net (one "respektive" pair); investments "94 mnkr inte förbrukas" after two levels, a delayed school
and an overrun "cirka 7 mnkr"; an action with a target and the balanskrav (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Piteå kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-01", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nämndernas prognos 2026, mnkr",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse apr", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "318,5", "316,1", "+2,4", "+1,9"),
            ("Barn- och utbildningsnämnden", "1 204,7", "1 222,3", "−17,6", "−15,0"),
            ("Socialnämnden", "1 388,2", "1 415,1", "−26,9", "−24,1"),
            ("Samhällsbyggnadsnämnden", "214,6", "217,8", "−3,2", "−2,0"),
            ("Fastighets- och servicenämnden", "96,3", "94,5", "+1,8", "+1,2"),
            ("Kultur- och fritidsnämnden", "142,9", "143,7", "−0,8", "−0,5"),
            ("Miljö- och tillsynsnämnden", "18,4", "18,4", "0,0", "0,0"),
            ("Summa nämnder", "3 383,6", "3 427,9", "−44,3", "−38,5"),
        ),
        widths=(156.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="sans-bold", after=2),
        Title("Piteå kommun", size=12, font="sans", after=12),
        H("Ekonomin i sammandrag", 2),
        P(
            "Kommunens resultat för perioden januari–april är 58,4 mnkr, vilket är 12,1 mnkr bättre än "
            "periodiserad budget.",
            C(
                None,
                "12,1 mnkr",
                "+",
                note="The period against the periodised budget, a sentence of its own.",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på 41,0 mnkr, att jämföra med det budgeterade resultatet på 66,5 mnkr, "
            "en negativ avvikelse på 25,5 mnkr.",
            C(None, "25,5 mnkr", "-", note="Two levels, then the deviation: the deviation is the amount."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott på 44,3 mnkr medan finansförvaltningen beräknas ge "
            "ett överskott på 18,8 mnkr.",
            C(
                "Nämnderna",
                "44,3 mnkr",
                "-",
                note="One sentence, two areas: two items.",
                also=(C("Finansförvaltningen", "18,8 mnkr", "+"),),
            ),
        ),
        table,
        P(
            "Jämfört med prognosen i februari har nämndernas sammanlagda underskott ökat med 5,8 mnkr.",
            F("Nämnderna", "5,8 mnkr", "-"),
        ),
        H("Kommunledningskontorets kommentar", 2),
        Bullets(
            items=(
                "Barn- och utbildningsnämnden redovisar ett underskott på 17,6 mnkr, där grundskolan står för 11,2 "
                "mnkr. Orsaken är fler elever med omfattande stödbehov och ökade kostnader för skolskjuts efter den "
                "nya upphandlingen.",
                "Socialnämndens prognos på −26,9 mnkr förklaras av köpta platser inom individ- och familjeomsorgen, "
                "högre kostnader för bemanningssjuksköterskor och ett ökat antal beviljade hemtjänsttimmar.",
                "Samhällsbyggnadsnämnden och Kultur- och fritidsnämnden överskrider sina ramar med 3,2 respektive "
                "0,8 mnkr, den förra till följd av snöröjningen under januari och februari och den senare av "
                "minskade entréintäkter när simhallen var stängd för renovering.",
                "Kommunstyrelsen visar ett överskott på 2,4 mnkr, framför allt genom vakanser inom HR- och "
                "ekonomiavdelningarna.",
                "Fastighets- och servicenämnden beräknas lämna +1,8 mnkr eftersom elpriset har blivit lägre än "
                "budgeterat.",
                "Miljö- och tillsynsnämnden bedöms hålla sin budget.",
            ),
            labels=(
                C(
                    "Barn- och utbildningsnämnden",
                    "17,6 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A 'där … står för' part (11,2 mnkr): the total is the amount.",
                ),
                C("Socialnämnden", "−26,9 mnkr", "-", "kopt_verksamhet", "inhyrd_personal", "volymer"),
                C(
                    "Samhällsbyggnadsnämnden",
                    "3,2",
                    "-",
                    "ovrigt",
                    unit="mnkr",
                    note="A 'respektive' pair: two items with the same text, snow is ovrigt.",
                    also=(
                        C(
                            "Kultur- och fritidsnämnden",
                            "0,8 mnkr",
                            "-",
                            "avgifter_intakter",
                            "ovrigt",
                            note="Lost entrance fees during a renovation closure.",
                        ),
                    ),
                ),
                C("Kommunstyrelsen", "2,4 mnkr", "+", "vakanser"),
                C("Fastighets- och servicenämnden", "+1,8 mnkr", "+", "prisokningar"),
                BP("Miljö- och tillsynsnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,6 mnkr högre än budget enligt SKR:s prognos "
            "från april.",
            C("Skatteintäkter och generella statsbidrag", "9,6 mnkr", "+", note="A finance item: no tag."),
        ),
        P(
            "Pensionskostnaderna och finansnettot ger ett överskott på 4,1 respektive 5,1 mnkr jämfört med budget, "
            "det senare genom lägre räntor på de lån som tagits upp under våren.",
            C(
                "Pensionskostnader",
                "4,1",
                "+",
                unit="mnkr",
                note="A 'respektive' pair of finance items: no tags.",
                also=(C("Finansnetto", "5,1 mnkr", "+"),),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2026 uppgår till 412 mnkr. Prognosen är att 318 mnkr används under året, "
                "vilket innebär att 94 mnkr inte förbrukas.",
                C("Investeringar", "94 mnkr", "+", note="Two levels, then the under-spend."),
            ),
            (
                "Bygget av den nya skolan i Öjebyn har försenats av ett överklagat bygglov och beräknas förbruka 41 "
                "mnkr mindre än budgeterat i år.",
                C("Ny skola i Öjebyn", "41 mnkr", "+", "periodisering"),
            ),
            (
                "Ombyggnaden av reningsverket på Pitholmen beräknas däremot överskrida projektbudgeten med cirka 7 "
                "mnkr på grund av högre entreprenadpriser.",
                C("Reningsverket på Pitholmen", "cirka 7 mnkr", "-", "prisokningar"),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett Barn- och utbildningsnämnden och Socialnämnden i uppdrag att ta fram "
            "åtgärdsplaner som minskar underskotten med sammanlagt 20 mnkr på helår. Planerna ska redovisas i "
            "augusti.",
            A(None, "20 mnkr"),
        ),
        H("Befolkning", 2),
        P(
            "Piteå hade 42 871 invånare den 30 april, 96 fler än vid årsskiftet. Ökningen beror främst på "
            "inflyttning i samband med etableringarna i Haraholmen.",
            O(None, note="Population against the turn of the year: other."),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Med prognosen uppfyller kommunen balanskravet. Resultatet motsvarar 1,1 procent av skatteintäkter och "
            "generella statsbidrag, och målet om 2 procent nås därmed inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="pitea-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
