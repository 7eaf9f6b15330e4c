"""(c) Hudiksvall, Socialnämnden, delårsrapport augusti 2025: numbered verksamhetsområde headings, mnkr
with "−" (U+2212) and "- 1 216,5" minus styles, bullet lists that continue an explanation.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title, action, cause, change, mnkr, other


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        size=10.0,
        heading_sizes=(14.0, 11.5, 10.0),
        header=lambda n, m: ("Delårsrapport augusti 2025 – Socialnämnden", ""),
        hyphenate=True,
        footer=lambda n, m: ("Hudiksvalls kommun", "", f"{n + 6} (14)"),
    )
    minus_table = Table(
        caption="Tabell 1. Driftredovisning per verksamhetsområde (mnkr)",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse"),
            ("Verksamhetsområde", "2025", "jan−aug", "2025", "prognos − budget"),
        ),
        rows=(
            ("Ledning och administration", "−38,2", "−24,1", "−36,9", "1,3"),
            ("Individ- och familjeomsorg", "−142,5", "−93,0", "−140,2", "2,3"),
            ("Äldreomsorg", "−612,8", "−419,6", "−627,0", "−14,2"),
            ("Funktionsstöd", "−318,4", "−220,7", "−329,9", "−11,5"),
            ("Hälso- och sjukvård", "−104,6", "−69,3", "−103,9", "0,7"),
            ("Nettokostnad", "- 1 216,5", "- 826,7", "- 1 237,9", "- 21,4"),
            ("Kommunbidrag", "1 216,5", "811,0", "1 216,5", "0,0"),
            ("Resultat", "0,0", "- 15,7", "- 21,4", "- 21,4"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 90.0),
        bold_rows=frozenset({5, 7}),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19),
        Title("Socialnämnden", size=13, after=8),
        H("1 Ekonomiskt resultat", 1),
        P(
            "Socialnämnden prognostiserar ett underskott om 21,4 mnkr för helåret 2025, vilket är 3,1 mnkr "
            "sämre än prognosen i tertialrapporten. Den största avvikelsen finns inom äldreomsorgen, där "
            "hemtjänsten utför fler timmar än budgeterat, och inom funktionsstöd, där kostnaderna för "
            "personlig assistans fortsätter att öka. Individ- och familjeomsorgen har däremot lyckats "
            "minska antalet externa placeringar.",
            cause(None, mnkr(-21.4)),
        ),
        minus_table,
        H("2 Verksamhetsområden", 1),
        H("2.1 Ledning och administration"),
        P(
            "Ledning och administration prognostiserar ett överskott på 1,3 mnkr. Överskottet beror på att "
            "två tjänster som controller och en tjänst som utvecklings~ledare har stått vakanta under våren "
            "samt att nämndens buffert för oförutsedda kostnader på 0,8 mnkr ännu inte har tagits i "
            "anspråk.",
            cause("Ledning och administration", mnkr(1.3)),
        ),
        H("2.2 Individ- och familjeomsorg"),
        P(
            "Individ- och familjeomsorgen beräknas göra ett överskott på 2,3 mnkr. Antalet placerade barn "
            "och unga på HVB har minskat från 14 till 9 sedan årsskiftet, tack vare att fler insatser ges "
            "på hemmaplan. Samtidigt ökar kostnaderna inom andra delar av verksamheten:",
            cause("Individ- och familjeomsorg", mnkr(2.3)),
        ),
        Bullets(
            (
                "försörjningsstödet ligger 1,9 mnkr över budget efter att antalet hushåll har ökat med 11 "
                "procent,",
                "kostnaden för skyddat boende för våldsutsatta har ökat med 0,7 mnkr,",
                "familjehems~vården har fått högre arvoden efter SKR:s nya rekommendationer.",
            ),
            continues=True,
        ),
        H("2.3 Äldreomsorg"),
        P(
            "Äldreomsorgen visar den största avvikelsen med ett prognostiserat underskott på −14,2 mnkr. "
            "Avvikelsen förklaras av följande faktorer:",
            cause("Äldreomsorg", mnkr(-14.2)),
        ),
        Bullets(
            (
                "Hemtjänsten utför i genomsnitt 2 300 fler timmar per månad än budgeterat, främst på grund "
                "av fler brukare med omfattande omvårdnads~behov.",
                "Särskilt boende har haft hög sjuk~frånvaro under sommaren, vilket har lett till ökade "
                "kostnader för övertid och timvikarier.",
                "Nattbemanningen på två boenden har förstärkts efter beslut av Inspektionen för vård och "
                "omsorg.",
            ),
            continues=True,
        ),
        P(
            "Förvaltningen har tagit fram en handlingsplan för hemtjänsten som bland annat innebär ny "
            "planering av turerna, en översyn av beviljade insatser och ett tydligare uppföljnings~arbete "
            "tillsammans med biståndshandläggarna.",
            action("Äldreomsorg"),
        ),
        H("2.4 Funktionsstöd"),
        P(
            "Funktionsstöd prognostiserar ett underskott om - 11,5 mnkr. Försäkringskassan har under året "
            "dragit in assistans~ersättningen för tre brukare, vilket innebär att kommunen ensam bär "
            "kostnaden för deras personliga assistans. Därtill har två nya gruppbostäder öppnats, där "
            "uppstarts~kostnaderna och de dubbla hyrorna under inflyttnings~perioden inte var fullt "
            "finansierade i budgeten.",
            cause("Funktionsstöd", mnkr(-11.5)),
        ),
        H("2.5 Hälso- och sjukvård"),
        P(
            "Hälso- och sjukvården bedöms lämna ett mindre överskott på 0,7 mnkr. Kostnaderna för "
            "hjälpmedel och förbruknings~material har varit lägre än väntat, medan kostnaderna för inhyrda "
            "sjuksköterskor under sommaren blev 1,2 mnkr högre än budgeterat.",
            cause("Hälso- och sjukvård", mnkr(0.7)),
        ),
        H("3 Prognosförändring", 1),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 3,1 mnkr. Försämringen beror på de "
            "ökade kostnaderna inom funktionsstöd, medan individ- och familjeomsorgen har förbättrat sin "
            "prognos med 1,0 mnkr.",
            change(None, mnkr(-3.1)),
        ),
        H("4 Risker och osäkerheter", 1),
        P(
            "Det råder fortsatt osäkerhet kring Försäkringskassans bedömningar av assistans~ersättning. "
            "Ytterligare indragningar kan försämra prognosen med upp till 2 mnkr.",
            other("Funktionsstöd"),
        ),
    ]
    return ReportSpec(
        file="hudiksvall-sn-2025-08.pdf",
        report={
            "municipality": "Hudiksvall",
            "committee": "Socialnämnden",
            "period": "2025-08",
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Socialnämnden", "author": "Socialförvaltningen"},
        style=style,
        blocks=blocks,
    )
