"""Hjo kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all, in DejaVu Sans 10 pt: the decision
proposal, the background and a control table (not labelled); then findings full of amounts and "beror på":
invoices without a reference whose control "Avvikelsen beror på" new staff, purchases outside agreements
"0,4 miljoner kronor mer än året innan" (a comparison with the previous year), representation "inom
riktlinjens ram", late-payment interest in whole kronor that "beror på" late attestation, salary errors
recovered, another committee's deficit (a statement about someone else) and the review's cost and its
financing: seven `other` items and no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "An internal-control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Hjo kommun", "Uppföljning av internkontrollplan 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-11", "KS 2025/212", str(n)),
        header_size=8.0,
    )
    controls = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Omfattning", "Utfört", "Resultat"),),
        rows=(
            ("Leverantörsfakturor, beställarreferens", "120 st", "Ja", "Brister"),
            ("Inköp utanför ramavtal", "Helår", "Ja", "Brister"),
            ("Representation", "40 st", "Ja", "Utan anmärkning"),
            ("Dröjsmålsräntor", "Helår", "Ja", "Brister"),
            ("Löneutbetalningar", "60 st", "Ja", "Brister"),
        ),
        widths=(190.0, 70.0, 50.0, 110.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="sans-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger "
            "kommunledningskontoret i uppdrag att åtgärda de brister som har upptäckts."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig. Kommunstyrelsen "
            "antog internkontrollplanen för 2025 i december 2024, med fem kontrollmoment inom ekonomiadministration "
            "och lön."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        P(
            "Leverantörsfakturor: av 120 granskade fakturor saknade 9 en korrekt beställarreferens. Avvikelsen beror "
            "på att nya medarbetare inte har fått introduktion i e-handelssystemet.",
            O("Leverantörsfakturor", note=NOT_BUDGET + " A control 'avvikelse'."),
        ),
        P(
            "Inköp utanför ramavtal: inköp för 1,3 miljoner kronor gjordes utanför avtal, vilket är 0,4 miljoner "
            "kronor mer än året innan. Ökningen beror främst på köp av konsulttjänster inom IT.",
            O("Inköp utanför ramavtal", note=NOT_BUDGET + " A comparison with the previous year."),
        ),
        P(
            "Representation: kostnaderna för representation uppgick till 84 tkr, vilket ligger inom riktlinjens "
            "ram. Inga anmärkningar.",
            O("Representation", note=NOT_BUDGET),
        ),
        P(
            "Dröjsmålsräntor: kommunen betalade 23 400 kronor i dröjsmålsräntor under året, vilket beror på att "
            "fakturor har attesterats sent under semesterperioden.",
            O("Dröjsmålsräntor", note=NOT_BUDGET),
        ),
        P(
            "Löneutbetalningar: felaktiga utbetalningar om sammanlagt 41 tkr upptäcktes och har återkrävts. "
            "Felen beror på manuella registreringar av tillägg.",
            O("Löneutbetalningar", note=NOT_BUDGET),
        ),
        H("Övrigt", 2),
        P(
            "Socialnämnden redovisade i bokslutet ett underskott på 3,2 miljoner kronor. Nämndens egen "
            "internkontroll av placeringar följs upp av socialnämnden och ingår inte i denna rapport.",
            O("Socialnämnden", note="A statement about another committee: other."),
        ),
        P(
            "Kostnaden för den externa granskningen av attestrutinerna blev 95 tkr och finansierades inom "
            "kommunstyrelsens budget för ekonomiadministration.",
            O(None, note="A cost and its financing: other."),
        ),
        H("Förslag till internkontrollplan 2026", 2),
        P(
            "Kontrollerna av inköp utanför ramavtal och av dröjsmålsräntor föreslås ingå även i 2026 års plan. "
            "Därutöver föreslås en kontroll av hanteringen av bisysslor."
        ),
    ]
    return ReportSpec(
        file="hjo-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Hjo",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Hjo kommun"},
        style=style,
        blocks=blocks,
    )
