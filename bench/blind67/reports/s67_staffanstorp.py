"""Staffanstorps kommun, Kommunstyrelsen, uppföljning av intern kontroll 2025.

An internal-control follow-up that is no budget follow-up at all, though full of amounts, "beror på", "mer än"
and control "avvikelser": purchases outside framework agreements (with "Avvikelsen beror på"), late-payment
fees, incorrect salary payments reclaimed, fuel cards, representation above the guideline, the control's own
cost and its financing "inom kommunledningskontorets budget", and a mention of the socialnämnd's deficit with no
amount (a statement about someone else): seven `other` items and no cause. The decision proposal, the
background, the control table and the proposals for 2026 are unlabelled. Liberation Serif 10.5 pt, header with
the diarienummer, footer with the letter date in February.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Staffanstorps kommun", "Dnr KS 2026/0087"),
        footer=lambda n, m: ("Kommunledningskontoret 2026-02-09", "", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    controls = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Kontrollmoment", "Stickprov", "Avvikelser", "Bedömning"),),
        rows=(
            ("Inköp utanför ramavtal", "60", "9", "Brister"),
            ("Attest av leverantörsfakturor", "120", "4", "Godtagbar"),
            ("Löneutbetalningar", "80", "3", "Godtagbar"),
            ("Drivmedelskort", "40", "6", "Brister"),
            ("Representation", "30", "5", "Brister"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av intern kontroll 2025", size=18, font="times-bold", after=2),
        Title("Kommunstyrelsen", size=12.5, font="times", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger kommundirektören i "
            "uppdrag att återrapportera vidtagna åtgärder senast i september 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska styrelsen och nämnderna se till att den interna kontrollen är tillräcklig. "
            "Kommunstyrelsen antog internkontrollplanen för 2025 i februari 2025. Planen omfattade fem "
            "kontrollmoment som granskats genom stickprov under hösten."
        ),
        controls,
        H("Resultat per kontrollmoment", 2),
        LP(
            "Inköp utanför ramavtal.",
            "I nio av 60 stickprov hade varor eller tjänster köpts utanför gällande ramavtal, till ett värde av "
            "sammanlagt 1,4 mnkr. Avvikelsen beror främst på att avtalet för kontorsmaterial löpte ut i april och "
            "att det nya avtalet inte var klart förrän i oktober.",
            O("Inköp utanför ramavtal", note="A control deviation with 'beror på': no budget deviation."),
        ),
        LP(
            "Attest av leverantörsfakturor.",
            "Fyra fakturor hade attesterats av samma person som beställt. Under året har kommunen också betalat "
            "23 400 kronor i påminnelseavgifter och dröjsmålsränta, vilket är mer än föregående år och beror på "
            "att fakturor legat kvar hos attestanter under semesterperioden.",
            O("Attest av leverantörsfakturor", note="Late-payment fees against the previous year: other."),
        ),
        LP(
            "Löneutbetalningar.",
            "Tre felaktiga utbetalningar av tillägg upptäcktes, sammanlagt 312 000 kronor. Beloppen har återkrävts "
            "och hade i samtliga fall sin grund i att en ändrad anställningsform inte registrerats i lönesystemet.",
            O("Löneutbetalningar"),
        ),
        LP(
            "Drivmedelskort.",
            "Sex kort hade använts för tankning av privata fordon eller saknade körjournal. Kostnaden för de "
            "felaktiga tankningarna uppgick till 8 650 kronor.",
            O("Drivmedelskort"),
        ),
        LP(
            "Representation.",
            "Fem av 30 tillfällen översteg riktlinjens belopp per person, i ett fall med 1 100 kronor per deltagare. "
            "Överskridandet beror på att riktlinjens belopp inte har räknats upp sedan 2019.",
            O("Representation", note="A guideline overrun, not a budget deviation."),
        ),
        H("Kostnad för kontrollen", 2),
        P(
            "Granskningen har genomförts av kommunens controllers med stöd av en extern revisionsbyrå. Kostnaden "
            "för den externa delen uppgick till 145 000 kronor och har finansierats inom kommunledningskontorets "
            "budget.",
            O(None, note="The review's cost and its financing: other."),
        ),
        H("Övrigt", 2),
        P(
            "Vid uppföljningen noterades att socialnämnden redovisar ett underskott för 2025, vilket har "
            "hanterats i nämndens egen årsrapport och inte omfattas av denna uppföljning.",
            O("Socialnämnden", note="A statement about another nämnd, no amount: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        Bullets(
            items=(
                "Avtalstrohet vid inköp av livsmedel.",
                "Hantering av kontantkassor på fritidsgårdar och bibliotek.",
                "Behörigheter i ekonomisystemet.",
            ),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-ks-uppfoljning-intern-kontroll-2025.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-02"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av intern kontroll 2025", "author": "Staffanstorps kommun"},
        style=style,
        blocks=blocks,
    )
