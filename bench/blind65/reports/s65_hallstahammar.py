"""Hallstahammars kommun, Socialnämnden, tertialrapport 1 2026 (social services and elderly care).

A social committee's tertial report in tkr with deficits in brackets in the table and mnkr in the prose,
footer with the nämnd's meeting date in May: three sentences in one paragraph, the period "2,2 mnkr mer än
periodiserad budget" (negative), the full year's "underskott på 15,3 mnkr" and the change since February
(three items); a reading note on units and brackets; bold run-in verksamheter with a colon: "beräknas
överskrida budget med 6,4 mnkr" with four staffing causes, a reason-only deficit (the row's "(3 500)")
followed in the same paragraph by an action, "Underskottet, 6,2 mnkr, beror på", "ligger 1,9 mnkr över
budget på helår", "Ett överskott om 1,2 mnkr väntas", a reason-only surplus (the row's "1 500"), "Prognosen
följer budget" (boilerplate); an action plan with its effect, a risk and sick leave against 2025 with "beror
på" (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Hallstahammars kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förvaltningsgemensamt", "38 400", "11 900", "36 900", "1 500"),
            ("Särskilt boende", "164 200", "57 300", "170 600", "(6 400)"),
            ("Hemtjänst", "92 800", "33 100", "96 300", "(3 500)"),
            ("Hälso- och sjukvård", "41 300", "13 600", "41 300", "0"),
            ("Funktionsstöd", "118 600", "38 200", "117 400", "1 200"),
            ("Individ- och familjeomsorg", "71 500", "26 800", "77 700", "(6 200)"),
            ("Ekonomiskt bistånd", "29 900", "10 700", "31 800", "(1 900)"),
            ("Summa", "556 700", "191 600", "572 000", "(15 300)"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämndens utfall efter april är 191,6 mnkr, vilket är 2,2 mnkr mer än periodiserad budget.",
                C(
                    None,
                    "2,2 mnkr",
                    "-",
                    note="The period's deviation: net cost above the periodised budget.",
                ),
            ),
            ("För helåret prognostiseras ett underskott på 15,3 mnkr.", C(None, "15,3 mnkr", "-")),
            (
                "Jämfört med februariprognosen är det en försämring med 4,0 mnkr, som främst hänförs till särskilt "
                "boende.",
                F(None, "4,0 mnkr", "-"),
            ),
        ),
        P(
            "Tabellen redovisar belopp i tusen kronor. Negativa avvikelser, det vill säga underskott, anges inom "
            "parentes.",
            size=9.0,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Särskilt boende:",
            "Verksamheten beräknas överskrida budget med 6,4 mnkr. Två avdelningar på Näktergalens boende har "
            "behövt förstärkt nattbemanning för boende med demenssjukdom, och den höga sjukfrånvaron har lett till "
            "ökade kostnader för timvikarier och övertid.",
            C("Särskilt boende", "6,4 mnkr", "-", "bemanning", "sjukfranvaro", "vikarier", "overtid"),
        ),
        LP(
            "Hemtjänst:",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan budgeten lades, samtidigt som "
            "statsbidraget för äldreomsorgens bemanning har minskat.",
            C(
                "Hemtjänst",
                "(3 500)",
                "-",
                "volymer",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell as printed; the percentage is not the amount.",
            ),
            (
                "Förvaltningen ser över planeringen av turerna för att minska restiden mellan brukarna.",
                A("Hemtjänst", None, "bemanning"),
            ),
        ),
        LP(
            "Individ- och familjeomsorg:",
            "Underskottet, 6,2 mnkr, beror på tre nya placeringar på HVB för ungdomar under mars och april och på "
            "att fler barn än beräknat är placerade i konsulentstödda familjehem.",
            C("Individ- och familjeomsorg", "6,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna av försörjningsstöd ligger 1,9 mnkr över budget på helår, då fler hushåll har ett "
            "långvarigt behov efter att de lämnat etableringsprogrammet.",
            C("Ekonomiskt bistånd", "1,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Funktionsstöd:",
            "Ett överskott om 1,2 mnkr väntas, eftersom den nya gruppbostaden enligt LSS öppnar först i oktober i "
            "stället för i maj.",
            C("Funktionsstöd", "1,2 mnkr", "+", "periodisering"),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Vakanta tjänster som enhetschef och systemförvaltare ger en positiv avvikelse mot budget.",
            C("Förvaltningsgemensamt", "1 500", "+", "vakanser", unit="tkr", table=True),
        ),
        LP("Hälso- och sjukvård:", "Prognosen följer budget.", BP("Hälso- och sjukvård")),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i mars om en åtgärdsplan för särskilt boende. Planen omfattar bland annat en översyn "
            "av nattbemanningen och ett minskat beroende av timvikarier och beräknas förbättra resultatet med 2,5 "
            "mnkr under året.",
            A("Särskilt boende", "2,5 mnkr", "bemanning", "vikarier"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten, eftersom två ärenden "
            "är under utredning.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen var 9,8 procent under perioden, vilket är lägre än samma period 2025. "
            "Minskningen beror främst på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hallstahammar-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Hallstahammar",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Hallstahammars kommun"},
        style=style,
        blocks=blocks,
    )
