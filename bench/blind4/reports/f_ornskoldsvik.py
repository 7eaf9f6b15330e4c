"""Örnsköldsviks kommun, Kommunstyrelsen, månadsrapport maj 2025 (the whole kommun).

A whole-kommun month report from the ekonomienhet: a method note saying that a figure in brackets is
April's (not labelled), the kommun's forecast result with April's result in brackets and the deviation
from the budgeted result, then one paragraph in the Avesta style: a sentence on all nämnder together
and a sentence that lists four nämnder with their amounts and April's figures in brackets (four items
from one sentence), the change since April with a part amount, a table per nämnd in mnkr with May's and
April's deviations and no stated sign convention (two rows without a comment); then under one generic
heading ("Ekonomienhetens kommentarer") one paragraph per nämnd: a surplus whose amount lives only in
the table, a deficit with two causes and a part amount for school transport, a long paragraph that
closes with a hiring stop and its effect (its own item), and a paragraph that opens
"Samhällsbyggnadsnämnden −6,3 mnkr (−5,8)." with no cue word and runs over the page break;
finansförvaltningen with an unlabelled method sentence and a contrast sentence ("…, medan …", two areas,
two amounts, opposite directions), a risk (other) and sick leave against last year (not labelled).
Liberation Sans (Arial) 10 pt, a header and a "Sida n av m" footer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

BRACKET = "The bracket is April's figure, not the amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 78.0, 72.0, 74.0),
        header=lambda n, m: ("Örnsköldsviks kommun", "Månadsrapport maj 2025"),
        footer=lambda n, m: ("Kommunledningsförvaltningen, ekonomienheten", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    committees = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Nämnd", "2025", "2025", "maj", "april"),
        ),
        rows=(
            ("Kommunstyrelsen", "412,6", "408,5", "4,1", "3,6"),
            ("Barn- och utbildningsnämnden", "1 086,0", "1 095,8", "−9,8", "−8,4"),
            ("Vård- och omsorgsnämnden", "1 124,3", "1 149,0", "−24,7", "−21,9"),
            ("Samhällsbyggnadsnämnden", "212,8", "219,1", "−6,3", "−5,8"),
            ("Kultur- och fritidsnämnden", "94,2", "95,7", "−1,5", "−0,5"),
            ("Miljö- och byggnadsnämnden", "24,1", "24,1", "0,0", "0,0"),
            ("Summa nämnder", "2 954,0", "2 992,2", "−38,2", "−33,0"),
            ("Finansförvaltningen", "", "", "11,6", "12,2"),
            ("Kommunens resultat", "58,0", "31,4", "−26,6", "−20,8"),
        ),
        widths=(178.0, 60.0, 60.0, 58.0, 58.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=20, font="arial-bold"),
        Title("Driftuppföljning och helårsprognos för Örnsköldsviks kommun", size=12, font="arial", after=10),
        P(
            "Uppföljningen avser perioden januari–maj. Nämnderna har lämnat sina prognoser den 4 juni. Siffra "
            "inom parentes avser föregående månads prognos (april). De kommunala bolagen ingår inte i "
            "uppföljningen, och belopp anges i miljoner kronor om inte annat framgår. Utfallet för maj är "
            "preliminärt, eftersom leverantörsfakturor för perioden fortfarande bokförs.",
            size=9,
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 31,4 mnkr (37,2). Budgeterat resultat är "
            "58,0 mnkr, vilket innebär en negativ avvikelse mot budget med 26,6 mnkr.",
            C(
                None,
                "26,6 mnkr",
                "-",
                note="The kommun's result against the budgeted result; the bracket is April's result.",
            ),
        ),
        PS(
            (
                "Nämnderna prognostiserar sammantaget ett underskott mot budget med 38,2 mnkr (−33,0).",
                C("Nämnderna", "38,2 mnkr", "-", note="All nämnder together. " + BRACKET),
            ),
            (
                "Kommunstyrelsen redovisar ett överskott med +4,1 mnkr (+3,6), barn- och utbildningsnämnden "
                "−9,8 mnkr (−8,4), vård- och omsorgsnämnden −24,7 mnkr (−21,9) och samhällsbyggnadsnämnden "
                "−6,3 mnkr (−5,8).",
                C(
                    "Kommunstyrelsen",
                    "+4,1 mnkr",
                    "+",
                    note="One sentence, four nämnder with their own amounts: four items. " + BRACKET,
                    also=(
                        C("Barn- och utbildningsnämnden", "−9,8 mnkr", "-"),
                        C("Vård- och omsorgsnämnden", "−24,7 mnkr", "-"),
                        C("Samhällsbyggnadsnämnden", "−6,3 mnkr", "-"),
                    ),
                ),
            ),
        ),
        P(
            "Jämfört med april har prognosen försämrats med 5,8 mnkr, varav 2,8 mnkr inom vård- och "
            "omsorgsnämnden där antalet beviljade hemtjänsttimmar har fortsatt att öka.",
            F(None, "5,8 mnkr", "-", "volymer", note="2,8 mnkr is a part of the change."),
        ),
        committees,
        H("Ekonomienhetens kommentarer", 2),
        P(
            "Kommunstyrelsens överskott beror främst på vakanta tjänster inom näringslivs- och HR-funktionerna "
            "och på att de medel som avsatts för medfinansiering av ett EU-projekt inte kommer att tas i anspråk "
            "i år.",
            C(
                "Kommunstyrelsen",
                "4,1",
                "+",
                "vakanser",
                "reserver",
                unit="mnkr",
                table=True,
                note="Amount from the table row (Avvikelse maj). Set-aside funds not used: reserver.",
            ),
        ),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott på 9,8 mnkr. Det förklaras till största "
            "delen av att fler elever än budgeterat har behov av särskilt stöd i grundskolan och att två "
            "förskolor har fått höjd hyra efter renoveringen. Skolskjutsarna beräknas dessutom kosta 1,2 mnkr "
            "mer än budgeterat.",
            C(
                "Barn- och utbildningsnämnden",
                "9,8 mnkr",
                "-",
                "volymer",
                "lokaler",
                note="1,2 mnkr (school transport, no reason given) is a part of the deficit.",
            ),
        ),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar ett underskott på 24,7 mnkr (−21,9). Hemtjänsten har i "
                "maj utfört 6 procent fler timmar än budgeterat, och i de särskilda boendena har sjukfrånvaron "
                "varit fortsatt hög, vilket har lett till ökade kostnader för timvikarier och övertid. Intäkterna "
                "från omvårdnadsavgifter blir lägre än beräknat, då fler brukare än väntat har fått sin avgift "
                "reducerad.",
                C(
                    "Vård- och omsorgsnämnden",
                    "24,7 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    "overtid",
                    "avgifter_intakter",
                    note=BRACKET,
                ),
            ),
            (
                "Nämnden har beslutat om ett tillfälligt stopp för nyanställningar av administrativ personal, med "
                "en beräknad effekt på 0,9 mnkr för resten av året.",
                A("Vård- och omsorgsnämnden", "0,9 mnkr", "bemanning"),
            ),
        ),
        P(
            "Samhällsbyggnadsnämnden −6,3 mnkr (−5,8). Vinterväghållningen kostade 4,1 mnkr mer än budgeterat "
            "efter de kraftiga snöfallen i februari och mars. Resterande del avser högre priser på el och "
            "drivmedel i färdtjänsten och den kommunala busstrafiken.",
            C(
                "Samhällsbyggnadsnämnden",
                "−6,3 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="No cue word. Weather: ovrigt. " + BRACKET,
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag har beräknats utifrån SKR:s prognos från april.",
                None,
            ),
            (
                "Pensionskostnaderna beräknas överstiga budget med 2,3 mnkr, medan finansnettot blir 6,0 mnkr "
                "bättre än budgeterat tack vare högre ränteintäkter.",
                C(
                    "Pensionskostnader",
                    "2,3 mnkr",
                    "-",
                    note="A contrast ('medan'): two areas, two amounts, opposite directions.",
                    also=(C("Finansnetto", "6,0 mnkr", "+", "ovrigt", note="Interest income: ovrigt."),),
                ),
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen för vård- och omsorgsnämnden är osäker. Om hemtjänsttimmarna fortsätter att öka i samma "
            "takt under sommaren kan underskottet bli ytterligare 3–4 mnkr större.",
            O("Vård- och omsorgsnämnden", "volymer", note="Risk."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland kommunens medarbetare var 7,1 procent under januari–april, jämfört med 7,6 procent "
            "samma period 2024. Den långa sjukfrånvaron har minskat mest."
        ),
    ]
    return ReportSpec(
        file="ornskoldsvik-ks-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Örnsköldsvik",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2025", "author": "Örnsköldsviks kommun"},
        style=style,
        blocks=blocks,
    )
