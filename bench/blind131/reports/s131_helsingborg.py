"""Helsingborgs stad, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole city).

A whole-city interim report in mnkr with U+2212 minus signs, footer with the kommunfullmäktige's meeting date
in October: the period "212 mnkr högre än det periodiserade budgeterade resultatet" and the full year "41
mnkr lägre än det budgeterade resultatet" in separate paragraphs, one sentence splitting the full year into
the nämnder's "underskott mot budget på 96,4 mnkr" and the finance function's "överskott på 55,4 mnkr", the
change since April with its causes; a table with the deviation in August and April side by side; then
bullets under a generic heading ("Stadsledningsförvaltningens kommentar") in varied shapes ("redovisar ett
underskott på", "prognos är −31,5 mnkr", "överskrider sin ram med", "För arbetsmarknadsnämnden väntas ett
negativt utfall jämfört med budget om", a possessive "Stadsbyggnadsnämndens underskott", "beräknas lämna ett
överskott", "visar +4,1 mnkr", two nämnder as a "respektive" pair, one that "bedöms hålla budget"); two
actions (one with an effect), three finance items (one alone, two as a "respektive" pair), investments "395
mnkr lägre än investeringsbudgeten" and a project overrun, balanskrav and solidity against last year with
"beror på" and a risk (others). Liberation Sans 9.5 pt.

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
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-22", "Dnr 2025/01187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos 2025, mnkr (avvikelse mot budget, − = underskott)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "1 012,5", "1 004,3", "+8,2", "+6,0"),
            ("Socialnämnden", "1 486,0", "1 534,7", "−48,7", "−39,5"),
            ("Vård- och omsorgsnämnden", "2 214,3", "2 245,8", "−31,5", "−27,0"),
            ("Arbetsmarknadsnämnden", "398,6", "411,5", "−12,9", "−9,8"),
            ("Skol- och fritidsnämnden", "3 102,8", "3 117,4", "−14,6", "−15,2"),
            ("Kulturnämnden", "212,4", "210,6", "+1,8", "+1,0"),
            ("Stadsbyggnadsnämnden", "96,2", "99,6", "−3,4", "−2,0"),
            ("Miljönämnden", "41,7", "41,1", "+0,6", "+0,4"),
            ("Fastighetsnämnden", "58,0", "53,9", "+4,1", "+3,2"),
            ("Idrotts- och fritidsnämnden", "268,5", "268,5", "0,0", "0,0"),
            ("Summa nämnder", "", "", "−96,4", "−82,9"),
            ("Finansförvaltningen", "", "", "+55,4", "+64,9"),
            ("Stadens resultat mot budget", "", "", "−41,0", "−18,0"),
        ),
        widths=(160.0, 76.0, 76.0, 78.0, 78.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Helsingborgs stad", size=12.5, font="arial", after=12),
        H("Ekonomisk översikt", 1),
        P(
            "Stadens resultat för perioden januari–augusti uppgår till 684 mnkr, vilket är 212 mnkr högre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "212 mnkr",
                "+",
                note="The period against the periodised budget, in a paragraph of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat på 218 mnkr, vilket är 41 mnkr lägre än det budgeterade "
            "resultatet på 259 mnkr.",
            C(None, "41 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämnderna prognostiserar sammantaget ett underskott mot budget på 96,4 mnkr, medan "
                "finansförvaltningen väntas redovisa ett överskott på 55,4 mnkr.",
                C(
                    "Nämnderna",
                    "96,4 mnkr",
                    "-",
                    note="One sentence, two areas: the nämnder and the finance function.",
                    also=(C("Finansförvaltningen", "55,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med prognosen efter april har helårsresultatet försämrats med 23 mnkr, främst till följd "
                "av högre kostnader för försörjningsstöd och placeringar.",
                F(None, "23 mnkr", "-", "ekonomiskt_bistand", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Nämndernas resultat", 2),
        H("Stadsledningsförvaltningens kommentar", 3),
        Bullets(
            (
                "Socialnämnden redovisar ett underskott på 48,7 mnkr. Kostnaderna för placeringar av barn och unga "
                "på HVB och i familjehem har fortsatt att öka, och försörjningsstödet ligger på en högre nivå än "
                "budgeterat.",
                "Vård- och omsorgsnämndens prognos är −31,5 mnkr. Fler beviljade hemtjänsttimmar och högre "
                "kostnader för sjuklön inom särskilt boende förklarar merparten av avvikelsen.",
                "Skol- och fritidsnämnden överskrider sin ram med 14,6 mnkr, framför allt därför att antalet elever "
                "i anpassad grundskola har ökat och att det nya skolskjutsavtalet blivit dyrare.",
                "För arbetsmarknadsnämnden väntas ett negativt utfall jämfört med budget om 12,9 mnkr, eftersom det "
                "statliga bidraget till etableringsinsatser har minskat kraftigt.",
                "Stadsbyggnadsnämndens underskott på 3,4 mnkr kan härledas till lägre intäkter från bygglov när "
                "bostadsbyggandet har avstannat.",
                "Kommunstyrelsen beräknas lämna ett överskott på 8,2 mnkr, vilket beror på vakanta tjänster inom "
                "stadsledningsförvaltningen och att delar av digitaliseringssatsningen skjutits till 2026.",
                "Fastighetsnämnden visar +4,1 mnkr till följd av lägre energikostnader än budgeterat.",
                "Kulturnämnden och miljönämnden redovisar överskott på 1,8 respektive 0,6 mnkr, främst genom "
                "vakanser.",
                "Idrotts- och fritidsnämnden bedöms hålla budget.",
            ),
            labels=(
                C("Socialnämnden", "48,7 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C(
                    "Vård- och omsorgsnämnden",
                    "−31,5 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    note="A possessive names the area.",
                ),
                C(
                    "Skol- och fritidsnämnden",
                    "14,6 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C("Arbetsmarknadsnämnden", "12,9 mnkr", "-", "statsbidrag", note="The area after 'För'."),
                C("Stadsbyggnadsnämnden", "3,4 mnkr", "-", "avgifter_intakter", "volymer"),
                C(
                    "Kommunstyrelsen",
                    "8,2 mnkr",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    "periodisering",
                ),
                C(
                    "Fastighetsnämnden",
                    "+4,1 mnkr",
                    "+",
                    "prisokningar",
                    note="Lower energy costs: prisokningar.",
                ),
                C(
                    "Kulturnämnden",
                    "1,8",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    note="Two nämnder as a 'respektive' pair: one item each.",
                    also=(C("Miljönämnden", "0,6 mnkr", "+", "vakanser"),),
                ),
                BP("Idrotts- och fritidsnämnden"),
            ),
        ),
        PS(
            (
                "Samtliga nämnder med underskott har fått i uppdrag att ta fram handlingsplaner.",
                A(None, None),
            ),
            (
                "Socialnämndens plan omfattar bland annat hemtagning av placerade barn till egen verksamhet, som "
                "beräknas minska kostnaderna med 6 mnkr under hösten.",
                A("Socialnämnden", "6 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag blir sammantaget 38,2 mnkr högre än budgeterat enligt "
                "SKR:s augustiprognos.",
                C("Skatteintäkter och generella statsbidrag", "38,2 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot bidrar med 9,7 respektive 7,5 mnkr.",
                C(
                    "Pensionskostnader",
                    "9,7",
                    "+",
                    unit="mnkr",
                    note=NO_TAG
                    + " A 'respektive' pair whose direction follows from 'bidrar' to the surplus.",
                    also=(C("Finansnetto", "7,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret beräknas till 1 340 mnkr, vilket är 395 mnkr lägre än "
            "investeringsbudgeten på 1 735 mnkr. Skillnaden beror främst på att ombyggnaden av Kvarnbäcksskolan "
            "och det nya badhuset vid Norra hamnen har förskjutits i tid.",
            C("Investeringar", "395 mnkr", "+", "periodisering"),
        ),
        P(
            "Badhuset vid Norra hamnen beräknas överskrida projektbudgeten med 18 mnkr till följd av högre "
            "entreprenadpriser.",
            C(
                "Badhuset vid Norra hamnen",
                "18 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 164 mnkr. Stadens soliditet har minskat med två procentenheter "
            "jämfört med augusti 2024, vilket beror på den höga investeringstakten.",
            O(None, note="Balanskrav and solidity against the previous year: other."),
        ),
        P(
            "Prognosen förutsätter att kostnaderna för placeringar inte fortsätter att öka i samma takt som under "
            "våren. Osäkerheten i skatteprognoserna är också stor.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Helsingborgs stad",
            "author": "Helsingborgs stad",
        },
        style=style,
        blocks=blocks,
    )
