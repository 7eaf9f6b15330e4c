"""Landskrona stad, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with en dashes as minus signs in the table, its footer carrying the
fullmäktige meeting in October: the period "18,9 mnkr bättre" after a result level with its reasons in the same
sentence, the full year "24,0 mnkr lägre än budgeterat", one sentence splitting it into the nämnder's
"underskott på 47,3 mnkr" and the financing's "överskott på 23,3 mnkr" (two items), a nämnd table with April's
deviation beside it; tax revenue and the finance net in two paragraphs; the change since April with where it
lies; investments "412 mnkr …, att jämföra med en budget på 538 mnkr" (126 never written out) and a school
rebuild "8,5 mnkr dyrare än projektbudgeten"; an action without effect and the balanskrav with a goal not met
(other); then two columns of bold run-in nämnder in varied shapes: the lead as the sentence's subject ("…
har det största underskottet, 24,4 mnkr"), a bracketed April figure ("19,2 mnkr (14,5 i april)"), an amount in
words ("nästan tio miljoner kronor", the row says –9,8), "Ett underskott på 1,8 mnkr väntas, som beror på",
"redovisar ett överskott på 4,7 mnkr. Det beror främst på", two nämnder as a "respektive" pair and one "i nivå
med budget" (boilerplate). 15 scored causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Landskrona stad", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sid {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas prognostiserade budgetavvikelse 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "248,1", "243,4", "4,7", "3,0"),
            ("Barn- och utbildningsnämnden", "1 012,6", "1 031,8", "–19,2", "–14,5"),
            ("Individ- och familjenämnden", "356,0", "380,4", "–24,4", "–21,0"),
            ("Vård- och omsorgsnämnden", "812,3", "822,1", "–9,8", "–6,2"),
            ("Kultur- och fritidsnämnden", "102,5", "101,1", "1,4", "0,8"),
            ("Tekniska nämnden", "94,0", "95,8", "–1,8", "–2,4"),
            ("Stadsbyggnadsnämnden", "21,6", "20,0", "1,6", "0,5"),
            ("Miljönämnden", "9,1", "8,9", "0,2", "0,0"),
            ("Summa nämnder", "2 656,2", "2 703,5", "–47,3", "–39,8"),
        ),
        widths=(168.0, 62.0, 62.0, 70.0, 84.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Landskrona stad, januari–augusti", size=11.5, font="serif-italic", after=12),
        H("Stadens ekonomi", 1),
        P(
            "Periodens resultat uppgår till 142,6 mnkr, vilket är 18,9 mnkr bättre än den periodiserade budgeten, "
            "framför allt eftersom skatteintäkterna och vinsterna från försäljning av mark har blivit högre än "
            "beräknat.",
            C(
                None,
                "18,9 mnkr",
                "+",
                "avgifter_intakter",
                note="The period against the periodised budget; the level (142,6) is not the amount. Land sales: "
                "avgifter_intakter.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 61,0 mnkr, vilket är 24,0 mnkr lägre än budgeterat.",
            C(None, "24,0 mnkr", "-", note="The full-year result against the budgeted result."),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott på 47,3 mnkr, medan finansieringen väntas ge ett "
            "överskott på 23,3 mnkr.",
            C(
                "Nämnderna",
                "47,3 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansieringen", "23,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        committees,
        Space(10),
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag väntas bli 15,8 mnkr högre än budget, främst till följd av en "
            "högre slutavräkning för 2024.",
            C("Skatteintäkter och generella statsbidrag", "15,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Finansnettot blir 7,5 mnkr bättre än budgeterat på grund av lägre räntor på stadens lån än vad "
            "budgeten förutsatte.",
            C("Finansnetto", "7,5 mnkr", "+", note=NO_TAG),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen försämrats med 9,1 mnkr. Försämringen finns inom "
            "Individ- och familjenämnden och Vård- och omsorgsnämnden.",
            F(None, "9,1 mnkr", "-", note="Where the change lies, no cause: no tags."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 412 mnkr för helåret, att jämföra med en budget på 538 mnkr. "
            "Avvikelsen beror främst på att byggstarten för den nya simhallen har senarelagts.",
            C(
                "Investeringar",
                "412 mnkr för helåret, att jämföra med en budget på 538 mnkr",
                "+",
                "periodisering",
                value=126_000_000,
                note="Investment under-spending of 126 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Ombyggnaden av Parkskolan beräknas bli 8,5 mnkr dyrare än projektbudgeten, eftersom stommen visade sig "
            "vara i sämre skick än vad förstudien visade.",
            C("Parkskolan", "8,5 mnkr", "-", "ovrigt", note="Investment overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Individ- och familjenämnden och Vård- och omsorgsnämnden har fått i uppdrag att redovisa åtgärdsplaner "
            "för en budget i balans till kommunstyrelsen i oktober.",
            A(None),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 54,2 mnkr och balanskravet uppfylls. Målet om ett resultat på minst "
            "2 procent av skatter och statsbidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        H("Nämndernas avvikelser", 2),
        Columns(2),
        LP(
            "Individ- och familjenämnden",
            "har det största underskottet, 24,4 mnkr. Kostnaderna för placeringar av barn och unga och för skyddat "
            "boende har ökat kraftigt under sommaren, och antalet hushåll med ekonomiskt bistånd är fler än "
            "budgeterat.",
            C(
                "Individ- och familjenämnden",
                "24,4 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                "volymer",
                note="The bold lead is the sentence's subject.",
            ),
        ),
        LP(
            "Barn- och utbildningsnämnden.",
            "Underskottet om 19,2 mnkr (14,5 i april) förklaras av fler elever i grundskolan än vad "
            "resursfördelningen bygger på, högre kostnader för skolskjuts och att statsbidraget för lärarlöner har "
            "sänkts.",
            C(
                "Barn- och utbildningsnämnden",
                "19,2 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "statsbidrag",
                note="April's figure in brackets is not the amount.",
            ),
        ),
        LP(
            "Vård- och omsorgsnämnden.",
            "Nämnden räknar med att överskrida sin budgetram med nästan tio miljoner kronor. Hemtjänsttimmarna har "
            "ökat med 7 procent sedan årsskiftet, och andelen inhyrda sjuksköterskor inom den kommunala hälso- och "
            "sjukvården är fortsatt hög.",
            C(
                "Vård- och omsorgsnämnden",
                "nästan tio miljoner kronor",
                "-",
                "volymer",
                "inhyrd_personal",
                value=10_000_000,
                note="An amount in words with 'nästan' (the row says –9,8): the stated figure.",
            ),
        ),
        LP(
            "Tekniska nämnden.",
            "Ett underskott på 1,8 mnkr väntas, som beror på ökade kostnader för el till gatubelysningen och för "
            "skötsel av stadens parker.",
            C("Tekniska nämnden", "1,8 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Kommunstyrelsen.",
            "Kommunstyrelsen redovisar ett överskott på 4,7 mnkr. Det beror främst på vakanta tjänster inom "
            "stadsledningsförvaltningen och på att kostnaderna för det nya ekonomisystemet har förskjutits till "
            "2026.",
            C("Kommunstyrelsen", "4,7 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
        ),
        LP(
            "Kultur- och fritidsnämnden",
            "och Stadsbyggnadsnämnden redovisar överskott på 1,4 respektive 1,6 mnkr, i båda fallen till följd av "
            "vakanta tjänster.",
            C(
                "Kultur- och fritidsnämnden",
                "1,4",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text, the unit written once.",
                also=(C("Stadsbyggnadsnämnden", "1,6 mnkr", "+", "vakanser"),),
            ),
        ),
        LP("Miljönämnden", "bedöms få ett resultat i nivå med budget.", BP("Miljönämnden")),
    ]
    return ReportSpec(
        file="landskrona-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Landskrona",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
