"""Essunga kommun, Kommunstyrelsen, månadsuppföljning maj 2026 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs and a footer carrying the kommunstyrelse's
meeting date in June: the period's result and the full year's forecast as levels, then the deviation in its
own sentence ("6,4 mnkr svagare än vad fullmäktige budgeterat"); one sentence splitting it into the
verksamheter "7,9 mnkr över sina ramar" and the financing's "tillskott mot budget på 1,5 mnkr" (two items);
the change since April as a level and a "Nedjusteringen med 1,9 mnkr" with its cause; a nämnd table with
April's deviation; per-nämnd bullets under a generic heading in new shapes ("räknar med att överskrida sin
ram med", "underskott 2,8 mnkr." after a colon, "pekar prognosen på ett plus om", "lämnar ett litet
överskott, 200 tkr," and one nämnd that "ryms inom tilldelad ram", boilerplate); tax revenue and interest
costs in two sentences (two finance items, no tags); an action with "omkring 1 mnkr", an action without
an effect, the financial goal and a risk with a cost range (others). 9 scored causes. Liberation Sans
(Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Essunga kommun", "Månadsuppföljning maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-15", "Dnr KS 2026/64", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas helårsprognos 2026, mnkr (negativt tal = sämre än budget)",
        header=(("Nämnd", "Årsbudget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "78,4", "77,6", "0,8", "0,6"),
            ("Barn- och utbildningsnämnden", "196,2", "199,0", "−2,8", "−2,5"),
            ("Socialnämnden", "171,5", "177,6", "−6,1", "−4,2"),
            ("Bygg- och miljönämnden", "6,3", "6,1", "0,2", "0,2"),
            ("Samhällsbyggnadsnämnden", "24,8", "24,8", "0,0", "−0,3"),
            ("Summa verksamheter", "477,2", "485,1", "−7,9", "−6,2"),
        ),
        widths=(166.0, 62.0, 58.0, 64.0, 84.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning per maj 2026", size=19, font="arial-bold", after=2),
        Title("Kommunövergripande ekonomisk uppföljning", size=12, font="arial", after=12),
        P(
            "Uppföljningen omfattar utfallet för januari–maj och nämndernas helårsprognoser. Prognoserna har "
            "stämts av med respektive förvaltningsledning den 9 juni."
        ),
        H("Resultat och prognos", 2),
        P(
            "Kommunens resultat för januari–maj uppgår till 9,8 mnkr. För helåret prognostiseras ett resultat på "
            "2,1 mnkr, att jämföra med budgeterade 8,5 mnkr."
        ),
        P(
            "Resultatet blir därmed 6,4 mnkr svagare än vad fullmäktige budgeterat.",
            C(None, "6,4 mnkr", "-", note="The deviation in a sentence of its own after two levels."),
        ),
        P(
            "Avvikelsen förklaras i sin helhet av verksamheterna, som sammantaget räknar med att gå 7,9 mnkr över "
            "sina ramar, medan finansieringen väntas ge ett tillskott mot budget på 1,5 mnkr.",
            C(
                "Verksamheterna",
                "7,9 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansieringen", "1,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "I aprilrapporten låg helårsprognosen på 4,0 mnkr. Nedjusteringen med 1,9 mnkr hänger främst ihop med "
            "att ytterligare två barn har placerats på HVB under maj.",
            F(
                None,
                "1,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="April's level, then the change with its cause: one forecast-change item.",
            ),
        ),
        committees,
        Space(10),
        H("Kommentarer från nämnderna", 2),
        Bullets(
            (
                "Socialnämnden räknar med att överskrida sin ram med 6,1 mnkr. Två nya placeringar av barn och unga "
                "på HVB under våren och fler beslut om personlig assistans enligt SoL driver kostnaderna, och "
                "Försäkringskassan har dragit in assistansersättningen för en brukare.",
                "Barn- och utbildningsnämnden: underskott 2,8 mnkr. Skolskjutsarna har upphandlats på nytt till ett "
                "avsevärt högre pris, och ersättningarna till andra kommuner för gymnasieelever som valt skolor i "
                "Vara och Lidköping överstiger budget.",
                "För kommunstyrelsen pekar prognosen på ett plus om 0,8 mnkr, som kommer av att tjänsten som "
                "näringslivsutvecklare har stått obesatt sedan februari.",
                "Bygg- och miljönämnden lämnar ett litet överskott, 200 tkr, tack vare högre intäkter från bygglov "
                "än väntat.",
                "Samhällsbyggnadsnämnden ryms inom tilldelad ram.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "6,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ersattning_fk",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "underskott 2,8 mnkr",
                    "-",
                    "prisokningar",
                    "kopt_verksamhet",
                    note="Area, colon, then the amount. A dearer transport contract is prisokningar, pupils in "
                    "other kommuners' schools kopt_verksamhet.",
                ),
                C("Kommunstyrelsen", "0,8 mnkr", "+", "vakanser"),
                C("Bygg- och miljönämnden", "200 tkr", "+", "avgifter_intakter"),
                BP("Samhällsbyggnadsnämnden", note="'Ryms inom tilldelad ram' with no cause: boilerplate."),
            ),
        ),
        H("Skatteintäkter och finansiering", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas sammantaget ge 1,1 mnkr mer än budgeterat enligt "
                "SKR:s prognos i april.",
                C("Skatteintäkter och generella statsbidrag", "1,1 mnkr", "+", note=NO_TAG),
            ),
            (
                "Därtill blir räntekostnaderna 0,4 mnkr lägre än budget.",
                C("Räntekostnader", "0,4 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har infört en särskild prövning av alla nya placeringar, där förvaltningschefen fattar "
            "beslut efter samråd med öppenvården. Nämnden bedömer att åtgärden kan dämpa kostnaderna med omkring "
            "1 mnkr under andra halvåret.",
            A("Socialnämnden", "omkring 1 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen har därutöver uppdragit åt samtliga nämnder att senast i augusti redovisa hur de ska "
            "nå en budget i balans.",
            A(None, note="An action without an effect."),
        ),
        H("Finansiella mål och risker", 2),
        P(
            "Med nuvarande prognos klarar kommunen balanskravet, men resultatet motsvarar endast 0,4 procent av "
            "skatter och generella statsbidrag, långt under det finansiella målet om 2 procent.",
            O(None, note="Balanskrav and the financial goal: other."),
        ),
        P(
            "Osäkerheten i prognosen är störst inom socialnämnden, där en enda ny placering kan kosta 2–3 mnkr på "
            "helårsbasis.",
            O("Socialnämnden", note="A risk with a cost range: other."),
        ),
    ]
    return ReportSpec(
        file="essunga-ks-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Essunga",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026", "author": "Essunga kommun"},
        style=style,
        blocks=blocks,
    )
