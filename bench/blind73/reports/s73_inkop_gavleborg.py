"""Inköp Gävleborg (kommunalförbund), delårsrapport januari–augusti 2025.

A procurement kommunalförbund's interim report adopted by the direktion in October: the period's result
"1 640 tkr bättre än periodens budget" and the full year "ett överskott på 900 tkr mot ett budgeterat
nollresultat" as two causes; a post table in tkr with U+2212 minus signs where costs are negative; bold run-in
posts ending in a full stop: personnel with the amount at the end of the paragraph ("1 200 tkr för
helåret"), legal support for two appeals that will "överskrida budgeten med 400 tkr", a reason-only IT post
(the row's "−350"), course revenue "350 tkr högre än budget", "Lokalkostnader följer budget" (boilerplate) and
a row with no comment; the change since the tertial report with its cause, an action without an effect,
equity with the förbundsordning's repayment rule and framework loyalty against 2024 (others). Liberation
Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Inköp Gävleborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Fastställd av direktionen 2025-10-16", "", f"Sida {n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning, tkr",
        header=(("Post", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "24 600", "16 400", "24 600", "0"),
            ("Övriga intäkter", "800", "690", "1 150", "350"),
            ("Personalkostnader", "−19 900", "−12 010", "−18 700", "1 200"),
            ("Lokalkostnader", "−1 600", "−1 070", "−1 600", "0"),
            ("IT och system", "−2 100", "−1 620", "−2 450", "−350"),
            ("Konsulter och juridiskt stöd", "−900", "−880", "−1 300", "−400"),
            ("Övriga kostnader", "−900", "−470", "−800", "100"),
            ("Resultat", "0", "1 040", "900", "900"),
        ),
        widths=(150.0, 68.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Inköp Gävleborg – kommunalförbund för upphandling", size=11.5, font="arial-italic", after=12),
        H("Förbundets ekonomi", 2),
        P(
            "Förbundets resultat för januari–augusti är 1 040 tkr, vilket är 1 640 tkr bättre än periodens budget.",
            C(None, "1 640 tkr", "+", note="The period against the periodised budget: a cause."),
        ),
        P(
            "Helårsprognosen pekar på ett överskott på 900 tkr mot ett budgeterat nollresultat.",
            C(None, "900 tkr", "+", note="The full year against a budgeted zero result."),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har resultatet förbättrats med 500 tkr, framför allt genom att "
            "två tjänster har förblivit vakanta under sommaren.",
            F(None, "500 tkr", "+", "vakanser"),
        ),
        table,
        H("Kommentarer till driftredovisningen", 2),
        LP(
            "Personalkostnader.",
            "Två upphandlartjänster har varit vakanta sedan våren och rekryteringarna har dragit ut på tiden. Det "
            "ger lägre personalkostnader än budgeterat, 1 200 tkr för helåret.",
            C("Personalkostnader", "1 200 tkr", "+", "vakanser"),
        ),
        LP(
            "Konsulter och juridiskt stöd.",
            "Två överprövningar i förvaltningsrätten, av upphandlingarna av livsmedel och av särskild "
            "kollektivtrafik, har krävt externt juridiskt ombud. Kostnaden bedöms överskrida budgeten med 400 tkr.",
            C(
                "Konsulter och juridiskt stöd",
                "400 tkr",
                "-",
                "ovrigt",
                "inhyrd_personal",
                note="Legal cases (ovrigt) argued by an external lawyer (inhyrd_personal).",
            ),
        ),
        LP(
            "IT och system.",
            "Leverantören av upphandlingsverktyget har höjt licensavgiften, och det gamla systemet har behövt köras "
            "parallellt under införandet.",
            C(
                "IT och system",
                "−350",
                "-",
                "it_digitalisering",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Förbundets kurser i offentlig upphandling för lokala företag har haft fler deltagare än beräknat, och "
            "intäkterna blir 350 tkr högre än budget.",
            C("Övriga intäkter", "350 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP("Lokalkostnader.", "Lokalkostnader följer budget.", BP("Lokalkostnader")),
        P(
            "Medlemsavgifterna faktureras enligt den fördelning som fastställts i förbundsordningen och avviker inte "
            "från budget."
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att en av de vakanta tjänsterna tillsätts med en visstidsanställning, så att "
            "upphandlingsplanen för hösten kan hållas.",
            A("Personalkostnader", None, "vakanser"),
        ),
        H("Eget kapital och måluppfyllelse", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 3,2 mnkr. Enligt förbundsordningen ska den del av "
            "ett överskott som överstiger fem procent av omsättningen återbetalas till medlemskommunerna.",
            O(None, "reserver", note="Equity and the repayment rule: other."),
        ),
        P(
            "Avtalstroheten bland medlemmarna var 78 procent under perioden, jämfört med 74 procent samma period "
            "2024.",
            O(None, note="A goal figure against the previous year: other."),
        ),
        H("Investeringar", 2),
        P("Förbundet har inga investeringar under 2025."),
    ]
    return ReportSpec(
        file="inkop-gavleborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Inköp Gävleborg", "Kommunalförbundet Inköp Gävleborg"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Inköp Gävleborg"},
        style=style,
        blocks=blocks,
    )
