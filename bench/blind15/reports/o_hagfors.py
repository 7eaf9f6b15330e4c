"""Hagfors kommun, Kommunstyrelsen, yttrande över en motion om avgiftsfria bussresor för invånare över 75 år.

A document that is no budget follow-up at all: the administration's answer to a motion, full of amounts,
"kostnaden beror på", "lägre än", "ryms inte inom ramen" and "ökat med": the cost estimate of the proposal
(with its range), what the cost depends on, the lost ticket revenue and the lower färdtjänst costs that
offset it, ridership in neighbouring kommuner, the financing (the proposal does not fit the committee's
frame), and a sentence about the kommun's forecast deficit with no amount (context about the budget year,
not a follow-up): seven `other` items and no causes. The decision proposal, the motion's text and the
signatures are unlabelled. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("HAGFORS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Kommunledningsförvaltningen 2025-10-14", "Dnr KS 2025/198", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title(
            "Svar på motion om avgiftsfria bussresor för invånare som fyllt 75 år",
            size=15,
            font="arial-bold",
            after=8,
        ),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad."),
        H("Ärendet", 2),
        P(
            "I en motion som inkom i mars 2025 föreslås att kommunen ska erbjuda avgiftsfria resor i den allmänna "
            "kollektivtrafiken inom kommunen för alla invånare som fyllt 75 år. Motionären anser att det skulle öka "
            "äldres möjlighet att delta i föreningsliv och handel och minska ensamheten."
        ),
        P(
            "Kommunfullmäktige remitterade motionen till kommunstyrelsen för beredning. Förvaltningen har inhämtat "
            "underlag från Värmlandstrafik och från kommunens färdtjänsthandläggare."
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Enligt Värmlandstrafiks beräkning skulle avgiftsfria resor för invånare över 75 år kosta kommunen mellan "
            "0,9 och 1,3 mnkr per år, med cirka 1,1 mnkr som det mest sannolika utfallet.",
            O(None, note="The proposal's cost estimate: no deviation from a budget."),
        ),
        P(
            "Kostnaden beror främst på hur många som skaffar kortet och hur ofta de reser. Kommunen ersätter "
            "trafikbolaget för de biljettintäkter som uteblir, och ersättningen räknas upp med kostnadsindex för "
            "kollektivtrafik varje år.",
            O(None, note="'Beror på' about an estimate: other."),
        ),
        P(
            "De biljettintäkter som faller bort motsvarar i dag ungefär 640 tkr per år, och resten av kostnaden avser "
            "den ökning av resandet som Värmlandstrafik räknar med.",
            O(None, note="A part of the estimate."),
        ),
        P(
            "Samtidigt kan kostnaderna för färdtjänst bli lägre än i dag, uppskattningsvis med 0,2 mnkr per år, om "
            "fler äldre väljer linjetrafiken för kortare resor.",
            O(None, note="'Lägre än i dag' about a possible effect: other."),
        ),
        P(
            "I de grannkommuner som har infört liknande kort har resandet bland äldre ökat med 20–30 procent under "
            "de två första åren.",
            O(None, "volymer", note="Others' ridership."),
        ),
        H("Finansiering", 2),
        P(
            "Förslaget ryms inte inom kommunstyrelsens ram för 2026. Ett införande skulle kräva att ramen utökas "
            "eller att andra verksamheter prioriteras ned.",
            O(None, note="Financing: other."),
        ),
        P(
            "Kommunens prognos för 2025 visar ett underskott mot budget, och fullmäktige har gett nämnderna i uppdrag "
            "att hålla tillbaka kostnadsökningarna inför 2026.",
            O(None, note="Context about the kommun's budget year with no amount, not a follow-up: other."),
        ),
        H("Förvaltningens bedömning", 2),
        P(
            "Förvaltningen delar motionärens syn på kollektivtrafikens betydelse för äldres livskvalitet. Med hänsyn "
            "till det ekonomiska läget föreslås dock att frågan prövas i budgetarbetet inför 2027, tillsammans med "
            "övriga förslag om kollektivtrafiken."
        ),
        P("Ulrika Sandström, kommundirektör    Per-Erik Nilsson, utredare", size=9.5),
    ]
    return ReportSpec(
        file="hagfors-ks-svar-pa-motion-avgiftsfria-bussresor-2025-10.pdf",
        report={
            "municipality": "Hagfors",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "yttrande",
        },
        metadata={
            "title": "Svar på motion om avgiftsfria bussresor för invånare som fyllt 75 år",
            "author": "Hagfors kommun",
        },
        style=style,
        blocks=blocks,
    )
