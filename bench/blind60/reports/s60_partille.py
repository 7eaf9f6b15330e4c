"""Partille kommun, Kommunstyrelsen, uppföljning av intern kontroll 2025 (no budget follow-up).

An internal-control report in Liberation Serif 11 pt that is no budget follow-up at all, though full of amounts,
"beror på" and "mer än": direct purchases without documentation, invoices paid late with late-payment
interest, representation against last year, salaries paid after employment ended, purchasing loyalty against
a goal, a mention of the socialnämnd's bought services over budget (a statement about someone else) and the
audit's cost that "ryms inom kommunstyrelsens budget" (financing): seven `other` items and no cause. The
decision proposal, the background and the control table are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

CONTROL = "A control finding, not a budget deviation."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(74.0, 80.0, 74.0, 74.0),
        header=lambda n, m: ("Partille kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Uppföljning av intern kontroll 2025", "Dnr KS 2026/0031", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Stickprov", "Avvikelser", "Bedömning"),),
        rows=(
            ("Direktupphandling", "60", "9", "Brister"),
            ("Attest av leverantörsfakturor", "120", "14", "Brister"),
            ("Representation", "40", "2", "Godtagbar"),
            ("Löneutbetalningar", "80", "3", "Godtagbar"),
            ("Avtalstrohet", "200", "28", "Brister"),
        ),
        widths=(190.0, 70.0, 70.0, 90.0),
        rules=True,
    )
    blocks = [
        Title("Uppföljning av intern kontroll 2025", size=17, font="arial-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger kommundirektören i "
            "uppdrag att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens reglemente för intern kontroll ska styrelse och nämnder varje år följa upp sin "
            "internkontrollplan och rapportera resultatet till kommunstyrelsen. Uppföljningen avser de fem "
            "kontrollmoment som kommunstyrelsen beslutade om i februari 2025."
        ),
        table,
        H("Resultat av kontrollerna", 2),
        H("Direktupphandling", 3),
        P(
            "Av 60 stickprov på direktupphandlingar över 100 000 kronor saknades dokumentation i nio fall. "
            "Avvikelsen beror på att flera enheter inte har känt till kravet på att dokumentera direktupphandlingar "
            "över den beloppsgränsen.",
            O(None, note=CONTROL),
        ),
        H("Attest av leverantörsfakturor", 3),
        P(
            "Fakturor till ett sammanlagt belopp av 1,8 miljoner kronor attesterades efter förfallodagen, vilket "
            "medförde dröjsmålsräntor på 23 400 kronor. Det beror främst på att attesträtterna inte uppdaterades "
            "när chefer bytte tjänst.",
            O(None, note=CONTROL),
        ),
        H("Representation", 3),
        P(
            "Kostnaderna för extern representation uppgick till 412 000 kronor, vilket är 96 000 kronor mer än året "
            "innan. Ökningen beror på att kommunen stod värd för ett regionalt näringslivsmöte i maj.",
            O(None, note="A comparison with the previous year."),
        ),
        H("Löneutbetalningar", 3),
        P(
            "I tre fall betalades lön ut efter avslutad anställning, sammanlagt 57 300 kronor. Beloppen har "
            "återkrävts och samtliga har betalats tillbaka.",
            O(None, note=CONTROL),
        ),
        H("Avtalstrohet", 3),
        P(
            "Andelen inköp hos avtalade leverantörer var 86 procent, jämfört med målet 90 procent. Lägre "
            "avtalstrohet beror främst på inköp av förbrukningsmaterial i butik.",
            O(None, note=CONTROL),
        ),
        H("Övriga iakttagelser", 2),
        P(
            "Socialnämnden har i sin egen uppföljning redovisat att kostnaderna för köpt verksamhet överstiger "
            "budget. Den frågan hanteras i nämndens månadsrapporter och ingår inte i denna kontroll.",
            O("Socialnämnden", note="About someone else."),
        ),
        P(
            "Granskningen har genomförts av ekonomiavdelningen med stöd av en extern konsult till en kostnad av "
            "145 000 kronor, som ryms inom kommunstyrelsens budget för 2025.",
            O(None, note="Financing: no deviation reported."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Ekonomiavdelningen föreslår att direktupphandling och attest följs upp även 2026, och att kontroll av "
            "bisysslor och av kommunens leasingavtal för fordon läggs till."
        ),
        P("Lena Forsberg, ekonomichef", size=10.0),
    ]
    return ReportSpec(
        file="partille-ks-uppfoljning-intern-kontroll-2025.pdf",
        report={
            "municipality": "Partille",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av intern kontroll 2025", "author": "Partille kommun"},
        style=style,
        blocks=blocks,
    )
