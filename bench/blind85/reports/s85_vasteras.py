"""Västerås stad, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November and a diarienummer: the full year as a result "146 mnkr, att jämföra med budgeterade 210 mnkr" and
"64 mnkr sämre än budget" in the next sentence (one item), one sentence splitting it into the nämnder's
"underskott på 97,5 mnkr (−92,1 mnkr i september)" (last month's figure in brackets) and the finance function's
"överskott på 33,5 mnkr", the change since September, a table with the deviation in September and October
side by side, then en-dash bullets under a generic heading ("Stadsledningskontorets kommentar") in varied
shapes ("underskott 38,4 mnkr" after a colon, a possessive "Individ- och familjenämndens prognos pekar på
−31,0 mnkr, varav", "För Nämnden för personer med funktionsnedsättning beräknas kostnaderna överstiga budget",
"går mot ett underskott, –14,8 mnkr" with an en dash, "en negativ avvikelse på 5,9 mnkr", "4,1 respektive
3,3 mnkr", a possessive bygglov revenue "vilket ger ett överskott", "bedöms hålla sin budget"), taxes, then
pensions and the finance net as a "respektive" pair, investments "385 mnkr lägre än investeringsbudgeten" and
a project that "beräknas överskrida projektbudgeten med 7,2 mnkr", two actions and a risk. Liberation Sans
9.5 pt.

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
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Västerås stad", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-19", "Dnr KS 2025/01412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per nämnd 2025, mnkr (avvikelse mot budget, − innebär underskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avv. sep", "Avv. okt"),),
        rows=(
            ("Kommunstyrelsen", "412,5", "406,3", "+5,8", "+6,2"),
            ("Äldrenämnden", "1 684,0", "1 722,4", "−36,0", "−38,4"),
            ("Individ- och familjenämnden", "702,3", "733,3", "−30,2", "−31,0"),
            ("Nämnden för personer med funktionsnedsättning", "968,1", "990,7", "−21,9", "−22,6"),
            ("Grundskolenämnden", "2 105,6", "2 120,4", "−13,5", "−14,8"),
            ("Förskolenämnden", "1 021,8", "1 017,7", "+4,4", "+4,1"),
            ("Utbildnings- och arbetsmarknadsnämnden", "1 118,9", "1 115,6", "+2,9", "+3,3"),
            ("Tekniska nämnden", "356,2", "362,1", "−5,4", "−5,9"),
            ("Kultur-, idrotts- och fritidsnämnden", "421,7", "421,7", "0,0", "0,0"),
            ("Byggnadsnämnden", "48,3", "46,7", "+1,8", "+1,6"),
            ("Summa nämnder", "", "", "−92,1", "−97,5"),
            ("Finansförvaltningen", "", "", "+30,6", "+33,5"),
            ("Totalt", "", "", "−61,5", "−64,0"),
        ),
        widths=(210.0, 62.0, 62.0, 56.0, 56.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Äldrenämnden: underskott 38,4 mnkr. Fler beslutade hemtjänsttimmar än budgeterat och höga kostnader "
            "för bemanningssjuksköterskor inom vård- och omsorgsboendena förklarar avvikelsen.",
            "Individ- och familjenämndens prognos pekar på −31,0 mnkr, varav placeringar av barn och unga på HVB "
            "står för 19 mnkr. Även försörjningsstödet ökar mer än budgeterat.",
            "För Nämnden för personer med funktionsnedsättning beräknas kostnaderna överstiga budget med 22,6 mnkr, "
            "främst inom personlig assistans där Försäkringskassan har dragit in assistansersättningen för flera "
            "brukare.",
            "Grundskolenämnden går mot ett underskott, –14,8 mnkr, eftersom elevantalet i den anpassade grundskolan "
            "har ökat och statsbidraget för likvärdig skola har minskat.",
            "Tekniska nämnden redovisar en negativ avvikelse på 5,9 mnkr som beror på vinterväghållningen i början "
            "av året och dyrare asfaltsbeläggning.",
            "Kommunstyrelsen visar ett överskott om 6,2 mnkr, framför allt genom vakanser inom "
            "stadsledningskontoret.",
            "Förskolenämnden och Utbildnings- och arbetsmarknadsnämnden beräknas lämna överskott på 4,1 respektive "
            "3,3 mnkr, i båda fallen till följd av färre barn och deltagare än budgeterat.",
            "Byggnadsnämndens intäkter från bygglov blir högre än beräknat, vilket ger ett överskott på 1,6 mnkr.",
            "Kultur-, idrotts- och fritidsnämnden bedöms hålla sin budget.",
        ),
        labels=(
            C("Äldrenämnden", "38,4 mnkr", "-", "volymer", "inhyrd_personal"),
            C(
                "Individ- och familjenämnden",
                "−31,0 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="A possessive area with a 'varav' part: the total is the amount.",
            ),
            C("Nämnden för personer med funktionsnedsättning", "22,6 mnkr", "-", "ersattning_fk"),
            C(
                "Grundskolenämnden",
                "–14,8 mnkr",
                "-",
                "volymer",
                "statsbidrag",
                note="En dash as the minus sign, after a comma.",
            ),
            C(
                "Tekniska nämnden",
                "5,9 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Winter road upkeep: ovrigt.",
            ),
            C("Kommunstyrelsen", "6,2 mnkr", "+", "vakanser"),
            C(
                "Förskolenämnden",
                "4,1",
                "+",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair: one item per nämnd.",
                also=(C("Utbildnings- och arbetsmarknadsnämnden", "3,3 mnkr", "+", "volymer"),),
            ),
            C("Byggnadsnämnden", "1,6 mnkr", "+", "avgifter_intakter", note="A possessive subject."),
            BP("Kultur-, idrotts- och fritidsnämnden"),
        ),
        glyph="–",
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Västerås stad – sammanställning för kommunstyrelsen", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Västerås stad prognostiserar ett resultat för 2025 på 146 mnkr, att jämföra med budgeterade 210 mnkr. "
            "Prognosen är därmed 64 mnkr sämre än budget.",
            C(None, "64 mnkr", "-", note="The whole kommun's full-year deviation after two levels."),
        ),
        PS(
            (
                "Nämnderna redovisar sammantaget ett underskott på 97,5 mnkr (−92,1 mnkr i september), medan "
                "finansförvaltningen väntas ge ett överskott på 33,5 mnkr.",
                C(
                    "Nämnderna",
                    "97,5 mnkr",
                    "-",
                    note="Last month's figure in brackets is not the amount.",
                    also=(C("Finansförvaltningen", "33,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med septemberprognosen är nämndernas avvikelse 5,4 mnkr större.",
                F("Nämnderna", "5,4 mnkr", "-"),
            ),
        ),
        table,
        H("Stadsledningskontorets kommentar", 2),
        bullets,
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag överstiger budget med 12,8 mnkr enligt SKR:s prognos i "
                "oktober.",
                C("Skatteintäkter och generella statsbidrag", "12,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 9,4 respektive 11,3 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "9,4",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "11,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 1 420 mnkr, vilket är 385 mnkr lägre än investeringsbudgeten. "
            "Huvudorsaken är att byggstarten för den nya skolan i Bäckby har flyttats till 2026.",
            C("Investeringar", "385 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Skiljebo förskola beräknas överskrida projektbudgeten med 7,2 mnkr till följd av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C(
                "Skiljebo förskola",
                "7,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative, contaminated soil ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Äldrenämnden har infört en centralt styrd beställning av bemanningssjuksköterskor, som väntas minska "
            "kostnaderna med 4 mnkr under resten av året.",
            A("Äldrenämnden", "4 mnkr", "inhyrd_personal"),
        ),
        P(
            "Individ- och familjenämnden arbetar enligt en handlingsplan för att ersätta HVB-placeringar med "
            "förstärkta familjehem.",
            A("Individ- och familjenämnden", None, "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen för skatteintäkterna är osäker eftersom arbetsmarknaden har försvagats under hösten.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="vasteras-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
