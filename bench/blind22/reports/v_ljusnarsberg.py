"""Ljusnarsbergs kommun, Kommunstyrelsen, bokslut 2025 (the whole kommun).

A small kommun's year-end report in mnkr, footer with the kommunstyrelse's meeting date in March: the result
"5,6 mnkr bättre än det budgeterade resultatet" (the level 9,8 is not the amount), the outcome against the
interim report's forecast with its cause (a forecast change), one sentence splitting the result into the
nämnder's "negativ avvikelse mot budget på 6,2 mnkr" and the finance side "överträffar budget med 11,8 mnkr"
(two items), the balanskrav and a reserve to the resultatutjämningsreserv (other); a nämnd table with the
interim forecast's deviation beside the outcome; headings with a hyphen-minus or a plus that carry the nämnd
and amount ("Socialnämnden -7,6 mnkr") over one short paragraph each: purchased care whose "6,3 mnkr högre
än budgeterat" is a part, not the amount, a dearer school transport contract, vacancies and a grant, a pool
closed for repairs, fee income, and "±0,0 mnkr" over "höll sina budgetar" (boilerplate); tax revenue and
the general grants as two items in one sentence and the finance net in the next; investments "13,1 mnkr lägre
än investeringsbudgeten" with a postponed school renovation; net costs against 2024 (other). 12 scored
causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Ljusnarsbergs kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-10", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd 2025, mnkr",
        header=(
            ("Nämnd", "Budget", "Utfall", "Avvikelse", "Avvikelse enl."),
            ("", "", "", "", "delårsprognos"),
        ),
        rows=(
            ("Kommunstyrelsen", "64,3", "62,2", "2,1", "1,4"),
            ("Socialnämnden", "138,0", "145,6", "-7,6", "-9,9"),
            ("Utbildningsnämnden", "121,5", "122,8", "-1,3", "-1,0"),
            ("Kultur- och fritidsnämnden", "14,7", "14,3", "0,4", "0,2"),
            ("Bygg- och miljönämnden", "5,2", "5,0", "0,2", "0,0"),
            ("Revision och överförmyndare", "3,1", "3,1", "0,0", "0,0"),
            ("Summa nämnder", "346,8", "353,0", "-6,2", "-9,3"),
        ),
        widths=(170.0, 62.0, 62.0, 70.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Ljusnarsbergs kommun – driftredovisning och resultatanalys", size=11.5, font="sans", after=12),
        H("Årets resultat", 1),
        PS(
            (
                "Kommunens resultat för 2025 blev 9,8 mnkr, vilket är 5,6 mnkr bättre än det budgeterade resultatet.",
                C(None, "5,6 mnkr", "+", note="The result level 9,8 mnkr is not the amount."),
            ),
            (
                "Jämfört med prognosen i delårsrapporten blev utfallet 3,1 mnkr bättre, framför allt eftersom "
                "socialnämndens kostnader för placeringar minskade under hösten.",
                F(None, "3,1 mnkr", "+", "kopt_verksamhet", note="The outcome against the interim forecast."),
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget en negativ avvikelse mot budget på 6,2 mnkr, medan skatteintäkter, "
            "generella statsbidrag och finansnetto överträffar budget med 11,8 mnkr.",
            C(
                "Nämnderna",
                "6,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(
                    C("Skatteintäkter, generella statsbidrag och finansnetto", "11,8 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        P(
            "Balanskravsresultatet efter justering för realisationsvinster är 8,9 mnkr. Kommunfullmäktige har "
            "beslutat att 3,0 mnkr av årets resultat reserveras till resultatutjämningsreserven.",
            O(None, note="Balanskrav and a reserve: other."),
        ),
        table,
        H("Nämndernas resultat", 2),
        HP(
            "Socialnämnden -7,6 mnkr",
            "Underskottet har sin grund i ett fortsatt stort behov av placeringar inom barn- och ungdomsvården, där "
            "kostnaderna för köpt vård blev 6,3 mnkr högre än budgeterat. Hemtjänsten hade också fler beviljade "
            "timmar än planerat.",
            C(
                "Socialnämnden",
                "-7,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Hyphen-minus in the heading; the 6,3 mnkr for purchased care is a part, not the amount.",
            ),
        ),
        HP(
            "Utbildningsnämnden -1,3 mnkr",
            "Skolskjutsarna blev dyrare efter den nya upphandlingen, och de interkommunala ersättningarna för "
            "gymnasieelever i Lindesberg och Fagersta översteg budget.",
            C("Utbildningsnämnden", "-1,3 mnkr", "-", "prisokningar", "kopt_verksamhet"),
        ),
        HP(
            "Kommunstyrelsen +2,1 mnkr",
            "Kommunstyrelsens överskott kommer framför allt från vakanta tjänster inom samhällsbyggnad och från att "
            "bredbandsutbyggnaden i Ställdalen fick ett oväntat bidrag från Post- och telestyrelsen.",
            C("Kommunstyrelsen", "+2,1 mnkr", "+", "vakanser", "statsbidrag"),
        ),
        HP(
            "Kultur- och fritidsnämnden +0,4 mnkr",
            "Badhuset i Kopparberg var stängt i sex veckor för byte av reningsanläggning, vilket sänkte personal- "
            "och driftkostnaderna.",
            C(
                "Kultur- och fritidsnämnden",
                "+0,4 mnkr",
                "+",
                "ovrigt",
                note="A repair closure: ovrigt.",
            ),
        ),
        HP(
            "Bygg- och miljönämnden +0,2 mnkr",
            "Intäkterna från tillsyn och bygglov blev något högre än beräknat.",
            C("Bygg- och miljönämnden", "+0,2 mnkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Revision och överförmyndare ±0,0 mnkr",
            "Verksamheterna höll sina budgetar.",
            BP("Revision och överförmyndare"),
        ),
        H("Finansiering", 2),
        PS(
            (
                "Skatteintäkterna blev 4,9 mnkr högre än budget till följd av en positiv slutavräkning, och de "
                "generella statsbidragen överträffade budget med 5,2 mnkr efter regeringens extra tillskott till "
                "kommunsektorn.",
                C(
                    "Skatteintäkter",
                    "4,9 mnkr",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Generella statsbidrag", "5,2 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Finansnettot blev 1,7 mnkr bättre än budgeterat.",
                C("Finansnetto", "1,7 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Årets investeringar uppgick till 22,4 mnkr, vilket är 13,1 mnkr lägre än investeringsbudgeten. Den "
            "största avvikelsen avser renoveringen av Kopparbergs skola, som har skjutits upp i avvaktan på en ny "
            "lokalutredning.",
            C(
                "Investeringar",
                "13,1 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending with a postponed project.",
            ),
        ),
        H("Jämförelse med 2024", 2),
        P(
            "Nettokostnaderna ökade med 4,4 procent jämfört med 2024, medan skatteintäkter och generella statsbidrag "
            "ökade med 5,9 procent.",
            O(None, note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ljusnarsberg-ks-bokslut-2025.pdf",
        report={
            "municipality": "Ljusnarsberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025", "author": "Ljusnarsbergs kommun"},
        style=style,
        blocks=blocks,
    )
