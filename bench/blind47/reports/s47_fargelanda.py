"""Färgelanda kommun, Kommunstyrelsen, uppföljning av ägardirektiv för de kommunala bolagen 2025.

A cover letter that follows up the owner directives of two kommunal companies: no budget follow-up at all,
but full of amounts, "beror på", "lägre än", "mer än" and "i nivå med": a housing company's result and
yield against the directive's requirement with its reason, vacancies against last year with their reason,
the equity ratio above the directive's floor, investments "2,3 mnkr mer än vad som angavs i affärsplanen"
(the company's own plan: about someone else), the premises company's result "i nivå med 2024", the kommun's
guarantees and guarantee fee against last year, and a conditional capital contribution not yet paid: seven
`other` items and no cause. The decision proposal, the background and the key-figure table are unlabelled.
Liberation Serif 11 pt, footer with the letter's date in April.

The place is real; every figure, event and company name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

ABOUT = "About a company, against its owner directive or last year: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Färgelanda kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: (
            "Kommunstyrelseförvaltningen 2026-04-09 · Dnr KS 2026/54",
            "",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
    )
    table = Table(
        caption="Nyckeltal enligt ägardirektiven",
        header=(("", "Krav", "Utfall 2025", "Utfall 2024"),),
        rows=(
            ("Färgelanda Hyreshus AB, direktavkastning", "minst 4,0 %", "3,1 %", "3,8 %"),
            ("Färgelanda Hyreshus AB, soliditet", "minst 12 %", "14,2 %", "13,6 %"),
            ("Färgelanda Hyreshus AB, vakansgrad", "högst 2 %", "2,8 %", "1,5 %"),
            ("Färgelanda Industrilokaler AB, soliditet", "minst 20 %", "27,5 %", "26,9 %"),
        ),
        widths=(215.0, 70.0, 70.0, 70.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Uppföljning av ägardirektiv för de kommunala bolagen 2025", size=15, font="times-bold", after=12
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna uppföljningen av ägardirektiven för 2025 och "
            "att uppdra åt Färgelanda Hyreshus AB att redovisa en plan för att nå avkastningskravet."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunfullmäktige antog nya ägardirektiv för de helägda bolagen i juni 2023. Enligt direktiven ska "
            "bolagen varje år redovisa hur de har uppfyllt de ekonomiska kraven och ägarens uppdrag. Uppföljningen "
            "bygger på bolagens årsredovisningar och på dialogmöten med bolagens styrelser i mars."
        ),
        H("Färgelanda Hyreshus AB", 2),
        P(
            "Bolaget redovisar ett resultat efter finansiella poster på 2,6 mnkr för 2025. Direktavkastningen blev "
            "3,1 procent, vilket är lägre än ägardirektivets krav på minst 4 procent. Det beror främst på högre "
            "räntekostnader efter omsättningen av två lån under våren.",
            O("Färgelanda Hyreshus AB", note=ABOUT + " A yield requirement not met, with 'beror på'."),
        ),
        P(
            "Vakansgraden var 2,8 procent, mot 1,5 procent året innan. Ökningen beror på att tolv lägenheter på "
            "Ödeborgsvägen har stått tomma under stambytet.",
            O("Färgelanda Hyreshus AB", note=ABOUT),
        ),
        P(
            "Soliditeten uppgick till 14,2 procent, vilket är mer än ägardirektivets miniminivå på 12 procent.",
            O("Färgelanda Hyreshus AB", note=ABOUT),
        ),
        P(
            "Bolaget har under året investerat 11,4 mnkr i energieffektivisering, 2,3 mnkr mer än vad som angavs i "
            "affärsplanen, vilket beror på att ytterligare två hus har anslutits till fjärrvärmenätet.",
            O("Färgelanda Hyreshus AB", note=ABOUT + " The company's own plan, not the kommun's budget."),
        ),
        H("Färgelanda Industrilokaler AB", 2),
        P(
            "Bolaget har hyrt ut samtliga lokaler under året och redovisar ett resultat på 0,4 mnkr, i nivå med "
            "2024.",
            O("Färgelanda Industrilokaler AB", note=ABOUT),
        ),
        table,
        H("Kommunens åtaganden", 2),
        P(
            "Kommunens borgensåtagande för bolagen uppgick vid årsskiftet till 186,5 mnkr av en beslutad "
            "borgensram på 210 mnkr. Borgensavgiften till kommunen blev 0,9 mnkr, 0,1 mnkr mer än 2024, vilket "
            "beror på den högre lånevolymen.",
            O(None, note="Guarantees and the guarantee fee against last year: other."),
        ),
        P(
            "Ingen utdelning lämnas för 2025. Det villkorade ägartillskottet på 1,5 mnkr som kommunfullmäktige "
            "beslutade om 2024 har ännu inte betalats ut, eftersom villkoren inte har uppfyllts.",
            O(None, note="A capital contribution not paid: a financing statement."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför inga kostnader för kommunen."),
    ]
    return ReportSpec(
        file="fargelanda-ks-uppfoljning-agardirektiv-2025.pdf",
        report={
            "municipality": "Färgelanda",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025"],
            "report_type": "uppföljning av ägardirektiv",
        },
        metadata={"title": "Uppföljning av ägardirektiv 2025", "author": "Färgelanda kommun"},
        style=style,
        blocks=blocks,
    )
