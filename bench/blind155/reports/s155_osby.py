"""Osby kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all (Liberation Serif 11 pt), dated in March the
year after: the decision proposal, the background and the table of control points are unlabelled; the
findings are full of amounts and "beror på": invoices without attestation, purchases outside agreements
"0,4 miljoner kronor mer än 2024", representation that "ryms inom riktlinjens ram", late-payment interest,
salary supplements paid after employment ended, a mention of the omsorgsnämnd's deficit with its reason (a
statement about someone else) and the control's own cost. Seven `other` items and no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

CONTROL = "A control finding, not a budget deviation: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("OSBY KOMMUN", "Tjänsteskrivelse 2026-03-04"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "KS 2026/47", f"{n} ({m})"),
        header_size=8.5,
    )
    controls = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Metod", "Frekvens", "Avvikelser"),),
        rows=(
            ("Attest av leverantörsfakturor", "Stickprov", "Kvartal", "2"),
            ("Inköp utanför avtal", "Uttag ur systemet", "Halvår", "14"),
            ("Representation", "Stickprov", "Helår", "0"),
            ("Dröjsmålsräntor", "Uttag ur systemet", "Kvartal", "9"),
            ("Lönetillägg", "Stickprov", "Halvår", "3"),
        ),
        widths=(180.0, 110.0, 70.0, 70.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=16, font="times-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger kommundirektören i "
            "uppdrag att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska styrelsen och nämnderna se till att den interna kontrollen är tillräcklig. "
            "Kommunstyrelsen antog internkontrollplanen för 2025 i februari samma år. Planen omfattar fem "
            "kontrollmoment som har följts upp av ekonomiavdelningen."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        P(
            "Attest av leverantörsfakturor: 120 fakturor om sammanlagt 3,4 miljoner kronor granskades. Två fakturor "
            "på totalt 46 000 kronor saknade attest, vilket beror på att en ny attestant inte hade lagts in i "
            "ekonomisystemet.",
            O(None, note=CONTROL),
        ),
        P(
            "Inköp utanför avtal: köp utanför avtal uppgick till 1,9 miljoner kronor, vilket är 0,4 miljoner kronor "
            "mer än 2024. Ökningen beror på att avtalet för IT-konsulter löpte ut i mars och att en ny upphandling "
            "inte var klar förrän i september.",
            O(None, note=CONTROL + " Against the previous year."),
        ),
        P(
            "Representation: kostnaderna för intern och extern representation var 82 000 kronor, vilket ryms inom "
            "riktlinjens ram. Inga avvikelser noterades.",
            O(None, note=CONTROL),
        ),
        P(
            "Dröjsmålsräntor: kommunen betalade 14 300 kronor i dröjsmålsräntor under året. Det beror främst på "
            "sen hantering av fakturor under semesterperioden.",
            O(None, note=CONTROL),
        ),
        P(
            "Lönetillägg: av 40 kontrollerade tillägg hade tre, på totalt 21 600 kronor, betalats ut efter att "
            "anställningen upphört. Beloppen har återkrävts.",
            O(None, note=CONTROL),
        ),
        H("Övriga iakttagelser", 2),
        P(
            "Omsorgsnämnden har i sin egen uppföljning redovisat ett underskott mot budget, vilket enligt nämnden "
            "beror på höga kostnader för bemanning under sommaren. Det ingår inte i kommunstyrelsens kontroll.",
            O("Omsorgsnämnden", note="A statement about another nämnd, no amount: other."),
        ),
        P(
            "Uppföljningen har utförts av ekonomiavdelningen inom befintlig budget, till en kostnad av cirka 60 000 "
            "kronor i arbetstid.",
            O(None, note="The control's own cost and financing: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att attestkontrollen och kontrollen av inköp utanför avtal behålls och att "
            "kontroll av behörigheter i verksamhetssystemen läggs till."
        ),
        P("Anna Persson, ekonomichef", size=10.0),
    ]
    return ReportSpec(
        file="osby-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
