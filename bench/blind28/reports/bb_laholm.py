"""Laholms kommun, Samhällsbyggnadsnämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in mnkr with en-dash minus signs, footer with the nämnd's meeting date
in September: the period "ett överskott på 3,2 mnkr mot periodiserad budget" and the full year "landar på ett
underskott på 2,1 mnkr" in separate paragraphs (two causes), the change since the tertial report; a verksamhet
table (budget − prognos); headings that carry the area and its amount ("Gata och park –1,4 mnkr") whose
paragraphs hold a part ("Av underskottet avser 0,9 mnkr …") and a percentage price rise, "Fastighet +1,4 mnkr"
with a risk sentence in the same paragraph (its own item), "Kost –2,1 mnkr" whose sub-part "ligger i nivå med
budget" stays inside, "Lokalvård –0,8 mnkr" with reasons only under the heading, a plain heading for plan och
bygg, a reason-only "bedöms lämna ett litet överskott" (the table's "0,3"); the water and sewage unit's surplus
and, in the same paragraph, its transfer to the resultatfond (other); an investment table where "+" is a
higher outlay than budget, the total "9,4 mnkr lägre än budget" and one project "1,1 mnkr dyrare än
budgeterat"; an action with its effect. 11 scored causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Laholms kommun  |  Samhällsbyggnadsnämnden", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2025-09-23", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    drift = Table(
        caption="Driftredovisning per verksamhet, mnkr (avvikelse = budget – prognos)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6,8", "4,3", "6,5", "0,3"),
            ("Plan och bygg", "4,9", "2,6", "4,4", "0,5"),
            ("Gata och park", "38,2", "27,9", "39,6", "–1,4"),
            ("Fastighet", "12,4", "6,1", "11,0", "1,4"),
            ("Kost", "41,5", "28,8", "43,6", "–2,1"),
            ("Lokalvård", "19,7", "12,9", "20,5", "–0,8"),
            ("Summa skattefinansierat", "123,5", "82,6", "125,6", "–2,1"),
        ),
        widths=(150.0, 68.0, 74.0, 70.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    investments = Table(
        caption="Investeringar, mnkr (+ = högre utgift än budget)",
        header=(("Projekt", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gång- och cykelväg Mellbystrand", "8,0", "5,9", "9,1", "+1,1"),
            ("Bro över Lagan vid Åmot", "14,5", "1,2", "4,0", "–10,5"),
            ("Solceller på kommunala fastigheter", "3,2", "2,4", "3,2", "0,0"),
            ("Beläggningsprogram", "6,0", "4,4", "6,0", "0,0"),
            ("Summa", "31,7", "13,9", "22,3", "–9,4"),
        ),
        widths=(170.0, 64.0, 70.0, 66.0, 52.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12.5, font="cond", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Samhällsbyggnadsnämnden redovisar efter augusti ett överskott på 3,2 mnkr mot periodiserad budget. En "
            "stor del av överskottet är tillfälligt, eftersom planerat underhåll skjutits till hösten.",
            C(
                None,
                "3,2 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget, own paragraph.",
            ),
        ),
        P(
            "Helårsprognosen landar på ett underskott på 2,1 mnkr för den skattefinansierade verksamheten, främst "
            "inom gata och park samt kost.",
            C(None, "2,1 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Prognosen är 0,7 mnkr sämre än i tertialrapporten, till följd av det nya elavtalet för gatubelysningen.",
            F(None, "0,7 mnkr", "-", "prisokningar"),
        ),
        drift,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och park –1,4 mnkr",
            "Vinterns många halkbekämpningar i januari och februari drog över den budgeterade nivån, och elkostnaden "
            "för gatubelysningen har stigit med 18 procent sedan det nya avtalet började gälla i april. Av underskottet "
            "avser 0,9 mnkr vinterväghållningen.",
            C(
                "Gata och park",
                "–1,4 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The 0,9 mnkr is a part and the 18 percent a price rise; winter is ovrigt.",
            ),
        ),
        Para(
            (
                (
                    "Planerat underhåll på Glänninge skola och Lagaholms förskola har senarelagts till 2026 i väntan på "
                    "den nya lokalförsörjningsplanen. Dessutom har fjärrvärmekostnaderna blivit lägre än budgeterat.",
                    C("Fastighet", "+1,4 mnkr", "+", "periodisering", "prisokningar", note=HEAD),
                ),
                (
                    "Ett vattenläckage i köket på Mellbystrandskolan i juli kan dock ge kostnader som ännu inte är "
                    "bedömda.",
                    O("Fastighet", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Fastighet +1,4 mnkr",
            head_level=3,
        ),
        HP(
            "Kost –2,1 mnkr",
            "Livsmedelspriserna har fortsatt att stiga, i genomsnitt med 6 procent jämfört med förra året, och fler "
            "elever än beräknat äter i skolrestaurangerna. Intäkterna för äldreomsorgens portioner ligger däremot i "
            "nivå med budget.",
            C(
                "Kost",
                "–2,1 mnkr",
                "-",
                "prisokningar",
                "volymer",
                note=HEAD + " The sub-part in balance stays inside the item.",
            ),
        ),
        HP(
            "Lokalvård –0,8 mnkr",
            "Sjukfrånvaron bland lokalvårdarna har legat kring 11 procent, och korttidsfrånvaron har täckts med "
            "timavlönade vikarier.",
            C("Lokalvård", "–0,8 mnkr", "-", "sjukfranvaro", "vikarier", note=HEAD),
        ),
        H("Plan och bygg", 3),
        P(
            "Fler bygglov än väntat i kustområdena har gett intäkter som överstiger budget med 0,5 mnkr.",
            C("Plan och bygg", "0,5 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration bedöms lämna ett litet överskott, då nämnden har haft färre sammanträden än "
            "planerat.",
            C(
                "Nämnd och administration",
                "0,3",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="'Ett litet överskott': the table row's cell; nämnd meetings are ovrigt.",
            ),
        ),
        H("Vatten och avlopp", 2),
        Para(
            (
                (
                    "Den taxefinansierade VA-verksamheten redovisar en prognos som är 2,6 mnkr bättre än budget, "
                    "eftersom vattenförbrukningen har varit högre än normalt under den varma sommaren.",
                    C("Vatten och avlopp", "2,6 mnkr", "+", "volymer", "avgifter_intakter"),
                ),
                (
                    "Överskottet förs till VA-kollektivets resultatfond vid årets slut.",
                    O("Vatten och avlopp", "reserver", note="A fund transfer: other."),
                ),
            )
        ),
        H("Investeringar", 2),
        investments,
        P(
            "Investeringarna beräknas bli 9,4 mnkr lägre än budget för året. Bron över Lagan vid Åmot har skjutits upp "
            "efter att tillståndsprövningen i mark- och miljödomstolen dragit ut på tiden.",
            C("Investeringar", "9,4 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Gång- och cykelvägen vid Mellbystrand blir 1,1 mnkr dyrare än budgeterat, eftersom förorenade massor "
            "påträffades vid schaktningen och har fått köras till deponi.",
            C(
                "Gång- och cykelväg Mellbystrand",
                "1,1 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun (the table's '+' is more spending); contaminated soil is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att sänka inomhustemperaturen i kommunens lokaler med en grad under vintern och att "
            "se över menyerna i skolrestaurangerna. Åtgärderna bedöms minska kostnaderna med 0,6 mnkr under resten av "
            "året.",
            A(None, "0,6 mnkr", "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="laholm-sbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Samhällsbyggnadsnämnden", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
