"""Västerbergslagens utbildningscentrum (VBU), kommunalförbund, direktionen, tertialrapport 1 2026.

An education kommunalförbund's tertial report (upper secondary school and adult education for its two
member kommuner): the period "2,4 mnkr, vilket är 1,1 mnkr bättre än budget för perioden" (the result is a
level), the full year "ett resultat på −3,2 mnkr mot ett budgeterat nollresultat" (with a zero budget the
result is the deviation) and equity that may cover it in the next sentence (other); a table per verksamhet
mixing revenue rows and cost rows (costs negative); bold run-in leads that carry the area and amount with a
comma and a colon ("Interkommunala ersättningar, −2,6 mnkr:"): lower revenue from other kommuner for fewer
pupils, a wage rise in percentages against the budget's (rates, not the amount), new pupils with large needs,
more state-funded places in adult education, a vacancy, and the member kommuner's contributions that
"följer budget" (boilerplate); pupil numbers against the budget's assumption (other, no money); an action
with its effect; investments "1,6 mnkr under budget". DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

LEAD = "The run-in lead carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Västerbergslagens utbildningscentrum", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("VBU, Ludvika och Smedjebacken", "Direktionen 2026-05-21", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (kostnader med minustecken)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Bidrag från medlemskommunerna", "286 400", "95 470", "286 400", "0"),
            ("Interkommunala ersättningar", "41 800", "13 020", "39 200", "−2 600"),
            ("Gymnasieskola", "−212 600", "−70 200", "−214 500", "−1 900"),
            ("Anpassad gymnasieskola", "−24 300", "−8 150", "−25 000", "−700"),
            ("Vuxenutbildning", "−52 900", "−15 460", "−51 500", "+1 400"),
            ("Gemensam administration", "−38 400", "−12 280", "−37 800", "+600"),
            ("Resultat", "0", "2 400", "−3 200", "−3 200"),
        ),
        widths=(150.0, 68.0, 72.0, 70.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-cond-bold", after=2),
        Title("Västerbergslagens utbildningscentrum (VBU)", size=12.5, font="serif-cond", after=2),
        Title("Uppföljning januari–april", size=10.5, font="serif-italic", after=12),
        H("Förbundets ekonomi i sammandrag", 2),
        P(
            "Förbundet redovisar för januari–april ett resultat på 2,4 mnkr, vilket är 1,1 mnkr bättre än budget för "
            "perioden.",
            C(None, "1,1 mnkr", "+", note="The period; the result 2,4 mnkr is a level."),
        ),
        Para(
            (
                (
                    "För helåret är prognosen ett resultat på −3,2 mnkr mot ett budgeterat nollresultat, och "
                    "förbundet klarar därmed inte balanskravet för 2026.",
                    C(
                        None,
                        "−3,2 mnkr",
                        "-",
                        note="With a zero budget the forecast result is the deviation.",
                    ),
                ),
                (
                    "Enligt förbundsordningen kan direktionen täcka underskottet med eget kapital, som vid årsskiftet "
                    "uppgick till 11,6 mnkr.",
                    O(None, note="Equity: a financing statement."),
                ),
            )
        ),
        table,
        H("Avvikelser mot budget", 2),
        LP(
            "Interkommunala ersättningar, −2,6 mnkr:",
            "Färre elever än budgeterat från Hedemora, Avesta och Fagersta har sökt sig till förbundets nationella "
            "program, framför allt till el- och energiprogrammet, och intäkterna från andra kommuner blir därför "
            "lägre.",
            C(
                "Interkommunala ersättningar",
                "−2,6 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                note=LEAD + " Revenue from other kommuner for their pupils: avgifter_intakter.",
            ),
        ),
        LP(
            "Gymnasieskola, −1,9 mnkr:",
            "Lärarnas löner räknades upp med 4,1 procent i årets lönerevision, mot 3,0 procent i budgeten, och två "
            "lärare i svenska som andraspråk har anställts för de nyanlända eleverna.",
            C(
                "Gymnasieskola",
                "−1,9 mnkr",
                "-",
                "lonekostnader",
                "volymer",
                note=LEAD + " The percentages are rates, not the amount.",
            ),
        ),
        LP(
            "Anpassad gymnasieskola, −0,7 mnkr:",
            "Tre elever med omfattande behov har tillkommit efter att budgeten beslutades, och de behöver "
            "elevassistent under hela skoldagen.",
            C("Anpassad gymnasieskola", "−0,7 mnkr", "-", "volymer", "bemanning", note=LEAD),
        ),
        LP(
            "Vuxenutbildning, +1,4 mnkr:",
            "Förbundet har beviljats 48 fler årsplatser inom yrkesvux med statsbidrag än vad som budgeterades, "
            "samtidigt som köpen av distanskurser från externa anordnare har minskat.",
            C("Vuxenutbildning", "+1,4 mnkr", "+", "statsbidrag", "kopt_verksamhet", note=LEAD),
        ),
        LP(
            "Gemensam administration, +0,6 mnkr:",
            "Tjänsten som ekonomichef har varit vakant sedan februari, och rekryteringen är ännu inte klar.",
            C("Gemensam administration", "+0,6 mnkr", "+", "vakanser", note=LEAD),
        ),
        LP(
            "Bidrag från medlemskommunerna:",
            "Bidragen från Ludvika och Smedjebacken följer budget.",
            BP("Bidrag från medlemskommunerna"),
        ),
        H("Elever", 2),
        P(
            "I april har förbundet 1 142 elever i gymnasieskolan, att jämföra med de 1 180 elever som budgeten bygger "
            "på.",
            O(
                None,
                "volymer",
                note="Pupil numbers against the budget's assumption: a supporting figure, no money.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen beslutade den 28 april att inte starta den planerade introduktionsklassen i höst och att se "
            "över programutbudet inför läsåret 2027/28. Beslutet minskar kostnaderna med 0,8 mnkr under 2026.",
            A(None, "0,8 mnkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 5,4 mnkr, 1,6 mnkr under budget, eftersom upprustningen av svetsverkstaden har "
            "delats upp på två år.",
            C("Investeringar", "1,6 mnkr", "+", "periodisering", note="The forecast 5,4 mnkr is a level."),
        ),
    ]
    return ReportSpec(
        file="vasterbergslagens-utbildningscentrum-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Västerbergslagens utbildningscentrum",
                "VBU",
                "Kommunalförbundet Västerbergslagens utbildningscentrum",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Västerbergslagens utbildningscentrum"},
        style=style,
        blocks=blocks,
    )
