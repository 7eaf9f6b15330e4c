"""Hultsfreds kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report in mnkr, set in Times, footer with the kommunfullmäktige meeting in October:
the period "21,6 mnkr bättre än det periodiserade budgeterade resultatet", its timing reason in a sentence
of its own (amount null), the full year as "en negativ avvikelse på 7,6 mnkr" after two levels, one sentence
splitting it into the nämnder's "underskott mot budget på 19,8 mnkr" and the finance function's "överskott
på 12,2 mnkr", a change since May; a table per nämnd with U+2212 minus; en-dash bullets under a generic
heading ("Ekonomiavdelningens kommentar") in varied shapes ("redovisar ett överskott", "beräknas överskrida
sin ram", a possessive "Socialnämndens underskott, 13,7 mnkr" with a "varav" part, "landar 1,2 mnkr sämre än
budget", "bedöms hålla budget"); three finance items in one sentence (one "lägre än budgeterat", two as a
"respektive" pair), investments "35,5 mnkr inte förbrukas" and a project overrun, an action with its effect,
balanskrav and a financial goal with "beror på" (others). Liberation Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("HULTSFREDS KOMMUN", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "90,3", "141,2", "1,4"),
            ("Barn- och utbildningsnämnden", "398,4", "268,9", "404,7", "−6,3"),
            ("Socialnämnden", "452,1", "311,5", "465,8", "−13,7"),
            ("Samhällsbyggnadsnämnden", "61,9", "44,0", "63,1", "−1,2"),
            ("Revisionen", "1,4", "0,8", "1,4", "0,0"),
            ("Summa nämnder", "1 056,4", "715,5", "1 076,2", "−19,8"),
            ("Finansförvaltningen", "", "", "", "12,2"),
            ("Avvikelse mot budget", "", "", "", "−7,6"),
        ),
        widths=(160.0, 66.0, 72.0, 68.0, 60.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Hultsfreds kommun", size=13, font="times", after=14),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Kommunens resultat för januari–augusti uppgår till 48,2 mnkr, vilket är 21,6 mnkr bättre än det "
                "periodiserade budgeterade resultatet.",
                C(None, "21,6 mnkr", "+", note="The period's deviation, a sentence of its own."),
            ),
            (
                "Den positiva avvikelsen för perioden förklaras främst av att semesterlöneskulden minskar under "
                "sommaren och att flera underhållsprojekt ännu inte har fakturerats.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "lonekostnader",
                    note="The period surplus's reason apart from its amount: amount null.",
                ),
            ),
        ),
        P(
            "Helårsprognosen visar ett resultat på 9,4 mnkr, att jämföra med budgeterade 17,0 mnkr, en negativ "
            "avvikelse på 7,6 mnkr.",
            C(None, "7,6 mnkr", "-", note="Two levels, then the deviation."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott mot budget på 19,8 mnkr, medan finansförvaltningen "
            "väntas ge ett överskott på 12,2 mnkr.",
            C(
                "Nämnderna",
                "19,8 mnkr",
                "-",
                note="The result split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "12,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i maj har helårsprognosen försämrats med 3,1 mnkr, framför allt inom socialnämndens "
            "verksamheter.",
            F(None, "3,1 mnkr", "-"),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 2),
        Bullets(
            items=(
                "Kommunstyrelsen redovisar ett överskott på 1,4 mnkr, främst till följd av vakanta tjänster inom "
                "ekonomi- och personalavdelningen och lägre kostnader för IT-licenser än budgeterat.",
                "Barn- och utbildningsnämnden beräknas överskrida sin ram med 6,3 mnkr. Fler barn i förskolan i "
                "Målilla och Virserum än planerat och ökade kostnader för interkommunala ersättningar till "
                "gymnasieskolor i Vetlanda och Västervik förklarar huvuddelen.",
                "Socialnämndens underskott, 13,7 mnkr, består av köpta placeringar inom individ- och "
                "familjeomsorgen, varav 5,2 mnkr avser HVB för ungdomar, samt högre kostnader för "
                "bemanningssjuksköterskor inom särskilt boende.",
                "Samhällsbyggnadsnämnden landar 1,2 mnkr sämre än budget efter den snörika vintern, som gav "
                "merkostnader för vinterväghållningen.",
                "Revisionen bedöms hålla budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,4 mnkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,3 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Interkommunal ersättning for pupils elsewhere: kopt_verksamhet.",
                ),
                C(
                    "Socialnämnden",
                    "13,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "inhyrd_personal",
                    note="A possessive; the 'varav' part is not the amount.",
                ),
                C("Samhällsbyggnadsnämnden", "1,2 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
                BP("Revisionen"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Inom finansförvaltningen blir skatteintäkterna 4,8 mnkr lägre än budgeterat, medan pensionskostnaderna "
            "och finansnettot blir 9,1 respektive 7,9 mnkr bättre än budget.",
            C(
                "Skatteintäkter",
                "4,8 mnkr",
                "-",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "9,1", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "7,9 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 96,5 mnkr, varav 35,5 mnkr bedöms inte förbrukas under året, "
            "främst eftersom ombyggnaden av simhallen har skjutits till 2026.",
            C("Investeringar", "35,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet ny förskola i Järnforsen beräknas däremot överskrida projektbudgeten med 2,4 mnkr till följd "
            "av markföroreningar som upptäcktes vid schaktningen.",
            C("Ny förskola i Järnforsen", "2,4 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en åtgärdsplan med anställningsprövning och översyn av placeringar, som "
            "beräknas minska underskottet med 3,0 mnkr under hösten.",
            A("Socialnämnden", "3,0 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 8,1 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Det finansiella målet om ett resultat på 2 procent av skatter och generella statsbidrag nås inte, vilket "
            "beror på nämndernas underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
