"""Marks kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "miljoner kronor" and "mnkr", footer with the kommunstyrelse's meeting date
in September: the period "22,4 miljoner kronor bättre än det periodiserade budgeterade resultatet" with its
timing reason in the same paragraph, the full year "en negativ budgetavvikelse om 19,5 miljoner kronor"
in a sentence of its own, one sentence with the nämnder's "samlade underskott" and the finance function's
"överskott" (two items), the change since April with its cause (a forecast change); a nämnd table whose
deficits are printed in brackets ("(21,5)"); then bold run-in nämnder ending in a full stop or a colon in
varied shapes ("prognostiserar ett underskott på", "Kostnaderna blir 14,2 mnkr högre än ramen", a possessive
"Individ- och familjeomsorgsnämndens prognos" with a "varav" part, "håller sig 3,1 mnkr under budget", an
area after "Inom", "underskott 0,8 mnkr", "sexhundra tusen kronor" in words, "Revisionen följer budget"
(boilerplate)); tax revenue, then pensions and the finance net as a "respektive" pair (no tags);
investments "107 mnkr inte används" and a school project "9 mnkr dyrare än projektbudgeten"; two actions
and the balanskrav (other). 16 scored causes. Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

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
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Marks kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-09-24", "Dnr KS 2025-311", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos för 2025, mnkr (underskott inom parentes)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "214,6", "211,5", "3,1", "2,4"),
            ("Barn- och utbildningsnämnden", "1 052,0", "1 064,4", "(12,4)", "(9,8)"),
            ("Kultur- och fritidsnämnden", "71,3", "70,7", "0,6", "0,2"),
            ("Omsorgsnämnden", "688,9", "703,1", "(14,2)", "(13,0)"),
            ("Individ- och familjeomsorgsnämnden", "256,4", "277,9", "(21,5)", "(16,9)"),
            ("Miljö- och stadsbyggnadsnämnden", "24,8", "26,4", "(1,6)", "(1,2)"),
            ("Tekniska nämnden", "118,2", "119,0", "(0,8)", "(0,4)"),
            ("Revisionen", "2,9", "2,9", "0,0", "0,0"),
            ("Summa nämnder", "2 429,1", "2 475,9", "(46,8)", "(38,7)"),
        ),
        widths=(176.0, 64.0, 66.0, 62.0, 72.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Marks kommun", size=12, font="arial", after=12),
        P(
            "Delårsrapporten omfattar kommunens verksamhet och ekonomi för perioden januari–augusti. "
            "Prognoserna bygger på nämndernas bedömningar i början av september."
        ),
        H("Resultat och prognos", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 118,6 miljoner kronor. Det är 22,4 "
            "miljoner kronor bättre än det periodiserade budgeterade resultatet, främst eftersom semesterlöneskulden "
            "ännu inte har ökat och flera investeringar har tagits i bruk senare än planerat.",
            C(
                None,
                "22,4 miljoner kronor",
                "+",
                "periodisering",
                note="The period against the periodised budget, with its timing reason in the same paragraph.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 41,0 miljoner kronor, vilket innebär en negativ "
            "budgetavvikelse om 19,5 miljoner kronor.",
            C(None, "19,5 miljoner kronor", "-", note="The full year in a paragraph of its own."),
        ),
        P(
            "Nämndernas samlade underskott beräknas till 46,8 mnkr, medan finansförvaltningen väntas redovisa ett "
            "överskott på 27,3 mnkr.",
            C(
                "Nämnderna",
                "46,8 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "27,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 8,1 mnkr, som en följd av att "
            "kostnaderna för placeringar av barn och unga har fortsatt att öka.",
            F(None, "8,1 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        LP(
            "Barn- och utbildningsnämnden.",
            "Nämnden prognostiserar ett underskott på 12,4 mnkr. Antalet barn i förskolan är högre än "
            "budgeterat, tilläggsbeloppen till fristående skolor för elever med omfattande stödbehov ökar och "
            "statsbidraget för mindre barngrupper har minskat.",
            C("Barn- och utbildningsnämnden", "12,4 mnkr", "-", "volymer", "kopt_verksamhet", "statsbidrag"),
        ),
        LP(
            "Omsorgsnämnden:",
            "Kostnaderna blir 14,2 mnkr högre än ramen. Hemtjänsttimmarna har ökat kraftigt sedan våren och "
            "sjukfrånvaron på vård- och omsorgsboendena har krävt fler timvikarier än planerat.",
            C("Omsorgsnämnden", "14,2 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        P(
            "Individ- och familjeomsorgsnämndens prognos visar ett underskott om 21,5 mnkr, varav 15,0 mnkr avser "
            "placeringar av barn och unga på HVB och i familjehem. Även försörjningsstödet ökar, då fler hushåll "
            "saknar egen inkomst.",
            C(
                "Individ- och familjeomsorgsnämnden",
                "21,5 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="A possessive area with a 'varav' part: one item with the total.",
            ),
        ),
        LP(
            "Kommunstyrelsen.",
            "Styrelsen håller sig 3,1 mnkr under budget, främst genom vakanta tjänster inom "
            "kommunledningsförvaltningen och lägre kostnader för företagshälsovård.",
            C("Kommunstyrelsen", "3,1 mnkr", "+", "vakanser"),
        ),
        P(
            "Inom Miljö- och stadsbyggnadsnämnden blir intäkterna från bygglov 1,6 mnkr lägre än budgeterat, "
            "eftersom betydligt färre ansökningar har kommit in.",
            C(
                "Miljö- och stadsbyggnadsnämnden",
                "1,6 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The area after 'Inom'.",
            ),
        ),
        LP(
            "Tekniska nämnden:",
            "underskott 0,8 mnkr till följd av den kalla vintern i början av året och högre energipriser i "
            "kommunens fastigheter.",
            C("Tekniska nämnden", "0,8 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Nämnden beräknas lämna ett litet överskott, sexhundra tusen kronor, eftersom ishallen i Kinna har "
            "öppnat senare än vanligt efter byte av kylanläggning.",
            C(
                "Kultur- och fritidsnämnden",
                "sexhundra tusen kronor",
                "+",
                "ovrigt",
                value=600_000,
                note="An amount in words; a closure for repair is ovrigt.",
            ),
        ),
        LP("Revisionen.", "Revisionen följer budget.", BP("Revisionen")),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 11,9 mnkr lägre än budget, enligt SKR:s "
            "prognos från augusti.",
            C("Skatteintäkter och generella statsbidrag", "11,9 mnkr", "-", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot blir 18,2 respektive 21,0 mnkr bättre än budget.",
            C(
                "Pensionskostnader",
                "18,2",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Finansnetto", "21,0 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 312 mnkr och prognosen till 205 mnkr, vilket innebär att "
            "107 mnkr inte används under året. Flera projekt har skjutits upp i väntan på detaljplaner.",
            C("Investeringar", "107 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Om- och tillbyggnaden av Björkängsskolan beräknas bli 9 mnkr dyrare än projektbudgeten, på grund av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Björkängsskolan",
                "9 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun; contaminated ground is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Individ- och familjeomsorgsnämnden har beslutat om en handlingsplan som ska minska "
                "placeringskostnaderna med 4,0 mnkr på helårsbasis.",
                A("Individ- och familjeomsorgsnämnden", "4,0 mnkr", "kopt_verksamhet"),
            ),
            (
                "Omsorgsnämnden har infört tillfälligt stopp för extern bemanning inom hemtjänsten.",
                A("Omsorgsnämnden", None, "inhyrd_personal"),
            ),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet för helåret beräknas till 36,4 miljoner kronor. Balanskravet uppfylls och "
            "kommunen har inga tidigare underskott att återställa.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="mark-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Mark",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Marks kommun"},
        style=style,
        blocks=blocks,
    )
