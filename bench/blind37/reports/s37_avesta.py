"""Avesta kommun, Vård- och omsorgsnämnden, verksamhetsberättelse 2025.

An elderly-care year-end report in mkr, footer with the nämnd's adoption date in February: the result
"−11,8 mkr jämfört med budget" and, in the next sentence, "1,6 mkr bättre än prognosen i delårsrapporten"
with its cause (a forecast change); net cost growth against 2024 with "beror på" (other); a kostnadsslag
table with a trailing minus ("11,3-"); bold run-in kostnadsslag ending in a full stop: revenue "4,8 mkr
högre än budgeterat" with four causes, personnel costs "Den största avvikelsen, 11,3 mkr,", a reason-only
row (the table's "3,5-") and one sentence with two kostnadsslag and their own reasons ("överskred budget
med 0,4 mkr … och övriga kostnader blev 1,4 mkr högre än budget"); then two columns of headings that carry
the verksamhet and amount ("Hemtjänst −5,8 mkr", "Funktionsstöd +1,3 mkr") with a percentage that is not the
amount, so the deficit is explained twice, and "Nämnd och administration ±0 mkr" over "håller budget"
(boilerplate); investments "1,6 mkr lägre än budget" after the level; an action without an amount and a
risk for next year (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        gutter=24.0,
        header=lambda n, m: ("Avesta kommun", "Verksamhetsberättelse 2025 – Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Antagen av vård- och omsorgsnämnden 2026-02-18", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, mkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "96,4", "101,2", "4,8"),
            ("Personalkostnader", "-412,6", "-423,9", "11,3-"),
            ("Köp av verksamhet", "-38,2", "-41,7", "3,5-"),
            ("Lokalhyror", "-44,9", "-45,3", "0,4-"),
            ("Övriga kostnader", "-27,3", "-28,7", "1,4-"),
            ("Nettokostnad", "-426,6", "-438,4", "11,8-"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="cond", after=14),
        H("Ekonomi", 1),
        PS(
            (
                "Vård- och omsorgsnämnden redovisar för 2025 ett resultat på −11,8 mkr jämfört med budget.",
                C(None, "−11,8 mkr", "-"),
            ),
            (
                "Det är 1,6 mkr bättre än prognosen i delårsrapporten, framför allt tack vare att statsbidraget för "
                "Äldreomsorgslyftet kunde användas fullt ut.",
                F(None, "1,6 mkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
            ),
        ),
        P(
            "Nettokostnaderna ökade med 5,9 procent jämfört med 2024, vilket beror på fler brukare i hemtjänsten och "
            "på löneökningarna.",
            O(None, "volymer", "lonekostnader", note="Net cost growth against the previous year: other."),
        ),
        table,
        LP(
            "Intäkter.",
            "Intäkterna blev 4,8 mkr högre än budgeterat. Utöver Äldreomsorgslyftet fick nämnden ersättning från "
            "Försäkringskassan för två nya assistansärenden, och omvårdnadsavgifterna ökade med fler brukare.",
            C("Intäkter", "4,8 mkr", "+", "statsbidrag", "ersattning_fk", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader.",
            "Den största avvikelsen, 11,3 mkr, finns inom personalkostnaderna. Sjukfrånvaron har varit hög i "
            "särskilt boende och i hemtjänsten, vilket har krävt vikarier och övertid, och nattbemanningen på två "
            "boenden har förstärkts utan att budgeten räknats upp.",
            C("Personalkostnader", "11,3 mkr", "-", "sjukfranvaro", "vikarier", "overtid", "bemanning"),
        ),
        LP(
            "Köp av verksamhet.",
            "Nämnden har köpt fler korttidsplatser i andra kommuner under sommaren, när de egna platserna inte "
            "räckte till.",
            C(
                "Köp av verksamhet",
                "3,5-",
                "-",
                "kopt_verksamhet",
                unit="mkr",
                table=True,
                note="Reasons only: the table's trailing-minus cell.",
            ),
        ),
        LP(
            "Lokalhyror och övriga kostnader.",
            "Lokalhyrorna överskred budget med 0,4 mkr efter hyreshöjningen för Åsgårdens vård- och omsorgsboende, "
            "och övriga kostnader blev 1,4 mkr högre än budget, främst för förbrukningsmaterial och hjälpmedel.",
            C(
                "Lokalhyror",
                "0,4 mkr",
                "-",
                "lokaler",
                note="Two kostnadsslag with their own reasons in one sentence: two items.",
                also=(C("Övriga kostnader", "1,4 mkr", "-", "material_hjalpmedel"),),
            ),
        ),
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Hemtjänst −5,8 mkr",
            "Antalet beviljade hemtjänsttimmar ökade med 11 procent under året, medan budgeten byggde på oförändrad "
            "volym. Hemtjänsten har också haft höga kostnader för leasade bilar.",
            C(
                "Hemtjänst",
                "−5,8 mkr",
                "-",
                "volymer",
                "material_hjalpmedel",
                note="The heading carries the amount; the percentage is not it.",
            ),
        ),
        HP(
            "Särskilt boende −5,2 mkr",
            "Sjukfrånvaron och den förstärkta nattbemanningen förklarar underskottet. Under hösten hade ett boende "
            "dessutom dubbla hyror under flytten till nya lokaler.",
            C("Särskilt boende", "−5,2 mkr", "-", "sjukfranvaro", "bemanning", "lokaler"),
        ),
        HP(
            "Korttidsvård och hälso- och sjukvård −2,1 mkr",
            "Köpta korttidsplatser i grannkommuner och inhyrda sjuksköterskor under semesterperioden.",
            C(
                "Korttidsvård och hälso- och sjukvård",
                "−2,1 mkr",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
            ),
        ),
        HP(
            "Funktionsstöd +1,3 mkr",
            "Ersättningen från Försäkringskassan för de nya assistansärendena och två vakanta enhetschefstjänster "
            "gav ett överskott.",
            C("Funktionsstöd", "+1,3 mkr", "+", "ersattning_fk", "vakanser"),
        ),
        Para(
            (
                (
                    "Administrationen håller budget.",
                    BP("Nämnd och administration", note="A heading '±0 mkr'."),
                ),
            ),
            head="Nämnd och administration ±0 mkr",
            head_level=3,
        ),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna blev 2,9 mkr, vilket är 1,6 mkr lägre än budget. Installationen av digitala lås "
            "i hemtjänsten har skjutits upp till 2026 i väntan på en ny upphandling.",
            C("Investeringar", "1,6 mkr", "+", "periodisering", "it_digitalisering"),
        ),
        H("Åtgärder under året", 2),
        P(
            "Från oktober finns en central bemanningsenhet som fördelar vikarier mellan enheterna, vilket minskade "
            "övertiden under årets sista kvartal.",
            A(None, None, "bemanning", "vikarier", "overtid"),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har nämnden fått ett tillskott på 8,0 mkr, men underskottet inom hemtjänsten riskerar att "
            "bestå om volymerna fortsätter att öka.",
            O("Hemtjänst", "volymer", note="A risk for next year with the budget increase: other."),
        ),
    ]
    return ReportSpec(
        file="avesta-von-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Avesta",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Vård- och omsorgsnämnden", "author": "Avesta kommun"},
        style=style,
        blocks=blocks,
    )
