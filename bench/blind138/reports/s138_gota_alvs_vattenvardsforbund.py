"""Göta älvs vattenvårdsförbund, Styrelsen, delårsrapport januari–augusti 2025.

A small joint body's interim report (kommuner, kommunalförbund, industries and treatment plants along the
river), DejaVu Sans 10 pt, footer with the board's meeting date in October: the period's result "312 tkr, att
jämföra med ett periodiserat budgeterat resultat på 0 tkr", the full year "ett underskott på 185 tkr mot
budget" and the period's timing reason in three paragraphs (three items, the reason's amount null); a
kostnadsslag table in tkr with signed deviations; members' fees that "följer budget" (boilerplate); bold
run-in kostnadsslag ending in a full stop: a price rise in percent that is not the amount before "240 000
kronor högre än budgeterat", a reason-only row (high water flow: ovrigt, the row's "+90"), a consultant "en
kostnad på 120 tkr som inte fanns i budgeten" and "85 tkr lägre än budget" through a vacancy; equity (other).

The place is real (a body known to exist); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Göta älvs vattenvårdsförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-02", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, tkr (avvikelse: + bättre, - sämre än budget)",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "4 860", "3 240", "4 860", "0"),
            ("Analyskostnader", "-2 150", "-1 210", "-2 390", "-240"),
            ("Provtagning och fältarbete", "-1 380", "-640", "-1 290", "+90"),
            ("Konsulter och rapporter", "-760", "-410", "-880", "-120"),
            ("Administration", "-570", "-340", "-485", "+85"),
            ("Resultat", "0", "640", "-185", "-185"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Göta älvs vattenvårdsförbund", size=12, font="sans", after=12),
        H("Verksamheten", 2),
        P(
            "Förbundet samordnar den gemensamma recipientkontrollen i Göta älv och Nordre älv på uppdrag av "
            "medlemmarna, som är kommuner, kommunalförbund, industrier och reningsverk längs älven. Under våren har "
            "provtagningen av vattenkemi och bottenfauna genomförts enligt kontrollprogrammet."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat för perioden är 312 tkr, att jämföra med ett periodiserat budgeterat resultat på 0 "
            "tkr.",
            C(None, "312 tkr", "+", note="A period result against a periodised budgeted result of zero."),
        ),
        P(
            "För helåret beräknas ett underskott på 185 tkr mot budget.",
            C(None, "185 tkr", "-"),
        ),
        P(
            "Periodens överskott beror på att fakturorna för sommarens provtagning ännu inte har kommit in.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        P("Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        LP(
            "Analyskostnader.",
            "Laboratoriet har höjt sina priser med 11 procent från den 1 mars, vilket gör att analyskostnaderna blir "
            "240 000 kronor högre än budgeterat.",
            C(
                "Analyskostnader",
                "240 000 kronor",
                "-",
                "prisokningar",
                note="The percentage is not the amount.",
            ),
        ),
        LP(
            "Provtagning och fältarbete.",
            "Den planerade provtagningen av sediment i Nordre älv kunde inte genomföras under våren på grund av högt "
            "vattenflöde.",
            C(
                "Provtagning och fältarbete",
                "+90",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reasons only (high water flow: ovrigt): the row's cell.",
            ),
        ),
        LP(
            "Konsulter och rapporter.",
            "Förbundet har anlitat en konsult för den fördjupade trendanalys som styrelsen beslutade om i april, en "
            "kostnad på 120 tkr som inte fanns i budgeten.",
            C("Konsulter och rapporter", "120 tkr", "-", "inhyrd_personal"),
        ),
        LP(
            "Administration.",
            "Kostnaderna för sekretariatet blir 85 tkr lägre än budget eftersom den administrativa tjänsten har varit "
            "vakant i två månader.",
            C("Administration", "85 tkr", "+", "vakanser"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 1,9 mnkr och räcker väl för att täcka årets "
            "underskott.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
    ]
    return ReportSpec(
        file="gota-alvs-vattenvardsforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Göta älvs vattenvårdsförbund", "Göta Älvs Vattenvårdsförbund"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Göta älvs vattenvårdsförbund",
            "author": "Göta älvs vattenvårdsförbund",
        },
        style=style,
        blocks=blocks,
    )
