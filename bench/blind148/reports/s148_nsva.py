"""NSVA, Nordvästra Skånes Vatten och Avlopp AB (owned jointly by six kommuner), Styrelsen, tertialrapport
januari–april 2026.

A jointly owned water company's tertial report in mkr, footer with the board's meeting date in May: the
period's result as a level followed by "3,0 mkr bättre än periodens budget", a full year "i nivå med budget"
beside a result level (boilerplate), the period's timing reason in a paragraph of its own (amount null); a
result table with en-dash minus signs where costs are negative; bold run-in posts: a lead that carries the
amount ("Nettoomsättning –1,5 mkr."), "vilket ger en positiv avvikelse på 2,5 mkr", "Sammantaget
överskrids budgeten med 1,5 mkr", "Avvikelsen på +3,4 mkr är en tidsförskjutning"; a risk about the full year
(other); investments with the period level first and "162 mkr av budgeterade 185 mkr" (23 never written out)
and a pumping station "överskrida projektbudgeten med 3,2 mkr"; an action and staff numbers against 2025
with "beror på" (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("NSVA – Nordvästra Skånes Vatten och Avlopp", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsemöte 2026-05-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning januari–april 2026, mkr",
        header=(("Post", "Utfall jan–apr", "Budget jan–apr", "Avvikelse"),),
        rows=(
            ("Nettoomsättning", "118,6", "120,1", "–1,5"),
            ("Personalkostnader", "–52,4", "–54,9", "2,5"),
            ("Kemikalier och el", "–14,7", "–13,2", "–1,5"),
            ("Entreprenader och konsulter", "–31,2", "–34,6", "3,4"),
            ("Övriga externa kostnader", "–13,1", "–12,9", "–0,2"),
            ("Avskrivningar", "–3,6", "–3,8", "0,2"),
            ("Finansnetto", "–0,2", "–0,3", "0,1"),
            ("Resultat efter finansiella poster", "3,4", "0,4", "3,0"),
        ),
        widths=(180.0, 80.0, 84.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.85, 0.91, 0.96),
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("NSVA – Nordvästra Skånes Vatten och Avlopp AB", size=12, font="cond", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Bolagets resultat efter finansiella poster för januari–april uppgår till 3,4 mkr, vilket är 3,0 mkr "
            "bättre än periodens budget.",
            C(
                None,
                "3,0 mkr",
                "+",
                note="The period: the result level comes first, the deviation is the amount.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat i nivå med budget, 0,5 mkr.",
            BP(None, note="The full year 'i nivå med budget' beside a result level."),
        ),
        P(
            "Det positiva periodresultatet förklaras främst av att flera projekt inom ledningsförnyelse startar först "
            "under sommaren, så att kostnaderna för entreprenörer och konsulter hittills är låga.",
            C(None, None, "+", "periodisering", note="The period's reason in a paragraph of its own: null."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Nettoomsättning –1,5 mkr.",
            "Intäkterna från externa uppdrag och slamtömning blev lägre än budgeterat, eftersom en stor "
            "uppdragsgivare har skjutit sina beställningar till hösten.",
            C(
                "Nettoomsättning",
                "–1,5 mkr",
                "-",
                "avgifter_intakter",
                "periodisering",
                note="The run-in lead carries the amount.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Flera tjänster som ingenjör och drifttekniker har stått vakanta under perioden, vilket ger en positiv "
            "avvikelse på 2,5 mkr.",
            C("Personalkostnader", "2,5 mkr", "+", "vakanser"),
        ),
        LP(
            "Kemikalier och el.",
            "Kostnaden för fällningskemikalier vid reningsverken har stigit kraftigt efter en ny upphandling, och "
            "elpriset har under vintern legat över budgeterad nivå. Sammantaget överskrids budgeten med 1,5 mkr.",
            C("Kemikalier och el", "1,5 mkr", "-", "prisokningar", "material_hjalpmedel"),
        ),
        LP(
            "Entreprenader och konsulter.",
            "Avvikelsen på +3,4 mkr är en tidsförskjutning, se ovan.",
            C("Entreprenader och konsulter", "+3,4 mkr", "+", "periodisering"),
        ),
        H("Prognos för helåret", 2),
        P(
            "Helårsprognosen förutsätter att de försenade projekten genomförs under hösten. Blir förseningarna längre "
            "kan resultatet bli upp till 2 mkr bättre än budget.",
            O(None, note="A condition and a risk for the full year: other."),
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringarna för ägarkommunernas räkning uppgick till 46,8 mkr under perioden.", None),
            (
                "För helåret bedöms 162 mkr av budgeterade 185 mkr användas, främst till följd av att överklaganden "
                "fördröjer den nya överföringsledningen mellan Bjuv och Åstorp.",
                C(
                    "Investeringar",
                    "162 mkr av budgeterade 185 mkr",
                    "+",
                    "periodisering",
                    value=23_000_000,
                    note="An under-spend of 23 mkr never written out: the computed value. The period level "
                    "before it is not part of the item.",
                ),
            ),
        ),
        P(
            "Ombyggnaden av pumpstation Hamnvägen beräknas överskrida projektbudgeten med 3,2 mkr på grund av "
            "oväntade markföroreningar.",
            C("Pumpstation Hamnvägen", "3,2 mkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har tecknat ett fastprisavtal för el för andra halvåret, vilket beräknas minska kostnaderna med "
            "0,6 mkr jämfört med prognosen.",
            A("Kemikalier och el", "0,6 mkr", "prisokningar"),
        ),
        H("Medarbetare", 2),
        P(
            "Antalet anställda uppgick till 312 vid periodens slut, 9 fler än vid samma tidpunkt 2025, vilket beror "
            "på att kundservice har förstärkts.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nsva-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "NSVA",
                "Nordvästra Skånes Vatten och Avlopp",
                "Nordvästra Skånes Vatten och Avlopp AB",
            ],
            "committee": ["Styrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026",
            "author": "NSVA – Nordvästra Skånes Vatten och Avlopp AB",
        },
        style=style,
        blocks=blocks,
    )
