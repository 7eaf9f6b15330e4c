"""Sotenäs kommun, Omsorgsnämnden, bokslut 2025.

An elderly-care and LSS committee's year-end report in DejaVu Sans 10 pt with hyphen-minus signs, adopted in
February: the result "en budgetavvikelse på -5,8 mnkr" and, in the next sentence, the outcome "1,3 mnkr sämre
än prognosen i delårsbokslutet" without a cause (a forecast change); a kostnadsslag table in mnkr (budget
minus outcome); bold run-in kostnadsslag with a colon: revenue with reasons only (the row's "2,7"), personnel
"Avvikelsen på -7,3 mnkr beror på" with four causes, bought services reason-only (the row's "-2,2"), two
kostnadsslag under one lead "Sammantaget 1,0 mnkr bättre än budget"; then headings with the verksamhet and
its amount in brackets ("Hemtjänst (-2,9 mnkr)"), a sick-leave percentage that is not the amount, "hållits
inom budget" beside a surplus, so the deficit is explained twice; an action with a yearly effect and cost
growth against 2024 (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell (mnkr, budget minus outcome)."
HEAD = "The heading carries the verksamhet and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Sotenäs kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Antaget av omsorgsnämnden 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, mnkr",
        header=(("Kostnadsslag", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Intäkter", "-62,4", "-65,1", "2,7"),
            ("Personalkostnader", "198,6", "205,9", "-7,3"),
            ("Köp av verksamhet", "24,8", "27,0", "-2,2"),
            ("Lokalkostnader", "19,7", "19,5", "0,2"),
            ("Övriga kostnader", "17,3", "16,5", "0,8"),
            ("Nettokostnad", "198,0", "203,8", "-5,8"),
        ),
        widths=(170.0, 76.0, 76.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="sans-bold", after=2),
        Title("Omsorgsnämnden, Sotenäs kommun", size=12, font="sans", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Omsorgsnämnden redovisar för 2025 en budgetavvikelse på -5,8 mnkr.",
                C(None, "-5,8 mnkr", "-"),
            ),
            (
                "Det är 1,3 mnkr sämre än prognosen i delårsbokslutet per augusti.",
                F(None, "1,3 mnkr", "-", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        table,
        LP(
            "Intäkter:",
            "Högre intäkter än budgeterat, främst statsbidrag för äldreomsorgen och ersättning från "
            "Försäkringskassan för personlig assistans.",
            C(
                "Intäkter",
                "2,7",
                "+",
                "statsbidrag",
                "ersattning_fk",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Personalkostnader:",
            "Avvikelsen på -7,3 mnkr beror på hög sjukfrånvaro, dyr övertid under sommaren och att två boenden har "
            "haft bemanning över budgeterad nivå till följd av ökade vårdbehov.",
            C("Personalkostnader", "-7,3 mnkr", "-", "sjukfranvaro", "overtid", "bemanning", "volymer"),
        ),
        LP(
            "Köp av verksamhet:",
            "Fler placeringar på externa boenden inom LSS än budgeterat.",
            C(
                "Köp av verksamhet",
                "-2,2",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Lokalkostnader och övriga kostnader:",
            "Sammantaget 1,0 mnkr bättre än budget, främst på grund av lägre kostnader för förbrukningsmaterial.",
            C(
                "Lokalkostnader och övriga kostnader",
                "1,0 mnkr",
                "+",
                "material_hjalpmedel",
                note="Two kostnadsslag under one lead with one amount: one item.",
            ),
        ),
        H("Verksamheternas resultat", 2),
        HP(
            "Hemtjänst (-2,9 mnkr)",
            "Antalet beviljade timmar ökade under hösten, och i de norra områdena har långa körsträckor och delade "
            "turer gjort planeringen dyrare.",
            C("Hemtjänst", "-2,9 mnkr", "-", "volymer", "bemanning", note=HEAD),
        ),
        HP(
            "Särskilt boende (-3,6 mnkr)",
            "Sjukfrånvaron har legat på drygt 11 procent, vilket har krävt vikarier och övertid. Ett av boendena har "
            "även haft extra nattbemanning.",
            C(
                "Särskilt boende",
                "-3,6 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "bemanning",
                note=HEAD + " The sick-leave percentage is not the amount.",
            ),
        ),
        HP(
            "Funktionsstöd (-1,4 mnkr)",
            "Två nya externa placeringar under våren.",
            C("Funktionsstöd", "-1,4 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård (+1,1 mnkr)",
            "Vakanta tjänster som sjuksköterska och lägre kostnader för hjälpmedel.",
            C("Hälso- och sjukvård", "+1,1 mnkr", "+", "vakanser", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Myndighet och administration (+1,0 mnkr)",
            "Verksamheten har hållits inom budget och fått ett överskott genom ett högre statsbidrag för "
            "kompetenshöjning än beräknat.",
            C(
                "Myndighet och administration",
                "+1,0 mnkr",
                "+",
                "statsbidrag",
                note=HEAD + " 'Hållits inom budget' beside a stated surplus: a scored cause.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Under 2026 inför nämnden ett nytt planeringssystem i hemtjänsten, som väntas minska kostnaderna med 0,8 "
            "mnkr per år.",
            A("Hemtjänst", "0,8 mnkr", "bemanning", "it_digitalisering"),
        ),
        H("Nyckeltal", 2),
        P(
            "Nämndens nettokostnad ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Cost growth against last year: other."),
        ),
    ]
    return ReportSpec(
        file="sotenas-on-bokslut-2025.pdf",
        report={
            "municipality": "Sotenäs",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Omsorgsnämnden", "author": "Sotenäs kommun"},
        style=style,
        blocks=blocks,
    )
