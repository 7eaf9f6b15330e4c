"""Vaxholms stad, Barn- och utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report whose table is pasted as an image (every amount in the prose), en dashes as
minus signs, footer with the report's name and a diarienummer: the period "–2,4 mnkr jämfört med
periodiserad budget" and the full year "ett underskott på 3,9 mnkr" in one sentence (one item, the full
year's), the period's reason in a paragraph of its own (amount null), "Prognosen är oförändrad" (boilerplate
forecast change); then headings that carry the verksamhet and amount with an en dash or a plus ("Förskola –1,8
mnkr", "Gymnasieskola +0,5 mnkr") with volumes and a dearer transport contract, a plain heading whose paragraph
says "För nämnd och central administration väntas ett överskott på 0,3 mnkr", "Kulturskolan bedöms hålla
budget" (boilerplate); an action with its effect, investments where the amount used so far is context and the
furniture for a new preschool "1,2 mnkr billigare än budgeterat", and sick leave against last year (other).
Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Vaxholms stad", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Dnr BUN 2026/41", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "98,4", "100,2", "–1,8"),
            ("Grundskola och fritidshem", "176,9", "179,1", "–2,2"),
            ("Anpassad grundskola", "9,6", "10,3", "–0,7"),
            ("Gymnasieskola", "61,2", "60,7", "+0,5"),
            ("Kulturskola", "7,8", "7,8", "0,0"),
            ("Nämnd och central administration", "14,1", "13,8", "+0,3"),
            ("Summa", "368,0", "371,9", "–3,9"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=19, font="times-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="times-italic", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämndens resultat för januari–mars är –2,4 mnkr jämfört med periodiserad budget, och prognosen för "
            "helåret är ett underskott på 3,9 mnkr.",
            C(
                None,
                "3,9 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Det negativa resultatet för perioden beror främst på att kostnaderna för skolskjuts har ökat sedan det "
            "nya avtalet trädde i kraft i januari.",
            C(
                None,
                None,
                "-",
                "prisokningar",
                note="The period's reason in a paragraph of its own: amount null; a dearer transport contract.",
            ),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        table,
        HP(
            "Förskola –1,8 mnkr",
            "Barnantalet i förskolan är 46 barn lägre än budgeterat, samtidigt som personalstyrkan inte har kunnat "
            "anpassas i samma takt. Intäkterna från barnomsorgsavgifter blir också lägre.",
            C("Förskola", "–1,8 mnkr", "-", "volymer", "bemanning", "avgifter_intakter"),
        ),
        HP(
            "Grundskola och fritidshem –2,2 mnkr",
            "Underskottet förklaras av dyrare skolskjutsar efter upphandlingen och av fler elever med behov av "
            "särskilt stöd på Lillbergsskolan.",
            C("Grundskola och fritidshem", "–2,2 mnkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Anpassad grundskola –0,7 mnkr",
            "Två nya elever har placerats i anpassad grundskola i annan kommun, vilket ger högre kostnader för "
            "interkommunal ersättning än budgeterat.",
            C("Anpassad grundskola", "–0,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Gymnasieskola +0,5 mnkr",
            "Färre elever än beräknat har valt program med höga programpriser.",
            C("Gymnasieskola", "+0,5 mnkr", "+", "volymer"),
        ),
        H("Nämnd och central administration", 3),
        P(
            "För nämnd och central administration väntas ett överskott på 0,3 mnkr då en tjänst som "
            "utvecklingsstrateg är vakant till och med juni.",
            C("Nämnd och central administration", "0,3 mnkr", "+", "vakanser"),
        ),
        H("Kulturskola", 3),
        P("Kulturskolan bedöms hålla budget.", BP("Kulturskola")),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet inom förskolan slås två avdelningar på Lillbergets förskola samman från "
            "augusti, vilket beräknas ge 0,6 mnkr lägre personalkostnader i år.",
            A("Förskola", "0,6 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        PS(
            ("Av nämndens investeringsbudget på 7,5 mnkr har 0,4 mnkr använts hittills.", None),
            (
                "Inventarierna till den nya förskolan på Kullö beräknas bli 1,2 mnkr billigare än budgeterat, "
                "eftersom en del möbler flyttas med från de avvecklade paviljongerna.",
                C(
                    "Inventarier till förskolan på Kullö",
                    "1,2 mnkr",
                    "+",
                    "material_hjalpmedel",
                    note="Investment under-spending; the amount used so far is context (unlabelled).",
                ),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i mars var 7,8 procent, 1,1 procentenheter högre än i mars 2025, vilket främst beror på "
            "en influensavåg i förskolan.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="vaxholm-bun-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": ["Vaxholm", "Vaxholms stad"],
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026", "author": "Vaxholms stad"},
        style=style,
        blocks=blocks,
    )
