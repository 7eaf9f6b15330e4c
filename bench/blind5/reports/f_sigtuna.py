"""Sigtuna kommun, Utbildningsnämnden, protokoll 2025-09-23 (an extract of five paragraphs).

Mostly not a follow-up: minutes with a header "PROTOKOLL" and a footer for the signatures. Only § 84,
the follow-up per augusti, states a deviation: its decision formula (other) and an ordered action plan
(action) come first, then the case summary with the deficit in "miljoner kronor" and its causes (the
only scored cause), the upper-secondary schools "bedöms hålla sina budgetar" (boilerplate), the list of
documents (not labelled) and a party's note to the minutes about the deficit (other). The rest is
other business with cost talk that is no deviation from budget: a school-transport procurement whose
new contract "blir cirka 2,4 miljoner kronor dyrare per år … till följd av" higher costs (other), an
audit of the pupil health service (other), the school year's dates and the delegation decisions (not
labelled), attendance and signature lines (not labelled). Liberation Serif (Times) 11 pt with bold
paragraph headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.0,
        heading_sizes=(13.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(80.0, 78.0, 72.0, 76.0),
        header=lambda n, m: ("SIGTUNA KOMMUN", "PROTOKOLL"),
        footer=lambda n, m: ("Justerandes signatur", "Utdragsbestyrkande", f"{n} ({m})"),
        header_size=9.0,
    )
    blocks = [
        Title("Utbildningsnämnden", size=15, font="times-bold", after=4),
        P("Sammanträdesdatum 2025-09-23", size=10),
        P("Plats och tid: Kommunhuset, Märsta, kl. 17.30–20.10", size=10),
        P(
            "Beslutande: Karin Sjölund (M), ordförande, Amir Haddad (S), vice ordförande, samt ledamöter enligt "
            "närvarolista.",
            size=10,
        ),
        H("§ 84 Ekonomisk uppföljning per augusti 2025", 2),
        P("Dnr UN 2025/0412", size=10),
        H("Beslut", 3),
        P(
            "Utbildningsnämnden godkänner den ekonomiska uppföljningen per augusti 2025 och överlämnar den till "
            "kommunstyrelsen.",
            O(None, note="Decision formula."),
        ),
        P(
            "Utbildningsnämnden uppdrar åt förvaltningen att ta fram en åtgärdsplan som minskar underskottet inom "
            "grundskolan och redovisa den vid nämndens sammanträde i oktober.",
            A("Grundskola", note="An ordered action plan, no effect stated."),
        ),
        H("Sammanfattning av ärendet", 3),
        P(
            "Utbildningsnämnden prognostiserar för 2025 ett underskott på 7,9 miljoner kronor. Underskottet finns "
            "inom grundskolan och förklaras av att fler elever än budgeterat har behov av särskilt stöd samt av ett "
            "dyrare avtal för skolskjuts.",
            C(
                None,
                "7,9 miljoner kronor",
                "-",
                "volymer",
                "prisokningar",
                note="The minutes' only deviation.",
            ),
        ),
        P(
            "Gymnasieskolan och vuxenutbildningen bedöms hålla sina budgetar.",
            BP("Gymnasieskola och vuxenutbildning"),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2025-09-08. Ekonomisk uppföljning per augusti 2025, bilaga 1.", size=10),
        H("Protokollsanteckning", 3),
        P(
            "Socialdemokraterna lämnar följande anteckning till protokollet: Underskottet i grundskolan visar att "
            "resursfördelningen inte följer elevernas behov. Vi förväntar oss att åtgärdsplanen inte leder till "
            "större klasser.",
            O("Grundskola", note="A party's note to the minutes: an opinion, not the nämnd's explanation."),
        ),
        H("§ 85 Upphandling av skolskjuts 2026–2030", 2),
        P("Dnr UN 2025/0377", size=10),
        H("Beslut", 3),
        P(
            "Utbildningsnämnden godkänner förfrågningsunderlaget för upphandling av skolskjuts och ger "
            "förvaltningschefen rätt att teckna avtal."
        ),
        H("Sammanfattning av ärendet", 3),
        P(
            "Det nuvarande avtalet löper ut den 30 juni 2026. Förvaltningens kalkyl visar att ett nytt avtal med "
            "krav på fossilfria fordon blir cirka 2,4 miljoner kronor dyrare per år än dagens avtal, till följd av "
            "högre fordons- och drivmedelskostnader. Kostnadsökningen behöver hanteras i budgeten för 2026.",
            O(
                "Skolskjuts",
                "prisokningar",
                amount="cirka 2,4 miljoner kronor",
                note="A cost estimate for a new contract against today's, not a deviation from budget.",
            ),
        ),
        H("§ 86 Yttrande över revisionsrapport om elevhälsans arbete", 2),
        P("Dnr UN 2025/0298", size=10),
        H("Beslut", 3),
        P(
            "Utbildningsnämnden antar förvaltningens yttrande som sitt eget och överlämnar det till revisorerna."
        ),
        H("Sammanfattning av ärendet", 3),
        P(
            "Kommunens revisorer har granskat elevhälsans arbete. Revisorerna bedömer att elevhälsan i huvudsak "
            "bedrivs ändamålsenligt men att dokumentationen av insatser är bristfällig på flera skolor, och "
            "rekommenderar nämnden att införa gemensamma rutiner för dokumentation.",
            O("Elevhälsa", note="Audit finding, not a budget deviation."),
        ),
        H("§ 87 Läsårstider 2026/2027", 2),
        P("Dnr UN 2025/0401", size=10),
        P(
            "Utbildningsnämnden fastställer läsårstider för 2026/2027. Höstterminen börjar den 19 augusti 2026 och "
            "vårterminen slutar den 11 juni 2027."
        ),
        H("§ 88 Redovisning av delegationsbeslut", 2),
        P(
            "Utbildningsnämnden lägger redovisningen av delegationsbeslut för perioden 2025-08-01–2025-08-31 till handlingarna."
        ),
        P("Vid protokollet: Lena Holm, nämndsekreterare", size=10),
        P("Justeras: Karin Sjölund, ordförande          Amir Haddad, justerare", size=10),
        P("Utdraget bestyrks: Lena Holm", size=10),
    ]
    return ReportSpec(
        file="sigtuna-un-protokollsutdrag-2025-09.pdf",
        report={
            "municipality": "Sigtuna",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025-09", "2025-08"],
            "report_type": "protokollsutdrag",
        },
        metadata={"title": "Protokoll Utbildningsnämnden 2025-09-23", "author": "Sigtuna kommun"},
        style=style,
        blocks=blocks,
    )
