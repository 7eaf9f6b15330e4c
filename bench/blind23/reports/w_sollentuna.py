"""Sollentuna kommun, Kommunstyrelsen, tjänsteutlåtande: ekonomisk månadsrapport oktober 2025.

A kommunledningskontor's tjänsteutlåtande dated in November for the whole kommun's October forecast, with a
numbered decision proposal (unlabelled): the full-year result as a level in one sentence and the deviation
"lägre än det budgeterade resultatet" in the next (one item), the nämnder's shortfall and the finance
function's improvement in one sentence (two items), the change since the tertial report naming only
committees; under "Nämndernas prognoser" one bullet per nämnd, most opening with the amount ("−28,6 miljoner
kronor för socialnämnden."), one with last tertial's figure in brackets, one "går 7,2 miljoner kronor back",
one "+4,3 mnkr", and two nämnder "i balans med budget" in one sentence (two boilerplate items); tax revenue
in one sentence and pensions and the finance net in the next (three items, no tags); investments "231
miljoner kronor lägre än årets budget" with a "varav" part (one item); a planned commission to two nämnder
(action without effect) and the balanskrav (other). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

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
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Tjänsteutlåtande", f"Sidan {n} av {m}"),
        footer=lambda n, m: ("Kommunledningskontoret", "www.sollentuna.se", "Dnr KS 2025/1187"),
        header_size=8.0,
    )
    blocks = [
        P(
            "Kommunledningskontoret, ekonomienheten  |  2025-11-12  |  Diariekod 041  |  Kommunstyrelsen",
            size=8.5,
        ),
        Title("Ekonomisk månadsrapport per oktober 2025", size=17, font="arial-bold", after=10),
        H("Förslag till beslut", 2),
        P("Kommunledningskontoret föreslår att kommunstyrelsen beslutar följande:"),
        P("1. Kommunstyrelsen godkänner den ekonomiska månadsrapporten per oktober 2025."),
        P(
            "2. Kommunstyrelsen uppdrar åt socialnämnden och äldre- och omsorgsnämnden att redovisa åtgärder "
            "som begränsar underskotten."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 96,4 miljoner kronor. Det är 38,1 miljoner "
            "kronor lägre än det budgeterade resultatet på 134,5 miljoner kronor.",
            C(
                None,
                "38,1 miljoner kronor",
                "-",
                note="The result as a level, then the deviation in the next sentence: one paragraph, one item.",
            ),
        ),
        P(
            "Verksamhetsnämnderna beräknar sammantaget ett underskott på 61,7 miljoner kronor, medan "
            "finansförvaltningens poster förbättrar resultatet med 23,6 miljoner kronor.",
            C(
                "Verksamhetsnämnderna",
                "61,7 miljoner kronor",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "23,6 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapport 2 har resultatet försämrats med 9,8 miljoner kronor. "
            "Försämringen kommer nästan helt från socialnämnden och äldre- och omsorgsnämnden.",
            F(None, "9,8 miljoner kronor", "-", note="Only committees named: no tag."),
        ),
        H("Nämndernas prognoser", 2),
        P("Nämndernas avvikelser mot budget för helåret, där ett negativt belopp betyder underskott:"),
        Bullets(
            (
                "−28,6 miljoner kronor för socialnämnden. Kostnaderna för placeringar av barn och unga på HVB och "
                "i konsulentstödda familjehem ligger långt över budget, och antalet hushåll med försörjningsstöd "
                "har ökat under hösten.",
                "−15,5 miljoner kronor för äldre- och omsorgsnämnden (−11,9 i tertialrapport 2). Hemtjänsttimmarna "
                "ligger cirka 6 procent över budget och nämnden köper fler platser i särskilt boende än planerat.",
                "−12,5 miljoner kronor för utbildningsnämnden, som har fler gymnasieelever än budgeterat och högre "
                "interkommunala ersättningar till gymnasieskolor i grannkommunerna.",
                "Barn- och ungdomsnämnden går 7,2 miljoner kronor back, eftersom förskolorna i Rotebro och Edsberg "
                "har lägre beläggning än planerat samtidigt som personalen inte har kunnat minskas i samma takt.",
                "−6,1 miljoner kronor för trafik- och fastighetsnämnden, som belastas av vinterväghållningen i "
                "februari och mars samt av högre elpriser för gatubelysningen.",
                "+3,9 miljoner kronor för kultur- och fritidsnämnden, främst genom ökade hyresintäkter från "
                "ishallen vid Sjöängen och en fritidskonsulenttjänst som stått vakant sedan i våras.",
                "+4,3 mnkr för kommunstyrelsen. Överskottet beror på att delar av digitaliseringsprogrammet har "
                "skjutits till 2026.",
                "Miljö- och byggnadsnämnden samt överförmyndarnämnden redovisar prognoser i balans med budget.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "−28,6 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "volymer",
                    note="The bullet opens with the amount.",
                ),
                C(
                    "Äldre- och omsorgsnämnden",
                    "−15,5 miljoner kronor",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="The bracketed figure is last tertial's; the 6 procent is a volume, not the amount.",
                ),
                C("Utbildningsnämnden", "−12,5 miljoner kronor", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Barn- och ungdomsnämnden",
                    "7,2 miljoner kronor",
                    "-",
                    "volymer",
                    "bemanning",
                    note="'Går … back': a deficit.",
                ),
                C(
                    "Trafik- och fastighetsnämnden",
                    "−6,1 miljoner kronor",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Winter road maintenance (weather) is ovrigt, electricity prices prisokningar.",
                ),
                C("Kultur- och fritidsnämnden", "+3,9 miljoner kronor", "+", "avgifter_intakter", "vakanser"),
                C("Kommunstyrelsen", "+4,3 mnkr", "+", "it_digitalisering", "periodisering"),
                BP(
                    "Miljö- och byggnadsnämnden",
                    note="Two nämnder in balance in one sentence: two boilerplate items.",
                    also=(BP("Överförmyndarnämnden"),),
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen beräknas överstiga budget med 14,2 miljoner kronor.",
                C("Skatteintäkter och generella statsbidrag", "14,2 miljoner kronor", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna blir 5,1 miljoner kronor lägre än budgeterat och finansnettot 4,3 miljoner "
                "kronor bättre.",
                C(
                    "Pensionskostnader",
                    "5,1 miljoner kronor",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Finansnetto", "4,3 miljoner kronor", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 231 miljoner kronor lägre än årets budget på 842 miljoner kronor, varav "
            "96 miljoner kronor avser nya Tegelhagsskolan, där byggstarten har skjutits upp efter en överprövad "
            "upphandling.",
            C(
                "Investeringar",
                "231 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending with a 'varav' part: one item with the total.",
            ),
        ),
        H("Åtgärder och balanskrav", 2),
        P(
            "Kommunledningskontoret föreslår att socialnämnden och äldre- och omsorgsnämnden senast i december "
            "redovisar vilka åtgärder som kan vidtas för att begränsa underskotten under 2026.",
            A(None, note="A planned commission, no effect stated."),
        ),
        P(
            "Balanskravsresultatet beräknas till 88,2 miljoner kronor efter avdrag för realisationsvinster. "
            "Kommunen klarar därmed balanskravet men inte målet om ett resultat på minst 2 procent av "
            "skatteintäkterna.",
            O(None, note="Balanskrav and a financial goal."),
        ),
    ]
    return ReportSpec(
        file="sollentuna-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Sollentuna",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Ekonomisk månadsrapport per oktober 2025", "author": "Sollentuna kommun"},
        style=style,
        blocks=blocks,
    )
