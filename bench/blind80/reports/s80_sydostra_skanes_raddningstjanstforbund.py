"""Sydöstra Skånes Räddningstjänstförbund, delårsrapport januari–augusti 2025.

A fire and rescue kommunalförbund's interim report, footer with the direktion's meeting date in September: the
period result "2 140 tkr, att jämföra med ett periodiserat budgeterat resultat på 800 tkr" (1 340 never
written out) and its timing reason in the next sentence (amount null), the full year "resultat på 300 tkr mot
budgeterade 1 200 tkr, en negativ avvikelse på 900 tkr"; a gridded table in tkr with U+2212 minus signs for
costs and deficits; bold run-in kostnadsslag whose lead carries the amount ("Personalkostnader −1 800 tkr."), a
reason-only lead (the row's "−450"), a surplus "ger ett överskott på 500 tkr" at the end of its sentence, two
posts that "följer budget" under one lead (two boilerplate items); the change since the tertial report with
its cause, investments "budget för 2025 är 14,5 mnkr. Prognosen är 9,7 mnkr" (4,8 never written out), an
action and equity (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "The run-in lead carries the area and its amount: part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Sydöstra Skånes Räddningstjänstförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-29", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr",
        header=(("Post", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "98 600", "98 600", "0"),
            ("Övriga intäkter", "7 400", "8 250", "850"),
            ("Personalkostnader", "−78 900", "−80 700", "−1 800"),
            ("Lokalkostnader", "−9 800", "−9 800", "0"),
            ("Fordon och utrustning", "−7 100", "−7 550", "−450"),
            ("Övriga kostnader", "−7 600", "−7 100", "500"),
            ("Avskrivningar", "−1 400", "−1 400", "0"),
            ("Resultat", "1 200", "300", "−900"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        grid=True,
        size=8.5,
        shade=(0.95, 0.88, 0.86),
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Sydöstra Skånes Räddningstjänstförbund, januari–augusti", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        Para(
            (
                (
                    "Förbundets resultat för perioden uppgår till 2 140 tkr, att jämföra med ett periodiserat "
                    "budgeterat resultat på 800 tkr.",
                    C(
                        None,
                        "2 140 tkr, att jämföra med ett periodiserat budgeterat resultat på 800 tkr",
                        "+",
                        value=1_340_000,
                        note="The period surplus of 1 340 tkr, never written out: the computed value.",
                    ),
                ),
                (
                    "Överskottet förklaras främst av att utbildningarna för deltidsbrandmän har skjutits till "
                    "hösten.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason apart from its amount: a cause, amount null.",
                    ),
                ),
            )
        ),
        P(
            "Helårsprognosen pekar på ett resultat på 300 tkr mot budgeterade 1 200 tkr, en negativ avvikelse på "
            "900 tkr.",
            C(None, "900 tkr", "-", note="The full year: the deviation after two levels."),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Övriga intäkter +850 tkr.",
            "Fler automatlarm än beräknat har debiterats, och intäkterna från extern utbildning i brandskydd har "
            "ökat.",
            C("Övriga intäkter", "+850 tkr", "+", "avgifter_intakter", "volymer", note=LEAD),
        ),
        LP(
            "Personalkostnader −1 800 tkr.",
            "Många insatser vid markbränder under den torra sommaren har gett höga kostnader för "
            "deltidsbrandmännens timersättning och för övertid i heltidsstyrkan.",
            C("Personalkostnader", "−1 800 tkr", "-", "ovrigt", "overtid", note=LEAD + " Fires are ovrigt."),
        ),
        LP(
            "Fordon och utrustning.",
            "Reparationen av höjdfordonet blev dyrare än beräknat, liksom drivmedlet.",
            C(
                "Fordon och utrustning",
                "−450",
                "-",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell. Vehicles and fuel are material_hjalpmedel.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Lägre kostnader än budgeterat för IT och telefoni efter bytet av leverantör ger ett överskott på 500 "
            "tkr.",
            C("Övriga kostnader", "500 tkr", "+", "it_digitalisering"),
        ),
        LP(
            "Medlemsavgifter och lokalkostnader.",
            "Båda posterna följer budget.",
            BP(
                "Medlemsavgifter",
                note="Two posts under one lead: two boilerplate items.",
                also=(BP("Lokalkostnader"),),
            ),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 1 100 tkr sedan april till följd av sommarens bränder.",
            F(None, "1 100 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Förbundets investeringsbudget för 2025 är 14,5 mnkr. Prognosen är 9,7 mnkr eftersom leveransen av en "
            "ny räddningsbil till stationen i Tomelilla har försenats till 2026.",
            C(
                "Investeringar",
                "14,5 mnkr. Prognosen är 9,7 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_800_000,
                note="Investment under-spending of 4,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att skjuta upp inköp av ny skyddsutrustning om 400 tkr till 2026 för att "
            "minska underskottet.",
            A(None, "400 tkr", "material_hjalpmedel"),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgick vid periodens slut till 12,8 mnkr.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="sydostra-skanes-raddningstjanstforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Sydöstra Skånes Räddningstjänstförbund",
                "Kommunalförbundet Sydöstra Skånes Räddningstjänstförbund",
                "SÖRF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025", "author": "Sydöstra Skånes Räddningstjänstförbund"},
        style=style,
        blocks=blocks,
    )
