"""Bergslagens Räddningstjänst (kommunalförbund), Direktionen, tertialrapport 1 2026.

A fire and rescue kommunalförbund's first tertial report in "Mkr", DejaVu Sans Condensed 9.5 pt, footer with
the direktion's meeting date in May: the full year "ett resultat på −1,8 Mkr" whose deviation equals the result
because the budget is a zero result (said in the next sentence); the period "0,6 Mkr bättre än periodiserad
budget" with its timing reason in a paragraph of its own; a result table with costs as negative figures;
comments under plain headings: "beräknas bli 1,2 Mkr lägre än budgeterat", a reason-only paragraph (the table's
"−1,3") with a wage agreement, sick leave and overtime, a repair that "drog över med 0,7 Mkr", premises and other
costs "0,4 respektive 1,0 Mkr under budget" with a reason each (two items), members' fees that "följer budget"
(boilerplate); net costs against last year's accounts (other); investments where a fire engine's delivery slips
to 2027 and the year's spending "stannar på omkring 4,5 Mkr" of 15,0 (10,5 never written out); an assignment
with its target effect (action) and equity (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Bergslagens Räddningstjänst", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning i sammandrag, Mkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Budgetavvikelse"),),
        rows=(
            ("Medlemsavgifter", "112,4", "37,5", "112,4", "0,0"),
            ("Externa intäkter", "14,8", "4,1", "13,6", "−1,2"),
            ("Personalkostnader", "−96,1", "−31,0", "−97,4", "−1,3"),
            ("Fordon och material", "−9,8", "−3,6", "−10,5", "−0,7"),
            ("Lokaler", "−12,6", "−4,2", "−12,2", "0,4"),
            ("Övriga kostnader", "−6,7", "−2,1", "−5,7", "1,0"),
            ("Finansnetto", "−2,0", "−0,6", "−2,0", "0,0"),
            ("Resultat", "0,0", "0,1", "−1,8", "−1,8"),
        ),
        widths=(130.0, 74.0, 78.0, 74.0, 84.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Bergslagens Räddningstjänst – uppföljning januari–april", size=12, font="cond", after=12),
        P(
            "Förbundet ansvarar för räddningstjänst, tillsyn och förebyggande arbete i medlemskommunerna. Rapporten "
            "bygger på bokfört utfall till och med april och på förbundsledningens bedömning av helåret."
        ),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Förbundets prognos för 2026 är ett resultat på −1,8 Mkr. Budgeten är ett nollresultat, så avvikelsen "
            "motsvarar hela underskottet.",
            C(
                None,
                "−1,8 Mkr",
                "-",
                note="The budget is a zero result, so the forecast result is the deviation.",
            ),
        ),
        P(
            "Efter fyra månader är utfallet 0,6 Mkr bättre än periodiserad budget. Det beror främst på att "
            "kostnaderna för höstens utbildningar av deltidsbrandmän ännu inte har uppstått.",
            C(None, "0,6 Mkr", "+", "periodisering", note="The period in a paragraph of its own: a cause."),
        ),
        table,
        H("Externa intäkter", 3),
        P(
            "Intäkterna från automatlarm och tillsyn beräknas bli 1,2 Mkr lägre än budgeterat. Antalet onödiga larm "
            "har minskat sedan flera industrikunder bytt till nyare detektorer, och tillsynstaxan har inte räknats "
            "upp så som budgeten förutsatte.",
            C("Externa intäkter", "1,2 Mkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Personalkostnader", 3),
        P(
            "Löneavtalet för brandmän blev dyrare än den nivå som medlemsavgifterna räknats upp med. Dessutom har två "
            "heltidsbrandmän varit långtidssjukskrivna, och deras pass har till stor del täckts med övertid.",
            C(
                "Personalkostnader",
                "−1,3",
                "-",
                "lonekostnader",
                "sjukfranvaro",
                "overtid",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Fordon och material", 3),
        P(
            "Reparationen av höjdfordonet i Degerfors drog över med 0,7 Mkr, och fordonet har nu passerat sin "
            "tekniska livslängd.",
            C("Fordon och material", "0,7 Mkr", "-", "material_hjalpmedel", note="'Drog över': an overrun."),
        ),
        H("Lokaler och övriga kostnader", 3),
        P(
            "Lokalkostnaderna och övriga kostnader hamnar 0,4 respektive 1,0 Mkr under budget, det förra tack vare ett "
            "lägre elpris och det senare eftersom den planerade kursen i höjdräddning har ställts in.",
            C(
                "Lokaler",
                "0,4",
                "+",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair with a reason each ('det förra … det senare'): two items with their own "
                "tags.",
                also=(C("Övriga kostnader", "1,0 Mkr", "+", "ovrigt", note="A cancelled course: ovrigt."),),
            ),
        ),
        H("Medlemsavgifter", 3),
        P("Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        H("Jämförelse med föregående år", 2),
        P(
            "Jämfört med utfallet 2025 ökar nettokostnaderna med 4,6 procent, främst till följd av löneavtalet.",
            O(None, "lonekostnader", note="Net costs against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 15,0 Mkr, varav 11,2 Mkr avser en ny släckbil till stationen i Laxå. "
            "Upphandlingen av släckbilen har överprövats och leverans bedöms ske först 2027, vilket innebär att "
            "årets investeringar stannar på omkring 4,5 Mkr.",
            C(
                "Investeringar",
                "omkring 4,5 Mkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=10_500_000,
                note="The under-spend (15,0 − 4,5 = 10,5 Mkr) is never written out: the computed value; the "
                "fire engine's 11,2 Mkr is a part of the budget.",
            ),
        ),
        H("Åtgärder och eget kapital", 2),
        PS(
            (
                "Direktionen har gett förbundschefen i uppdrag att ta fram förslag som minskar kostnaderna med 1,0 Mkr "
                "under resten av året, bland annat genom att övningsverksamheten för deltidsstyrkorna samordnas "
                "mellan stationerna.",
                A(None, "1,0 Mkr"),
            ),
            (
                "Förbundets egna kapital var 6,9 Mkr vid årsskiftet, och ett underskott i nivå med prognosen kan "
                "täckas utan att medlemsavgifterna behöver höjas.",
                O(None, "reserver", note="Equity covering the deficit."),
            ),
        ),
    ]
    return ReportSpec(
        file="bergslagens-raddningstjanst-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Bergslagens Räddningstjänst",
                "Kommunalförbundet Bergslagens Räddningstjänst",
                "BRT",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Bergslagens Räddningstjänst"},
        style=style,
        blocks=blocks,
    )
