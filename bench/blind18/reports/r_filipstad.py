"""Filipstads kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report, DejaVu Sans 9 pt, footer with the nämnd's meeting and paragraph number:
the full year "en negativ avvikelse mot budget på 7,8 mnkr" and the period "4,9 mnkr sämre än den
periodiserade budgeten" in separate sentences (two items); a verksamhet table with last year's deviation in
its own column; in two columns, headings that carry the verksamhet and its amount in words for the sign
("Äldreomsorg, minus 3,6 mnkr", "Ekonomiskt bistånd, plus 0,6 mnkr") with short paragraphs, one of which
(individ- och familjeomsorg) goes on after a one-line reason with two sub-areas as a "respektive" pair and a
third sub-area with a surplus (their own items); the change since the April report with its causes, last
year's deviation and state grants that are budgeted and do not affect the deviation (others), and two
actions. 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount, the sign in words."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.0, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Filipstads kommun", "Delårsrapport 2025 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2025-09-25, § 88", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhet, mnkr",
        header=(
            ("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("", "2025", "2025", "", "bokslut 2024"),
        ),
        rows=(
            ("Äldreomsorg", "168,4", "172,0", "−3,6", "−5,1"),
            ("Funktionsstöd", "74,9", "77,1", "−2,2", "−1,4"),
            ("Individ- och familjeomsorg", "38,6", "42,0", "−3,4", "−4,0"),
            ("Ekonomiskt bistånd", "16,2", "15,6", "0,6", "−0,9"),
            ("Nämnd och administration", "21,0", "20,2", "0,8", "0,2"),
            ("Summa", "319,1", "326,9", "−7,8", "−11,2"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden lämnar en helårsprognos som innebär en negativ avvikelse mot budget på 7,8 mnkr.",
                C(None, "7,8 mnkr", "-"),
            ),
            (
                "Utfallet för januari–augusti är 4,9 mnkr sämre än den periodiserade budgeten.",
                C(None, "4,9 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Äldreomsorg, minus 3,6 mnkr",
            "Hemtjänsten har utfört omkring 4 000 timmar mer än budgeterat, och sjukfrånvaron inom särskilt boende "
            "har legat kring 11 procent under sommaren, vilket har krävt timvikarier i stor omfattning.",
            C("Äldreomsorg", "minus 3,6 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", note=HEAD),
        ),
        HP(
            "Funktionsstöd, minus 2,2 mnkr",
            "Avvikelsen förklaras av två nya beslut om personlig assistans, där kommunen står för de första 20 "
            "timmarna per vecka, och av startkostnader för ett nytt boende med särskild service i Nykroppa som "
            "öppnade i juni.",
            C(
                "Funktionsstöd",
                "minus 2,2 mnkr",
                "-",
                "ersattning_fk",
                "volymer",
                "omstallning",
                note=HEAD + " Start-up costs are omstallning.",
            ),
        ),
        Para(
            (
                (
                    "Underskottet beror på köpt vård.",
                    C("Individ- och familjeomsorg", "minus 3,4 mnkr", "-", "kopt_verksamhet", note=HEAD),
                ),
                (
                    "Institutionsplaceringar av barn och unga respektive vuxna med missbruk överstiger budget med 2,6 "
                    "respektive 1,5 mnkr.",
                    C(
                        "Institutionsplaceringar barn och unga",
                        "2,6",
                        "-",
                        "kopt_verksamhet",
                        unit="mnkr",
                        note="Sub-areas inside the heading's paragraph, a 'respektive' pair: two items.",
                        also=(
                            C(
                                "Institutionsplaceringar vuxna med missbruk",
                                "1,5 mnkr",
                                "-",
                                "kopt_verksamhet",
                            ),
                        ),
                    ),
                ),
                (
                    "Öppenvården visar samtidigt ett överskott på 0,7 mnkr, eftersom två behandlartjänster har varit "
                    "vakanta.",
                    C("Öppenvård", "0,7 mnkr", "+", "vakanser", note="A sub-area's surplus: its own item."),
                ),
            ),
            head="Individ- och familjeomsorg, minus 3,4 mnkr",
            head_level=3,
        ),
        HP(
            "Ekonomiskt bistånd, plus 0,6 mnkr",
            "Färre hushåll än budgeterat har behövt försörjningsstöd, eftersom arbetsmarknaden i Filipstad har "
            "stärkts under året.",
            C("Ekonomiskt bistånd", "plus 0,6 mnkr", "+", "ekonomiskt_bistand", "volymer", note=HEAD),
        ),
        HP(
            "Nämnd och administration, plus 0,8 mnkr",
            "Licenskostnaderna har sjunkit efter övergången till ett verksamhetssystem som delas med två "
            "grannkommuner.",
            C("Nämnd och administration", "plus 0,8 mnkr", "+", "it_digitalisering", note=HEAD),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med tertialrapporten i april har prognosen försämrats med 2,3 mnkr. Försämringen beror på de "
            "nya assistansbesluten och på ytterligare en placering av en ungdom på HVB.",
            F(None, "2,3 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Underskottet kan jämföras med bokslutet 2024, då nämnden avvek med −11,2 mnkr mot budget. Den största "
            "förbättringen finns inom äldreomsorgen.",
            O(None, note="Last year's deviation: other."),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har under perioden fått 3,2 mnkr i riktade statsbidrag, bland annat för äldreomsorgslyftet. "
            "Bidragen är budgeterade och påverkar inte avvikelsen.",
            O(None, "statsbidrag", note="Grants received, budgeted: a supporting figure, not a deviation."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "En resursfördelningsmodell för hemtjänsten införs den 1 oktober och ska ge en budget som följer de "
                "beviljade timmarna.",
                A("Hemtjänst", None, "volymer"),
            ),
            (
                "Alla nya placeringar ska prövas mot hemmaplanslösningar i den egna öppenvården, vilket bedöms minska "
                "kostnaderna med 0,9 mnkr på helårsbasis.",
                A("Individ- och familjeomsorg", "0,9 mnkr", "kopt_verksamhet"),
            ),
        ),
    ]
    return ReportSpec(
        file="filipstad-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Filipstad",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Filipstads kommun"},
        style=style,
        blocks=blocks,
    )
