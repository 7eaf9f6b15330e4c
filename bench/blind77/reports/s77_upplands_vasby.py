"""Upplands Väsby kommun, Utbildningsnämnden, delårsrapport 2025-08.

An education committee's interim report, footer with the nämnd's meeting date in September: the period
"4,6 mkr bättre än periodiserad budget" and the full year's "underskott på 3,9 mkr" in one sentence (the
full year's amount), the period surplus's reasons in the next sentence (amount null); a table per verksamhet
in mkr with en dashes as minus signs and the April deviation beside August's; two columns of headings that
carry the verksamhet and amount ("Grundskola –5,4 mkr") whose paragraphs open with "Grundskolans underskott
beror främst på" or give reasons only; gymnasium and adult education as a "respektive" pair under a plain
heading with their own reasons in the next sentence (two items, same text, own tags); a reason-only run-in
"Central administration." (the table's "0,8"); the change since the tertial report with its cause; an action
with its full-year effect; investments "budgeterade 9,0 mkr och prognosen för helåret är 6,5 mkr" (2,5 mkr
never written out); pupil numbers and sick leave against last year (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: (
            "Upplands Väsby kommun | Utbildningsnämnden",
            "Delårsrapport januari–augusti 2025",
        ),
        footer=lambda n, m: ("Utbildningsnämndens sammanträde 2025-09-24", "", f"{n}"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Nämnd och central administration", "31,2", "30,4", "0,8", "0,5"),
            ("Förskola", "402,6", "400,5", "2,1", "1,4"),
            ("Grundskola", "698,3", "703,7", "–5,4", "–3,1"),
            ("Anpassad grundskola", "44,8", "45,7", "–0,9", "–0,6"),
            ("Gymnasieskola", "238,0", "239,6", "–1,6", "–1,2"),
            ("Vuxenutbildning", "52,1", "51,0", "1,1", "0,8"),
            ("Summa", "1 467,0", "1 470,9", "–3,9", "–2,2"),
        ),
        widths=(170.0, 70.0, 74.0, 78.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=22, font="cond-bold", after=2),
        Title("Utbildningsnämnden, januari–augusti", size=12, font="cond", after=14),
        H("Viktiga händelser under perioden", 2),
        P(
            "Under våren öppnade den nya förskolan i Fyrklövern och grundskolorna i Runby gick över till ett "
            "gemensamt schema för fritidshemmen. Resultaten i nationella proven i årskurs 9 förbättrades jämfört "
            "med föregående år."
        ),
        H("Ekonomiskt utfall och prognos", 2),
        Para(
            (
                (
                    "Utbildningsnämnden redovisar ett utfall för januari–augusti som är 4,6 mkr bättre än "
                    "periodiserad budget, men prognosen för helåret är ett underskott på 3,9 mkr.",
                    C(
                        None,
                        "3,9 mkr",
                        "-",
                        note="Period and full year in one sentence: the full year's amount and direction.",
                    ),
                ),
                (
                    "Överskottet för perioden beror på att statsbidrag för lärarlöner har betalats ut tidigare än "
                    "beräknat och att höstterminens personalförstärkningar ännu inte är tillsatta.",
                    C(
                        None,
                        None,
                        "+",
                        "statsbidrag",
                        "periodisering",
                        "vakanser",
                        note="The period surplus's reason apart from its amount: amount null.",
                    ),
                ),
            )
        ),
        table,
        Columns(2),
        HP(
            "Förskola +2,1 mkr",
            "Barnantalet har minskat i Vilunda och Sigma, och två avdelningar har slagits samman. Intäkterna "
            "från föräldraavgifter blir något lägre, men personalkostnaderna minskar mer.",
            C("Förskola", "+2,1 mkr", "+", "volymer", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Grundskola –5,4 mkr",
            "Grundskolans underskott beror främst på ökade kostnader för skolskjuts efter den nya upphandlingen "
            "och på att elevantalet är högre än budgeterat. Sjukfrånvaron bland lärarna har dessutom ökat "
            "behovet av korttidsvikarier.",
            C(
                "Grundskola",
                "–5,4 mkr",
                "-",
                "prisokningar",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note=HEAD + " A dearer transport contract is prisokningar.",
            ),
        ),
        HP(
            "Anpassad grundskola –0,9 mkr",
            "Fler elever med omfattande stödbehov har placerats i anpassad grundskola i andra kommuner.",
            C("Anpassad grundskola", "–0,9 mkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        H("Gymnasieskola och vuxenutbildning", 3),
        P(
            "Gymnasieskolan och vuxenutbildningen prognostiserar –1,6 mkr respektive +1,1 mkr. Gymnasieskolan "
            "betalar mer i interkommunala ersättningar när fler elever väljer skolor i andra kommuner, medan "
            "vuxenutbildningen har fått ett större statsbidrag för regional yrkesvux än budgeterat.",
            C(
                "Gymnasieskola",
                "–1,6 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A 'respektive' pair with each area's own reason in the next sentence: the first item.",
                also=(
                    C(
                        "Vuxenutbildning",
                        "+1,1 mkr",
                        "+",
                        "statsbidrag",
                        note="A 'respektive' pair: the second item, its own reason.",
                    ),
                ),
            ),
        ),
        LP(
            "Central administration.",
            "Vakanser på förvaltningskontoret och lägre kostnader för licenser ger ett överskott.",
            C(
                "Nämnd och central administration",
                "0,8",
                "+",
                "vakanser",
                "it_digitalisering",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen försämrats med 1,7 mkr, främst till följd "
            "av den nya upphandlingen av skolskjuts.",
            F(None, "1,7 mkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan för grundskolan som bland annat innebär att klasser slås ihop i "
            "årskurs 7–9 från vårterminen 2026. Effekten beräknas till 2,5 mkr på helår.",
            A("Grundskola", "2,5 mkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet är 3,2 mkr av budgeterade 9,0 mkr och prognosen för helåret är 6,5 mkr, eftersom "
            "inköpet av nya elevdatorer för årskurs 4 har skjutits till 2026.",
            C(
                "Investeringar",
                "budgeterade 9,0 mkr och prognosen för helåret är 6,5 mkr",
                "+",
                "it_digitalisering",
                "periodisering",
                value=2_500_000,
                note="Investment under-spending of 2,5 mkr, never written out: the computed value.",
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet elever i kommunens grundskolor var 4 612 i augusti, 140 fler än ett år tidigare.",
            O("Grundskola", "volymer", note="Pupil numbers against the previous year: other."),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron bland medarbetarna var 6,8 procent under perioden, jämfört med 6,1 procent samma period "
            "2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="upplands-vasby-un-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Upplands Väsby",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Utbildningsnämnden",
            "author": "Upplands Väsby kommun",
        },
        style=style,
        blocks=blocks,
    )
