"""Landskrona stad, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date
in October: the full year "en negativ avvikelse mot budget på 21,6 mnkr", then one sentence splitting it into
the nämnder's "underskott på 47,9 mnkr" and the finance function's "överskott på 26,3 mnkr" (two items), the
change since August with its cause, the period's result "61,0 mnkr, att jämföra med ett periodiserat
budgeterat resultat på 44,5 mnkr" with its reason (16,5 never written out: the computed value); a table per
nämnd with the deviation in September and August side by side; en-dash bullets under a generic heading
("Stadsledningsförvaltningens kommentar") in varied shapes: "överskott 3,8 mnkr" after a colon, "överskrider
sin ram med 12,4 mnkr", a possessive with last month's figure in brackets ("−29,6 mnkr (−26,1 i augusti)"),
"landar enligt prognosen på ett negativt resultat om 9,7 mnkr", "ett litet plus, 0,6 mnkr", "För Tekniska
nämnden blir kostnaderna 1,9 mnkr högre", "prognostiserar +1,3 mnkr" and "håller sin budget" (boilerplate);
tax revenue, then pensions and the finance net as a "respektive" pair; investments "115 mnkr inte
förbrukas" and a project "överskrida projektbudgeten med 8,5 mnkr"; two actions, balanskrav and a risk
(others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Landskrona stad", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-20", "Dnr KS 2025/412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse sep", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "248,6", "244,8", "+3,8", "+2,9"),
            ("Skolnämnden", "1 012,3", "1 024,7", "−12,4", "−11,0"),
            ("Individ- och familjenämnden", "318,9", "348,5", "−29,6", "−26,1"),
            ("Omsorgsnämnden", "842,1", "851,8", "−9,7", "−9,9"),
            ("Kultur- och fritidsnämnden", "96,4", "95,8", "+0,6", "+0,4"),
            ("Tekniska nämnden", "121,7", "123,6", "−1,9", "−1,2"),
            ("Stadsbyggnadsnämnden", "38,2", "36,9", "+1,3", "+1,0"),
            ("Överförmyndarnämnden", "7,4", "7,4", "0,0", "0,0"),
            ("Summa nämnder", "", "", "−47,9", "−43,9"),
            ("Finansförvaltningen", "", "", "+26,3", "+26,7"),
            ("Totalt", "", "", "−21,6", "−17,2"),
        ),
        widths=(170.0, 66.0, 66.0, 76.0, 76.0),
        bold_rows=frozenset({8, 10}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=18, font="serif-bold", after=2),
        Title("Landskrona stad – samtliga nämnder", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Stadens prognos för helåret är ett resultat på 38,2 mnkr, vilket innebär en negativ avvikelse mot "
                "budget på 21,6 mnkr.",
                C(None, "21,6 mnkr", "-", note="The whole kommun's full year, after its level."),
            ),
            (
                "Nämnderna prognostiserar tillsammans ett underskott på 47,9 mnkr medan finansförvaltningen "
                "beräknas ge ett överskott på 26,3 mnkr.",
                C(
                    "Nämnderna",
                    "47,9 mnkr",
                    "-",
                    note="One sentence splitting the result: two items with the same text.",
                    also=(C("Finansförvaltningen", "26,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Jämfört med augustiprognosen har resultatet försämrats med 4,4 mnkr, främst därför att Individ- och "
            "familjenämndens placeringskostnader fortsätter att öka.",
            F(None, "4,4 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Utfallet till och med september är 61,0 mnkr, att jämföra med ett periodiserat budgeterat resultat på "
            "44,5 mnkr. Skillnaden förklaras till största delen av att semesterlöneskulden minskar under sommaren "
            "och att personalkostnaderna därför blir lägre under perioden.",
            C(
                None,
                "61,0 mnkr, att jämföra med ett periodiserat budgeterat resultat på 44,5 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                value=16_500_000,
                note="The period's deviation, 16,5 mnkr, never written out: the computed value.",
            ),
        ),
        table,
        H("Stadsledningsförvaltningens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 3,8 mnkr, främst genom vakanta tjänster inom stadsledningsförvaltningen "
                "och lägre kostnader för IT-licenser än beräknat.",
                "Skolnämnden överskrider sin ram med 12,4 mnkr. Fler elever än budgeterat i grundskolans årskurs "
                "7–9 och ökade tilläggsbelopp till fristående skolor driver underskottet.",
                "Individ- och familjenämndens underskott, −29,6 mnkr (−26,1 i augusti), beror på att antalet "
                "placeringar av barn och unga på HVB och i familjehem är fortsatt högt, och på att kostnaderna för "
                "ekonomiskt bistånd har ökat när fler hushåll saknar arbete.",
                "Omsorgsnämnden landar enligt prognosen på ett negativt resultat om 9,7 mnkr jämfört med budget. "
                "Hemtjänsttimmarna har ökat med 6 procent sedan årsskiftet och sjukfrånvaron inom särskilt boende "
                "leder till höga kostnader för timvikarier.",
                "Kultur- och fritidsnämnden redovisar ett litet plus, 0,6 mnkr, tack vare högre entréintäkter från "
                "sommarens utställningar.",
                "För Tekniska nämnden blir kostnaderna 1,9 mnkr högre än budget, eftersom snöröjningen i februari "
                "och reparationer av gatubelysning efter stormen blev dyrare än beräknat.",
                "Stadsbyggnadsnämnden: bygglovsintäkterna överstiger budget och nämnden prognostiserar +1,3 mnkr.",
                "Överförmyndarnämnden håller sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "3,8 mnkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Skolnämnden",
                    "12,4 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Tilläggsbelopp paid to independent schools: kopt_verksamhet.",
                ),
                C(
                    "Individ- och familjenämnden",
                    "−29,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                    note="A possessive; the bracketed figure is August's and not the amount.",
                ),
                C("Omsorgsnämnden", "9,7 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
                C("Kultur- och fritidsnämnden", "0,6 mnkr", "+", "avgifter_intakter"),
                C("Tekniska nämnden", "1,9 mnkr", "-", "ovrigt", note="Snow and storm damage: ovrigt."),
                C("Stadsbyggnadsnämnden", "+1,3 mnkr", "+", "avgifter_intakter"),
                BP("Överförmyndarnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna beräknas bli 14,2 mnkr högre än budget enligt SKR:s augustiprognos.",
                C("Skatteintäkter", "14,2 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot bidrar med 7,5 respektive 4,6 mnkr.",
                C(
                    "Pensionskostnader",
                    "7,5",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "4,6 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 486 mnkr. Prognosen är 371 mnkr, vilket innebär att 115 mnkr "
            "inte förbrukas under året. Den största avvikelsen avser den nya F–9-skolan i stadens norra delar, där "
            "byggstarten har skjutits till våren 2026.",
            C("Investeringar", "115 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av simhallen beräknas överskrida projektbudgeten med 8,5 mnkr till följd av att större "
            "fuktskador än väntat upptäcktes i stommen.",
            C("Ombyggnad av simhallen", "8,5 mnkr", "-", "ovrigt", note="An investment project's overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Individ- och familjenämnden har beslutat om en handlingsplan med fler hemmaplanslösningar som ska minska "
            "placeringskostnaderna med 5 mnkr på helårsbasis.",
            A("Individ- och familjenämnden", "5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Skolnämnden har infört anställningsprövning för alla tjänster utom lärare i kärnämnen.",
            A("Skolnämnden", None, "bemanning"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Balanskravet klaras trots prognosens avvikelse, eftersom resultatet fortfarande är positivt.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar ytterligare under hösten om arbetslösheten "
            "fortsätter att stiga.",
            O("Individ- och familjenämnden", "ekonomiskt_bistand", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="landskrona-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
