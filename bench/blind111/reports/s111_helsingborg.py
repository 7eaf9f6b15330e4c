"""Helsingborgs stad, Kommunstyrelsen, månadsrapport oktober 2025 (the whole stad).

A whole-stad month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November: the full year "48 mnkr lägre än budgeterat resultat" between two levels, one sentence splitting it
into the nämnder's "underskott mot kommunbidragen på 131 mnkr" and the finance function's "överskott på 83
mnkr" (two items), the change since September with its cause, a table with the deviation in October and
September side by side; then bullets under a generic heading ("Stadsledningsförvaltningens kommentar") in
varied shapes: "redovisar ett prognostiserat underskott på", a possessive "Vård- och omsorgsnämndens prognos
pekar på ett underskott om", "beräknas överskrida sin ram med", "Fastighetsnämnden: underskott 6,8 mnkr.",
"visar ett negativt utfall jämfört med budget med", "går mot ett överskott på", an amount between commas
("Kommunstyrelsens överskott, 6,2 mnkr, förklaras av"), two nämnder as a "respektive" pair and one that "bedöms
hålla budget" (boilerplate); tax revenue in one sentence and pensions and the finance net as a "respektive"
pair in the next (three items, no tags); investments "Att 348 mnkr inte förbrukas" after two levels and a
project overrun; two actions, equity and a risk (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-19", "Dnr 0412/2025", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (avvikelse mot kommunbidrag, − = underskott)",
        header=(("Nämnd", "Kommunbidrag", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "486,0", "479,8", "+6,2", "+5,8"),
            ("Socialnämnden", "1 102,4", "1 176,9", "−74,5", "−68,0"),
            ("Vård- och omsorgsnämnden", "2 214,7", "2 256,0", "−41,3", "−39,9"),
            ("Skol- och fritidsnämnden", "3 318,2", "3 341,0", "−22,8", "−21,5"),
            ("Arbetsmarknadsnämnden", "402,5", "394,6", "+7,9", "+7,1"),
            ("Kulturnämnden", "268,9", "268,9", "0,0", "0,0"),
            ("Idrotts- och fritidsnämnden", "231,4", "234,8", "−3,4", "−3,0"),
            ("Stadsbyggnadsnämnden", "188,6", "186,5", "+2,1", "+2,4"),
            ("Miljönämnden", "52,3", "50,7", "+1,6", "+1,2"),
            ("Fastighetsnämnden", "−41,0", "−34,2", "−6,8", "−5,1"),
            ("Summa nämnder", "", "", "−131,0", "−121,0"),
            ("Finansförvaltningen", "", "", "+83,0", "+82,0"),
            ("Stadens resultat mot budget", "", "", "−48,0", "−39,0"),
        ),
        widths=(150.0, 78.0, 70.0, 74.0, 74.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Helsingborgs stad – samlad ekonomisk uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Stadens prognos för helåret visar ett resultat på 212 mnkr, vilket är 48 mnkr lägre än budgeterat "
            "resultat på 260 mnkr.",
            C(None, "48 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott mot kommunbidragen på 131 mnkr, medan "
            "finansförvaltningen väntas ge ett överskott på 83 mnkr.",
            C(
                "Nämnderna",
                "131 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "83 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i september har resultatet försämrats med 9 mnkr, främst genom ökade kostnader "
            "för placeringar av barn och unga inom socialnämnden.",
            F(None, "9 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Stadsledningsförvaltningens kommentar", 2),
        Bullets(
            (
                "Socialnämnden redovisar ett prognostiserat underskott på 74,5 mnkr. Fler placeringar av barn och "
                "unga på HVB och i familjehem samt ett ökat behov av skyddat boende förklarar större delen av "
                "avvikelsen.",
                "Vård- och omsorgsnämndens prognos pekar på ett underskott om 41,3 mnkr. Hemtjänsttimmarna har ökat "
                "med drygt sex procent och kostnaden för bemanningssjuksköterskor inom särskilt boende är fortsatt "
                "hög.",
                "Skol- och fritidsnämnden beräknas överskrida sin ram med 22,8 mnkr, till följd av fler elever med "
                "tilläggsbelopp och att statsbidraget för höjda lärarlöner har minskat.",
                "Fastighetsnämnden: underskott 6,8 mnkr. Högre kostnader för el och fjärrvärme samt en vattenskada "
                "i en av stadens skolbyggnader belastar resultatet.",
                "Idrotts- och fritidsnämnden visar ett negativt utfall jämfört med budget med 3,4 mnkr, vilket beror "
                "på att intäkterna från ishallarna blivit lägre än beräknat när en av hallarna varit stängd för "
                "renovering.",
                "Arbetsmarknadsnämnden går mot ett överskott på 7,9 mnkr. Försörjningsstödet har minskat mer än "
                "väntat när fler hushåll fått arbete eller studiemedel.",
                "Kommunstyrelsens överskott, 6,2 mnkr, förklaras av vakanta tjänster inom "
                "stadsledningsförvaltningen och lägre kostnader för IT-licenser.",
                "Stadsbyggnadsnämnden och miljönämnden visar överskott om 2,1 respektive 1,6 mnkr, främst genom "
                "högre intäkter från bygglov och tillsyn.",
                "Kulturnämnden bedöms hålla budget.",
            ),
            labels=(
                C("Socialnämnden", "74,5 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Vård- och omsorgsnämnden",
                    "41,3 mnkr",
                    "-",
                    "volymer",
                    "inhyrd_personal",
                    note="Possessive area.",
                ),
                C(
                    "Skol- och fritidsnämnden",
                    "22,8 mnkr",
                    "-",
                    "volymer",
                    "statsbidrag",
                    note="Pupils with tilläggsbelopp: volymer.",
                ),
                C(
                    "Fastighetsnämnden",
                    "6,8 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy costs are prisokningar, water damage ovrigt.",
                ),
                C(
                    "Idrotts- och fritidsnämnden",
                    "3,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
                C("Arbetsmarknadsnämnden", "7,9 mnkr", "+", "ekonomiskt_bistand"),
                C(
                    "Kommunstyrelsen",
                    "6,2 mnkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    note="The amount between commas after a possessive.",
                ),
                C(
                    "Stadsbyggnadsnämnden",
                    "2,1",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    note="A 'respektive' pair: one item per nämnd.",
                    also=(C("Miljönämnden", "1,6 mnkr", "+", "avgifter_intakter"),),
                ),
                BP("Kulturnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen blir 61 mnkr högre än budget, enligt SKR:s "
                "oktoberprognos.",
                C("Skatteintäkter och generella statsbidrag", "61 mnkr", "+", note=NO_TAG),
            ),
            (
                "Lägre pensionskostnader och ett bättre finansnetto än budgeterat bidrar med 14 respektive 8 mnkr.",
                C(
                    "Pensionskostnader",
                    "14",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 1 480 mnkr och prognosen till 1 132 mnkr. Att 348 mnkr inte "
            "förbrukas beror främst på att byggstarten för den nya simhallen har skjutits upp till våren 2026.",
            C("Investeringar", "348 mnkr", "+", "periodisering", note="Under-spending after two levels."),
        ),
        P(
            "Ombyggnaden av kvarteret Svanen beräknas överskrida projektbudgeten med 12 mnkr till följd av "
            "fördyrade material och entreprenader.",
            C("Kvarteret Svanen", "12 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat en genomgång av samtliga externa "
            "placeringar, som väntas minska kostnaderna med 15 mnkr på helårsbasis.",
            A("Socialnämnden", "15 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Vård- och omsorgsnämnden har infört anställningsprövning för alla tjänster utanför den direkta vården.",
            A("Vård- och omsorgsnämnden", None, "bemanning"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Resultatet uppfyller balanskravet, och stadens egna kapital påverkas inte av underskottet i "
            "nämnderna.",
            O(None, "reserver", note="Balanskrav and equity: other."),
        ),
        P(
            "Osäkerheten i prognosen är främst kopplad till placeringskostnaderna, där ett fåtal nya ärenden kan "
            "förändra utfallet med flera miljoner kronor.",
            O("Socialnämnden", "kopt_verksamhet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Helsingborgs stad", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
