"""Luleå kommun, Kommunstyrelsen, protokollsutdrag (three paragraphs of the minutes).

No budget follow-up, so no cause items: a property sale with a capital gain, a citizens' proposal
whose cost "ryms inom" an investment budget, and the follow-up of the internal control plan with a
finding and a measure; decision formulas, attendance and signature lines are left unlabelled.
DejaVu Serif body, small print for the register lines.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import A, O

MINUTES = "Protocol extract, not a follow-up: "


def small(text: str) -> Para:
    return Para(((text, None),), size=8.5)


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.5,
        leading=1.35,
        heading_sizes=(13.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(74.0, 78.0, 74.0, 74.0),
        header=lambda n, m: ("LULEÅ KOMMUN – PROTOKOLLSUTDRAG", f"{n}({m})"),
        footer=lambda n, m: ("Kommunstyrelsen, sammanträdesdatum 2025-10-13", "", "Justerandes sign ______"),
        rule_under_header=True,
    )
    blocks = [
        Title("Kommunstyrelsen", size=16, font="sans-bold"),
        small(
            "Sammanträdesdatum 2025-10-13. Plats och tid: Stadshuset, Kommunstyrelsesalen, kl. 09.00–12.10."
        ),
        small("Beslutande: se bifogad närvarolista. Justerare: Karin Öberg. Justeringens tid: 2025-10-16."),
        H("§ 187 Försäljning av fastigheten Lulsundet 7:12", 2),
        small("Dnr 2025/1104-3.6.1"),
        P(
            "Fastigheten Lulsundet 7:12 har inte längre någon funktion för kommunens verksamheter sedan "
            "förskolan flyttade till nya lokaler. En köpare har anmält intresse efter annonsering under "
            "sommaren."
        ),
        P(
            "Köpeskillingen uppgår till 4,2 mnkr och överstiger det bokförda värdet med 1,9 mnkr, vilket ger en "
            "reavinst som redovisas under finansförvaltningen.",
            O("Lulsundet 7:12", amount="1,9 mnkr", note=MINUTES + "capital gain on a sale, not a deviation."),
        ),
        H("Beslut", 3),
        P(
            "Kommunstyrelsen beslutar att godkänna köpekontraktet och uppdra åt fastighetschefen att underteckna det."
        ),
        H("§ 188 Medborgarförslag om utegym vid Gültzauudden", 2),
        small("Dnr 2025/0788-1.2.5"),
        P(
            "I ett medborgarförslag föreslås att kommunen bygger ett utegym vid Gültzauudden. Tekniska "
            "förvaltningen har yttrat sig över förslaget."
        ),
        P(
            "Kostnaden för ett utegym beräknas till cirka 350 tkr och ryms inom tekniska nämndens "
            "investeringsbudget för 2026.",
            O("Tekniska nämnden", amount="cirka 350 tkr", note=MINUTES + "cost estimate for a proposal."),
        ),
        H("Beslut", 3),
        P("Kommunstyrelsen föreslår kommunfullmäktige att bifalla medborgarförslaget."),
        H("§ 189 Uppföljning av internkontrollplan 2025", 2),
        small("Dnr 2025/0102-1.1.3"),
        P(
            "Kommunstyrelsen ska följa upp sin internkontrollplan två gånger per år. Uppföljningen per augusti "
            "omfattar kontroller av attestregler, avtalstrohet vid inköp och hantering av förtroendekänsliga "
            "kostnader."
        ),
        P(
            "Kontrollen av attestregler visar att 4 av 40 granskade fakturor saknade korrekt attest. Andelen "
            "inköp från avtalade leverantörer uppgick till 88 procent, vilket är under målet på 90 procent.",
            O(None, note=MINUTES + "internal-control finding."),
        ),
        P(
            "Ekonomienheten har genomfört en utbildning i attestrutiner för samtliga chefer och kommer att "
            "upprepa kontrollen i december.",
            A(None, note=MINUTES + "a measure in internal control, not a budget measure."),
        ),
        H("Beslut", 3),
        P("Kommunstyrelsen beslutar att godkänna uppföljningen och lägga den till handlingarna."),
        small("Vid protokollet: Maria Nilsson, sekreterare. Justeras: Karin Öberg."),
        small("Utdragsbestyrkande: ______________________"),
    ]
    return ReportSpec(
        file="lulea-ks-protokollsutdrag-2025-10.pdf",
        report={
            "municipality": "Luleå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "protokollsutdrag",
        },
        metadata={"title": "Protokollsutdrag Kommunstyrelsen 2025-10-13", "author": "Luleå kommun"},
        style=style,
        blocks=blocks,
    )
