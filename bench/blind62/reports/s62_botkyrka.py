"""Botkyrka kommun, Kommunstyrelsen, tjänsteskrivelse: yttrande över revisionsrapport om nämndernas
budgetuppföljning och prognossäkerhet (2025).

A reply to the auditors, which is no budget follow-up at all but is full of amounts and "beror på": the
auditors' findings about the socialnämnd's and the utbildningsnämnd's forecasts against their outcomes
(statements about someone else), the average forecast deviation against the previous year, its reasons, the
cost of a forecast tool and its financing, a rule for action plans, and a training that cost "60 000 kronor
mer än beräknat" (not a budget deviation of the committee): seven `other` items and no cause. The decision
proposal, the summary and the closing statement are unlabelled. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O

ELSE = "An audit finding about another committee: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 74.0),
        header=lambda n, m: ("Botkyrka kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2025-11-03  Dnr KS/2025:612", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title(
            "Yttrande över revisionsrapport – Granskning av nämndernas budgetuppföljning och prognossäkerhet",
            size=15,
            font="times-bold",
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen antar kommunledningsförvaltningens yttrande som sitt eget och överlämnar det till "
            "kommunens revisorer."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens revisorer har granskat om kommunstyrelsen och nämnderna har en ändamålsenlig "
            "budgetuppföljning och tillförlitliga prognoser. Granskningen avser verksamhetsåret 2024. Revisorerna "
            "har begärt kommunstyrelsens yttrande senast den 30 november 2025."
        ),
        H("Revisorernas iakttagelser", 2),
        P(
            "Revisorerna konstaterar att socialnämndens prognos i april 2024 var ett underskott på 12 miljoner "
            "kronor, medan utfallet vid årets slut blev ett underskott på 31 miljoner kronor. Enligt revisorerna "
            "beror skillnaden på att kostnaderna för placeringar av barn och unga underskattades.",
            O("Socialnämnden", note=ELSE),
        ),
        P(
            "För utbildningsnämnden var avvikelsen mellan augustiprognosen och bokslutet 9,4 miljoner kronor, "
            "vilket enligt rapporten främst beror på att statsbidrag bokfördes sent.",
            O("Utbildningsnämnden", note=ELSE),
        ),
        P(
            "Revisorerna rekommenderar att kommunstyrelsen säkerställer att nämnderna tar fram åtgärdsplaner när "
            "prognosen visar en negativ avvikelse mot budget."
        ),
        H("Kommunledningsförvaltningens synpunkter", 2),
        P(
            "Kommunstyrelsen delar bedömningen att prognossäkerheten behöver förbättras. Den genomsnittliga "
            "avvikelsen mellan nämndernas aprilprognoser och bokslut var 1,8 procent av nettokostnaderna 2024, "
            "jämfört med 1,1 procent 2023.",
            O(None, note="A comparison with the previous year, about forecasts: other."),
        ),
        P(
            "Att avvikelsen ökade beror till stor del på att flera nämnder hade svårt att bedöma effekterna av "
            "lönerevisionen och av högre priser på köpt verksamhet.",
            O(None, note="'beror på' about forecast accuracy, no deviation of the committee's own: other."),
        ),
        P(
            "Införandet av ett nytt prognosverktyg kostar 1,2 miljoner kronor och finansieras inom kommunstyrelsens "
            "budget för digitalisering 2026.",
            O(None, "it_digitalisering", note="A cost and its financing: other."),
        ),
        P(
            "Från 2026 kommer kommunstyrelsen att kräva en skriftlig åtgärdsplan från den nämnd vars prognos visar "
            "ett underskott som överstiger en procent av nettobudgeten.",
            O(None, note="A rule for future follow-up, not a measure against a deviation: other."),
        ),
        P(
            "Utbildningen i ekonomisk uppföljning för chefer, som genomfördes under hösten, kostade 340 000 kronor, "
            "vilket var 60 000 kronor mer än beräknat eftersom fler deltagare anmälde sig.",
            O(None, note="A cost against an estimate in a document with no budget follow-up: other."),
        ),
        P("Ärendet medför inga ytterligare kostnader för kommunen utöver det som anges ovan."),
    ]
    return ReportSpec(
        file="botkyrka-ks-yttrande-revisionsrapport-prognossakerhet-2025.pdf",
        report={
            "municipality": "Botkyrka",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-11"],
            "report_type": "yttrande",
        },
        metadata={
            "title": "Yttrande över revisionsrapport – budgetuppföljning och prognossäkerhet",
            "author": "Botkyrka kommun",
        },
        style=style,
        blocks=blocks,
    )
