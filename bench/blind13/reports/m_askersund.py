"""Askersunds kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per oktober 2025.

A social committee's cover letter (tjänsteskrivelse) dated in November for the period to October, Liberation
Serif 11 pt, with a decision proposal, a summary and a case description: the summary "pekar mot en negativ
avvikelse på 4 650 tkr, att jämföra med –5 300 tkr i augusti" followed by the areas over budget (one item;
August's figure is not the amount); sub-headings with the amount in the first sentence: "beräknas överskrida
budget med 3 900 tkr" with two per-day costs "5 200 respektive 7 800 kronor" (not amounts, not areas); a
paid-out level "11,2 mnkr" that is not the deviation and "För helåret innebär det ett underskott om 1,3 mnkr";
"har en prognos på +350 tkr"; "ett mindre underskott, 300 tkr, sedan Försäkringskassan avslagit"; an unused
central reserve "på 500 tkr" (its size is its contribution); the change since August with its cause; two
actions as bullets, one with a yearly effect; the financing of the deficit (other). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("ASKERSUNDS KOMMUN – Socialförvaltningen", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Datum 2025-11-12", "Dnr SN 2025/88", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per den 31 oktober 2025", size=16, font="times-bold", after=4),
        P("Handläggare: ekonom vid socialförvaltningen", size=9.5),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per oktober 2025 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämndens prognos för 2025 pekar mot en negativ avvikelse på 4 650 tkr, att jämföra med –5 300 tkr "
            "i augusti. Det är framför allt institutionsplaceringar inom individ- och familjeomsorgen och "
            "försörjningsstödet som ligger över budget.",
            C(
                None,
                "4 650 tkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="August's figure inside the sentence is not the amount; the areas over budget are named as "
                "the reason.",
            ),
        ),
        H("Ärendebeskrivning", 2),
        H("Individ- och familjeomsorg", 3),
        P(
            "Verksamheten beräknas överskrida budget med 3 900 tkr. Under hösten har tre barn placerats på HVB efter "
            "beslut enligt LVU, och två av placeringarna, med dygnskostnader på 5 200 respektive 7 800 kronor, väntas "
            "pågå året ut.",
            C(
                "Individ- och familjeomsorg",
                "3 900 tkr",
                "-",
                "kopt_verksamhet",
                note="The per-day costs ('5 200 respektive 7 800 kronor') are neither amounts nor areas: one item.",
            ),
        ),
        H("Försörjningsstöd", 3),
        P(
            "Ekonomiskt bistånd har hittills i år betalats ut med 11,2 mnkr. För helåret innebär det ett underskott "
            "om 1,3 mnkr, eftersom fler hushåll har ett långvarigt behov efter varslen inom tillverkningsindustrin.",
            C(
                "Försörjningsstöd",
                "1,3 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The amount paid out so far (11,2 mnkr) is a level, not the deviation.",
            ),
        ),
        H("Vård och omsorg", 3),
        P(
            "Äldreomsorgen har en prognos på +350 tkr. Hemtjänsten i Olshammar har haft färre beviljade timmar än "
            "planerat, samtidigt som kostnaderna för nattpatrullen har ökat sedan bilarna byttes ut mot leasade "
            "elbilar.",
            C(
                "Äldreomsorg",
                "+350 tkr",
                "+",
                "volymer",
                "material_hjalpmedel",
                note="Leased cars: material_hjalpmedel.",
            ),
        ),
        H("Funktionsnedsättning", 3),
        P(
            "Verksamheten redovisar ett mindre underskott, 300 tkr, sedan Försäkringskassan avslagit en ansökan om "
            "assistansersättning och kommunen därmed bär hela kostnaden för ärendet.",
            C("Funktionsnedsättning", "300 tkr", "-", "ersattning_fk"),
        ),
        H("Gemensamt och nämnd", 3),
        P(
            "Nämndens centrala medel på 500 tkr för oförutsedda kostnader har inte använts och bidrar positivt till "
            "prognosen.",
            C(
                "Gemensamt och nämnd",
                "500 tkr",
                "+",
                "reserver",
                note="An unused central reserve: its size is its contribution to the forecast.",
            ),
        ),
        H("Prognosförändring", 3),
        P(
            "Jämfört med augusti har prognosen förbättrats med 650 tkr. Förbättringen beror på att en av de dyrare "
            "HVB-placeringarna avslutades i september, tidigare än planerat.",
            F(None, "650 tkr", "+", "kopt_verksamhet"),
        ),
        H("Åtgärder", 3),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Veckovis genomgång av samtliga placeringar, med fokus på att hitta lösningar på hemmaplan.",
                "Ett arbetsmarknadsprojekt tillsammans med Arbetsförmedlingen för personer med långvarigt "
                "försörjningsstöd. Målet är att 15 hushåll ska bli självförsörjande under 2026, vilket motsvarar ca "
                "1,1 mnkr på årsbasis.",
            ),
            labels=(
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
                A("Försörjningsstöd", "ca 1,1 mnkr", "ekonomiskt_bistand"),
            ),
            glyph="–",
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Underskottet kommer att belasta kommunens resultat. Nämnden har inget ackumulerat överskott att "
            "disponera.",
            O(None, "reserver", note="Financing of the deficit."),
        ),
        H("Beslutsunderlag", 2),
        P(
            "Tjänsteskrivelse 2025-11-12. Bilaga 1: Ekonomisk uppföljning oktober 2025, resultaträkning per verksamhet."
        ),
    ]
    return ReportSpec(
        file="askersund-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": "Askersund",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per den 31 oktober 2025", "author": "Askersunds kommun"},
        style=style,
        blocks=blocks,
    )
