"""Svedala kommun, Vård- och omsorgsnämnden, månadsuppföljning oktober 2025.

An elderly-care committee's month report whose result table has a comment column (CommentTable) in tkr with
the deviation as budget minus prognos: the period "ett överskott mot periodbudget på 0,6 mnkr" and, in the next
sentence, the full year "ett minus om 3,9 mnkr" with its reasons (two causes), then the change since September
with September's figure in brackets; the period surplus's reason in a paragraph of its own (amount null);
comments that give reasons without amounts (each takes its row's cell: "430", "−4 740", "−910", "550", "770"),
one with hours per month that are levels, one "Följer budget." (boilerplate) and one row with no comment
(unlabelled); an action with its effect in a second sentence (one item), volumes against last year and the
forecast's uncertainty (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, budget − prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("SVEDALA KOMMUN", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Myndighet och bistånd", "9 850", "9 420", "430"),
                "Vakant tjänst som biståndshandläggare maj–september.",
                C("Myndighet och bistånd", "430", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Hemtjänst", "58 200", "62 940", "−4 740"),
                "Beviljade timmar har ökat från 14 900 till 16 300 per månad sedan januari. Höga kostnader för "
                "timanställda under semesterperioden.",
                C(
                    "Hemtjänst",
                    "−4 740",
                    "-",
                    "volymer",
                    "vikarier",
                    unit="tkr",
                    table=True,
                    note=ROW + " Hours per month are levels.",
                ),
            ),
            (
                ("Särskilt boende", "96 400", "97 310", "−910"),
                "Förstärkt nattbemanning på Solgläntans vård- och omsorgsboende efter flera fallolyckor under "
                "sommaren.",
                C("Särskilt boende", "−910", "-", "bemanning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Hälso- och sjukvård", "31 600", "31 050", "550"),
                "Lägre kostnader för hjälpmedel och inkontinensartiklar efter ny upphandling.",
                C("Hälso- och sjukvård", "550", "+", "material_hjalpmedel", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Korttidsvård", "7 300", "6 530", "770"),
                "Färre dagar med betalningsansvar för utskrivningsklara patienter än budgeterat.",
                C("Korttidsvård", "770", "+", "volymer", unit="tkr", table=True, note=ROW),
            ),
            (("Dagverksamhet", "4 100", "4 100", "0"), "Följer budget.", BP("Dagverksamhet")),
            (("Nämnd och ledning", "6 450", "6 450", "0"), "", None),
            (("Summa", "213 900", "217 800", "−3 900"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Ackumulerat till och med oktober redovisar nämnden ett överskott mot periodbudget på 0,6 mnkr.",
                C(
                    None,
                    "0,6 mnkr",
                    "+",
                    note="The period against its budget in a sentence of its own: a cause.",
                ),
            ),
            (
                "Helåret ser sämre ut: prognosen pekar på ett minus om 3,9 mnkr, eftersom behovet av hemtjänst "
                "fortsätter att öka och bemanningen i särskilt boende har förstärkts under hösten.",
                C(None, "3,9 mnkr", "-", "volymer", "bemanning", note="The full year in the next sentence."),
            ),
            (
                "Prognosen har därmed försämrats med 1,1 mnkr sedan september (−2,8 mnkr).",
                F(None, "1,1 mnkr", "-", note="September's forecast in brackets is a level."),
            ),
        ),
        P(
            "Att perioden ändå visar ett plus förklaras främst av att statsbidraget för ökad bemanning i "
            "äldreomsorgen har intäktsförts med tio tolftedelar, medan huvuddelen av kostnaden för förstärkningen "
            "uppstår i november och december.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        H("Resultat per verksamhet, tkr", 2),
        P("Avvikelse = budget minus prognos. Negativt belopp innebär underskott mot budget.", size=8.5),
        comments,
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i september att hemtjänstens planering ska göras i ett nytt digitalt "
            "planeringsverktyg från den 1 november och att alla timanställningar ska godkännas av enhetschef. "
            "Effekten bedöms till cirka 0,4 mnkr för november och december.",
            A(
                "Hemtjänst",
                "cirka 0,4 mnkr",
                "bemanning",
                "vikarier",
                note="The effect in a second sentence: one item.",
            ),
        ),
        H("Volymer", 2),
        P(
            "I oktober hade 412 personer hemtjänst, 38 fler än i oktober 2024.",
            O("Hemtjänst", "volymer", note="Volumes against the previous year: other."),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "Osäkerheten är främst kopplad till hur många timmar som beviljas under november och december och till "
            "vinterns sjukfrånvaro.",
            O(None, note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="svedala-von-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Svedala",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Vård- och omsorgsnämnden",
            "author": "Svedala kommun",
        },
        style=style,
        blocks=blocks,
    )
