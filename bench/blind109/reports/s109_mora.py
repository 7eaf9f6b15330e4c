"""Mora kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all, full of amounts, "beror på", "mer än" and a
control "avvikelse": the decision proposal and background (not labelled), a control table (not labelled),
purchases outside agreements "412 000 kronor" with "Avvikelsen beror på", attestation, representation "41 tkr
mer än året innan", late-payment interest "mer än dubbelt så mycket", salary supplements paid in error, a
mention of the socialnämnd's deficit with no amount (a statement about someone else) and the cost of an
external review financed within the budget: seven `other` items and no cause. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "An internal-control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("MORA KOMMUN", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Dnr KS 2026/0093", "Kommunstyrelsen 2026-03-17", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Sammanställning av kontrollmomenten 2025",
        header=(("Kontrollmoment", "Stickprov", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp enligt avtal", "60", "9", "Brister"),
            ("Attest av verifikationer", "50", "4", "Mindre brister"),
            ("Representation", "25", "2", "Mindre brister"),
            ("Betalning i tid", "120", "14", "Brister"),
            ("Lönetillägg", "30", "2", "Mindre brister"),
            ("Behörigheter i ekonomisystemet", "Alla", "0", "Utan anmärkning"),
        ),
        widths=(190.0, 70.0, 70.0, 110.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="cond-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger "
            "kommundirektören i uppdrag att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska styrelsen se till att den interna kontrollen är tillräcklig. Kontrollerna har "
            "genomförts av ekonomiavdelningen och HR-avdelningen under hösten 2025 genom stickprov."
        ),
        table,
        H("Resultat av kontrollerna", 2),
        P(
            "Granskningen av 60 slumpvis utvalda leverantörsfakturor visade att 9 fakturor på sammanlagt 412 000 "
            "kronor avsåg inköp utanför upphandlade avtal. Avvikelsen beror på att flera verksamheter inte kände "
            "till att avtalet för kontorsmaterial hade bytt leverantör.",
            O(None, note=NOT_BUDGET + " A control 'avvikelse' with 'beror på'."),
        ),
        P(
            "I 4 av 50 kontrollerade verifikationer saknades attest, vilket beror på att ersättare inte hade lagts "
            "in i ekonomisystemet under semesterperioden.",
            O(None, note=NOT_BUDGET),
        ),
        P(
            "Kostnaderna för representation uppgick till 186 tkr, vilket är 41 tkr mer än året innan. Ökningen "
            "beror främst på att kommunen var värd för en nationell konferens om besöksnäring i september.",
            O(None, note=NOT_BUDGET + " A comparison with the previous year."),
        ),
        P(
            "Kommunen betalade 23 400 kronor i dröjsmålsränta under 2025, mer än dubbelt så mycket som under 2024. "
            "Det beror på att fakturor blivit liggande i väntan på attest hos verksamheter utan ersättare.",
            O(None, note=NOT_BUDGET),
        ),
        P(
            "Kontrollen av 30 lönetillägg visade att två tillägg på sammanlagt 8 600 kronor hade betalats ut "
            "felaktigt. Beloppen har återkrävts från de berörda medarbetarna.",
            O(None, note=NOT_BUDGET),
        ),
        P(
            "Av den ekonomiska uppföljningen framgår att socialnämnden redovisar ett underskott, men det följs upp "
            "inom ramen för nämndens egen internkontroll och ingår inte i denna rapport.",
            O("Socialnämnden", note="A statement about another nämnd's deficit, with no amount: other."),
        ),
        P(
            "Kostnaden för den externa granskningen av behörigheter i ekonomisystemet blev 95 tkr och finansieras "
            "inom ekonomiavdelningens budget.",
            O(None, note="A cost and its financing: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av inköp enligt avtal och betalning i tid upprepas under 2026 "
            "och att en ny kontroll av hantering av bidrag till föreningar läggs till."
        ),
    ]
    return ReportSpec(
        file="mora-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-03"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
