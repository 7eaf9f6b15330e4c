"""Jönköpings kommun, Arbetsmarknadsnämnden, månadsrapport oktober 2025.

A labour-market committee's month report in Times metrics with en dashes as minus signs, header with the
report's date in November: the period "5,1 mnkr sämre än periodens budget" and the full year "ett underskott på
6,2 mnkr" in one sentence (one item, the full year's), the change since September with last month's level;
a table in tkr with deficits in brackets ("(7 400)"); a heading that carries the area and amount
("Försörjningsstöd –7 400 tkr") over a paragraph with a part in whole kronor ("1 150 000 kronor", not the
amount) and a risk sentence (other); plain headings whose paragraphs say "visar ett överskott om 1,4 mnkr",
give reasons only (the rows' "(900)" and "250"), a "respektive" pair ("300 respektive 150 tkr"), and
the nämnd's personnel costs "2,3 mnkr lägre än budget" across the verksamheter (a kostnadsslag explained
beside them), a cost per household (other), a goal not met with "beror på" (other); an action "drygt en miljon kronor" in words and
households against last year (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

ROW = "Reasons only: the table row's cell (tkr), direction from the prose."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Arbete och integration 2025-11-12"),
        footer=lambda n, m: ("Arbetsmarknadsnämnden", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr. Negativa avvikelser inom parentes.",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "8 200", "7 950", "250"),
            ("Försörjningsstöd", "96 000", "103 400", "(7 400)"),
            ("Arbetsmarknadsinsatser", "41 300", "39 900", "1 400"),
            ("Vuxenutbildning", "52 600", "52 300", "300"),
            ("Etablering och integration", "18 900", "18 750", "150"),
            ("Feriearbeten", "6 100", "7 000", "(900)"),
            ("Summa", "223 100", "229 300", "(6 200)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="times-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Arbetsmarknadsnämnden redovisar efter oktober ett utfall som är 5,1 mnkr sämre än periodens budget "
            "och prognostiserar ett underskott på 6,2 mnkr för helåret.",
            C(
                None,
                "6,2 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Prognosen är 0,4 mnkr bättre än i september, då underskottet bedömdes till 6,6 mnkr.",
            F(None, "0,4 mnkr", "+", note="Last month's level (6,6 mnkr) is not the change."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Para(
            (
                (
                    "Kostnaderna för försörjningsstöd fortsätter att öka. Fler hushåll har behov av stöd under längre "
                    "tid när arbetslösheten i länet har stigit, och enbart hushållen som varit inskrivna mer än två år "
                    "kostar 1 150 000 kronor mer än vid årets början.",
                    C(
                        "Försörjningsstöd",
                        "–7 400 tkr",
                        "-",
                        "ekonomiskt_bistand",
                        "volymer",
                        note="The heading carries the area and amount; 1 150 000 kronor is a part.",
                    ),
                ),
                (
                    "Om arbetslösheten fortsätter att stiga under vintern kan underskottet bli större.",
                    O("Försörjningsstöd", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Försörjningsstöd –7 400 tkr",
            head_level=3,
        ),
        H("Arbetsmarknadsinsatser", 3),
        P(
            "Verksamheten visar ett överskott om 1,4 mnkr. Det förklaras av att färre deltagare än beräknat har "
            "anvisats till arbetsmarknadsanställningar och av att två tjänster som arbetskonsulent har stått "
            "vakanta sedan i somras.",
            C("Arbetsmarknadsinsatser", "1,4 mnkr", "+", "volymer", "vakanser"),
        ),
        H("Feriearbeten", 3),
        P(
            "Nämnden beslutade i maj att erbjuda fler ungdomar sommarjobb än vad som fanns utrymme för i budgeten.",
            C("Feriearbeten", "(900)", "-", "volymer", unit="tkr", table=True, note=ROW),
        ),
        H("Vuxenutbildning samt etablering och integration", 3),
        P(
            "Vuxenutbildningen och etableringsverksamheten går med överskott på 300 respektive 150 tkr, främst "
            "genom att statsbidragen för yrkesvux och för samhällsorientering blivit högre än budgeterat.",
            C(
                "Vuxenutbildning",
                "300",
                "+",
                "statsbidrag",
                unit="tkr",
                note="A 'respektive' pair: one item per area.",
                also=(C("Etablering och integration", "150 tkr", "+", "statsbidrag"),),
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Lägre kostnader för arvoden och för utbildning av nämndens ledamöter bidrar till ett litet överskott.",
            C(
                "Nämnd och ledning",
                "250",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Members' fees: ovrigt.",
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Nämndens personalkostnader som helhet beräknas bli 2,3 mnkr lägre än budget, främst genom vakanser "
            "bland arbetskonsulenterna och lägre kostnader för vikarier inom vuxenutbildningen.",
            C(
                "Personalkostnader",
                "2,3 mnkr",
                "+",
                "vakanser",
                "vikarier",
                note="A kostnadsslag explained beside the verksamheter: its own item.",
            ),
        ),
        P(
            "Den genomsnittliga kostnaden per hushåll med försörjningsstöd var 8 100 kronor per månad.",
            O("Försörjningsstöd", note="A supporting figure: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en förstärkt uppföljning av långvariga ärenden med försörjningsstöd, som "
            "beräknas minska kostnaderna med drygt en miljon kronor under november och december.",
            A("Försörjningsstöd", "drygt en miljon kronor", value=1_000_000),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet hushåll med försörjningsstöd var 2 140 i oktober, vilket är 9 procent fler än i oktober 2024.",
            O("Försörjningsstöd", note="Households against the previous year: other."),
        ),
        P(
            "Målet om att fler deltagare ska gå vidare till arbete eller studier nås inte, vilket beror på att "
            "efterfrågan på arbetskraft i regionen har minskat.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-amn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Arbetsmarknadsnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
