"""Ekerö kommun, Kommunstyrelsen, månadsrapport oktober 2025.

A whole-kommun month report in Arial, header with the kommunstyrelse's meeting date in November: the full
year "13,4 mnkr lägre än det budgeterade resultatet" between two levels, one sentence splitting it into the
nämnder's "underskott på 24,1 mnkr" and the finance function's "överskott om 10,7 mnkr", the change since
September with its cause, the period "4,3 mnkr bättre än periodiserad budget" with a timing reason; a nämnd
table with deficits in brackets ("(9,8)") and September's deviation beside October's; bold run-in nämnder
with a colon in varied shapes ("räknar med ett överskott på", "överstiger ramen med", a possessive
"Social- och omsorgsnämndens prognostiserade underskott" with a "varav"-like part and a change since
September, "året slutar 1,4 mnkr sämre än budget", "ett positivt utfall jämfört med budget med", a
reason-only deficit (the row's "(2,4)"), "bedöms hålla sin budget"); tax revenue and the general grant as a
"respektive" pair, pensions and the finance net after "medan"; investments "88 mnkr inte kommer att
förbrukas" after two levels and a project "cirka 4 mnkr" over its budget; actions and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Ekerö kommun", "Kommunstyrelsens sammanträde 2025-11-25"),
        footer=lambda n, m: ("Ekonomienheten", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (underskott inom parentes)",
        header=(("Nämnd", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "142,5", "141,3", "1,2", "0,8"),
            ("Barn- och utbildningsnämnden", "812,3", "822,1", "(9,8)", "(8,9)"),
            ("Social- och omsorgsnämnden", "545,8", "558,4", "(12,6)", "(12,0)"),
            ("Kultur- och fritidsnämnden", "58,4", "59,8", "(1,4)", "(1,1)"),
            ("Miljö- och byggnadsnämnden", "21,7", "20,8", "0,9", "0,6"),
            ("Tekniska nämnden", "96,2", "98,6", "(2,4)", "(1,8)"),
            ("Revision och valnämnd", "3,9", "3,9", "0,0", "0,0"),
            ("Summa nämnder", "1 680,8", "1 704,9", "(24,1)", "(22,4)"),
            ("Finansförvaltningen", "", "", "10,7", "10,4"),
            ("Totalt", "", "", "(13,4)", "(12,0)"),
        ),
        widths=(150.0, 64.0, 64.0, 70.0, 70.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Ekerö kommun – Kommunstyrelsen", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens prognos för helåret 2025 är ett resultat på 21,6 mnkr, vilket är 13,4 mnkr lägre än det "
                "budgeterade resultatet på 35,0 mnkr.",
                C(None, "13,4 mnkr", "-", note="The full year's deviation between two result levels."),
            ),
            (
                "Nämnderna redovisar tillsammans ett underskott på 24,1 mnkr medan finansförvaltningen väntas ge ett "
                "överskott om 10,7 mnkr.",
                C(
                    "Nämnderna",
                    "24,1 mnkr",
                    "-",
                    note="One sentence, two areas: split.",
                    also=(C("Finansförvaltningen", "10,7 mnkr", "+"),),
                ),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har resultatet försämrats med 1,4 mnkr, främst till följd av fler "
            "placeringar av barn och unga.",
            F(None, "1,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Ackumulerat till och med oktober redovisar kommunen ett resultat på 38,5 mnkr, vilket är 4,3 mnkr bättre "
            "än periodiserad budget. Överskottet beror till stor del på att semesterlöneskulden ännu inte har "
            "reglerats och kommer att minska under resten av året.",
            C(
                None,
                "4,3 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period against the periodised budget, with its timing reason in the next sentence.",
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        LP(
            "Kommunstyrelsen:",
            "Förvaltningen räknar med ett överskott på 1,2 mnkr, som beror på vakanta tjänster inom HR-enheten och "
            "lägre kostnader för konsultstöd än beräknat.",
            C("Kommunstyrelsen", "1,2 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Barn- och utbildningsnämnden:",
            "Nämndens kostnader överstiger ramen med 9,8 mnkr. Avvikelsen förklaras av att fler elever än budgeterat "
            "går i fristående skolor och i andra kommuner, samt av högre kostnader för tilläggsbelopp till elever med "
            "omfattande stödbehov.",
            C("Barn- och utbildningsnämnden", "9,8 mnkr", "-", "volymer", "kopt_verksamhet"),
            (
                "Förvaltningen har infört anställningsprövning för alla tjänster utom lärare.",
                A("Barn- och utbildningsnämnden", None, "bemanning"),
            ),
        ),
        LP(
            "Social- och omsorgsnämnden:",
            "Social- och omsorgsnämndens prognostiserade underskott uppgår till 12,6 mnkr. Underskottet kan härledas "
            "till externa placeringar av barn och unga, som beräknas kosta 8,1 mnkr mer än budgeterat, och till "
            "ökade volymer inom hemtjänsten. Att kostnaderna för försörjningsstöd minskar något mildrar underskottet.",
            C(
                "Social- och omsorgsnämnden",
                "12,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
                note="Possessive; the placements' 8,1 mnkr is a part, not the amount.",
            ),
            (
                "Jämfört med september är det en försämring med 0,6 mnkr.",
                F("Social- och omsorgsnämnden", "0,6 mnkr", "-"),
            ),
        ),
        LP(
            "Kultur- och fritidsnämnden:",
            "Nämnden bedömer att året slutar 1,4 mnkr sämre än budget. Det beror på högre energikostnader i simhallen "
            "samt på att intäkterna från uthyrning av idrottshallar har blivit lägre än förväntat.",
            C("Kultur- och fritidsnämnden", "1,4 mnkr", "-", "prisokningar", "avgifter_intakter"),
        ),
        LP(
            "Miljö- och byggnadsnämnden:",
            "Intäkterna från bygglov och tillsyn har blivit högre än beräknat, vilket ger nämnden ett positivt utfall "
            "jämfört med budget med 0,9 mnkr.",
            C("Miljö- och byggnadsnämnden", "0,9 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Tekniska nämnden:",
            "Vinterväghållningen i februari och mars blev betydligt dyrare än normalt, och reparationen av "
            "angöringsbryggan vid Tappström kostade mer än vad som fanns avsatt.",
            C(
                "Tekniska nämnden",
                "(2,4)",
                "-",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell, a deficit in brackets. Snow and repairs are ovrigt.",
            ),
        ),
        LP(
            "Revision och valnämnd:",
            "Båda bedöms hålla sin budget.",
            BP("Revision och valnämnd"),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och det generella statsbidraget beräknas bli 6,2 respektive 2,1 mnkr högre än budget "
            "enligt SKR:s oktoberprognos.",
            C(
                "Skatteintäkter",
                "6,2",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: split. Finance items: no tag.",
                also=(C("Generellt statsbidrag", "2,1 mnkr", "+"),),
            ),
        ),
        P(
            "Pensionskostnaderna blir 1,3 mnkr lägre än budgeterat, medan finansnettot blir 1,1 mnkr bättre tack vare "
            "lägre räntor på kommunens lån.",
            C(
                "Pensionskostnader",
                "1,3 mnkr",
                "+",
                note="Two areas in one sentence: split. Finance items: no tag.",
                also=(C("Finansnetto", "1,1 mnkr", "+"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 286 mnkr och prognosen är 198 mnkr, vilket innebär att 88 mnkr "
            "inte kommer att förbrukas under året. Den största delen av avvikelsen avser den nya skolan i Sundby, där "
            "byggstarten har flyttats till våren 2026.",
            C("Investeringar", "88 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projektet Nya Stenhamra idrottsplats beräknas överskrida projektbudgeten med cirka 4 mnkr på grund av "
            "markföroreningar som upptäcktes vid schaktningen.",
            C("Stenhamra idrottsplats", "cirka 4 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett samtliga nämnder med underskott i uppdrag att ta fram åtgärdsplaner som ska "
                "redovisas i december.",
                A(None, None),
            ),
            (
                "Social- och omsorgsnämnden har redan beslutat om åtgärder som beräknas minska kostnaderna med 2,5 mnkr "
                "under 2026.",
                A("Social- och omsorgsnämnden", "2,5 mnkr"),
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen för skatteintäkterna är osäker eftersom konjunkturen har försvagats under hösten, och en ny "
            "skatteunderlagsprognos väntas i december.",
            O("Skatteintäkter", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="ekero-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Ekerö kommun", "author": "Ekerö kommun"},
        style=style,
        blocks=blocks,
    )
