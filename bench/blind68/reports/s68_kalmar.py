"""Kalmar kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "miljoner kronor", footer with the kommunstyrelse's meeting date in November:
the period "41,8 miljoner kronor bättre än det periodiserade budgeterade resultatet" and, in the next sentence,
the full year as "en negativ avvikelse med 28,5 miljoner kronor" between two levels (two causes); one
sentence splitting it into the nämnder that "överskrider sina ramar med 63,2" and the finance function's
"överskott på 34,7" (two items); the change since September with its cause; a table per nämnd with the
deviation now and in September (U+2212 minus); then bullets under a generic heading
("Ekonomiavdelningens kommentar") in varied shapes: "visar ett överskott om", a possessive "Barn- och
ungdomsnämndens underskott", "överskrider sin ram", a colon with last month's figure in brackets
("−38,7 miljoner kronor (−35,2 i september)") and a sub-area "ligger 7,5 miljoner kronor över budget" in the
same bullet (its own item), "redovisar en negativ avvikelse mot budget", "För Kulturnämnden prognostiseras
ett litet överskott, 0,6", "hamnar 1,2 miljoner kronor sämre än budget", a possessive "prognos är ett
överskott", a "varav" part and one nämnd that "bedöms hålla sin budget" (boilerplate); tax revenue and
general grants as a "respektive" pair, pensions and the finance net joined by "medan" (four finance items,
no tags); investments "157 miljoner kronor inte kommer att förbrukas" and a project that "beräknas överskrida
projektbudgeten"; two actions and the financial goal (other). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

FIN = "A finance item: no tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Kalmar kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-19", "Dnr KS 2025/0871", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, miljoner kronor",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "412,6", "409,2", "3,4", "2,9"),
            ("Barn- och ungdomsnämnden", "1 318,4", "1 331,0", "−12,6", "−11,8"),
            ("Utbildningsnämnden", "604,1", "609,0", "−4,9", "−5,3"),
            ("Socialnämnden", "702,8", "741,5", "−38,7", "−35,2"),
            ("Omsorgsnämnden", "1 289,0", "1 306,2", "−17,2", "−16,0"),
            ("Kulturnämnden", "118,5", "117,9", "0,6", "0,4"),
            ("Fritidsnämnden", "163,2", "164,4", "−1,2", "−1,0"),
            ("Samhällsbyggnadsnämnden", "214,7", "212,6", "2,1", "1,8"),
            ("Servicenämnden", "38,9", "33,6", "5,3", "4,9"),
            ("Miljönämnden", "21,4", "21,4", "0,0", "0,0"),
            ("Summa nämnder", "4 883,6", "4 946,8", "−63,2", "−59,3"),
        ),
        widths=(160.0, 76.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen visar ett överskott om 3,4 miljoner kronor, främst beroende på vakanta tjänster inom "
            "kommunledningskontoret och lägre kostnader för konsulter än beräknat.",
            "Barn- och ungdomsnämndens underskott på 12,6 miljoner kronor förklaras av fler barn med behov av "
            "särskilt stöd i förskolan och av ökade kostnader för skolskjuts efter den nya upphandlingen.",
            "Utbildningsnämnden överskrider sin ram med 4,9 miljoner kronor. Det beror på att de interkommunala "
            "ersättningarna för gymnasieelever som studerar i andra kommuner har blivit högre än budgeterat.",
            "Socialnämnden: −38,7 miljoner kronor (−35,2 i september). Kostnaderna för externa placeringar av barn "
            "och unga och för skyddat boende fortsätter att öka, och ekonomiskt bistånd ligger 7,5 miljoner "
            "kronor över budget.",
            "Omsorgsnämnden redovisar en negativ avvikelse mot budget med 17,2 miljoner kronor. De beviljade "
            "hemtjänsttimmarna har ökat mer än budgeterat, och sjukfrånvaron inom särskilt boende har lett till "
            "höga kostnader för vikarier och övertid.",
            "För Kulturnämnden prognostiseras ett litet överskott, 0,6 miljoner kronor, tack vare högre intäkter "
            "från sommarens evenemang på Kvarnholmen.",
            "Fritidsnämnden hamnar 1,2 miljoner kronor sämre än budget på grund av högre kostnader för el och "
            "fjärrvärme i Tornhallens simhall.",
            "Samhällsbyggnadsnämndens prognos är ett överskott på 2,1 miljoner kronor, som beror på högre intäkter "
            "från bygglov och planavgifter.",
            "Servicenämnden lämnar ett överskott om 5,3 miljoner kronor, varav 3,0 miljoner kronor avser lägre "
            "livsmedelskostnader i måltidsverksamheten än beräknat.",
            "Miljönämnden bedöms hålla sin budget.",
        ),
        labels=(
            C("Kommunstyrelsen", "3,4 miljoner kronor", "+", "vakanser", "inhyrd_personal"),
            C(
                "Barn- och ungdomsnämnden",
                "12,6 miljoner kronor",
                "-",
                "volymer",
                "prisokningar",
                note="A possessive area; a dearer school transport contract is prisokningar.",
            ),
            C(
                "Utbildningsnämnden",
                "4,9 miljoner kronor",
                "-",
                "kopt_verksamhet",
                note="Interkommunal ersättning is kopt_verksamhet.",
            ),
            C(
                "Socialnämnden",
                "−38,7 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The bracket is last month's figure, not the amount; the sub-area in the same bullet is its "
                "own item.",
                also=(
                    C(
                        "Ekonomiskt bistånd",
                        "7,5 miljoner kronor",
                        "-",
                        "ekonomiskt_bistand",
                        note="A sub-area's deviation inside another area's bullet: its own item.",
                    ),
                ),
            ),
            C(
                "Omsorgsnämnden",
                "17,2 miljoner kronor",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                "overtid",
            ),
            C("Kulturnämnden", "0,6 miljoner kronor", "+", "avgifter_intakter"),
            C(
                "Fritidsnämnden",
                "1,2 miljoner kronor",
                "-",
                "prisokningar",
                note="Energy costs are prisokningar.",
            ),
            C("Samhällsbyggnadsnämnden", "2,1 miljoner kronor", "+", "avgifter_intakter"),
            C(
                "Servicenämnden",
                "5,3 miljoner kronor",
                "+",
                "prisokningar",
                note="'Varav' a part: one item with the total; lower food costs are prisokningar.",
            ),
            BP("Miljönämnden"),
        ),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Kalmar kommun – ekonomisk uppföljning och helårsprognos", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Kommunens resultat för perioden januari–oktober uppgår till 312,4 miljoner kronor, vilket är "
                    "41,8 miljoner kronor bättre än det periodiserade budgeterade resultatet.",
                    C(None, "41,8 miljoner kronor", "+", note="The period against the periodised budget."),
                ),
                (
                    "Helårsprognosen pekar på ett resultat om 148,0 miljoner kronor mot budgeterade 176,5 miljoner "
                    "kronor, en negativ avvikelse med 28,5 miljoner kronor.",
                    C(
                        None,
                        "28,5 miljoner kronor",
                        "-",
                        note="The full year, between two levels: its own cause.",
                    ),
                ),
            )
        ),
        P(
            "Avvikelsen består av att nämnderna sammantaget överskrider sina ramar med 63,2 miljoner kronor, medan "
            "finansförvaltningen väntas ge ett överskott på 34,7 miljoner kronor.",
            C(
                "Nämnderna",
                "63,2 miljoner kronor",
                "-",
                note="One sentence split into two areas: two items.",
                also=(C("Finansförvaltningen", "34,7 miljoner kronor", "+", note=FIN),),
            ),
        ),
        P(
            "Jämfört med prognosen i september är helårsresultatet 6,1 miljoner kronor sämre, främst till följd av "
            "att socialnämndens placeringskostnader har fortsatt att öka.",
            F(None, "6,1 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Nämndernas prognoser", 2),
        table,
        H("Ekonomiavdelningens kommentar", 3),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 21,9 respektive 8,4 miljoner kronor högre än "
            "budget, efter den senaste skatteunderlagsprognosen från SKR.",
            C(
                "Skatteintäkter",
                "21,9",
                "+",
                unit="mnkr",
                note=FIN + " A 'respektive' pair: two items.",
                also=(C("Generella statsbidrag", "8,4 miljoner kronor", "+", note=FIN),),
            ),
        ),
        P(
            "Pensionskostnaderna blir 4,2 miljoner kronor lägre än budgeterat, medan finansnettot blir 0,2 miljoner "
            "kronor bättre än budget.",
            C(
                "Pensionskostnader",
                "4,2 miljoner kronor",
                "+",
                note=FIN + " Two areas joined by 'medan': two items.",
                also=(C("Finansnetto", "0,2 miljoner kronor", "+", note=FIN),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 612 miljoner kronor. Prognosen för helåret är 455 miljoner "
            "kronor, vilket innebär att 157 miljoner kronor inte kommer att förbrukas under året. Den största "
            "avvikelsen finns i ombyggnaden av Kvarnholmsskolan, där byggstarten har flyttats till våren 2026.",
            C(
                "Investeringar",
                "157 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        P(
            "Projektet Ny räddningsstation i Berga beräknas överskrida projektbudgeten med 9,8 miljoner kronor till "
            "följd av högre entreprenadpriser.",
            C(
                "Ny räddningsstation i Berga",
                "9,8 miljoner kronor",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan som bland annat innebär att fler placerade barn ska få "
            "stöd i öppenvård i egen regi. Planen beräknas minska kostnaderna med 6 miljoner kronor under 2026.",
            A("Socialnämnden", "6 miljoner kronor", "kopt_verksamhet"),
        ),
        P(
            "Omsorgsnämnden har infört anställningsprövning av samtliga tillsvidaretjänster från och med november.",
            A("Omsorgsnämnden", None, "bemanning"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Med den nuvarande prognosen uppfylls balanskravet. Resultatet motsvarar 2,4 procent av skatteintäkter "
            "och generella statsbidrag, vilket är lägre än det finansiella målet på 3,0 procent.",
            O(None, note="Balanskrav and the financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
