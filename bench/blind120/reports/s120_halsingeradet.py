"""Hälsingerådet (the six Hälsingland kommuner's joint body), ekonomisk rapport januari–augusti 2025.

A joint body's interim financial report in "tkr" set in DejaVu Sans, footer with the styrelse's meeting date
in September: the member fees (a financing statement, other), the period "520 tkr bättre än den periodiserade
budgeten" and the full year "150 tkr sämre än den budget i balans som rådet fastställde" in two paragraphs; a
table whose cost rows carry a minus and whose deviation column uses an en dash ("–340"); bullets under a generic
heading in varied shapes: a kostnadsslag "blir 340 tkr lägre än budget", a run-in area with a colon and "en
kostnad som överstiger budget med 340 tkr", revenue "180 tkr lägre än beräknat" (negative), "visar ett
överskott på 70 tkr", a deviation without a reason and two posts that "följer budget" in one bullet (two
boilerplate items); equity covering the deficit (other), the change since April, an action. 7 scored causes.

The body is real (a joint body of Bollnäs, Hudiksvall, Ljusdal, Nordanstig, Ovanåker and Söderhamn); every
figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Hälsingerådet", "Ekonomisk rapport januari–augusti 2025"),
        footer=lambda n, m: ("Hälsingerådets styrelse 2025-09-24", "Utvecklingskontoret", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos 2025, tkr",
        header=(("Post", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Årsavgifter", "4 860", "4 860", "0"),
            ("Projektintäkter", "600", "420", "–180"),
            ("Personalkostnader", "-2 950", "-2 610", "340"),
            ("Marknadsföring och varumärke", "-900", "-1 240", "–340"),
            ("Resor och konferenser", "-260", "-190", "70"),
            ("EU-medfinansiering", "-1 050", "-1 090", "–40"),
            ("Övriga kostnader", "-300", "-300", "0"),
            ("Resultat", "0", "-150", "–150"),
        ),
        widths=(190.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk rapport januari–augusti 2025", size=17, font="sans-bold", after=2),
        Title("Hälsingerådet – Utvecklingskontoret", size=11.5, font="sans", after=12),
        P(
            "Hälsingerådet finansieras genom årsavgifter från de sex medlemskommunerna Bollnäs, Hudiksvall, Ljusdal, "
            "Nordanstig, Ovanåker och Söderhamn. Årsavgifterna för 2025 uppgår till 4 860 tkr.",
            O(None, note="Financing: other."),
        ),
        H("Resultat och prognos", 2),
        P(
            "Resultatet för perioden är ett överskott på 612 tkr, vilket är 520 tkr bättre än den periodiserade "
            "budgeten.",
            C(
                None,
                "520 tkr",
                "+",
                note="The period against the periodised budget; 612 is the result's level.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på -150 tkr, vilket är 150 tkr sämre än den budget i balans som "
            "rådet fastställde.",
            C(None, "150 tkr", "-"),
        ),
        P(
            "Prognosen har försämrats med 90 tkr sedan aprilrapporten.",
            F(None, "90 tkr", "-"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Personalkostnaderna blir 340 tkr lägre än budget, eftersom EU-samordnaren har varit tjänstledig under "
                "våren och tjänsten har ersatts först från augusti.",
                "Marknadsföring och varumärke: kampanjen för inflyttning till Hälsingland har utökats med en digital "
                "del, vilket ger en kostnad som överstiger budget med 340 tkr.",
                "Projektintäkterna blir 180 tkr lägre än beräknat, då regionens medfinansiering av "
                "besöksnäringsprojektet har minskat.",
                "Resor och konferenser visar ett överskott på 70 tkr till följd av fler digitala möten.",
                "Medfinansieringen av EU-projekt blir 40 tkr högre än budget.",
                "Årsavgifterna och övriga kostnader följer budget.",
            ),
            labels=(
                C(
                    "Personalkostnader",
                    "340 tkr",
                    "+",
                    "vakanser",
                    note="A post left empty during leave: vakanser.",
                ),
                C(
                    "Marknadsföring och varumärke",
                    "340 tkr",
                    "-",
                    "ovrigt",
                    note="An extended campaign fits no tag: ovrigt.",
                ),
                C(
                    "Projektintäkter",
                    "180 tkr",
                    "-",
                    "ovrigt",
                    note="Revenue under budget: negative. A region's co-funding is no state grant: ovrigt.",
                ),
                C(
                    "Resor och konferenser",
                    "70 tkr",
                    "+",
                    "ovrigt",
                    note="Digital meetings instead of travel: ovrigt.",
                ),
                C("EU-medfinansiering", "40 tkr", "-", note="A deviation without a reason."),
                BP(
                    "Årsavgifter",
                    note="Two posts in one 'följer budget' bullet: two boilerplate items.",
                    also=(BP("Övriga kostnader"),),
                ),
            ),
        ),
        H("Eget kapital och åtgärder", 2),
        P(
            "Det egna kapitalet uppgick vid årsskiftet till 1 420 tkr, och det prognostiserade underskottet kan täckas "
            "av detta.",
            O(None, note="Equity covering the deficit: other."),
        ),
        P(
            "Styrelsen har beslutat att skjuta upp en planerad studieresa till hösten 2026 för att minska underskottet.",
            A(None, None),
        ),
    ]
    return ReportSpec(
        file="halsingeradet-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Hälsingerådet"],
            "committee": ["Hälsingerådet", "Styrelsen", "Hälsingerådets styrelse"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Ekonomisk rapport januari-augusti 2025", "author": "Hälsingerådet"},
        style=style,
        blocks=blocks,
    )
