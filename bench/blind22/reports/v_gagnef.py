"""Gagnefs kommun, Kommunstyrelsen, tjänsteskrivelse: svar på motion om sänkta avgifter i kulturskolan (2026).

Not a budget follow-up at all: the kommunstyrelse's reply to a councillor's motion, full of amounts, fee
levels, "beror främst på", "kostnadsökning", "inte ryms inom nämndens ram" and a quoted deficit from another
nämnd's interim report. Every labelled passage is `other`: the fee revenue and its share, the revenue lost
under the motion, other kommuner's experience with "beror främst på", the extra teachers' cost, the kultur-
och fritidsnämnd's reported deficit for the kulturskola with its reason (a statement about someone else's
follow-up), the net effect against the nämnd's ram, and the administration's alternative with its cost and
financing (a proposal, not a measure against a deviation). The decision proposal, the motion's text and the
list of documents are unlabelled. The document has no cause. DejaVu Serif Condensed 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O

MOTION = "A motion reply, no budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("Gagnefs kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-03-03", "Dnr KS 2025/0214", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Svar på motion om sänkta avgifter i kulturskolan", size=16, font="sans-bold", after=4),
        P("Kommunledningskontoret, 2026-02-16", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen och att ge kultur- och fritidsnämnden i "
            "uppdrag att utreda en höjd syskonrabatt inför budget 2027."
        ),
        H("Motionen", 2),
        P(
            "I en motion till kommunfullmäktige föreslås att terminsavgiften i kulturskolan sänks från 950 kronor "
            "till 500 kronor per ämne, så att fler barn i Gagnef, Mockfjärd och Djurås får möjlighet att delta."
        ),
        H("Bakgrund", 2),
        P(
            "Kulturskolan har i dag omkring 430 elever. Avgiftsintäkterna uppgick 2025 till 1,14 mnkr, vilket "
            "motsvarar 18 procent av verksamhetens bruttokostnad.",
            O("Kulturskolan", note=MOTION + " Revenue level and share."),
        ),
        P(
            "Kultur- och fritidsnämnden redovisade i delårsrapporten per augusti 2025 ett underskott för "
            "kulturskolan på 0,4 mnkr, som förklarades av högre lokalkostnader efter flytten till Mockfjärds "
            "skola.",
            O(
                "Kulturskolan",
                note="Another nämnd's reported deficit quoted in a motion reply: a statement about someone "
                "else's follow-up, other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "En sänkning enligt motionen skulle minska intäkterna med cirka 540 tkr per år, om antalet elever är "
            "oförändrat.",
            O("Kulturskolan", note=MOTION + " Revenue lost under the motion."),
        ),
        P(
            "Erfarenheter från Leksand och Rättvik, som sänkte sina avgifter 2023, visar att antalet elever ökade "
            "med 15–20 procent. Det beror främst på att fler barn från familjer med låga inkomster sökte sig till "
            "verksamheten.",
            O(None, note=MOTION + " Other kommuner's experience with 'beror främst på'."),
        ),
        P(
            "Fler elever skulle kräva ytterligare 1,5 lärartjänster, vilket medför en kostnadsökning om cirka 0,9 "
            "mnkr per år.",
            O("Kulturskolan", note=MOTION + " A cost estimate."),
        ),
        P(
            "Sammantaget bedöms motionens förslag öka nettokostnaden med 1,4–1,5 mnkr per år, vilket inte ryms inom "
            "kultur- och fritidsnämndens ram för 2026.",
            O("Kulturskolan", note=MOTION + " The net effect against the ram."),
        ),
        H("Bedömning", 2),
        P(
            "Kommunledningskontoret delar motionärens uppfattning att avgiften kan vara ett hinder för en del "
            "familjer, men bedömer att kostnaden är för stor i förhållande till nämndens ekonomiska läge."
        ),
        P(
            "Som ett alternativ kan syskonrabatten höjas till 50 procent från höstterminen 2027, till en kostnad av "
            "cirka 120 tkr per år som i så fall behöver finansieras inom kultur- och fritidsnämndens budget.",
            O("Kulturskolan", note=MOTION + " A proposal with its cost and financing, not an action."),
        ),
        H("Beslutsunderlag", 2),
        Bullets(
            (
                "Motion om sänkta avgifter i kulturskolan, 2025-05-12",
                "Yttrande från kultur- och fritidsnämnden, 2025-12-04",
                "Denna tjänsteskrivelse",
            ),
        ),
    ]
    return ReportSpec(
        file="gagnef-ks-tjansteskrivelse-svar-pa-motion-kulturskolans-avgifter-2026.pdf",
        report={
            "municipality": "Gagnef",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "motionssvar",
        },
        metadata={"title": "Svar på motion om sänkta avgifter i kulturskolan", "author": "Gagnefs kommun"},
        style=style,
        blocks=blocks,
    )
