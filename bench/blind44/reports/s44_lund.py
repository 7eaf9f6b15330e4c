"""Lunds kommun, Barn- och skolnämnden, utredning av kostnaderna för skolskjuts (tjänsteskrivelse, January 2026).

Not a budget follow-up: an investigation of why school transport has become dearer, full of amounts,
"beror på", "mer än" and percentages, with no deviation from budget anywhere. The cost in 2025 against 2021
with its reason, the number of pupils against 2021 with its reason, the cost per pupil of two kinds of
transport, a comparison with similar kommuner, a price rise at the regional transport authority (someone
else), two options with their estimated effects (options under investigation, not decided measures) and the
consultant's cost that "ryms inom" an existing appropriation (a financing statement): eight `other` items
and no cause. The decision proposal, the background and the year table are unlabelled. Liberation Serif
11 pt in the shape of a tjänsteskrivelse.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Against earlier years, not against budget: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(78.0, 82.0, 78.0, 76.0),
        header=lambda n, m: ("Lunds kommun, Barn- och skolförvaltningen", "Tjänsteskrivelse 2026-01-14"),
        footer=lambda n, m: ("Dnr BSN 2025/0914", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    years = Table(
        caption="Kostnader för skolskjuts 2021–2025, mnkr (löpande priser)",
        header=(("", "2021", "2022", "2023", "2024", "2025"),),
        rows=(
            ("Linjetrafik och skolkort", "9,8", "10,1", "11,0", "11,9", "12,4"),
            ("Upphandlad skolbuss", "8,6", "8,9", "9,7", "10,2", "10,5"),
            ("Anpassad skolskjuts", "5,3", "5,7", "7,1", "8,0", "8,7"),
            ("Summa", "23,7", "24,7", "27,8", "30,1", "31,6"),
        ),
        widths=(170.0, 52.0, 52.0, 52.0, 52.0, 52.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Utredning av kostnaderna för skolskjuts", size=17, font="times-bold", after=4),
        Title("Barn- och skolnämnden", size=12, font="times-italic", after=14),
        H("Förslag till beslut", 2),
        P(
            "Barn- och skolnämnden tar del av utredningen och ger förvaltningen i uppdrag att ta fram ett förslag "
            "till ändrade riktlinjer för skolskjuts enligt alternativ 1, att behandlas av nämnden i maj 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden gav i mars 2025 förvaltningen i uppdrag att utreda hur kostnaderna för skolskjuts har "
            "utvecklats de senaste fem åren och vilka möjligheter som finns att påverka dem. Utredningen omfattar "
            "skolskjuts i grundskolan och anpassad grundskola, men inte gymnasieelevernas resor."
        ),
        H("Kostnadsutveckling", 2),
        years,
        P(
            "Nämndens kostnader för skolskjuts uppgick 2025 till 31,6 mnkr, vilket är 7,9 mnkr mer än 2021. "
            "Ökningen beror främst på att avtalet för anpassad skolskjuts upphandlades på nytt 2023 med ett högre "
            "pris per körd kilometer.",
            O(None, "prisokningar", note=NOT_BUDGET),
        ),
        P(
            "Antalet elever med skolskjuts har samtidigt ökat från 1 140 till 1 310, vilket beror på att nya "
            "bostadsområden i Södra Sandby och Genarp har byggts längre från skolorna än tidigare.",
            O(None, "volymer", note="Pupils against 2021: other."),
        ),
        P(
            "Kostnaden per elev med anpassad skolskjuts är i genomsnitt 74 000 kronor per år, att jämföra med "
            "9 800 kronor för en elev som åker med linjetrafik och skolkort.",
            O("Anpassad skolskjuts", note="Unit costs: supporting figures."),
        ),
        H("Jämförelse med andra kommuner", 2),
        P(
            "Lunds kostnad för skolskjuts per invånare i åldern 6–15 år är 1 020 kronor, vilket är lägre än "
            "genomsnittet för jämförbara kommuner på 1 180 kronor. Skillnaden beror till stor del på att en "
            "större andel av eleverna kan åka med den ordinarie kollektivtrafiken.",
            O(None, note="A comparison with other kommuner: other."),
        ),
        P(
            "Regionens kollektivtrafikmyndighet höjde priset på skolkort med 9 procent inför läsåret 2025/26, "
            "vilket enligt myndigheten beror på högre kostnader för drivmedel och personal.",
            O(
                "Linjetrafik och skolkort",
                "prisokningar",
                note="A price rise at another body, with its reason: a statement about someone else.",
            ),
        ),
        H("Möjliga åtgärder", 2),
        P(
            "Alternativ 1, att samordna turerna för anpassad skolskjuts med kommunens övriga särskilda "
            "persontransporter, bedöms minska kostnaderna med 2,0–2,6 mnkr per år från 2027.",
            O(
                "Anpassad skolskjuts",
                note="An option under investigation with an estimated effect, not a decided measure: other.",
            ),
        ),
        P(
            "Alternativ 2, att inte längre erbjuda skolskjuts till båda vårdnadshavarnas adresser vid växelvis "
            "boende, skulle minska kostnaderna med cirka 0,4 mnkr per år. Hur stor effekten blir beror på hur "
            "många familjer som berörs när reglerna väl har ändrats.",
            O(None, note="An option under investigation: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Utredningen har genomförts inom förvaltningens befintliga budget. Kostnaden för den externa "
            "trafikplanerare som analyserade turerna, 185 000 kronor, ryms inom anslaget för gemensam "
            "administration.",
            O(None, note="A financing statement with no deviation reported."),
        ),
        P(
            "Beslutet i sig medför inga kostnader. Ett förslag till ändrade riktlinjer kommer att innehålla en "
            "bedömning av de ekonomiska konsekvenserna för respektive alternativ."
        ),
    ]
    return ReportSpec(
        file="lund-bsn-utredning-skolskjutskostnader-2025.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Barn- och skolnämnden"],
            "period": ["2025", "2026-01"],
            "report_type": "utredning",
        },
        metadata={"title": "Utredning av kostnaderna för skolskjuts", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
