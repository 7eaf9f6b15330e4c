"""Åstorps kommun, Kommunstyrelsen, uppföljning av avtalstrohet 2025 (not a budget follow-up).

A procurement unit's follow-up of purchases made outside the kommun's framework agreements, dated in March:
the decision proposal and a table of purchases per nämnd (unlabelled); the total purchase volume, the share
outside agreements that "ökade jämfört med 2024 … vilket beror på" an expired agreement, a finding about the
socialnämnd's purchases of agency nurses, direct procurements above the threshold whose "avvikelse från
upphandlingsreglerna beror på" urgent needs (a rule deviation, not a budget one), a mention of the vård- och
omsorgsnämnd's deficit (about someone else), the saving potential and the review's cost that "ryms inom"
the unit's budget: eight `other` items and no cause. Liberation Sans (Arial) 10 pt, no semicolons.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Åstorps kommun", "Dnr KS 2026/61"),
        footer=lambda n, m: ("Upphandlingsenheten 2026-03-04", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Inköp 2025 per nämnd, mnkr",
        header=(("Nämnd", "Totalt", "Utan avtal", "Andel utan avtal"),),
        rows=(
            ("Kommunstyrelsen", "96,4", "9,8", "10 %"),
            ("Bildningsnämnden", "118,2", "12,1", "10 %"),
            ("Socialnämnden", "61,7", "11,3", "18 %"),
            ("Vård- och omsorgsnämnden", "103,5", "16,9", "16 %"),
            ("Kultur- och fritidsnämnden", "32,2", "3,5", "11 %"),
            ("Totalt", "412,0", "53,6", "13 %"),
        ),
        widths=(170.0, 70.0, 80.0, 100.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av avtalstrohet 2025", size=18, font="arial-bold", after=2),
        Title("Kommunstyrelsen", size=12.5, font="arial", after=12),
        H("Förslag till beslut", 3),
        P(
            "Kommunstyrelsen godkänner uppföljningen av avtalstrohet 2025 och ger kommundirektören i uppdrag att "
            "återkomma med förslag på hur andelen inköp utan avtal kan minska."
        ),
        H("Bakgrund", 3),
        P(
            "Enligt kommunens upphandlingspolicy ska inköp göras från leverantörer med avtal. Upphandlingsenheten "
            "följer varje år upp avtalstroheten genom en analys av leverantörsreskontran."
        ),
        H("Resultat", 2),
        P(
            "Kommunens totala inköpsvolym 2025 uppgick till 412 mnkr, varav 87 procent avsåg leverantörer med "
            "avtal.",
            O(None, note="A supporting figure: other."),
        ),
        P(
            "Andelen inköp utanför avtal ökade jämfört med 2024 från 9 till 13 procent, vilket beror på att "
            "ramavtalet för IT-konsulter löpte ut i mars och att det nya avtalet började gälla först i oktober.",
            O(None, "it_digitalisering", note="A comparison with the previous year with 'beror på': other."),
        ),
        table,
        P(
            "Inom socialnämnden gjordes inköp av bemanningssjuksköterskor utan avtal för 2,8 mnkr, eftersom den "
            "upphandlade leverantören inte kunde leverera under sommaren.",
            O(
                "Socialnämnden",
                "inhyrd_personal",
                amount="2,8 mnkr",
                note="A finding about purchases: other.",
            ),
        ),
        P(
            "Tre direktupphandlingar överskred direktupphandlingsgränsen, till ett sammanlagt värde av 1,9 mnkr. "
            "Avvikelsen från upphandlingsreglerna beror på att behoven uppstod akut efter vattenskadan i en "
            "av kommunens skolor.",
            O(None, "ovrigt", amount="1,9 mnkr", note="A rule deviation, not a budget deviation: other."),
        ),
        P(
            "Vård- och omsorgsnämnden redovisade ett underskott för 2025, som enligt nämndens årsredovisning "
            "delvis beror på inköp av hjälpmedel utanför avtal.",
            O(
                "Vård- och omsorgsnämnden",
                "material_hjalpmedel",
                note="A statement about another nämnd's deficit, no amount: other.",
            ),
        ),
        H("Analys", 2),
        P(
            "Med full avtalstrohet bedöms kommunen kunna sänka sina inköpskostnader med omkring 3,5 mnkr per år, "
            "räknat på de rabatter som ramavtalen ger.",
            O(None, amount="3,5 mnkr", note="A saving potential: other."),
        ),
        P(
            "Uppföljningen visar också att 41 fakturor saknade beställarreferens, vilket är fler än 2024.",
            O(None, note="A control finding against the previous year: other."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Kostnaden för granskningen, 145 tkr, ryms inom upphandlingsenhetens budget för 2026.",
            O(None, amount="145 tkr", note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="astorp-ks-uppfoljning-avtalstrohet-2025.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2026-03"],
            "report_type": "uppföljning av avtalstrohet",
        },
        metadata={"title": "Uppföljning av avtalstrohet 2025", "author": "Åstorps kommun"},
        style=style,
        blocks=blocks,
    )
