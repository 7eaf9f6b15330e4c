"""Skurups kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per februari 2026.

A cover letter dated in March for the period to February, in "miljoner kronor", with no table: a decision
proposal, then a summary whose full-year deficit is "ett underskott i förhållande till anslaget om 6,4 miljoner
kronor" followed by dash bullets that open with the amount ("4,1 miljoner kronor inom individ- och
familjeomsorgen", direction only from the sentence before) and one surplus; an uncertainty paragraph (other);
then sections that explain the same areas again: placements as two levels ("Budgeten för placeringar är 18,2
miljoner kronor, medan prognosen uppgår till 22,3 miljoner kronor": the 4,1 never written there), a further
reason in a paragraph of its own whose index percentages are rates (amount null), "saknas 2,9 miljoner kronor
för att nå budget", the same months of last year (other), a reason-only surplus with no table to take it from
(amount null); two actions, one with its effect. 8 scored causes. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Skurups kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Socialförvaltningen", "2026-03-09", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    blocks = [
        P("Socialnämnden", size=10.0),
        Title("Ekonomisk uppföljning per februari 2026", size=16, font="times-bold", after=4),
        P("Dnr SN 2026/0032", size=10.0),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per februari 2026 och uppdrar åt förvaltningen att "
            "redovisa en åtgärdsplan vid nämndens sammanträde i april."
        ),
        H("Sammanfattning", 2),
        P(
            "Efter två månader pekar socialnämndens prognos på ett underskott i förhållande till anslaget om 6,4 "
            "miljoner kronor för helåret. Underskottet fördelar sig enligt följande:",
            C(None, "6,4 miljoner kronor", "-", note="The whole nämnd; its parts follow as bullets."),
        ),
        Bullets(
            (
                "4,1 miljoner kronor inom individ- och familjeomsorgen, där fyra barn sedan november har placerats i "
                "familjehem via konsulentstödda verksamheter.",
                "2,9 miljoner kronor inom ekonomiskt bistånd, som fortsätter att öka när fler hushåll lämnar "
                "etableringsprogrammet utan egen försörjning.",
                "Ett överskott på 0,6 miljoner kronor inom arbetsmarknadsenheten, tack vare högre ersättningar från "
                "Arbetsförmedlingen för personer i subventionerade anställningar.",
            ),
            labels=(
                C(
                    "Individ- och familjeomsorg",
                    "4,1 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The bullet opens with the amount; its direction comes from the sentence before.",
                ),
                C("Ekonomiskt bistånd", "2,9 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
                C(
                    "Arbetsmarknadsenheten",
                    "0,6 miljoner kronor",
                    "+",
                    "statsbidrag",
                    note="Arbetsförmedlingen's subsidies for subsidised jobs are tagged statsbidrag.",
                ),
            ),
            glyph="–",
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på bokfört utfall till och med februari och på verksamheternas bedömning av resten "
            "av året. Eftersom bara två månader har passerat är osäkerheten i prognosen större än vid senare "
            "uppföljningar.",
            O(None, note="Uncertainty."),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Köpt vård för barn och unga har ökat kraftigt under vintern. Den sista februari var 23 barn och "
            "ungdomar placerade, varav nio i konsulentstödda familjehem. Budgeten för placeringar är 18,2 miljoner "
            "kronor, medan prognosen uppgår till 22,3 miljoner kronor.",
            C(
                "Individ- och familjeomsorg",
                "18,2 miljoner kronor, medan prognosen uppgår till 22,3 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=4_100_000,
                note="Budget and forecast as levels: the 4,1 mnkr deviation is never written in this passage, the "
                "computed value. The same area's bullet above is its own item.",
            ),
        ),
        P(
            "Nämndens budget för köpt vård har räknats upp med 1,9 procent inför 2026, medan avtalen med de "
            "konsulentstödda verksamheterna har indexerats med 4,2 procent. Skillnaden förklarar en del av "
            "underskottet.",
            C(
                "Individ- och familjeomsorg",
                None,
                "-",
                "prisokningar",
                note="A further reason in a paragraph of its own, no amount: the percentages are index rates.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Med nuvarande utbetalningstakt saknas 2,9 miljoner kronor för att nå budget vid årets slut. Det "
            "förklaras av att fler hushåll än beräknat har gått direkt från etableringsersättning till "
            "försörjningsstöd.",
            C(
                "Ekonomiskt bistånd",
                "2,9 miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="'saknas … för att nå budget': a deficit.",
            ),
        ),
        P(
            "Utbetalningarna under januari och februari uppgick till 3,8 miljoner kronor, vilket är 22 procent mer "
            "än under samma månader 2025.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                note="Against the same months of last year: other.",
            ),
        ),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Enheten har fler anställda med lönebidrag och introduktionsjobb än budgeterat, vilket ger högre "
            "ersättningar från Arbetsförmedlingen.",
            C(
                "Arbetsmarknadsenheten",
                None,
                "+",
                "statsbidrag",
                note="A reason only and no table in the document: amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört veckovisa genomgångar av samtliga placeringar tillsammans med ansvarig "
            "enhetschef. Målet är att två placeringar ska kunna avslutas eller ersättas med öppenvård före sommaren, "
            "vilket skulle minska kostnaderna med omkring 1,2 miljoner kronor.",
            A("Individ- och familjeomsorg", "omkring 1,2 miljoner kronor", "kopt_verksamhet"),
        ),
        P(
            "Inom ekonomiskt bistånd har ett samarbete med arbetsmarknadsenheten startat, där alla nya sökande med "
            "arbetsförmåga ska erbjudas en insats inom 30 dagar.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-03-09. Bilaga 1: Driftredovisning per februari 2026."),
        P("Karin Holmgren, socialchef"),
        P("Ahmed Rashid, controller"),
    ]
    return ReportSpec(
        file="skurup-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Skurup",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per februari 2026", "author": "Skurups kommun"},
        style=style,
        blocks=blocks,
    )
