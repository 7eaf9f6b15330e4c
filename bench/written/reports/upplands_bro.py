"""Upplands-Bro kommun, kommunens revisorer, revisionsrapport: granskning av intern kontroll av externa
placeringar inom socialnämnden 2025 (an audit report).

No budget follow-up of the document's own, so no cause items, although it reports the audited
committee's deficit against budget, its missing measures and its cost growth: all findings about
another committee (other), numbered sections, recommendations as a dashed list, the auditors' own
method and a summary assessment. DejaVu Sans with a serif body, a wide left margin.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O

AUDIT = "Audit finding about another committee (socialnämnden): "


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="sans-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(96.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Upplands-Bro kommun – Revisorerna", "Revisionsrapport 2025"),
        footer=lambda n, m: ("Granskning av intern kontroll – externa placeringar", "", f"{n}"),
        rule_under_header=True,
    )
    blocks = [
        Title("Granskning av intern kontroll av externa placeringar", size=17, font="sans-bold"),
        Title("Socialnämnden, Upplands-Bro kommun", size=12, font="sans", after=14),
        H("1. Sammanfattning och bedömning", 1),
        P(
            "Vår samlade bedömning är att socialnämnden inte helt har säkerställt en tillräcklig intern kontroll "
            "avseende köp av externa placeringar.",
            O("Socialnämnden", "kopt_verksamhet", note=AUDIT + "overall assessment."),
        ),
        P(
            "Nämnden redovisade i delårsrapporten ett underskott om 12 mnkr mot budget, varav merparten avser "
            "externa placeringar av barn och unga.",
            O(
                "Socialnämnden",
                "kopt_verksamhet",
                amount="12 mnkr",
                direction="-",
                note=AUDIT + "the committee's reported deficit, quoted by the auditors.",
            ),
        ),
        P(
            "Vi noterar att nämnden inte har beslutat om några åtgärder trots prognostiserade underskott under "
            "större delen av året.",
            O("Socialnämnden", direction="-", note=AUDIT + "no measures taken."),
        ),
        H("2. Inledning", 1),
        P(
            "Revisorerna har i sin riskanalys bedömt att det finns risker i hanteringen av externa placeringar, "
            "både ekonomiskt och för den enskilde. Granskningen har genomförts genom intervjuer med "
            "förvaltningsledning och handläggare samt genom stickprov i verksamhetssystemet."
        ),
        H("3. Iakttagelser", 1),
        H("3.1 Avtal och fakturering", 2),
        P(
            "Av 25 granskade placeringar saknades skriftligt avtal i sju fall, och i fyra fall hade fakturerat "
            "belopp inte stämts av mot avtalet.",
            O("Socialnämnden", note=AUDIT + "sample result."),
        ),
        H("3.2 Kostnadsutveckling", 2),
        P(
            "Kostnaderna för externa placeringar har ökat från 48 mnkr 2023 till 61 mnkr 2024, vilket enligt "
            "förvaltningen beror på fler placeringar av ungdomar med omfattande vårdbehov.",
            O(
                "Socialnämnden",
                "kopt_verksamhet",
                "volymer",
                note=AUDIT + "year-on-year cost growth with 'beror på'.",
            ),
        ),
        H("3.3 Uppföljning och rapportering", 2),
        P(
            "Nämnden får en månatlig ekonomisk uppföljning, men den innehåller inte någon redovisning av antalet "
            "placeringar eller av kostnaden per placering.",
            O("Socialnämnden", note=AUDIT + "reporting."),
        ),
        H("4. Rekommendationer", 1),
        P("Utifrån granskningen rekommenderar vi socialnämnden att:"),
        Bullets(
            (
                "säkerställa att skriftliga avtal finns för samtliga externa placeringar,",
                "införa en rutin för avstämning av fakturor mot avtal innan attest,",
                "komplettera den månatliga uppföljningen med volymer och kostnad per placering.",
            ),
            labels=(
                O("Socialnämnden", note=AUDIT + "recommendation."),
                O("Socialnämnden", note=AUDIT + "recommendation."),
                O("Socialnämnden", note=AUDIT + "recommendation."),
            ),
            glyph="–",
        ),
        P("Upplands-Bro den 4 november 2025. För kommunens revisorer: Lars Ekholm, ordförande.", size=9),
    ]
    return ReportSpec(
        file="upplands-bro-revisionen-granskning-placeringar-2025.pdf",
        report={
            "municipality": "Upplands-Bro",
            "committee": ["Revisorerna", "Socialnämnden"],
            "period": ["2025"],
            "report_type": "revisionsrapport",
        },
        metadata={
            "title": "Granskning av intern kontroll av externa placeringar",
            "author": "Upplands-Bro kommun",
        },
        style=style,
        blocks=blocks,
    )
