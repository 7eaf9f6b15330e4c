"""Ekerö kommun, Social- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care and social committee's interim report in mnkr, footer with the adoption date in September:
the full year "ett underskott på 9,3 mnkr jämfört med budget" and the period "4,1 mnkr högre än den
periodiserade budgeten" (a net cost over budget: negative) in two sentences, the change since the tertial
report; a verksamhet table whose minus is set apart by a space ("- 3,8"); then two columns of headings
that carry the verksamhet and the amount in brackets ("Hemtjänst (−3,8 mnkr)") with a volume percentage that
is not the amount, a closure for renovation, two sub-areas as a "respektive" pair inside the IFO paragraph
(their own items, no reasons), assistance compensation withdrawn by Försäkringskassan, "Färre hushåll än
budgeterat", "(±0 mnkr)" over "bedöms gå jämnt ut" (boilerplate) and a state grant; after the columns two
actions (one with an amount), a central buffer that finances part of the deficit and sick leave against last
year (others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Ekerö kommun", "Social- och omsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025, fastställd 2025-09-30", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "96,4", "67,9", "100,2", "- 3,8"),
            ("Särskilt boende", "171,5", "112,6", "170,3", "1,2"),
            ("Individ- och familjeomsorg", "88,2", "62,7", "93,8", "- 5,6"),
            ("LSS och socialpsykiatri", "124,0", "85,4", "126,4", "- 2,4"),
            ("Ekonomiskt bistånd", "14,6", "8,9", "13,7", "0,9"),
            ("Hälso- och sjukvård", "41,3", "27,5", "41,3", "0,0"),
            ("Nämndgemensamt", "22,0", "14,1", "21,6", "0,4"),
            ("Summa", "558,0", "379,1", "567,3", "- 9,3"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=2),
        Title("Social- och omsorgsnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämndens prognos för helåret är ett underskott på 9,3 mnkr jämfört med budget.",
            C(None, "9,3 mnkr", "-"),
        ),
        P(
            "För perioden januari–augusti är nettokostnaden 4,1 mnkr högre än den periodiserade budgeten.",
            C(None, "4,1 mnkr", "-", note="A net cost over the periodised budget: negative, its own item."),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 2,6 mnkr.",
            F(None, "2,6 mnkr", "-"),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Hemtjänst (−3,8 mnkr)",
            "Antalet beviljade hemtjänsttimmar ligger 9 procent över budgeterad volym. Därtill har en hög "
            "sjukfrånvaro under våren ökat kostnaderna för timvikarier.",
            C(
                "Hemtjänst",
                "−3,8 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="The volume percentage is not the amount.",
            ),
        ),
        HP(
            "Särskilt boende (+1,2 mnkr)",
            "En avdelning på Lindbackens äldreboende har hållits stängd under ombyggnaden, vilket har gett lägre "
            "personalkostnader än budgeterat.",
            C("Särskilt boende", "+1,2 mnkr", "+", "ovrigt", note="A closure for renovation: ovrigt."),
        ),
        Para(
            (
                (
                    "Kostnaderna för placeringar av barn och unga på HVB och i konsulentstödda familjehem har ökat "
                    "kraftigt under sommaren.",
                    C("Individ- och familjeomsorg", "−5,6 mnkr", "-", "kopt_verksamhet"),
                ),
                (
                    "Inom verksamheten visar barn och unga och vuxna −4,4 respektive −1,2 mnkr.",
                    C(
                        "Barn och unga",
                        "−4,4",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside another area's paragraph: their own items, no reasons.",
                        also=(C("Vuxna", "−1,2 mnkr", "-"),),
                    ),
                ),
            ),
            head="Individ- och familjeomsorg (−5,6 mnkr)",
        ),
        HP(
            "LSS och socialpsykiatri (−2,4 mnkr)",
            "Försäkringskassan har dragit in assistansersättningen för två brukare, och kommunen bär därför hela "
            "kostnaden för deras personliga assistans.",
            C("LSS och socialpsykiatri", "−2,4 mnkr", "-", "ersattning_fk"),
        ),
        HP(
            "Ekonomiskt bistånd (+0,9 mnkr)",
            "Färre hushåll än budgeterat har behövt försörjningsstöd under året.",
            C("Ekonomiskt bistånd", "+0,9 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård (±0 mnkr)",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Hälso- och sjukvård"),
        ),
        HP(
            "Nämndgemensamt (+0,4 mnkr)",
            "Statsbidraget för äldreomsorgslyftet täcker en större del av utbildningskostnaderna än beräknat.",
            C("Nämndgemensamt", "+0,4 mnkr", "+", "statsbidrag"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett gemensamt bemanningsstöd för hemtjänstens tre grupper, vilket beräknas "
            "minska kostnaderna för timvikarier med 0,8 mnkr under hösten.",
            A("Hemtjänst", "0,8 mnkr", "vikarier", "bemanning"),
        ),
        P(
            "Inom individ- och familjeomsorgen prövas alla nya placeringar mot öppenvårdsinsatser på hemmaplan.",
            A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
        ),
        H("Finansiering och personal", 2),
        P(
            "Kommunstyrelsen beslutade i juni att 3,0 mnkr ur kommunens centrala buffert ska tillföras nämnden för "
            "ökade placeringskostnader. Beslutet ingår inte i prognosen.",
            O(None, "reserver", note="A financing statement: other."),
        ),
        P(
            "Sjukfrånvaron i förvaltningen var 8,9 procent, vilket är lägre än samma period 2024 och beror på ett "
            "systematiskt arbete med tidig rehabilitering.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-son-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Social- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Social- och omsorgsnämnden",
            "author": "Ekerö kommun",
        },
        style=style,
        blocks=blocks,
    )
