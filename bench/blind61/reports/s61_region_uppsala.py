"""Region Uppsala, Primärvårdsstyrelsen, delårsrapport augusti 2025.

A region's primary-care interim report whose result table is pasted as an image (every amount in the prose):
the period and the full year in two paragraphs (two causes), three verksamheter "−41, −9 respektive −12
miljoner kronor" with shared causes in the next sentence (three items, same text), vårdval payments "14
miljoner kronor lägre än budgeterat" (a cost under budget), drugs "2,4 procent över budget" (amount null),
personnel costs with a "varav", patient fees, "bedöms i stort följa budget" (boilerplate), a change since
April with a "varav", an action with its full-year effect for next year, visits against last year and a risk
(other), and investments "12 miljoner kronor lägre än budget". DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Primärvårdsstyrelsen 2025-10-02", "PVS 2025-00391", f"{n} ({m})"),
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, miljoner kronor",
        header=(("Verksamhet", "Utfall jan–aug", "Budget jan–aug", "Prognos helår", "Avvikelse helår"),),
        rows=(
            ("Vårdcentraler egen regi", "-30", "-2", "-44", "-41"),
            ("Barnmorskemottagningar", "-6", "0", "-9", "-9"),
            ("Jourcentraler", "-8", "-1", "-13", "-12"),
            ("Vårdval, privata vårdcentraler", "10", "1", "15", "14"),
            ("Läkemedel", "-15", "0", "-22", "-22"),
            ("Gemensamt", "11", "8", "12", "3"),
            ("Summa", "-38", "6", "-61", "-67"),
        ),
        widths=(160.0, 72.0, 76.0, 70.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="sans-bold", after=2),
        Title("Primärvårdsstyrelsen", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Primärvårdsstyrelsen redovisar ett resultat för januari–augusti på −38 miljoner kronor, vilket är 44 "
            "miljoner kronor sämre än budget för perioden.",
            C(None, "44 miljoner kronor", "-", note="The period against budget: a cause of its own."),
        ),
        P(
            "Helårsprognosen är −61 miljoner kronor, en negativ avvikelse mot budget med 67 miljoner kronor.",
            C(None, "67 miljoner kronor", "-", note="The full year against budget: a cause of its own."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        P(
            "Vårdcentralerna i egen regi, barnmorskemottagningarna och jourcentralerna prognostiserar −41, −9 "
            "respektive −12 miljoner kronor. Beroendet av hyrläkare är fortsatt stort, och svårigheterna att "
            "rekrytera specialister i allmänmedicin kvarstår.",
            C(
                "Vårdcentraler egen regi",
                "−41",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="mnkr",
                note="Three areas with 'respektive' amounts and shared causes: three items.",
                also=(
                    C("Barnmorskemottagningar", "−9", "-", "inhyrd_personal", "vakanser", unit="mnkr"),
                    C(
                        "Jourcentraler",
                        "−12 miljoner kronor",
                        "-",
                        "inhyrd_personal",
                        "vakanser",
                    ),
                ),
            ),
        ),
        P(
            "Ersättningen till de privata vårdcentralerna inom vårdvalet blir 14 miljoner kronor lägre än "
            "budgeterat, då antalet listade invånare har ökat mindre än beräknat.",
            C(
                "Vårdval, privata vårdcentraler",
                "14 miljoner kronor",
                "+",
                "kopt_verksamhet",
                "volymer",
                note="A cost under budget: positive.",
            ),
        ),
        P(
            "Läkemedelskostnaderna inom förmånen ligger 2,4 procent över budget, främst till följd av ökad "
            "förskrivning av diabetesläkemedel.",
            C("Läkemedel", None, "-", "material_hjalpmedel", "volymer", note="A percentage only. " + IMAGE),
        ),
        Para(
            (
                (
                    "Personalkostnaderna överstiger budget med 23 miljoner kronor, varav 15 miljoner kronor avser "
                    "inhyrd personal.",
                    C(
                        "Personalkostnader",
                        "23 miljoner kronor",
                        "-",
                        "inhyrd_personal",
                        note="A 'varav' part.",
                    ),
                ),
                (
                    "Patientavgifterna ger samtidigt 3 miljoner kronor mer än budgeterat.",
                    C("Patientavgifter", "3 miljoner kronor", "+", "avgifter_intakter"),
                ),
            )
        ),
        P(
            "Ungdomsmottagningarna och rehabiliteringen bedöms i stort följa budget.",
            BP("Ungdomsmottagningar och rehabilitering"),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 17 miljoner kronor sedan tertialrapporten per april, varav 11 miljoner "
            "kronor avser läkemedel.",
            F(None, "17 miljoner kronor", "-", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat om en handlingsplan för att halvera kostnaderna för hyrläkare till årsskiftet, "
            "vilket bedöms ge 8 miljoner kronor i helårseffekt under 2026.",
            A(None, "8 miljoner kronor", "inhyrd_personal"),
        ),
        H("Verksamhet och risker", 2),
        P(
            "Antalet fysiska besök i primärvården ökade med 4 procent jämfört med samma period 2024.",
            O(None, note="Against the previous year: other."),
        ),
        P(
            "En osäkerhet i prognosen är utfallet av den nationella överenskommelsen om primärvårdsreformen, som "
            "ännu inte är klar.",
            O(None, note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för helåret är 14 miljoner kronor, vilket är 12 miljoner kronor lägre än budget, "
            "eftersom ombyggnaden av vårdcentralen i Gränby skjuts till 2026.",
            C("Investeringar", "12 miljoner kronor", "+", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-pvs-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Primärvårdsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Primärvårdsstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
