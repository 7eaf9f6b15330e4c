"""Nyköpings kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" set in Liberation Sans, whose footer carries the fullmäktige meeting
in October: the period "21,6 mnkr bättre än det periodiserade budgeterade resultatet" with its holiday-pay
reason in the same sentence, the full year "understiger budgeterat resultat med 27,5 mnkr" in a paragraph of
its own, one sentence splitting it into the nämnder's "överskrida sina ramar med 49,2 mnkr" and the finance
function's surplus (two items), the change since April with its cause; a nämnd table with hyphen-minus and
April's deviation beside it; bold run-in nämnder ending in a full stop ("Vård- och omsorgsnämnden.") in varied
shapes: three reasons after "prognostiserar ett underskott", a total with an "Av detta avser" part, "Ett
underskott på 14,8 mnkr befaras", revenue that "blir 1,2 mnkr lägre än budgeterat", "ett mindre överskott,
0,6 mnkr"; two nämnder as a "respektive" pair in a plain paragraph and "Överförmyndarnämnden håller budget"
(boilerplate); the finance items in two sentences, the second a pair without "respektive" (three items, no
tags); investments "135 mnkr lägre än budget" and a project overrun; two actions (one with an effect) and the
balanskrav with a goal not met "vilket beror på" (other). 16 scored causes. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

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
        header=lambda n, m: ("Nyköpings kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-13", "Dnr KS 2025/0611", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas budgetavvikelse helår 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "286,0", "285,3", "0,7", "0,2"),
            ("Barn- och ungdomsnämnden", "1 148,5", "1 163,3", "-14,8", "-12,9"),
            ("Socialnämnden", "392,1", "409,7", "-17,6", "-16,8"),
            ("Vård- och omsorgsnämnden", "1 062,4", "1 081,7", "-19,3", "-14,2"),
            ("Samhällsbyggnadsnämnden", "118,9", "116,5", "2,4", "1,5"),
            ("Kultur- och fritidsnämnden", "141,2", "140,6", "0,6", "0,0"),
            ("Miljö- och bygglovsnämnden", "21,7", "22,9", "-1,2", "-0,8"),
            ("Överförmyndarnämnden", "7,3", "7,3", "0,0", "0,0"),
            ("Summa nämnder", "3 178,1", "3 227,3", "-49,2", "-43,0"),
        ),
        widths=(168.0, 62.0, 62.0, 76.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="arial-bold", after=2),
        Title("Januari–augusti, Nyköpings kommun", size=12, font="arial", after=14),
        H("Förvaltningsberättelse i sammandrag", 1),
        P(
            "Delårsrapporten omfattar perioden den 1 januari till den 31 augusti 2025 och innehåller nämndernas "
            "prognoser för helåret. Rapporten behandlas av kommunstyrelsen i september och av kommunfullmäktige i "
            "oktober."
        ),
        H("Periodens resultat och helårsprognos", 2),
        P(
            "Resultatet för perioden januari–augusti uppgår till 118,4 mnkr, vilket är 21,6 mnkr bättre än det "
            "periodiserade budgeterade resultatet, främst beroende på att semesterlöneskulden ännu inte har minskat "
            "i den takt som budgeten förutsätter.",
            C(
                None,
                "21,6 mnkr",
                "+",
                "lonekostnader",
                "periodisering",
                note="The period against the periodised budgeted result, with its reason: a cause.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 41,0 mnkr, vilket understiger budgeterat resultat med 27,5 mnkr.",
            C(
                None,
                "27,5 mnkr",
                "-",
                note="The full year against the budgeted result, a paragraph of its own.",
            ),
        ),
        P(
            "Nämnderna beräknar tillsammans att överskrida sina ramar med 49,2 mnkr, medan finansieringen väntas ge "
            "ett överskott på 21,7 mnkr.",
            C(
                "Nämnderna",
                "49,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansiering", "21,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen efter april har resultatet försämrats med 8,3 mnkr. Försämringen finns framför allt "
            "inom vård och omsorg, där behovet av hemtjänst har fortsatt att öka.",
            F(None, "8,3 mnkr", "-", "volymer"),
        ),
        committees,
        Space(10),
        H("Nämndernas prognoser", 2),
        LP(
            "Vård- och omsorgsnämnden.",
            "Nämnden prognostiserar ett underskott på 19,3 mnkr. Antalet beviljade hemtjänsttimmar är 9 procent "
            "högre än budgeterat och korttidsplatserna har varit fullbelagda sedan mars. Dessutom har sjukfrånvaron "
            "inom särskilt boende legat kvar på en hög nivå, vilket har krävt fler timvikarier.",
            C("Vård- och omsorgsnämnden", "19,3 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Socialnämnden.",
            "Socialnämnden visar ett underskott om 17,6 mnkr. Av detta avser 14,1 mnkr placeringar av barn och unga "
            "på HVB och i familjehem, medan försörjningsstödet överskrider budget med 3,5 mnkr.",
            C(
                "Socialnämnden",
                "17,6 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="A total with its parts ('Av detta avser'): one item with the total.",
            ),
        ),
        LP(
            "Barn- och ungdomsnämnden.",
            "Ett underskott på 14,8 mnkr befaras. Förskolan har färre barn än budgeterat, men kostnaderna kan inte "
            "anpassas lika snabbt, och tilläggsbeloppen för elever i behov av särskilt stöd har ökat kraftigt.",
            C("Barn- och ungdomsnämnden", "14,8 mnkr", "-", "volymer"),
        ),
        LP(
            "Miljö- och bygglovsnämnden.",
            "Intäkterna från bygglov blir 1,2 mnkr lägre än budgeterat eftersom färre ansökningar om nybyggnation har "
            "kommit in.",
            C("Miljö- och bygglovsnämnden", "1,2 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Nämnden redovisar ett mindre överskott, 0,6 mnkr, som förklaras av att Stadsbadet var stängt i sex "
            "veckor under våren för byte av reningsanläggning.",
            C(
                "Kultur- och fritidsnämnden",
                "0,6 mnkr",
                "+",
                "ovrigt",
                note="A closure for repair is ovrigt.",
            ),
        ),
        P(
            "Kommunstyrelsen och Samhällsbyggnadsnämnden redovisar överskott på 0,7 respektive 2,4 mnkr, i båda "
            "fallen till följd av vakanta tjänster under våren.",
            C(
                "Kommunstyrelsen",
                "0,7",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause: two items.",
                also=(C("Samhällsbyggnadsnämnden", "2,4 mnkr", "+", "vakanser"),),
            ),
        ),
        P("Överförmyndarnämnden håller budget.", BP("Överförmyndarnämnden")),
        H("Finansiering", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 15,9 mnkr.",
                C("Skatteintäkter och generella statsbidrag", "15,9 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna blir 4,1 mnkr lägre än budgeterat och finansnettot förbättras med 1,7 mnkr.",
                C(
                    "Pensionskostnader",
                    "4,1 mnkr",
                    "+",
                    note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                    also=(C("Finansnetto", "1,7 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 135 mnkr lägre än budget, 351 mnkr mot budgeterade 486 mnkr, främst "
            "eftersom bygget av Ängsbackeskolan har försenats efter ett överklagat bygglov.",
            C("Investeringar", "135 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av kulturhuset Rosenholm beräknas däremot överskrida projektbudgeten med 7,4 mnkr på grund "
            "av oförutsedda fuktskador i bjälklaget.",
            C("Kulturhuset Rosenholm", "7,4 mnkr", "-", "ovrigt", note="Investment overrun, damage: ovrigt."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har beslutat om skärpt anställningsprövning i hela organisationen.",
                A(None, None, "bemanning"),
            ),
            (
                "Vård- och omsorgsnämnden har tagit fram en handlingsplan som beräknas förbättra resultatet med 4,0 "
                "mnkr under hösten.",
                A("Vård- och omsorgsnämnden", "4,0 mnkr"),
            ),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 36,2 mnkr och balanskravet uppfylls. Målet om ett resultat på minst 2 "
            "procent av skatter och bidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="nykoping-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Nyköping",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Nyköpings kommun"},
        style=style,
        blocks=blocks,
    )
