"""Göteborgsregionen (GR, kommunalförbund), Förbundsstyrelsen, tertialrapport januari–april 2026.

A kommunalförbund's tertial report in tkr set in Liberation Sans Narrow, footer with the förbundsstyrelse's
meeting date in May: the full year's "2 300 tkr lägre än det budgeterade resultatet" after a level, its
reasons in an unlabelled bullet list that continues the paragraph ("Avvikelsen förklaras av:"), the period's
"−450 tkr, att jämföra med periodens budget på 1 170 tkr" (the deviation, 1 620 tkr, never written out), the
change since February without a cause; a result table per verksamhetsområde with U+2212 minus signs and a
shaded header; headings that carry the area and the amount after a comma ("GR Utbildning, −2 650 tkr",
"Social välfärd, 0 tkr" over "följer budget", boilerplate), one a cause without an amount verb ("En vakant
tjänst … har inte tillsatts"); investments "600 tkr under budget" after a level; the members' fee against last
year and equity (others) and an action with its effect. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Göteborgsregionen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Förbundsstyrelsen 2026-05-22", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2026, tkr",
        header=(("Verksamhetsområde", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Kansli och förbundsgemensamt", "1 500", "1 950", "+450"),
            ("GR Utbildning", "1 000", "−1 650", "−2 650"),
            ("Social välfärd", "400", "400", "0"),
            ("Samhällsbyggnad", "300", "820", "+520"),
            ("Arbetsmarknad", "300", "−320", "−620"),
            ("Förbundets resultat", "3 500", "1 200", "−2 300"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.92, 0.88),
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="narrow-bold", after=2),
        Title("Göteborgsregionen – Förbundsstyrelsen", size=12.5, font="narrow", after=12),
        H("Ekonomiskt resultat och prognos", 1),
        P(
            "Förbundets prognos för 2026 är ett resultat på 1 200 tkr, vilket är 2 300 tkr lägre än det budgeterade "
            "resultatet på 3 500 tkr. Avvikelsen förklaras av:",
            C(
                None,
                "2 300 tkr",
                "-",
                "avgifter_intakter",
                "it_digitalisering",
                "vakanser",
                note="The reasons are the bullets that continue the paragraph: part of the item.",
            ),
        ),
        Bullets(
            items=(
                "lägre intäkter från kurser och konferenser inom GR Utbildning,",
                "högre kostnader för licenser efter bytet av lärplattform,",
                "en vakant tjänst inom kansliet, som delvis väger upp.",
            ),
            continues=True,
        ),
        P(
            "Efter april uppgår resultatet till −450 tkr, att jämföra med periodens budget på 1 170 tkr.",
            C(
                None,
                "−450 tkr, att jämföra med periodens budget på 1 170 tkr",
                "-",
                value=1_620_000,
                note="The period: the deviation (1 620 tkr) is never written out, the computed value.",
            ),
        ),
        P(
            "Prognosen är 800 tkr sämre än vid budgetuppföljningen i februari.",
            F(None, "800 tkr", "-"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "GR Utbildning, −2 650 tkr",
            "Kursverksamheten har haft färre deltagare än budgeterat under våren, då flera medlemskommuner har dragit "
            "ned på kompetensutveckling. Övergången till en ny lärplattform har dessutom gett dubbla licenskostnader "
            "under fyra månader.",
            C("GR Utbildning", "−2 650 tkr", "-", "volymer", "avgifter_intakter", "it_digitalisering"),
        ),
        HP(
            "Samhällsbyggnad, +520 tkr",
            "Överskottet beror på att ett regionalt planeringsprojekt delvis finansieras med EU-medel som inte fanns "
            "med i budgeten.",
            C(
                "Samhällsbyggnad",
                "+520 tkr",
                "+",
                "statsbidrag",
                note="External project grants (EU funds) are statsbidrag.",
            ),
        ),
        HP(
            "Arbetsmarknad, −620 tkr",
            "Förbundet står för lönekostnaderna för två projektledare sedan projektets statliga finansiering upphörde "
            "vid årsskiftet.",
            C("Arbetsmarknad", "−620 tkr", "-", "statsbidrag"),
        ),
        HP(
            "Kansli och förbundsgemensamt, +450 tkr",
            "En vakant tjänst som kommunikatör har inte tillsatts under perioden.",
            C("Kansli och förbundsgemensamt", "+450 tkr", "+", "vakanser"),
        ),
        HP(
            "Social välfärd, 0 tkr",
            "Verksamheten följer budget.",
            BP("Social välfärd"),
        ),
        H("Investeringar", 2),
        P(
            "Förbundets investeringar i IT-utrustning beräknas till 900 tkr, 600 tkr under budget, då utbytet av "
            "datorer skjuts till 2027.",
            C("Investeringar", "600 tkr", "+", "periodisering", note="A level before the under-spend."),
        ),
        H("Medlemsavgift och eget kapital", 2),
        P(
            "Medlemsavgiften för 2026 är oförändrad jämfört med 2025, 32 kronor per invånare i "
            "medlemskommunerna.",
            O(None, note="The members' fee against last year: other."),
        ),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 28,4 mnkr och påverkas inte nämnvärt av prognosen.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundsstyrelsen har gett GR Utbildning i uppdrag att se över kursutbudet och prissättningen inför "
            "hösten, med målet att förbättra resultatet med 1 000 tkr.",
            A("GR Utbildning", "1 000 tkr", "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="goteborgsregionen-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Göteborgsregionen",
                "Göteborgsregionens kommunalförbund",
                "Kommunalförbundet Göteborgsregionen",
                "GR",
            ],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Göteborgsregionen", "author": "Göteborgsregionen"},
        style=style,
        blocks=blocks,
    )
