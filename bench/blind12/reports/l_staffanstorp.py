"""Staffanstorps kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report in mnkr whose table computes the deviation as prognos minus budget, so a
positive figure is a deficit (the reading note says so): the full year "hamnar 6,8 mnkr över den ram på 742,5
mnkr" (the ram is a level, not the amount); the period's lower spending given only as a share of the annual
budget ("32,5 procent … mot riktpunkten 33,3 procent") with its timing reason (a cause, amount null); then two
columns of paragraphs under headings that carry the area and the amount by the table's convention
("Grundskola F–9: +7,3 mnkr" is over budget, "Förskola: −1,7 mnkr" under it), one of them followed by an
outlook sentence (other); two verksamheter that "följer budget" in one run-in sentence (two boilerplate
items); the change since February, an action not in the forecast, investments that will be used in full
(boilerplate) and sick leave against last year (other). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

PLUS = (
    "The heading carries the area and amount; '+' is a deficit by the table's convention (prognos − budget)."
)
MINUS = (
    "The heading carries the area and amount; '−' is a surplus by the table's convention (prognos − budget)."
)


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Staffanstorps kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Dnr BUN 2026/112", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Nettokostnad per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "21,4", "6,6", "20,6", "−0,8"),
            ("Förskola", "168,9", "55,0", "167,2", "−1,7"),
            ("Grundskola F–9", "372,6", "121,8", "379,9", "+7,3"),
            ("Anpassad grundskola", "19,2", "6,9", "21,6", "+2,4"),
            ("Fritidshem", "41,7", "13,1", "41,7", "0,0"),
            ("Gymnasieskola", "104,3", "33,2", "103,9", "−0,4"),
            ("Elevhälsa", "14,4", "4,6", "14,4", "0,0"),
            ("Summa", "742,5", "241,2", "749,3", "+6,8"),
        ),
        widths=(156.0, 74.0, 78.0, 74.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden, januari–april", size=12, font="arial", after=12),
        H("Sammanfattande bedömning", 2),
        P(
            "Barn- och utbildningsnämnden lämnar en helårsprognos som innebär att nettokostnaderna hamnar 6,8 mnkr "
            "över den ram på 742,5 mnkr som kommunfullmäktige har beslutat.",
            C(None, "6,8 mnkr", "-", note="The ram (742,5 mnkr) is a level, not the amount."),
        ),
        P(
            "Förbrukningen efter april motsvarar 32,5 procent av årsbudgeten, mot riktpunkten 33,3 procent. Den "
            "lägre förbrukningen beror på att vårterminens skolskjutsar och modersmålsundervisning faktureras i "
            "efterhand och säger därför lite om helåret.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period's lower spending as a share of the budget, with its timing reason: a cause with "
                "amount null (percentages only).",
            ),
        ),
        P(
            "Belopp i mnkr. Avvikelse = prognos minus budget; ett positivt tal innebär att nettokostnaden "
            "överstiger budget.",
            size=8.5,
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Grundskola F–9: +7,3 mnkr",
            "Elevantalet är 64 högre än i budgetunderlaget, och ökningen är störst i Hjärup och Vikhem. Skolorna "
            "har inte kunnat fylla befintliga klasser utan har fått starta två nya klasser i årskurs 1. Till detta "
            "kommer att fler elever än väntat har valt fristående skolor i Lund, vilket ökar kostnaden för "
            "skolpeng till andra huvudmän.",
            C("Grundskola F–9", "+7,3 mnkr", "-", "volymer", "kopt_verksamhet", note=PLUS),
        ),
        HP(
            "Anpassad grundskola: +2,4 mnkr",
            "Tre elever med omfattande stödbehov har tillkommit sedan budgeten fastställdes. Två av dem går i "
            "anpassad grundskola i Malmö, där platspriset ligger betydligt över vad motsvarande plats kostar i "
            "egen regi.",
            C("Anpassad grundskola", "+2,4 mnkr", "-", "volymer", "kopt_verksamhet", note=PLUS),
        ),
        Para(
            (
                (
                    "Under våren är färre barn inskrivna än beräknat, och nämnden betalar dessutom för färre barn i "
                    "andra kommuners förskolor.",
                    C("Förskola", "−1,7 mnkr", "+", "volymer", "kopt_verksamhet", note=MINUS),
                ),
                (
                    "Överskottet väntas krympa under hösten när den nya förskolan Ängslyckan tar emot sina första "
                    "barn.",
                    O("Förskola", note="An outlook sentence after the cause: its own item."),
                ),
            ),
            head="Förskola: −1,7 mnkr",
            head_level=3,
        ),
        HP(
            "Gymnasieskola: −0,4 mnkr",
            "Nästan alla gymnasieelever går i andra kommuners eller i fristående skolor. Fler elever än väntat har "
            "valt program med lägre programpris, vilket sänker kostnaden för köpta utbildningsplatser.",
            C("Gymnasieskola", "−0,4 mnkr", "+", "kopt_verksamhet", note=MINUS),
        ),
        HP(
            "Nämnd och förvaltningsledning: −0,8 mnkr",
            "En controllertjänst och en utredartjänst på förvaltningskontoret har varit obesatta sedan årsskiftet.",
            C("Nämnd och förvaltningsledning", "−0,8 mnkr", "+", "vakanser", note=MINUS),
        ),
        LP(
            "Fritidshem och elevhälsa:",
            "Båda verksamheterna beräknas följa budget.",
            BP(
                "Fritidshem",
                note="Two areas in balance in one sentence: two boilerplate items.",
                also=(BP("Elevhälsa"),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring jämfört med februariprognosen", 2),
        P(
            "Underskottet har vuxit med 2,1 mnkr sedan februari. Nästan hela förändringen kommer från grundskolan, "
            "där elevantalet i mars översteg prognosen med 22 elever.",
            F(None, "2,1 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört prövning av varje återbesättning av administrativa tjänster och ser över hur "
            "studiehandledning och modersmålsundervisning organiseras. Åtgärderna bedöms sänka kostnaderna med "
            "1,2 mnkr under hösten men ingår inte i prognosen.",
            A(None, "1,2 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram för 2026 är 9,0 mnkr, varav 1,4 mnkr har använts. Inventarier och "
            "lekutrustning till Ängslyckan köps in under sommaren, och ramen bedöms förbrukas i sin helhet.",
            BP(
                "Investeringar",
                note="The use so far is a level; the whole ram will be used: investments in balance.",
            ),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 6,1 procent under januari–april, 0,7 procentenheter lägre än motsvarande period "
            "2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Staffanstorps kommun",
        },
        style=style,
        blocks=blocks,
    )
