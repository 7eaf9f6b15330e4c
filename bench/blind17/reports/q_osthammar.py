"""Östhammars kommun, Bildningsnämnden, budgetuppföljning maj 2026.

A school committee's month follow-up, footer with the arbetsutskott's meeting date in June: the deficit
"6,8 mnkr (−5,1 mnkr i april)" (April's figure in brackets is not the amount) with a "varav"-like part in the
next sentence ("Av underskottet avser 4,3 mnkr grundskolan", kept in the same item), then the change since
April with its cause (a forecast change); a verksamhet table with May's and April's deviations; under a
generic heading one bullet per verksamhet in varied shapes: "Grundskolan: prognosen är 4,3 mnkr sämre än
tilldelad ram", "Gymnasieskolan −3,4 mnkr (−1,9)." with a price rise in per cent, a surplus "trots att" sick
leave and substitutes (counteracting causes tagged too), "visar −0,3 mnkr med anledning av", a surplus "om
0,4 mnkr" from a vacancy, "ger ett underskott på 0,4 mnkr" at the end of the bullet, and "följer budget"
(boilerplate); personnel costs against last year (other) and the pay settlement "0,3 procentenheter högre än
budgeterat, vilket motsvarar 0,9 mnkr" (a cause of its own); three actions as bullets after an unlabelled
lead-in, one with an effect; a risk about pupil numbers (other). 8 scored causes. DejaVu Serif Condensed 9.5 pt
with DejaVu Sans Condensed headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Östhammars kommun – Bildningsförvaltningen", "Budgetuppföljning maj 2026"),
        footer=lambda n, m: ("Bildningsnämndens arbetsutskott 2026-06-10", "BIN-2026-0214", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos maj", "Avvikelse maj", "Avvikelse april"),),
        rows=(
            ("Förskola", "118,2", "117,0", "1,2", "0,8"),
            ("Grundskola", "264,5", "268,8", "−4,3", "−3,9"),
            ("Gymnasieskola", "102,7", "106,1", "−3,4", "−1,9"),
            ("Anpassad grundskola", "19,8", "20,1", "−0,3", "−0,3"),
            ("Kulturskola och fritidsgårdar", "15,4", "15,0", "0,4", "0,4"),
            ("Vuxenutbildning", "21,6", "21,6", "0,0", "0,0"),
            ("Gemensamt", "30,1", "30,5", "−0,4", "−0,2"),
            ("Summa", "572,3", "579,1", "−6,8", "−5,1"),
        ),
        widths=(150.0, 62.0, 70.0, 76.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning maj 2026", size=19, font="cond-bold", after=2),
        Title("Bildningsnämnden", size=12, font="serif-cond", after=12),
        H("Nämndens prognos", 2),
        PS(
            (
                "Bildningsnämnden prognostiserar ett underskott mot budget på 6,8 mnkr (−5,1 mnkr i april). Av "
                "underskottet avser 4,3 mnkr grundskolan.",
                C(
                    None,
                    "6,8 mnkr",
                    "-",
                    note="April's figure in brackets is not the amount; the part for grundskolan stays in the item "
                    "('varav').",
                ),
            ),
            (
                "Försämringen med 1,7 mnkr sedan april förklaras av att gymnasiets interkommunala ersättningar har "
                "räknats upp efter vårens antagning.",
                F(None, "1,7 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        H("Kommentarer", 2),
        Bullets(
            (
                "Grundskolan: prognosen är 4,3 mnkr sämre än tilldelad ram. Skolorna i Östhammar och Alunda har tagit "
                "emot 46 fler elever än budgeterat, och fyra elever har beviljats tilläggsbelopp för placering i "
                "resursskola i Uppsala.",
                "Gymnasieskolan −3,4 mnkr (−1,9). Fler ungdomar än beräknat har valt program i Uppsala och Gävle, "
                "och priserna i det regionala samverkansavtalet höjdes med 4,8 procent.",
                "Inom förskolan ger färre barn i Gimo och Österbybruk ett överskott på 1,2 mnkr, trots att två "
                "avdelningar har haft långtidssjukskriven personal som ersatts med vikarier.",
                "Anpassad grundskola visar −0,3 mnkr med anledning av att ytterligare två elever från Hargshamn "
                "behöver skolskjuts med anpassat fordon.",
                "Kulturskolan och fritidsgårdarna har ett överskott om 0,4 mnkr, eftersom en fritidsledartjänst i "
                "Öregrund inte har gått att tillsätta.",
                "Gemensamt: högre licenskostnader för elevhälsans journalsystem ger ett underskott på 0,4 mnkr.",
                "Vuxenutbildningen följer budget.",
            ),
            labels=(
                C("Grundskola", "4,3 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Gymnasieskola",
                    "−3,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "prisokningar",
                    note="April's figure in brackets is not the amount; 4,8 procent is a price rise.",
                ),
                C(
                    "Förskola",
                    "1,2 mnkr",
                    "+",
                    "volymer",
                    "sjukfranvaro",
                    "vikarier",
                    note="The counteracting causes after 'trots att' are causes the passage gives: tagged.",
                ),
                C("Anpassad grundskola", "−0,3 mnkr", "-", "volymer"),
                C("Kulturskola och fritidsgårdar", "0,4 mnkr", "+", "vakanser"),
                C(
                    "Gemensamt",
                    "0,4 mnkr",
                    "-",
                    "it_digitalisering",
                    note="The same figure as the culture school's surplus, opposite direction.",
                ),
                BP("Vuxenutbildning"),
            ),
        ),
        H("Personalkostnader", 2),
        PS(
            (
                "Nämndens personalkostnader uppgår efter maj till 158,9 mnkr, vilket är 2,6 procent högre än samma "
                "period förra året.",
                O("Personalkostnader", note="A level and a comparison with the previous year: other."),
            ),
            (
                "Lönerevisionen 2026 blev 0,3 procentenheter högre än budgeterat, vilket motsvarar 0,9 mnkr för "
                "helåret som inte är kompenserat i ramen.",
                C(
                    "Personalkostnader",
                    "0,9 mnkr",
                    "-",
                    "lonekostnader",
                    note="A pay settlement above budget with its full-year cost: a cause of its own "
                    "(percentage points are not the amount).",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P("För att minska underskottet har nämnden beslutat om följande:"),
        Bullets(
            (
                "översyn av skolskjutsorganisationen inför hösten, med en beräknad effekt på 0,5 mnkr under 2026",
                "restriktivitet vid tillsättning av vakanta tjänster inom den gemensamma administrationen",
                "förhandling med Uppsala kommun om ersättningsnivåerna i gymnasiesamverkan",
            ),
            labels=(
                A(None, "0,5 mnkr", note="Actions as bullets after an unlabelled lead-in: one item each."),
                A("Gemensamt", None, "bemanning"),
                A("Gymnasieskola", None, "kopt_verksamhet"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Prognosen är osäker när det gäller antalet nya elever till hösten, framför allt i Öregrund där flera "
            "familjer har anmält inflyttning.",
            O("Grundskola", "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="osthammar-bin-budgetuppfoljning-2026-05.pdf",
        report={
            "municipality": "Östhammar",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-05"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning maj 2026 Bildningsnämnden", "author": "Östhammars kommun"},
        style=style,
        blocks=blocks,
    )
