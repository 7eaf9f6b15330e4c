"""Nyköpings kommun, Barn- och ungdomsnämnden, delårsrapport januari–augusti 2025.

A committee's interim report: the full-year result against a budgeted deficit ("−8,6 mnkr mot
budgeterade −2,0 mnkr", a 6,6 mnkr deviation) followed by a sentence on the use of accumulated surplus
(other), the period outcome against the periodised budget explained by timing, a result table per
verksamhet with budget, outcome and forecast but no deviation column (so every amount lives in the
prose), then two columns: headings that carry the area and the amount with a paragraph each (one long
paragraph with four causes, no cue word in another), bold run-in lines with
area and amount for the smaller verksamheter (one "±0", boilerplate), a forecast change against April,
actions as a dashed list (one with an effect), and a goal with a year-on-year comparison (not
labelled). DejaVu Serif Condensed 9.5 pt with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=5.5,
        heading_sizes=(13.5, 11.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-cond-bold"),
        margins=(58.0, 72.0, 58.0, 70.0),
        gutter=20.0,
        header=lambda n, m: ("Nyköpings kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Barn- och ungdomsnämnden", "", f"{n}"),
    )
    result = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025"),),
        rows=(
            ("Nämnd och förvaltning", "28,5", "18,2", "28,5"),
            ("Förskola", "412,0", "266,3", "409,6"),
            ("Fritidshem", "96,3", "59,8", "95,1"),
            ("Grundskola", "688,4", "461,2", "696,3"),
            ("Anpassad grundskola", "54,2", "37,9", "57,4"),
            ("Elevhälsa", "38,0", "23,1", "36,2"),
            ("Skolskjuts", "31,6", "21,4", "32,5"),
            ("Summa nettokostnad", "1 349,0", "887,9", "1 355,6"),
            ("Kommunbidrag", "1 347,0", "898,0", "1 347,0"),
            ("Resultat", "−2,0", "10,1", "−8,6"),
        ),
        widths=(190.0, 80.0, 90.0, 80.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-bold"),
        Title("Barn- och ungdomsnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomiskt utfall och prognos", 1),
        PS(
            (
                "Nämndens helårsprognos visar ett resultat på −8,6 mnkr mot budgeterade −2,0 mnkr.",
                C(
                    None,
                    "−8,6 mnkr mot budgeterade −2,0 mnkr",
                    "-",
                    value=6_600_000,
                    note="Result against a budgeted deficit: a deviation of 6,6 mnkr.",
                ),
            ),
            (
                "Det budgeterade underskottet motsvarar den del av nämndens ackumulerade överskott från 2024 som "
                "kommunfullmäktige har gett nämnden rätt att använda under året.",
                O(None, "reserver", note="Use of accumulated surplus (eget kapital): financing."),
            ),
        ),
        P(
            "Utfallet för januari–augusti är 3,1 mnkr bättre än periodiserad budget. Det förklaras främst av att "
            "kostnaderna för läromedel och inventarier inför höstterminen bokförs först i september.",
            C(
                None,
                "3,1 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Period deviation against the periodised budget, a timing effect.",
            ),
        ),
        result,
        Columns(2),
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +2,4 mnkr",
            "Antalet barn i förskolan har under året legat i genomsnitt 85 under budgeterad nivå, och två "
            "avdelningar på förskolan Lärkan har hållits stängda sedan februari. Personalen har flyttats till "
            "andra enheter i takt med att tjänster blivit lediga.",
            C("Förskola", "+2,4 mnkr", "+", "volymer", "bemanning"),
        ),
        HP(
            "Grundskola −7,9 mnkr",
            "Underskottet har flera förklaringar. Skolorna i centrala Nyköping har tagit emot fler elever än "
            "budgeterat, samtidigt som elevantalet på landsbygdsskolorna inte har minskat i motsvarande grad, "
            "vilket gör att klasserna inte kan slås ihop. Fler nyköpingselever än beräknat går i fristående "
            "skolor och i andra kommuners skolor, och ersättningen till de fristående skolorna räknades upp med "
            "3,1 procent i januari medan nämndens budget räknades upp med 2,0 procent. Till detta kommer hyran "
            "för de tillfälliga moduler som står vid Tallåsskolan under ombyggnaden av skolans matsal, som inte "
            "fanns med i budgeten. Grundskolan svarar därmed för mer än hela nämndens underskott.",
            C(
                "Grundskola",
                "−7,9 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                "lokaler",
                note="A long paragraph that runs over the column break.",
            ),
        ),
        HP(
            "Anpassad grundskola −3,2 mnkr",
            "Fyra elever med omfattande behov har börjat under våren, två av dem i en annan kommuns anpassade "
            "grundskola. Elevassistenter har anställts för de övriga två.",
            C(
                "Anpassad grundskola",
                "−3,2 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "bemanning",
                note="No cue word.",
            ),
        ),
        H("Övriga verksamheter", 3),
        LP(
            "Fritidshem +1,2 mnkr.",
            "Vistelsetiderna har blivit kortare än budgeterat, och personalen har kunnat planeras därefter.",
            C("Fritidshem", "+1,2 mnkr", "+", "volymer", "bemanning"),
        ),
        LP(
            "Elevhälsa +1,8 mnkr.",
            "Två skolpsykologtjänster har varit vakanta hela året. En del av utredningarna har köpts från ett "
            "konsultföretag, vilket minskar överskottet.",
            C("Elevhälsa", "+1,8 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Skolskjuts −0,9 mnkr.",
            "Det nya avtalet för skolskjutsar räknas upp med ett index som har ökat mer än budgeten förutsatte.",
            C("Skolskjuts", "−0,9 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Nämnd och förvaltning ±0.",
            "Ingen avvikelse mot budget prognostiseras.",
            BP("Nämnd och förvaltning"),
        ),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen försämrats med 2,9 mnkr. Vårens elevräkning visade "
            "att fler elever än väntat har valt fristående skolor.",
            F(None, "2,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster på skolorna under resten av året, med en beräknad "
                "effekt på 0,8 mnkr.",
                "Översyn av skolskjutsarnas linjer och tider inför läsåret 2026/27.",
            ),
            labels=(A(None, "0,8 mnkr", "vakanser"), A("Skolskjuts")),
            glyph="–",
        ),
        Columns(1),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever i årskurs 9 som är behöriga till gymnasieskolans yrkesprogram var 84,6 procent våren "
            "2025, jämfört med 82,1 procent våren 2024. Nämndens mål är 90 procent. Andelen vårdnadshavare som är "
            "nöjda med förskolan var 91 procent."
        ),
    ]
    return ReportSpec(
        file="nykoping-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Nyköping",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och ungdomsnämnden",
            "author": "Nyköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
