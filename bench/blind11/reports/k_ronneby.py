"""Ronneby kommun, Kommunstyrelsen, ekonomisk uppföljning maj 2026 (the whole kommun).

A whole-kommun month report in "Mkr" (capital M) with a nämnd table in tkr whose deviation column uses
hyphen-minus and April's deviation beside it, footer with the kommunstyrelse's meeting date in June: the
result level, the budgeted result and then "en negativ avvikelse om 22,4 Mkr" (one item), the change since
April with its cause; the nämnder's part set off by dashes ("tillsammans 31,7 Mkr sämre än budget") and the
financing's "tillskott på 9,3 Mkr" (two items); under a generic heading one bullet per nämnd in new shapes:
"prognosen landar 9,6 Mkr över tilldelad ram", "underskottet ökar till 15,2 Mkr (14,7 i april)", a bullet
whose first amount is the change since April and whose second is the deviation ("har försämrats med 3,6 Mkr
sedan april och visar nu ett underskott om 10,2 Mkr"), "beräknar ett plus på 1,2 Mkr mot budget", "räknar
med att lämna ett överskott", "Miljö- och byggnadsnämnden: −0,4 Mkr." and "följer sin budget"
(boilerplate); the financing as three amounts in one sentence with opposite directions (three items, no
tags); investments "72 Mkr lägre än budget" and two projects as a "respektive" pair that "förskjuts"; a
call for action plans with no effect, an action with its effect, and the balanskrav with a percentage
(other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


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
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Ronneby kommun", "Ekonomisk uppföljning maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-17", "Dnr 2026/214", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas prognos 2026, tkr",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "168 400", "165 900", "2 500", "1 800"),
            ("Utbildningsnämnden", "702 300", "711 900", "-9 600", "-8 200"),
            ("Socialnämnden", "214 600", "229 800", "-15 200", "-14 700"),
            ("Äldrenämnden", "486 900", "497 100", "-10 200", "-6 600"),
            ("Teknik-, fritid- och kulturnämnden", "131 500", "130 300", "1 200", "900"),
            ("Miljö- och byggnadsnämnden", "9 800", "10 200", "-400", "-400"),
            ("Överförmyndarnämnden", "4 100", "4 100", "0", "0"),
            ("Summa nämnder", "1 717 600", "1 749 300", "-31 700", "-27 200"),
        ),
        widths=(168.0, 72.0, 76.0, 66.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=19, font="sans-bold", after=2),
        Title("Ronneby kommun – helårsprognos", size=12, font="sans", after=14),
        H("Resultat och prognos", 2),
        PS(
            (
                "Kommunens prognostiserade resultat för 2026 uppgår till 18,6 Mkr. Budgeterat resultat är 41,0 Mkr, "
                "vilket ger en negativ avvikelse om 22,4 Mkr.",
                C(
                    None,
                    "22,4 Mkr",
                    "-",
                    note="The result level and the budgeted result are not the amount; the deviation follows.",
                ),
            ),
            (
                "I förhållande till aprilprognosen är det en försämring med 5,3 Mkr, som i huvudsak förklaras av "
                "ökade volymer inom äldrenämndens hemtjänst.",
                F(None, "5,3 Mkr", "-", "volymer"),
            ),
        ),
        P(
            "Det är nämndernas verksamheter som står för avvikelsen – tillsammans 31,7 Mkr sämre än budget – medan "
            "finansieringen ger ett tillskott på 9,3 Mkr.",
            C(
                "Nämnderna",
                "31,7 Mkr",
                "-",
                note="The nämnder and the financing with their own amounts in one sentence: two items.",
                also=(
                    C(
                        "Finansiering",
                        "9,3 Mkr",
                        "+",
                        note=NO_TAG + " Tax revenue, general grants and the finance net together.",
                    ),
                ),
            ),
        ),
        committees,
        P("Negativt tal = underskott mot budget.", size=8.0),
        Space(4),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Utbildningsnämnden: prognosen landar 9,6 Mkr över tilldelad ram. Grundskolan har fler elever i behov "
                "av särskilt stöd än vad resursfördelningen utgår från, och kostnaderna för skolskjuts har ökat sedan "
                "ett nytt avtal började gälla i januari.",
                "Socialnämnden – underskottet ökar till 15,2 Mkr (14,7 i april). Fler barn och unga har placerats på "
                "HVB och i konsulentstödda familjehem, samtidigt som utbetalningarna av försörjningsstöd har ökat.",
                "Äldrenämndens prognos har försämrats med 3,6 Mkr sedan april och visar nu ett underskott om 10,2 Mkr. "
                "Försämringen kommer från hemtjänsten, där antalet beviljade timmar har ökat med 12 procent sedan "
                "årsskiftet, och från högre kostnader för bemanningssjuksköterskor.",
                "Teknik-, fritid- och kulturnämnden beräknar ett plus på 1,2 Mkr mot budget, i huvudsak för att "
                "elpriset har varit lägre än vad som antogs i budgeten.",
                "Kommunstyrelsen räknar med att lämna ett överskott på 2,5 Mkr. Överskottet förklaras av vakanta "
                "tjänster inom HR- och ekonomiavdelningarna och av att kostnaderna för det nya "
                "ärendehanteringssystemet skjuts till 2027.",
                "Miljö- och byggnadsnämnden: −0,4 Mkr. Färre bygglovsansökningar än normalt ger lägre intäkter.",
                "Överförmyndarnämnden följer sin budget.",
            ),
            labels=(
                C(
                    "Utbildningsnämnden",
                    "9,6 Mkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="'Landar … över tilldelad ram'; a dearer transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "15,2 Mkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    note="April's figure in brackets is not the amount.",
                ),
                C(
                    "Äldrenämnden",
                    "10,2 Mkr",
                    "-",
                    "volymer",
                    "inhyrd_personal",
                    note="The first amount is the change since April; the deviation is the second. One item: the "
                    "bullet states the deviation and its reasons.",
                ),
                C("Teknik-, fritid- och kulturnämnden", "1,2 Mkr", "+", "prisokningar"),
                C("Kommunstyrelsen", "2,5 Mkr", "+", "vakanser", "it_digitalisering", "periodisering"),
                C("Miljö- och byggnadsnämnden", "−0,4 Mkr", "-", "volymer", "avgifter_intakter"),
                BP("Överförmyndarnämnden"),
            ),
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkterna beräknas bli 4,1 Mkr lägre än budgeterat enligt SKR:s prognos i april, men det vägs mer "
            "än väl upp av att generella statsbidrag och utjämning ger 8,8 Mkr mer än budget och finansnettot 4,6 Mkr.",
            C(
                "Skatteintäkter",
                "4,1 Mkr",
                "-",
                note=NO_TAG + " Three items in one sentence, the first negative.",
                also=(
                    C("Generella statsbidrag och utjämning", "8,8 Mkr", "+", note=NO_TAG),
                    C("Finansnetto", "4,6 Mkr", "+", note=NO_TAG + " 'mer än budget' carries over."),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 286 Mkr. Prognosen pekar på en förbrukning om 214 Mkr, vilket "
            "är 72 Mkr lägre än budget.",
            C("Investeringar", "72 Mkr", "+", note="Investment under-spending, no reason in this paragraph."),
        ),
        P(
            "De största avvikelserna finns i ombyggnaden av Kvarnbackaskolan och i den nya överföringsledningen för "
            "vatten till Johannishus, som förskjuts med 31 respektive 18 Mkr till 2027.",
            C(
                "Kvarnbackaskolan",
                "31",
                "+",
                "periodisering",
                unit="mkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Överföringsledning till Johannishus", "18 Mkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade den 3 juni att samtliga nämnder med underskott ska redovisa åtgärdsplaner "
            "senast i september.",
            A(None, note="A call for action plans, no effect stated."),
        ),
        P(
            "Socialnämnden har påbörjat en hemtagning av placerade ungdomar till egen HVB-verksamhet, vilket väntas "
            "minska kostnaderna med 2,8 Mkr i år.",
            A("Socialnämnden", "2,8 Mkr", "kopt_verksamhet"),
        ),
        H("Balanskrav", 2),
        P(
            "Med nuvarande prognos uppfylls balanskravet, men resultatet motsvarar endast 0,8 procent av skatter och "
            "statsbidrag mot målet på 2,0 procent.",
            O(None, note="Balanskrav and a financial goal."),
        ),
    ]
    return ReportSpec(
        file="ronneby-ks-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Ronneby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Ronneby kommun"},
        style=style,
        blocks=blocks,
    )
