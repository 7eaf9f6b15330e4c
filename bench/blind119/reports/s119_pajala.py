"""Pajala kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A small kommun's social committee (elderly care, LSS and individ- och familjeomsorg) in its interim report,
footer dated at the nämnd's September meeting, set in Liberation Serif (Times metrics) 10 pt: the full year's
"underskott på 6,1 mnkr" and, in the next sentence, the period "3,3 mnkr högre än periodiserad budget" (a net
cost above budget: negative), two items; a reading note that a minus sign after the figure is a deficit; a
result table whose last column is each row's comment ("2 450-", "900-"), comments that name their own
amount ("Underskottet, 2 450 tkr, beror på …", "Överskott 800 tkr.", "överstiger budget med 2,6 mnkr", "en
negativ avvikelse på 1,25 mnkr"), two reason-only comments that take their cells ("350", "900-"), "Prognos
enligt budget." (boilerplate) and the sum row without a comment; then the change since the tertial report,
a recruitment action with its effect, a grant that is already in the budget and sick leave against 2024
(others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reason only in the comment: the row's deviation cell (tkr, a trailing minus is a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("PAJALA KOMMUN", "Socialnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Socialnämnden 2025-09-24", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltningsledning", "4 200", "3 850", "350"),
                "Vakant tjänst som förvaltningschef under våren.",
                C("Nämnd och förvaltningsledning", "350", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Särskilt boende", "48 600", "51 050", "2 450-"),
                "Underskottet, 2 450 tkr, beror på ökad övertid och att en avdelning har hållits öppen hela sommaren "
                "för att ta emot utskrivningsklara patienter.",
                C("Särskilt boende", "2 450 tkr", "-", "overtid", "volymer"),
            ),
            (
                ("Hemtjänst", "22 300", "21 500", "800"),
                "Färre beviljade timmar än budgeterat, framför allt i de östra byarna. Överskott 800 tkr.",
                C("Hemtjänst", "800 tkr", "+", "volymer"),
            ),
            (
                ("Hemsjukvård", "9 800", "12 400", "2 600-"),
                "Tre sjukskötersketjänster är vakanta och inhyrda sjuksköterskor har behövts under hela sommaren. "
                "Kostnaden för bemanningsföretag överstiger budget med 2,6 mnkr.",
                C("Hemsjukvård", "2,6 mnkr", "-", "vakanser", "inhyrd_personal"),
            ),
            (
                ("LSS", "14 100", "15 000", "900-"),
                "Ett nytt ärende med dubbelbemanning dygnet runt sedan mars.",
                C("LSS", "900-", "-", "volymer", "bemanning", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Individ- och familjeomsorg", "8 900", "10 150", "1 250-"),
                "Två placeringar på HVB har förlängts. Det ger en negativ avvikelse på 1,25 mnkr.",
                C("Individ- och familjeomsorg", "1,25 mnkr", "-", "kopt_verksamhet"),
            ),
            (
                ("Ekonomiskt bistånd", "3 200", "3 200", "0"),
                "Prognos enligt budget.",
                BP("Ekonomiskt bistånd"),
            ),
            (("Summa", "111 100", "117 150", "6 050-"), "", None),
        ),
        widths=(140.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 6,1 mnkr för helåret 2025.",
                C(None, "6,1 mnkr", "-", note="The full year: a sentence of its own."),
            ),
            (
                "Per den 31 augusti är nämndens nettokostnader 3,3 mnkr högre än periodiserad budget.",
                C(
                    None,
                    "3,3 mnkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation.",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har underskottet ökat med 1,4 mnkr, huvudsakligen inom "
            "hemsjukvården.",
            F(None, "1,4 mnkr", "-"),
        ),
        H("Driftredovisning", 2),
        P(
            "Belopp i tusen kronor. Avvikelse avser budget minus prognos, och ett minustecken efter beloppet anger "
            "underskott.",
            size=9.0,
        ),
        comments,
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat en rekryteringskampanj för sjuksköterskor med en rekryteringsbonus och "
            "möjlighet till betald specialistutbildning. Målet är att halvera kostnaden för inhyrd personal under "
            "hösten, vilket motsvarar cirka 0,8 mnkr.",
            A("Hemsjukvård", "cirka 0,8 mnkr", "inhyrd_personal", "vakanser"),
        ),
        H("Övrigt", 2),
        P(
            "Nämnden har tilldelats 1,1 mnkr i statsbidrag för ökad bemanning inom äldreomsorgen. Bidraget ingår "
            "redan i budgeten och påverkar inte prognosen.",
            O(None, "statsbidrag", note="A grant already in the budget: context, other."),
        ),
        P(
            "Sjukfrånvaron uppgick till 8,9 procent under perioden, jämfört med 7,6 procent samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
