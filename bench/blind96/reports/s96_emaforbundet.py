"""Emåförbundet (kommunalförbund), Förbundsstyrelsen, delårsrapport januari–augusti 2025.

A small river-basin kommunalförbund's interim report in tkr, DejaVu Sans Condensed 10 pt, footer with the
styrelse's meeting in September: the period "262 tkr bättre än periodiserad budget" and the full year "ett
underskott på 180 tkr jämfört med budget" with its cause in two sentences, the members' fees that "följer
budget" (boilerplate), a kostnadsslag table with hyphen-minus signs, then bold run-in kostnadsslag: a lead that
carries the amount ("Projektbidrag -420 tkr."), "ger ett överskott på 200 tkr", "överstiger budget med 160
tkr", a reason-only row (the table's "170") with a weather reason, "Ligger i nivå med budget" (boilerplate);
the change since April with its cause, a postponed post with its effect, equity covering the deficit and
liquidity with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Emåförbundet", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-09-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "3 450", "2 300", "3 450", "0"),
            ("Projektbidrag", "2 800", "1 420", "2 380", "-420"),
            ("Personalkostnader", "-3 900", "-2 480", "-3 700", "200"),
            ("Konsulttjänster och entreprenader", "-1 700", "-1 290", "-1 860", "-160"),
            ("Lokaler och administration", "-420", "-270", "-390", "30"),
            ("Kalkning och provtagning", "-300", "-40", "-130", "170"),
            ("Resultat", "-70", "-360", "-250", "-180"),
        ),
        widths=(160.0, 66.0, 72.0, 68.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Emåförbundet", size=12.5, font="cond", after=14),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundet arbetar för en god vattenförvaltning i Emåns avrinningsområde på uppdrag av "
            "medlemskommunerna. Under våren genomfördes restaurering av vandringshinder i två biflöden."
        ),
        H("Ekonomi", 2),
        PS(
            (
                "Resultatet per augusti är -360 tkr, vilket ändå är 262 tkr bättre än periodiserad budget.",
                C(None, "262 tkr", "+", note="The period's deviation beside the period's result."),
            ),
            (
                "För helåret prognostiseras ett underskott på 180 tkr jämfört med budget, främst till följd av att "
                "bidraget från Havs- och vattenmyndigheten till våtmarksprojektet blev lägre än beräknat.",
                C(None, "180 tkr", "-", "statsbidrag", note="A state agency's grant: statsbidrag."),
            ),
        ),
        P("Medlemskommunernas avgifter följer budget.", BP("Medlemsavgifter")),
        table,
        LP(
            "Projektbidrag -420 tkr.",
            "Bidraget från Havs- och vattenmyndigheten till våtmarksprojektet i Emåns övre delar beviljades med "
            "en lägre andel än förbundet ansökt om.",
            C(
                "Projektbidrag",
                "-420 tkr",
                "-",
                "statsbidrag",
                note="The bold run-in lead carries the amount.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "En projektledartjänst var vakant under våren, vilket ger ett överskott på 200 tkr.",
            C("Personalkostnader", "200 tkr", "+", "vakanser"),
        ),
        LP(
            "Konsulttjänster och entreprenader.",
            "Anläggningen av två våtmarker blev dyrare när entreprenören debiterade för extra schaktning i "
            "blöt mark, och kostnaderna överstiger budget med 160 tkr.",
            C("Konsulttjänster och entreprenader", "160 tkr", "-", "ovrigt"),
        ),
        LP(
            "Kalkning och provtagning.",
            "Den höga vattenföringen under våren gjorde att delar av provtagningsprogrammet flyttades till hösten "
            "och att en del av kalkningen ställdes in.",
            C(
                "Kalkning och provtagning",
                "170",
                "+",
                "ovrigt",
                "periodisering",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. High water flow is ovrigt.",
            ),
        ),
        LP("Lokaler och administration.", "Ligger i nivå med budget.", BP("Lokaler och administration")),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 120 tkr, som en följd av det lägre "
            "projektbidraget.",
            F(None, "120 tkr", "-", "statsbidrag"),
        ),
        H("Åtgärder och eget kapital", 2),
        P(
            "Styrelsen har beslutat att skjuta upp rekryteringen av en kommunikatör till 2026, vilket minskar "
            "kostnaderna med 90 tkr i år.",
            A("Personalkostnader", "90 tkr"),
        ),
        P(
            "Förbundets egna kapital uppgick vid senaste årsskiftet till 1 240 tkr och räcker för att täcka "
            "underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Likviditeten är god, men utbetalningen av projektbidraget sker först när projektet har slutredovisats, "
            "vilket beror på myndighetens regler.",
            O(None, note="Liquidity with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="emaforbundet-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Emåförbundet", "Kommunalförbundet Emåförbundet"],
            "committee": ["Förbundsstyrelsen", "Styrelsen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Emåförbundet"},
        style=style,
        blocks=blocks,
    )
