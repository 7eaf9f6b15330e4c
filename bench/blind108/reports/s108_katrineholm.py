"""Katrineholms kommun, Vård- och omsorgsnämnden, månadsrapport maj 2026.

An elderly-care and disability month report whose table prints deficits in brackets ("(4 200)") in tkr while
the prose says mnkr, footer with the nämnd's meeting date in June: the full year "9,6 mnkr sämre än budget"
and the change since April; bold run-in verksamheter with a colon: "Underskottet på 4,2 mnkr beror på" with a
percentage volume rise that is not the amount, a reason-only deficit (the row's "(3 450)"), "Avvikelsen,
−1,9 mnkr, förklaras av", an amount in the paragraph's second sentence ("ett underskott om 1,15 mnkr"), two
verksamheter as a "respektive" pair under one lead; a grant the forecast relies on (other), an action with no
amount, sick leave against last year (other) and investments that "bedöms förbrukas fullt ut" (boilerplate).
DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Katrineholms kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport maj 2026 – VON 2026-06-17", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "118 400", "122 600", "(4 200)"),
            ("Särskilt boende", "246 900", "250 350", "(3 450)"),
            ("Hälso- och sjukvård", "61 300", "63 200", "(1 900)"),
            ("LSS-boenden", "92 800", "93 950", "(1 150)"),
            ("Daglig verksamhet", "38 600", "38 000", "600"),
            ("Nämnd och administration", "27 000", "26 500", "500"),
            ("Summa", "585 000", "594 600", "(9 600)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=19, font="serif-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="serif-italic", after=12),
        H("Prognos för helåret", 2),
        P(
            "Vård- och omsorgsnämnden prognostiserar efter maj ett resultat som är 9,6 mnkr sämre än budget.",
            C(None, "9,6 mnkr", "-"),
        ),
        P(
            "Prognosen har försämrats med 1,5 mnkr sedan april, då ett nytt LSS-ärende har tillkommit.",
            F(None, "1,5 mnkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst:",
            "Underskottet på 4,2 mnkr beror på att antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan "
            "budgeten lades, samtidigt som ersättningen till den privata utföraren har höjts.",
            C(
                "Hemtjänst",
                "4,2 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The percentage rise in hours is not the amount.",
            ),
        ),
        LP(
            "Särskilt boende:",
            "Kostnaderna för timvikarier och övertid är höga på Lövkullen och Eklunden, där sjukfrånvaron har "
            "legat över 10 procent under våren.",
            C(
                "Särskilt boende",
                "(3 450)",
                "-",
                "vikarier",
                "overtid",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note="Reasons only: the row's bracketed cell.",
            ),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Avvikelsen, −1,9 mnkr, förklaras av inhyrda sjuksköterskor som täcker vakanta tjänster och av ökade "
            "kostnader för förbrukningsmaterial.",
            C("Hälso- och sjukvård", "−1,9 mnkr", "-", "inhyrd_personal", "vakanser", "material_hjalpmedel"),
        ),
        LP(
            "LSS-boenden:",
            "Ett nytt ärende med dubbelbemanning dygnet runt har tillkommit i maj. Det ger ett underskott om 1,15 "
            "mnkr för helåret.",
            C(
                "LSS-boenden",
                "1,15 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="The amount in the paragraph's second sentence.",
            ),
        ),
        LP(
            "Daglig verksamhet och administration:",
            "Överskott på 0,6 respektive 0,5 mnkr, främst genom vakanta tjänster.",
            C(
                "Daglig verksamhet",
                "0,6",
                "+",
                "vakanser",
                unit="mnkr",
                note="Two verksamheter under one lead as a 'respektive' pair: two items.",
                also=(C("Nämnd och administration", "0,5 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Statsbidrag", 2),
        P(
            "Prognosen förutsätter att statsbidraget för äldreomsorgens personal, 3,8 mnkr, betalas ut i oktober.",
            O(None, "statsbidrag", note="An assumption of the forecast: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett övertidsstopp på särskilt boende från den 1 juni och ser över "
            "schemaläggningen i hemtjänsten.",
            A(None, None, "overtid", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,4 procent i maj, jämfört med 8,7 procent i maj 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 2,4 mnkr för trygghetslarm och inventarier bedöms förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-von-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Vård- och omsorgsnämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
