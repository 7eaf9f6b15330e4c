"""Karlskrona kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A social committee's tjänsteskrivelse dated in June for the period to May: the decision proposal (unlabelled),
the full year "underskott om 14,2 miljoner kronor" with its two main causes, the change since March without a
cause; headings that carry the area and the amount with hyphen-minus in mnkr ("Barn och familj -9,4 mnkr"), a
placement count against the budgeted count, a monthly overrun ("0,4 mnkr per månad") that is a part, a
surplus paragraph that ends with an outlook sentence (other), an undistributed buffer as the reason for a
surplus (reserver); an action with its effect, investments "1,2 mnkr … förbrukas med 0,6 mnkr" (0,6 never
written as the deviation), equity and a risk with a per-placement cost (others). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 74.0),
        header=lambda n, m: ("KARLSKRONA KOMMUN  Socialförvaltningen", "TJÄNSTESKRIVELSE 2026-06-04"),
        footer=lambda n, m: ("Dnr SN.2026.0231", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026, Socialnämnden", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och uppdrar åt förvaltningen att "
            "återkomma med en reviderad åtgärdsplan i augusti."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar ett underskott om 14,2 miljoner kronor för 2026. Underskottet beror i "
            "huvudsak på placeringar av barn och unga och på ett ökat behov av ekonomiskt bistånd.",
            C(None, "14,2 miljoner kronor", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        P(
            "Prognosen är 3,0 miljoner kronor sämre än i mars.",
            F(None, "3,0 miljoner kronor", "-", note="No cause given."),
        ),
        H("Ekonomisk analys per verksamhet", 2),
        HP(
            "Barn och familj -9,4 mnkr",
            "Antalet barn och unga som är placerade på HVB och i konsulentstödda familjehem har ökat sedan "
            "årsskiftet. I maj fanns 11 placeringar på HVB mot budgeterade sex. Dygnskostnaden för de externa "
            "placeringarna har dessutom stigit.",
            C(
                "Barn och familj",
                "-9,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note=HEAD + " A placement count is not an amount.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd -5,1 mnkr",
            "Utbetalningarna av försörjningsstöd ligger i genomsnitt 0,4 mnkr per månad över budget. Fler hushåll har "
            "sökt bistånd sedan etableringsersättningen upphört för flera familjer, och andelen hushåll med "
            "långvarigt bistånd har ökat.",
            C(
                "Ekonomiskt bistånd",
                "-5,1 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note=HEAD + " The monthly 0,4 mnkr is a part.",
            ),
        ),
        HP(
            "Vuxen -1,3 mnkr",
            "Två LVM-placeringar under våren har kostat mer än budgeterat. Statens institutionsstyrelse har dessutom "
            "höjt sina dygnsavgifter.",
            C("Vuxen", "-1,3 mnkr", "-", "kopt_verksamhet", "prisokningar", note=HEAD),
        ),
        Para(
            (
                (
                    "Verksamheten har haft vakanta tjänster under våren, och boendestödet har kunnat bedrivas med "
                    "befintlig personal.",
                    C("Socialpsykiatri", "+0,8 mnkr", "+", "vakanser", note=HEAD),
                ),
                (
                    "Rekryteringarna är nu klara och överskottet väntas inte bestå under hösten.",
                    O("Socialpsykiatri", note="An outlook sentence in the same paragraph: its own item."),
                ),
            ),
            head="Socialpsykiatri +0,8 mnkr",
            head_level=3,
        ),
        HP(
            "Ledning och administration +0,8 mnkr",
            "Nämndens buffert har inte fördelats och redovisas därför som ett överskott.",
            C(
                "Ledning och administration",
                "+0,8 mnkr",
                "+",
                "reserver",
                note=HEAD + " An undistributed buffer.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan som bland annat innebär att fler placeringar ska ersättas "
            "med insatser i hemmet genom det egna öppenvårdsteamet. Effekten beräknas till 2,0 mnkr under 2026.",
            A("Barn och familj", "2,0 mnkr", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 1,2 mnkr för möbler och utrustning beräknas förbrukas med 0,6 mnkr, eftersom "
            "flytten av mottagningen till nya lokaler har skjutits upp till 2027.",
            C(
                "Investeringar",
                "1,2 mnkr för möbler och utrustning beräknas förbrukas med 0,6 mnkr",
                "+",
                "periodisering",
                value=600_000,
                note="Under-spending of 0,6 mnkr: budget minus forecast, the computed value.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nämnden har inget eget kapital att täcka underskottet med, och kommunstyrelsen har informerats om "
            "prognosen.",
            O(None, note="Equity and financing: other."),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på att antalet placeringar inte ökar ytterligare. Varje ny HVB-placering kostar i "
            "genomsnitt 1,5 mnkr på helår.",
            O("Barn och familj", note="A risk with a unit cost: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per maj 2026, bilaga 1. Åtgärdsplan Barn och familj, bilaga 2."),
        P("Helena Ström, socialchef    Anders Kvist, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="karlskrona-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
