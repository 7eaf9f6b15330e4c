"""Bergs kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "mkr" set in Liberation Sans (Arial metrics) 10 pt, footer with the
kommunstyrelse's meeting date and paragraph number in November: the period's result "3,9 mkr mer än
periodiserad budget" with its timing reason in the same sentence; the full year's result "4,4 mkr svagare än
planerat" after the budgeted and forecast levels; one sentence splitting the deviation into the nämnder's
"−7,9 mkr" and tax revenue and finance's "3,5 mkr" (two items); the change since September with its cause; a
nämnd table whose note says a minus sign is a deficit, with September's column; under a generic heading one
bullet per nämnd in new shapes ("Socialnämnden, −6,8 mkr:", "pekar mot ett underskott om", "beräknas gå
med överskott, 1,6 mkr,", "har ett sämre läge än i budget, −0,3 mkr,", "ligger i linje med sina anslag"
(boilerplate)); the social committee's deficit split on two verksamheter in the next paragraph (two items,
the same deficit explained twice); tax revenue and pensions as two clauses of one sentence (two items, no
tags); investments "Av årets investeringsbudget på 38,2 mkr beräknas 24,7 mkr användas" (13,5 mkr never
written out) and one project's "9,0 mkr flyttas till 2026"; an action with an effect; net cost growth against
2024 and the balanskrav (both other). 14 scored causes.

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
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("BERGS KOMMUN", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25, § 187", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Nämndernas prognos för helåret 2025, mkr. Avvikelse med minustecken = underskott.",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "117,0", "1,6", "1,4"),
            ("Bildningsnämnden", "214,9", "217,3", "−2,4", "−2,3"),
            ("Socialnämnden", "296,2", "303,0", "−6,8", "−5,4"),
            ("Miljö- och byggnadsnämnden", "4,7", "5,0", "−0,3", "−0,3"),
            ("Revision och valnämnd", "2,3", "2,3", "0,0", "0,0"),
            ("Summa nämnder", "636,7", "644,6", "−7,9", "−6,6"),
        ),
        widths=(170.0, 62.0, 62.0, 82.0, 82.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning för Bergs kommun, januari–oktober", size=12, font="arial", after=14),
        P(
            "Rapporten omfattar kommunens samlade driftverksamhet. Utfallet är bokfört till och med den 31 oktober och "
            "helårsprognoserna har lämnats av respektive förvaltning i början av november."
        ),
        H("Resultat och prognos", 2),
        P(
            "Ackumulerat resultat till och med oktober uppgår till 21,4 mkr, vilket är 3,9 mkr mer än periodiserad "
            "budget, främst för att statsbidraget för äldreomsorgens bemanning betalades ut redan i mars.",
            C(
                None,
                "3,9 mkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period against the periodised budget with its timing reason: a cause. 21,4 mkr is a level.",
            ),
        ),
        P(
            "Fullmäktige budgeterade ett överskott på 9,0 mkr för 2025. Helårsprognosen landar på 4,6 mkr, alltså ett "
            "resultat som är 4,4 mkr svagare än planerat.",
            C(
                None,
                "4,4 mkr",
                "-",
                note="The full year against the budgeted result; the two levels are not the amount.",
            ),
        ),
        P(
            "Nämnderna avviker sammantaget med −7,9 mkr mot sina ramar, medan skatteintäkter och finansförvaltning "
            "bidrar positivt med 3,5 mkr.",
            C(
                "Nämnderna",
                "−7,9 mkr",
                "-",
                note="Two parts of the deviation in one sentence: two items.",
                also=(C("Skatteintäkter och finansförvaltning", "3,5 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Sedan föregående månadsrapport har helårsprognosen försämrats med 1,3 mkr, vilket helt förklaras av en "
            "ny placering av en ungdom på HVB inom individ- och familjeomsorgen.",
            F(None, "1,3 mkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Socialnämnden, −6,8 mkr: Fler brukare med omfattande behov i hemtjänsten i Svenstavik och Myrviken "
                "har krävt utökad bemanning nattetid, och den höga sjukfrånvaron har hållit uppe kostnaderna för "
                "timvikarier. Dessutom har en ungdom placerats på HVB sedan början av oktober.",
                "Bildningsnämnden pekar mot ett underskott om 2,4 mkr. Skolskjutsavtalet som började gälla i augusti "
                "är dyrare än det gamla, och antalet elever i gymnasieskolan, där platserna köps av Jämtlands "
                "Gymnasieförbund, är högre än budgeterat.",
                "Kommunstyrelsen beräknas gå med överskott, 1,6 mkr, i huvudsak genom att två tjänster på "
                "kommunledningskontoret har stått obesatta under våren.",
                "Miljö- och byggnadsnämnden har ett sämre läge än i budget, −0,3 mkr, eftersom intäkterna från "
                "bygglov och tillsyn har uteblivit i takt med att färre ansökningar kommit in.",
                "Revisionen och valnämnden ligger i linje med sina anslag.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "−6,8 mkr",
                    "-",
                    "volymer",
                    "bemanning",
                    "sjukfranvaro",
                    "vikarier",
                    "kopt_verksamhet",
                ),
                C(
                    "Bildningsnämnden",
                    "2,4 mkr",
                    "-",
                    "prisokningar",
                    "volymer",
                    "kopt_verksamhet",
                    note="A dearer school transport contract: prisokningar. Places bought from the förbund: kopt_verksamhet.",
                ),
                C("Kommunstyrelsen", "1,6 mkr", "+", "vakanser"),
                C("Miljö- och byggnadsnämnden", "−0,3 mkr", "-", "avgifter_intakter", "volymer"),
                BP("Revision och valnämnd", note="'Ligger i linje med sina anslag': boilerplate."),
            ),
        ),
        P(
            "Socialnämndens underskott fördelas på äldreomsorgen med −4,1 mkr och individ- och familjeomsorgen med "
            "−2,7 mkr.",
            C(
                "Äldreomsorg",
                "−4,1 mkr",
                "-",
                note="The social committee's deficit split into two verksamheter: two items with the same text, "
                "no reasons in the sentence itself.",
                also=(C("Individ- och familjeomsorg", "−2,7 mkr", "-"),),
            ),
        ),
        H("Finansförvaltning", 2),
        P(
            "Skatteintäkterna blir 2,1 mkr högre än budget enligt SKR:s oktoberprognos, och pensionskostnaderna "
            "väntas bli 1,4 mkr lägre än budgeterat.",
            C(
                "Skatteintäkter",
                "2,1 mkr",
                "+",
                note=NO_TAG + " Two areas as two clauses of one sentence: two items.",
                also=(C("Pensionskostnader", "1,4 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av årets investeringsbudget på 38,2 mkr beräknas 24,7 mkr användas.",
                C(
                    "Investeringar",
                    "38,2 mkr beräknas 24,7 mkr",
                    "+",
                    value=13_500_000,
                    note="Investment under-spending of 13,5 mkr, never written out: the computed value.",
                ),
            ),
            (
                "Den största skillnaden gäller reningsverket i Rätan, där markarbetena inte har kunnat påbörjas och "
                "9,0 mkr flyttas till 2026.",
                C(
                    "Reningsverket i Rätan",
                    "9,0 mkr",
                    "+",
                    "periodisering",
                    note="A project inside the total.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har antagit en handlingsplan som bland annat innebär en översyn av nattbemanningen i "
            "hemtjänsten. Planen beräknas sänka kostnaderna med 0,8 mkr under november och december.",
            A("Socialnämnden", "0,8 mkr", "bemanning"),
        ),
        H("Nettokostnadsutveckling", 2),
        P(
            "Verksamhetens nettokostnader har ökat med 5,2 procent jämfört med samma period 2024, medan skatteintäkter "
            "och generella statsbidrag har ökat med 3,9 procent.",
            O(None, note="Growth against the previous year: other."),
        ),
        H("Balanskrav", 2),
        P(
            "Efter avdrag för realisationsvinster vid försäljningen av tomter i Klövsjö beräknas balanskravsresultatet "
            "till 3,8 mkr. Kommunen uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="berg-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Berg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Bergs kommun"},
        style=style,
        blocks=blocks,
    )
