"""Piteå kommun, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2025.

A culture and leisure committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in
September: the period "ett överskott på 2,1 mnkr mot periodiserad budget" and the full year "gå med
underskott, 1,6 mnkr" in two sentences, the period's timing reason in a paragraph of its own (amount null);
a result table whose last column is each row's comment, with en dashes as minus signs: reason-only comments
that take their cells ("350", "–650", "600"), a comment that names its own amount ("kostar 2,2 mnkr mer än
budgeterat"), "Prognos enligt budget" and a row with no comment; the change since April with its cause;
investments "Av nämndens investeringsram på 14,0 mnkr beräknas 8,2 mnkr användas" (5,8 never written out);
an action with "cirka 150 tkr" and library visits against last year with "beror på" (other). Liberation
Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Piteå kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025, Kultur- och fritidsnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bibliotek", "24 800", "24 450", "350"),
                "Två vakanta bibliotekarietjänster har tillsatts först i augusti.",
                C(
                    "Bibliotek",
                    "350",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the row's cell.",
                ),
            ),
            (
                ("Kulturskola", "18 600", "19 250", "–650"),
                "Fler elever än budgeterat i ensembleverksamheten och lägre avgiftsintäkter efter den sänkta "
                "terminsavgiften.",
                C("Kulturskola", "–650", "-", "volymer", "avgifter_intakter", unit="tkr", table=True),
            ),
            (
                ("Fritidsanläggningar", "52 100", "54 300", "–2 200"),
                "Anläggningarna kostar 2,2 mnkr mer än budgeterat. Högre el- och fjärrvärmepriser för ishallen och "
                "konstgräsplanerna samt reparation av kylaggregatet efter ett haveri i juni.",
                C(
                    "Fritidsanläggningar",
                    "2,2 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="A comment that names its own amount: from the prose. A breakdown is ovrigt.",
                ),
            ),
            (
                ("Föreningsstöd", "9 400", "9 400", "0"),
                "Prognos enligt budget.",
                BP("Föreningsstöd"),
            ),
            (
                ("Evenemang", "6 300", "5 700", "600"),
                "Lägre kostnader för stadsfestivalen, som i år genomfördes i mindre skala.",
                C("Evenemang", "600", "+", "ovrigt", unit="tkr", table=True),
            ),
            (("Fritidsgårdar", "11 200", "11 500", "–300"), "", None),
            (
                ("Nämnd och förvaltning", "5 800", "5 200", "600"),
                "Lägre licenskostnader efter bytet av bokningssystem.",
                C("Nämnd och förvaltning", "600", "+", "it_digitalisering", unit="tkr", table=True),
            ),
            (("Summa", "128 200", "129 800", "–1 600"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för perioden januari–augusti ett överskott på 2,1 mnkr mot "
                "periodiserad budget.",
                C(None, "2,1 mnkr", "+", note="The period in a sentence of its own."),
            ),
            (
                "För helåret bedöms nämnden däremot gå med underskott, 1,6 mnkr.",
                C(None, "1,6 mnkr", "-"),
            ),
        ),
        P(
            "Periodens överskott förklaras främst av att sommarens evenemang faktureras först under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        table,
        P(
            "Jämfört med prognosen i april är helårsprognosen 0,9 mnkr sämre, främst på grund av kylaggregatets "
            "haveri.",
            F(None, "0,9 mnkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 14,0 mnkr beräknas 8,2 mnkr användas. Upprustningen av elljusspåret "
            "flyttas till 2026 eftersom upphandlingen har överklagats.",
            C(
                "Investeringar",
                "14,0 mnkr beräknas 8,2 mnkr",
                "+",
                "periodisering",
                value=5_800_000,
                note="Under-spending of 5,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över öppettiderna i simhallen under hösten, vilket väntas minska personalkostnaderna "
            "med cirka 150 tkr.",
            A("Fritidsanläggningar", "cirka 150 tkr", "bemanning"),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet besök på biblioteken ökade med 9 procent jämfört med samma period 2024, vilket främst beror på "
            "de utökade meröppettiderna.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pitea-kfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Kultur- och fritidsnämnden", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
