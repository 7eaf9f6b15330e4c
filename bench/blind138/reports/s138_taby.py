"""Täby kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report, DejaVu Sans 10 pt, footer with the decision date in May: the full year
"ett underskott om 12,8 mnkr, att jämföra med ett underskott om 10,5 mnkr i februariprognosen" (the earlier
figure is not the amount), the change in a paragraph of its own with its cause; a table whose deficits
have a minus separated by a space ("- 7 400"); three kostnadsslag in one sentence, two as a "respektive"
pair with no unit on the first ("−11,3 respektive −2,2 mnkr") and revenue after "medan"; en-dash bullets
under a generic heading ("Förvaltningens kommentar") in varied shapes: a run-in area with a colon,
"överskrider budgeten med 3,2 mnkr", "räknar med att budgeten överskrids med 2,9 mnkr", a possessive
"LSS-verksamhetens överskott, 1,1 mnkr, beror på", "bedöms följa budget" (boilerplate) and a reason-only
bullet (the row's "- 400"); the period "3,6 mnkr högre än periodiserad budget" after the bullets; an action
with a full-year effect, households against last year and no reserves (others).

The place is real; every figure, event and unit name is invented.
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
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Täby kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport per april 2026", "Beslutad 2026-05-19", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "96 200", "103 600", "- 7 400"),
            ("Vuxna med missbruk", "31 800", "35 000", "- 3 200"),
            ("Ekonomiskt bistånd", "27 500", "30 400", "- 2 900"),
            ("LSS", "118 900", "117 800", "+ 1 100"),
            ("Socialpsykiatri", "22 600", "22 600", "0"),
            ("Nämnd och administration", "18 400", "18 800", "- 400"),
            ("Summa", "315 400", "328 200", "- 12 800"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        grid=True,
        shade=(0.86, 0.9, 0.95),
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Barn och unga: Prognosen visar ett underskott på 7,4 mnkr. Antalet placerade barn och ungdomar i HVB och "
            "familjehem har ökat från 21 till 27 sedan årsskiftet.",
            "Vuxna med missbruk överskrider budgeten med 3,2 mnkr. Det förklaras främst av fler externa placeringar "
            "enligt LVM och av att ett av de egna boendena har haft lägre beläggning.",
            "Inom ekonomiskt bistånd ökar kostnaderna och nämnden räknar med att budgeten överskrids med 2,9 mnkr. "
            "Fler hushåll än tidigare är långvarigt beroende av försörjningsstöd.",
            "LSS-verksamhetens överskott, 1,1 mnkr, beror på att en ny gruppbostad öppnar först i oktober i stället "
            "för i maj som planerat.",
            "Socialpsykiatrin bedöms följa budget.",
            "För nämnd och administration blir kostnaderna något högre än budgeterat till följd av konsultkostnader "
            "i samband med införandet av ett nytt verksamhetssystem.",
        ),
        labels=(
            C("Barn och unga", "7,4 mnkr", "-", "kopt_verksamhet", "volymer"),
            C("Vuxna med missbruk", "3,2 mnkr", "-", "kopt_verksamhet", "volymer"),
            C("Ekonomiskt bistånd", "2,9 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            C(
                "LSS",
                "1,1 mnkr",
                "+",
                "periodisering",
                note="A possessive; a delayed opening is periodisering.",
            ),
            BP("Socialpsykiatri"),
            C(
                "Nämnd och administration",
                "- 400",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell, minus separated by a space.",
            ),
        ),
        glyph="–",
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Resultat och prognos", 2),
        P(
            "Socialnämndens prognos för helåret är ett underskott om 12,8 mnkr, att jämföra med ett underskott om "
            "10,5 mnkr i februariprognosen.",
            C(None, "12,8 mnkr", "-", note="The February figure in the same sentence is not the amount."),
        ),
        P(
            "Försämringen på 2,3 mnkr förklaras av att två ungdomar har placerats på särskilda ungdomshem under mars.",
            F(None, "2,3 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        P(
            "Per kostnadsslag avviker köp av huvudverksamhet och personalkostnader med −11,3 respektive −2,2 mnkr, "
            "medan intäkterna blir 0,7 mnkr högre än budget.",
            C(
                "Köp av huvudverksamhet",
                "−11,3",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items. Naming an account group gives no tag.",
                also=(
                    C("Personalkostnader", "−2,2 mnkr", "-"),
                    C("Intäkter", "0,7 mnkr", "+"),
                ),
            ),
        ),
        H("Förvaltningens kommentar", 2),
        bullets,
        H("Periodens utfall", 2),
        P(
            "Utfallet för januari–april är 3,6 mnkr högre än periodiserad budget, vilket i stort sett motsvarar "
            "prognosens underskott för fyra månader.",
            C(None, "3,6 mnkr", "-", note="A net cost above the periodised budget: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att utöka antalet egna familjehem och att starta en "
            "öppenvårdsinsats för ungdomar som alternativ till placering. Effekten beräknas till 1,5 mnkr på helår "
            "men märks först 2027.",
            A("Barn och unga", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Antalet hushåll med försörjningsstöd var 412 i april, jämfört med 371 i april 2025.",
            O(
                "Ekonomiskt bistånd",
                "ekonomiskt_bistand",
                "volymer",
                note="Against the previous year: other.",
            ),
        ),
        P(
            "Nämnden har inga egna reserver att täcka underskottet med.",
            O(None, "reserver", note="A financing statement."),
        ),
    ]
    return ReportSpec(
        file="taby-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
