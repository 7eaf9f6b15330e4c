"""Huddinge kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "miljoner kronor" and "mnkr" with U+2212 minus signs, set in Liberation Sans,
footer with the kommunstyrelse's meeting date in September: the period's result "86 miljoner kronor bättre
än det periodiserade budgeterade resultatet" and, in the next sentence, its timing reason (amount null); the
full year as a result between two levels followed by "en negativ budgetavvikelse om 45 miljoner kronor";
one sentence splitting it into the nämnder's "underskott på 118 mnkr (−97 mnkr i april)" and the finance
function's "överskott på 73 mnkr" (two items); the change since April with its cause (a forecast change);
a nämnd table; under a generic heading ("Kommentarer per nämnd") one bullet per nämnd in varied shapes: a
colon after the name ("Kommunstyrelsen: överskott 6,4 mnkr"), a possessive ("Grundskolenämndens underskott
på 38,2 mnkr"), "ett positivt utfall jämfört med budget, 4,1 mnkr", "landar 12,6 mnkr sämre än budget",
"redovisar det största underskottet, −47,5 mnkr", "För äldreomsorgsnämnden väntas kostnaderna bli 29,8 mnkr
högre än ramen", an amount in brackets "(2,7 mnkr)", "Natur- och byggnadsnämnden: +2,3 mnkr." and one nämnd
that "bedöms hålla sin budget" (boilerplate); tax revenue, then pensions and the finance net as a
"respektive" pair (three finance items, no tags); investments "370 mnkr inte förbrukas" after two levels and
a sports hall "överskrida projektbudgeten med 9,5 mnkr"; an action without and one with an effect; the
balanskrav and a financial goal not met with "beror på" (others). 18 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."
BULLET = "One bullet per nämnd under a generic heading."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Huddinge kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-09-29", "KS-2025/1187.112", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Nämndernas helårsprognos 2025, mnkr (negativt tal = sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "402,8", "396,4", "6,4", "4,9"),
            ("Grundskolenämnden", "2 318,5", "2 356,7", "−38,2", "−31,0"),
            ("Förskolenämnden", "1 046,2", "1 042,1", "4,1", "3,2"),
            ("Gymnasienämnden", "712,9", "725,5", "−12,6", "−10,8"),
            ("Socialnämnden", "981,4", "1 028,9", "−47,5", "−39,6"),
            ("Äldreomsorgsnämnden", "1 364,0", "1 393,8", "−29,8", "−23,1"),
            ("Kultur- och fritidsnämnden", "288,7", "291,4", "−2,7", "−1,2"),
            ("Natur- och byggnadsnämnden", "74,5", "72,2", "2,3", "1,6"),
            ("Miljö- och hälsoskyddsnämnden", "41,6", "41,6", "0,0", "0,0"),
            ("Summa nämnder", "7 230,6", "7 348,6", "−118,0", "−97,0"),
        ),
        widths=(176.0, 62.0, 62.0, 66.0, 80.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Huddinge kommun", size=12, font="arial", after=12),
        P(
            "Delårsrapporten omfattar perioden januari till augusti och innehåller en prognos för helåret. "
            "Den behandlas av kommunstyrelsen i september och av kommunfullmäktige i oktober."
        ),
        H("Kommunens ekonomiska resultat", 1),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 412 miljoner kronor, vilket är 86 "
                "miljoner kronor bättre än det periodiserade budgeterade resultatet.",
                C(None, "86 miljoner kronor", "+", note="The period against the periodised budget: a cause."),
            ),
            (
                "Överskottet för perioden förklaras till stor del av att exploateringsintäkter från försäljning "
                "av mark i Flemingsberg har bokförts tidigare än planerat.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "avgifter_intakter",
                    note="The period surplus's reason in a sentence of its own: amount null.",
                ),
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat på 265 miljoner kronor, att jämföra med budgeterade 310 "
            "miljoner kronor. Det innebär en negativ budgetavvikelse om 45 miljoner kronor.",
            C(None, "45 miljoner kronor", "-", note="The full year: the deviation, not either level."),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 118 mnkr (−97 mnkr i april), medan "
            "finansförvaltningen väntas lämna ett överskott på 73 mnkr.",
            C(
                "Nämnderna",
                "118 mnkr",
                "-",
                note="One sentence, two areas: two items. The bracket is April's figure, not the amount.",
                also=(C("Finansförvaltningen", "73 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med aprilprognosen har kommunens helårsresultat försämrats med 21 mnkr, främst därför att "
            "äldreomsorgsnämnden och socialnämnden har räknat upp sina placeringskostnader.",
            F(None, "21 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 6,4 mnkr, främst till följd av vakanta tjänster inom "
                "kommunledningsförvaltningen och lägre kostnader för IT-licenser än beräknat.",
                "Grundskolenämndens underskott på 38,2 mnkr beror på fler elever i grundsärskolan och högre "
                "kostnader för skolskjuts, där det nya avtalet blev dyrare än budgeterat.",
                "Förskolenämnden lämnar ett positivt utfall jämfört med budget, 4,1 mnkr, eftersom färre barn än "
                "planerat är inskrivna i förskolorna i Flemingsberg och Vårby.",
                "Gymnasienämnden landar 12,6 mnkr sämre än budget. Interkommunala ersättningar till andra "
                "huvudmän har ökat när fler elever valt skolor utanför kommunen.",
                "Socialnämnden redovisar det största underskottet, −47,5 mnkr. Placeringar av barn och unga på "
                "HVB och i familjehem överstiger budget, och kostnaderna för ekonomiskt bistånd har ökat under "
                "sommaren.",
                "För äldreomsorgsnämnden väntas kostnaderna bli 29,8 mnkr högre än ramen. Antalet beviljade "
                "hemtjänsttimmar ökar och sjukfrånvaron i de egna verksamheterna är fortsatt hög.",
                "Kultur- och fritidsnämnden går med ett mindre underskott (2,7 mnkr) efter att Vistabadet hållits "
                "stängt i sex veckor för reparation av bassängen, med uteblivna entréintäkter som följd.",
                "Natur- och byggnadsnämnden: +2,3 mnkr. Intäkterna från bygglov och planavgifter är högre än "
                "budgeterat.",
                "Miljö- och hälsoskyddsnämnden bedöms hålla sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "6,4 mnkr", "+", "vakanser", "it_digitalisering", note=BULLET),
                C("Grundskolenämnden", "38,2 mnkr", "-", "volymer", "prisokningar", note="A possessive."),
                C("Förskolenämnden", "4,1 mnkr", "+", "volymer"),
                C("Gymnasienämnden", "12,6 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Socialnämnden", "−47,5 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C("Äldreomsorgsnämnden", "29,8 mnkr", "-", "volymer", "sjukfranvaro"),
                C(
                    "Kultur- och fritidsnämnden",
                    "2,7 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="The amount in brackets is this year's deficit; a closure for repair is ovrigt.",
                ),
                C("Natur- och byggnadsnämnden", "+2,3 mnkr", "+", "avgifter_intakter"),
                BP("Miljö- och hälsoskyddsnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 41 mnkr högre än budgeterat, enligt "
            "SKR:s augustiprognos.",
            C("Skatteintäkter och generella statsbidrag", "41 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker positivt med 18 respektive 14 mnkr.",
            C(
                "Pensionskostnader",
                "18",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items. " + NO_TAG,
                also=(C("Finansnetto", "14 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret beräknas till 1 240 mnkr mot en budget på 1 610 mnkr. "
            "Förseningar i bygget av Vistaängsskolan och i flera VA-projekt gör att 370 mnkr inte förbrukas "
            "under året.",
            C("Investeringar", "370 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av Björkhagshallen beräknas överskrida projektbudgeten med 9,5 mnkr, på grund av att "
            "stommen var i sämre skick än vad förstudien visade.",
            C(
                "Ombyggnaden av Björkhagshallen",
                "9,5 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett samtliga nämnder med underskott i uppdrag att ta fram åtgärdsplaner till "
            "oktober.",
            A(None),
        ),
        P(
            "Socialnämndens plan med hemtagning av placerade ungdomar till egna stödboenden beräknas minska "
            "kostnaderna med 9 mnkr på helårsbasis.",
            A("Socialnämnden", "9 mnkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 228 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Målet om att resultatet ska uppgå till minst två procent av skatteintäkter och generella "
            "statsbidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="A financial goal not met, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
