"""Kils kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr, Liberation Serif body with Liberation Sans headings, footer with the
kommunfullmäktige meeting in October: the period's result "9,3 mnkr bättre än det periodiserade budgeterade
resultatet" with its timing reason in the next sentence (one item), the full year as a level and a budget
level first and the deviation "−7,6 mnkr" in the sentence after, one sentence splitting the deviation into
the nämnder's "−14,3 mnkr" and the financing's "+6,7 mnkr" (two items), the change since April with an area
but no cause; a nämnd table with en-dash minus signs and April's deviation; in two columns, bold run-in
nämnder with a full stop: "redovisar ett överskott på 2,2 mnkr", "går mot ett underskott på 5,4 mnkr" with a
part ("Av underskottet hänförs 1,9 mnkr till gymnasieskolan") inside, "Underskottet bedöms bli 11,8 mnkr (7,3
mnkr i april)" followed by an action, "hamna 0,7 mnkr under sin ram" (positive) and "en budget i balans"
(boilerplate); tax revenue below and general grants above budget in one sentence (two items, no tags), the
finance net and pensions "i nivå med budget" (boilerplate); investments with the period's use as a level
(unlabelled), "ett budgetunderskridande om 24,5 mnkr" with its reason, and a project "går däremot över budget
med 3,8 mnkr"; balanskrav and a financial goal (other). 13 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("KILS KOMMUN", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-23", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, helårsprognos 2025 (mnkr)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "98,6", "96,4", "2,2", "1,5"),
            ("Barn- och utbildningsnämnden", "412,0", "417,4", "–5,4", "–4,2"),
            ("Socialnämnden", "286,3", "298,1", "–11,8", "–7,3"),
            ("Miljö- och samhällsbyggnadsnämnden", "41,2", "40,5", "0,7", "0,5"),
            ("Kultur- och fritidsnämnden", "29,8", "29,8", "0,0", "0,0"),
            ("Summa nämnder", "867,9", "882,2", "–14,3", "–9,5"),
        ),
        widths=(180.0, 66.0, 70.0, 60.0, 84.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Kils kommun", size=13, font="times-italic", after=14),
        H("Förvaltningsberättelse i sammandrag", 1),
        P(
            "Delårsrapporten omfattar perioden den 1 januari till den 31 augusti 2025 och innehåller en prognos "
            "för helåret. Rapporten har upprättats enligt lagen om kommunal bokföring och redovisning och "
            "behandlas av kommunstyrelsen innan den lämnas till kommunfullmäktige."
        ),
        H("Resultat och prognos", 2),
        P(
            "Resultatet för januari–augusti uppgår till 41,7 mnkr, vilket är 9,3 mnkr bättre än det periodiserade "
            "budgeterade resultatet. Överskottet är till stor del en tidsförskjutning, eftersom kostnaderna för "
            "underhåll av gator och fastigheter främst uppstår under hösten.",
            C(
                None,
                "9,3 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget, with its timing reason in the next sentence: one item.",
            ),
        ),
        P(
            "För helåret räknar kommunen med ett resultat på 12,4 mnkr, att jämföra med det budgeterade resultatet "
            "om 20,0 mnkr. Avvikelsen mot budget blir därmed −7,6 mnkr.",
            C(
                None,
                "−7,6 mnkr",
                "-",
                note="The forecast level and the budgeted result come first, the deviation in the sentence after.",
            ),
        ),
        P(
            "Avvikelsen består av −14,3 mnkr hos nämnderna och +6,7 mnkr i finansieringen.",
            C(
                "Nämnderna",
                "−14,3 mnkr",
                "-",
                note="One sentence, two parts with their own amounts: two items.",
                also=(C("Finansiering", "+6,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med aprilprognosen har helårsresultatet försämrats med 4,1 mnkr, där socialnämndens ökade "
            "underskott väger tyngst.",
            F(None, "4,1 mnkr", "-", note="A nämnd named, no cause: no tag."),
        ),
        table,
        H("Nämndernas ekonomi", 2),
        Columns(2),
        LP(
            "Kommunstyrelsen.",
            "Styrelsen redovisar ett överskott på 2,2 mnkr för helåret. Tjänsten som näringslivschef har varit "
            "obesatt sedan mars, och licenskostnaderna för den nya e-tjänsteplattformen blev lägre än budgeterat.",
            C("Kommunstyrelsen", "2,2 mnkr", "+", "vakanser", "it_digitalisering"),
        ),
        LP(
            "Barn- och utbildningsnämnden.",
            "Nämnden går mot ett underskott på 5,4 mnkr. Fler barn än planerat i förskolan under våren, en dyrare "
            "skolskjutsupphandling och högre interkommunala ersättningar för gymnasieelever som studerar i Karlstad "
            "förklarar avvikelsen. Av underskottet hänförs 1,9 mnkr till gymnasieskolan.",
            C(
                "Barn- och utbildningsnämnden",
                "5,4 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "kopt_verksamhet",
                note="The part (1,9 mnkr, gymnasieskolan) stays inside the item and is not its amount.",
            ),
        ),
        LP(
            "Socialnämnden.",
            "Underskottet bedöms bli 11,8 mnkr (7,3 mnkr i april). Det är framför allt placeringar av barn och unga "
            "på HVB och i konsulentstödda familjehem som kostar mer än budgeterat, men även ekonomiskt bistånd, där "
            "utbetalningarna ligger över budget.",
            C(
                "Socialnämnden",
                "11,8 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="April's figure in brackets is not the amount.",
            ),
            (
                "Nämnden har beslutat om en handlingsplan med fler hemmaplanslösningar, som väntas minska "
                "kostnaderna med 2,0 mnkr under 2026.",
                A("Socialnämnden", "2,0 mnkr", "kopt_verksamhet"),
            ),
        ),
        LP(
            "Miljö- och samhällsbyggnadsnämnden.",
            "Nämnden beräknas hamna 0,7 mnkr under sin ram, eftersom intäkterna från bygglov har ökat med fler "
            "ansökningar om nybyggnation i Kil centrum.",
            C(
                "Miljö- och samhällsbyggnadsnämnden",
                "0,7 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="'Under sin ram': costs below the frame, positive.",
            ),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Prognosen är en budget i balans.",
            BP("Kultur- och fritidsnämnden"),
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkterna beräknas bli 3,1 mnkr lägre än budget enligt SKR:s augustiprognos, medan generella "
            "statsbidrag och utjämning ger 6,9 mnkr mer än budgeterat.",
            C(
                "Skatteintäkter",
                "3,1 mnkr",
                "-",
                note=NO_TAG + " Two items in one sentence, opposite directions.",
                also=(C("Generella statsbidrag och utjämning", "6,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        PS(
            (
                "Finansnettot väntas bli 2,9 mnkr bättre än budget tack vare högre ränteintäkter på kommunens "
                "likvida medel.",
                C("Finansnetto", "2,9 mnkr", "+", note=NO_TAG),
            ),
            ("Pensionskostnaderna ligger i nivå med budget.", BP("Pensionskostnader")),
        ),
        H("Investeringar", 2),
        PS(
            ("Av årets investeringsbudget på 96,0 mnkr har 38,2 mnkr använts till och med augusti.", None),
            (
                "Helårsprognosen är 71,5 mnkr, vilket innebär ett budgetunderskridande om 24,5 mnkr. Merparten avser "
                "ombyggnaden av Ängsskolan, där byggstarten har flyttats till våren 2026 efter en överprövning av "
                "upphandlingen.",
                C(
                    "Investeringar",
                    "24,5 mnkr",
                    "+",
                    "periodisering",
                    note="Investment under-spending; the period's use (38,2 of 96,0) is a level, left unlabelled.",
                ),
            ),
        ),
        P(
            "Projektet Nytt reningsverk Högboda går däremot över budget med 3,8 mnkr, eftersom markförhållandena "
            "krävde omfattande pålning.",
            C(
                "Nytt reningsverk Högboda",
                "3,8 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun: ground conditions.",
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 11,9 mnkr och kommunen klarar därmed balanskravet, men det "
            "finansiella målet om ett resultat på minst 2 procent av skatter och statsbidrag uppnås inte.",
            O(None, note="Balanskrav and a financial goal."),
        ),
    ]
    return ReportSpec(
        file="kil-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kil",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Kils kommun"},
        style=style,
        blocks=blocks,
    )
