"""Roslagsvatten AB (a water and sewage company owned jointly by several kommuner), delårsrapport januari–juni 2026.

A jointly owned VA company's half-year report to its styrelse in DejaVu Serif Condensed 10 pt, footer with the
board meeting in August: the period's result "4,2 mkr bättre än budget" with the full year "i nivå med budget,
8,0 mkr" in the next sentence (boilerplate), the period's reason in a paragraph of its own (amount null); a
gridded, shaded table in mkr with U+2212 minus signs where "+" means better than budget; bullets under a generic
heading ("Väsentliga avvikelser mot budget") in varied shapes ("är 3,6 mkr högre än budget", a colon then "3,7
mkr lägre kostnader", "överstiger budget med 4,3 mkr", "blev 2,3 mkr högre", interest costs "1,4 mkr högre än
budgeterat" with no tag); a reason-only personnel surplus (the row's "1,2"); investments "265 mkr mot
budgeterade 310 mkr" (45 never written out); an action with its effect, "oförändrad" (a boilerplate forecast
change) and solidity (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Roslagsvatten AB", "Delårsrapport januari–juni 2026"),
        footer=lambda n, m: ("Styrelsen 2026-08-25", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat januari–juni 2026, mkr (avvikelse: + bättre än budget)",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Brukningsavgifter", "152,0", "154,3", "2,3"),
            ("Anläggningsavgifter", "9,5", "13,1", "3,6"),
            ("Personalkostnader", "−38,4", "−37,2", "1,2"),
            ("Drift och underhåll", "−44,6", "−40,9", "3,7"),
            ("Energi och kemikalier", "−18,3", "−22,6", "−4,3"),
            ("Avskrivningar", "−31,0", "−31,9", "−0,9"),
            ("Finansiella kostnader", "−21,8", "−23,2", "−1,4"),
            ("Periodens resultat", "7,4", "11,6", "4,2"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7}),
        grid=True,
        shade=(0.85, 0.92, 0.95),
        size=9.0,
    )
    bullets = Bullets(
        items=(
            "Anläggningsavgifterna är 3,6 mkr högre än budget, eftersom fler fastigheter i omvandlingsområdena har "
            "anslutits än planerat.",
            "Drift och underhåll: 3,7 mkr lägre kostnader än budgeterat, då ledningsförnyelse och underhåll av "
            "pumpstationer har skjutits till hösten.",
            "Kostnaderna för energi och kemikalier överstiger budget med 4,3 mkr. Elpriset har varit högre än "
            "budgeterat under vintern och priset på fällningskemikalier har stigit.",
            "Brukningsavgifterna blev 2,3 mkr högre än budget till följd av högre förbrukning under den torra våren.",
            "Räntekostnaderna är 1,4 mkr högre än budgeterat efter att en större lånepost omsatts till högre ränta.",
        ),
        labels=(
            C("Anläggningsavgifter", "3,6 mkr", "+", "avgifter_intakter", "volymer"),
            C("Drift och underhåll", "3,7 mkr", "+", "periodisering"),
            C(
                "Energi och kemikalier",
                "4,3 mkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="Electricity prices are prisokningar, treatment chemicals material_hjalpmedel.",
            ),
            C("Brukningsavgifter", "2,3 mkr", "+", "avgifter_intakter", "volymer"),
            C("Finansiella kostnader", "1,4 mkr", "-", note="A finance item: no cause tag."),
        ),
    )
    blocks = [
        Title("Delårsrapport januari–juni 2026", size=19, font="sans-bold", after=2),
        Title("Roslagsvatten AB", size=12.5, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Resultatet för perioden uppgår till 11,6 mkr, vilket är 4,2 mkr bättre än budget.",
                C(None, "4,2 mkr", "+"),
            ),
            (
                "Helårsprognosen pekar på ett resultat i nivå med budget, 8,0 mkr.",
                BP(None, note="The full year 'i nivå med budget' with its level: boilerplate."),
            ),
        ),
        P(
            "Det positiva utfallet för perioden beror främst på att flera underhållsprojekt har förskjutits till "
            "hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Väsentliga avvikelser mot budget", 2),
        bullets,
        P(
            "Personalkostnaderna är lägre än budget, främst på grund av vakanser inom drift och projekt.",
            C(
                "Personalkostnader",
                "1,2",
                "+",
                "vakanser",
                unit="mkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för perioden uppgår till 118 mkr. För helåret prognostiseras 265 mkr mot budgeterade 310 "
            "mkr, främst då utbyggnaden av en ny överföringsledning har försenats av ett överklagande.",
            C(
                "Investeringar",
                "265 mkr mot budgeterade 310 mkr",
                "+",
                "periodisering",
                value=45_000_000,
                note="Under-spending of 45 mkr, never written out: the computed value.",
            ),
        ),
        H("Prognos och åtgärder", 2),
        P(
            "Bolaget har tecknat ett nytt elavtal med fast pris från oktober, vilket beräknas sänka energikostnaderna "
            "med 1,0 mkr under resten av året.",
            A("Energi och kemikalier", "1,0 mkr", "prisokningar"),
        ),
        P("Jämfört med prognosen i april är helårsprognosen oförändrad.", BF(None)),
        H("Finansiell ställning", 2),
        P(
            "Soliditeten uppgick till 14 procent vid halvårsskiftet, och låneskulden har ökat med 60 mkr sedan "
            "årsskiftet.",
            O(None, note="Solidity and debt: other."),
        ),
    ]
    return ReportSpec(
        file="roslagsvatten-delarsrapport-2026-06.pdf",
        report={
            "municipality": ["Roslagsvatten", "Roslagsvatten AB"],
            "committee": ["Styrelsen"],
            "period": ["2026-06"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–juni 2026", "author": "Roslagsvatten AB"},
        style=style,
        blocks=blocks,
    )
