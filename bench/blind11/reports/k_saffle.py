"""Säffle kommun, Socialnämnden, uppföljning av mål och nyckeltal 2025.

Not a budget follow-up: the social committee's goal follow-up for 2025, dated in February 2026, whose
indicators are measured against target values and the previous year, full of "avvikelse", "beror på",
"högre än", amounts in mnkr and kronor: self-sufficiency against its target with "Avvikelsen mot
målvärdet beror främst på" and försörjningsstöd against 2024; home-care safety and continuity against last
year; the Kolada "nettokostnadsavvikelse" (a cost against a structure-based reference cost, not the budget)
and a cost per user against similar kommuner; the goal to stay within the frame "inte uppfyllt" with the
budget deviation left to the verksamhetsberättelse (no amount: other); sick leave and sick pay against last
year; hourly staff against a target; own foster homes against a target with a cost against last year; and
the financial consequences of the follow-up. Eight `other` items and no causes; the decision proposal, the
introduction and the goal table are unlabelled. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A goal follow-up, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Säffle kommun", "Socialnämnden"),
        footer=lambda n, m: ("Uppföljning av mål och nyckeltal 2025", "2026-02-18", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    goals = Table(
        caption="Socialnämndens mål 2025",
        header=(("Nämndmål", "Bedömning"),),
        rows=(
            ("1. Fler invånare ska bli självförsörjande", "Inte uppfyllt"),
            ("2. Den enskilde ska känna sig trygg med hemtjänsten", "Delvis uppfyllt"),
            ("3. Kostnadseffektiv äldreomsorg", "Inte uppfyllt"),
            ("4. Verksamheten bedrivs inom tilldelad ram", "Inte uppfyllt"),
            ("5. God arbetsmiljö för medarbetarna", "Delvis uppfyllt"),
            ("6. Andelen timanställda ska minska", "Inte uppfyllt"),
            ("7. Placerade barn ska i första hand bo i egna familjehem", "Uppfyllt"),
        ),
        widths=(330.0, 100.0),
        rules=True,
        size=9.0,
        shade=(0.88, 0.9, 0.94),
    )
    blocks = [
        Title("Uppföljning av mål och nyckeltal 2025", size=18, font="serif-bold", after=4),
        Title("Socialnämnden", size=12, font="sans", after=14),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner uppföljningen av mål och nyckeltal för 2025 och överlämnar den till "
            "kommunstyrelsen som underlag för kommunens årsredovisning."
        ),
        H("Inledning", 2),
        P(
            "Kommunfullmäktige har fastställt fyra inriktningsmål för mandatperioden. Socialnämnden har brutit ned dem "
            "i sju nämndmål med tillhörande indikatorer. Varje mål bedöms i tre nivåer: uppfyllt, delvis uppfyllt "
            "och inte uppfyllt."
        ),
        goals,
        H("Mål 1. Fler invånare ska bli självförsörjande", 3),
        P(
            "Andelen vuxna som lämnade försörjningsstöd för arbete eller studier var 38 procent, mot målvärdet 45 "
            "procent. Avvikelsen mot målvärdet beror främst på att färre platser inom arbetsmarknadsinsatserna fanns "
            "att tillgå under våren. Utbetalt försörjningsstöd uppgick till 21,4 mnkr, vilket är 1,9 mnkr mer än 2024.",
            O(
                "Försörjningsstöd",
                "ekonomiskt_bistand",
                note=NOT_BUDGET
                + " A deviation from a target value, and an amount against the previous year.",
            ),
        ),
        H("Mål 2. Den enskilde ska känna sig trygg med hemtjänsten", 3),
        P(
            "I brukarundersökningen svarade 86 procent att de känner sig trygga med hemtjänsten, något under målvärdet "
            "90 procent. En brukare mötte i genomsnitt 17 olika medarbetare under 14 dagar, jämfört med 14 året innan, "
            "vilket hänger samman med fler vikarier under sommaren.",
            O("Hemtjänst", "vikarier", note=NOT_BUDGET),
        ),
        H("Mål 3. Kostnadseffektiv äldreomsorg", 3),
        P(
            "Nettokostnadsavvikelsen för äldreomsorgen var +7,3 procent 2024 enligt Kolada, vilket innebär att "
            "kostnaderna är högre än vad som kan förväntas utifrån kommunens struktur. Kostnaden per brukare i "
            "hemtjänsten var 389 000 kronor, 6 procent högre än i jämförbara kommuner.",
            O(
                "Äldreomsorg",
                note=NOT_BUDGET
                + " The nettokostnadsavvikelse compares with a structure-based reference cost, not "
                "the budget.",
            ),
        ),
        H("Mål 4. Verksamheten bedrivs inom tilldelad ram", 3),
        P(
            "Målet bedöms som inte uppfyllt. Nämndens ekonomiska utfall och avvikelsen mot budget redovisas i "
            "verksamhetsberättelsen för 2025, som behandlas vid samma sammanträde.",
            O(
                None,
                direction="-",
                note="Goal fulfilment, the budget deviation left to another document with no amount: other.",
            ),
        ),
        H("Mål 5. God arbetsmiljö för medarbetarna", 3),
        P(
            "Sjukfrånvaron var 9,8 procent, 1,2 procentenheter högre än 2024, vilket främst beror på fler långa "
            "sjukskrivningar inom särskilt boende. Kostnaden för sjuklön ökade med 0,7 mnkr jämfört med året innan.",
            O(None, "sjukfranvaro", note=NOT_BUDGET + " Sick leave and sick pay against the previous year."),
        ),
        H("Mål 6. Andelen timanställda ska minska", 3),
        P(
            "Timanställda utförde 14 procent av den arbetade tiden, mot målvärdet 10 procent. Kostnaderna för "
            "timavlönade uppgick till 18,2 mnkr under året.",
            O(None, "vikarier", note=NOT_BUDGET + " A level, not a deviation."),
        ),
        H("Mål 7. Placerade barn ska i första hand bo i egna familjehem", 3),
        P(
            "Av de 31 barn som var placerade i familjehem vid årets slut bodde 24 i nämndens egna familjehem, och "
            "målet om minst 70 procent nåddes därmed. Kostnaden för konsulentstödda familjehem minskade med 1,1 mnkr "
            "jämfört med 2024.",
            O("Barn och unga", "kopt_verksamhet", note=NOT_BUDGET),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Uppföljningen medför i sig inga kostnader. Förslaget att utöka arbetsmarknadsinsatserna under 2026 "
            "finansieras inom befintlig ram.",
            O(None, note=NOT_BUDGET + " Financing statement."),
        ),
    ]
    return ReportSpec(
        file="saffle-sn-uppfoljning-mal-nyckeltal-2025.pdf",
        report={
            "municipality": "Säffle",
            "committee": ["Socialnämnden"],
            "period": ["2025"],
            "report_type": "måluppföljning",
        },
        metadata={"title": "Uppföljning av mål och nyckeltal 2025", "author": "Säffle kommun"},
        style=style,
        blocks=blocks,
    )
