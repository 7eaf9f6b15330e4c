"""Perstorps kommun, Barn- och utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per februari 2026.

A cover letter (tjänsteskrivelse) in Times (Liberation Serif) 11 pt, dated in March, with a decision
proposal and "Ekonomiska konsekvenser" that are not follow-up: the full year "kommer att behöva 2,9 mnkr mer
än budgeterat" with the areas in the next sentence (one item); the period "0,3 mnkr lägre än periodiserad
budget" after the period's outcome level, with a timing reason; a "respektive" pair "2,1 respektive 1,5 mnkr"
with each area's reasons in the next sentence (two items, the same text, each area's own tags); a surplus
"på sammanlagt 0,7 mnkr, varav 0,5 mnkr avser förskolan" (one item, the total); the other areas "förväntas
hålla sina budgetar" (boilerplate); the change since January with its cause; an action with its effect
and a risk with an amount. 5 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(78.0, 76.0, 72.0, 70.0),
        header=lambda n, m: ("PERSTORPS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2026/41", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    blocks = [
        P("Datum 2026-03-09", size=9.5),
        P("Barn- och utbildningsnämnden", size=9.5),
        Title("Ekonomisk uppföljning per februari 2026", size=15, font="times-bold", after=8),
        H("Förslag till beslut", 3),
        P(
            "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per februari 2026 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 3),
        P(
            "Förvaltningen bedömer att nämnden kommer att behöva 2,9 mnkr mer än budgeterat under 2026. Underskottet "
            "finns inom grundskolan och gymnasiet, medan förskolan och fritidshemmen väntas lämna ett mindre "
            "överskott.",
            C(
                None,
                "2,9 mnkr",
                "-",
                note="'Behöva … mer än budgeterat'; the areas are named without reasons.",
            ),
        ),
        H("Ärendebeskrivning", 3),
        P(
            "Utfallet för januari–februari uppgår till 38,2 mnkr, vilket är 0,3 mnkr lägre än periodiserad budget. "
            "Skillnaden beror på att fakturorna för skolskjuts i februari ännu inte har kommit in.",
            C(
                None,
                "0,3 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget, in its own paragraph: a cause. 38,2 mnkr is a level.",
            ),
        ),
        P(
            "Grundskolan och gymnasieskolan beräknas överskrida sina budgetar med 2,1 respektive 1,5 mnkr. I "
            "grundskolan har tre nya elever med mycket omfattande stödbehov börjat efter jullovet, och gymnasiets "
            "kostnader för köpta utbildningsplatser i Hässleholm och Helsingborg är högre än beräknat, eftersom fler "
            "elever än väntat har valt yrkesprogram där.",
            C(
                "Grundskola",
                "2,1",
                "-",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair whose reasons, one per area, follow in the next sentence: two items with "
                "the same text, each with its own area's tags.",
                also=(C("Gymnasieskola", "1,5 mnkr", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        P(
            "Förskolan och fritidshemmen räknar med överskott på sammanlagt 0,7 mnkr, varav 0,5 mnkr avser förskolan. "
            "Det beror på att färre barn än budgeterat är inskrivna i förskolan och att Skogsgläntans fritidshem har "
            "haft en vakant fritidspedagogtjänst sedan december.",
            C(
                "Förskola och fritidshem",
                "0,7 mnkr",
                "+",
                "volymer",
                "vakanser",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        P(
            "Övriga verksamheter, bland annat kulturskolan och elevhälsan, förväntas hålla sina budgetar.",
            BP("Övriga verksamheter"),
        ),
        P(
            "Jämfört med januariuppföljningen har prognosen försämrats med 0,4 mnkr till följd av en ny placering i "
            "anpassad grundskola utanför kommunen.",
            F(None, "0,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen ser över organisationen i grundskolan inför höstterminen, med målet att minska "
            "kostnaderna med 1,0 mnkr räknat på helår.",
            A("Grundskola", "1,0 mnkr", "omstallning"),
        ),
        H("Risker", 3),
        P(
            "Statsbidraget för ökad likvärdighet för 2026 är ännu inte beslutat. Blir det lägre än 2025 års nivå kan "
            "underskottet öka med upp till 0,8 mnkr.",
            O(None, "statsbidrag", note="A risk with an amount: other."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P("Beslutet medför inga direkta ekonomiska konsekvenser."),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2026-03-09. Ekonomisk uppföljning per februari 2026, bilaga."),
        P("Lena Olofsson, förvaltningschef", size=10.0),
        P("Jonas Berg, controller", size=10.0),
    ]
    return ReportSpec(
        file="perstorp-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Perstorp",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per februari 2026",
            "author": "Perstorps kommun",
        },
        style=style,
        blocks=blocks,
    )
