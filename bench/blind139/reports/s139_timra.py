"""Timrå kommun, Socialnämnden, delårsrapport januari–augusti 2025 (elderly care, LSS and IFO).

A social committee's interim report in mkr whose weight is elderly care, footer with the nämnd's meeting date
in September: the full year "ett underskott på 11,8 mkr" with a percentage of the frame beside it, the period
"6,0 mkr sämre än periodiserad budget" in a sentence of its own, the change since the tertial report with its
cause; three kostnadsslag in one sentence ("7,6 respektive 5,9 mkr", "medan intäkterna blir 1,7 mkr högre");
a table per verksamhet; then two columns of headings that carry the verksamhet and amount with an en dash
("Hemtjänst –4,2 mkr") and a sick-leave percentage that is not the amount, so the deficit is explained twice;
an action with its effect, a risk "ytterligare 1,5 mkr" and sick leave against last year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        gutter=22.0,
        header=lambda n, m: ("Timrå kommun – Socialförvaltningen", "Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Utfall jan–aug", "Prognos", "Avvikelse"),),
        rows=(
            ("Särskilt boende", "148,3", "101,6", "150,9", "–2,6"),
            ("Hemtjänst", "96,7", "67,2", "100,9", "–4,2"),
            ("LSS", "71,2", "49,8", "74,6", "–3,4"),
            ("Individ- och familjeomsorg", "58,4", "40,9", "60,9", "–2,5"),
            ("Hälso- och sjukvård", "39,5", "25,7", "39,1", "0,4"),
            ("Ledning och administration", "18,9", "12,1", "18,4", "0,5"),
            ("Summa", "433,0", "297,3", "444,8", "–11,8"),
        ),
        widths=(150.0, 62.0, 76.0, 62.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Socialnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämndens prognos för helåret är ett underskott på 11,8 mkr, motsvarande 2,7 procent av "
            "nämndens budgetram.",
            C(None, "11,8 mkr", "-", note="A percentage of the frame beside the amount."),
        ),
        P(
            "Resultatet för januari–augusti är 6,0 mkr sämre än periodiserad budget.",
            C(None, "6,0 mkr", "-", note="The period in a sentence of its own."),
        ),
        P(
            "Prognosen har försämrats med 2,9 mkr sedan tertialrapporten, främst till följd av ökade "
            "hemtjänsttimmar under sommaren.",
            F(None, "2,9 mkr", "-", "volymer"),
        ),
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 7,6 respektive 5,9 mkr, medan "
            "intäkterna blir 1,7 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "7,6",
                "-",
                unit="mkr",
                note="Three kostnadsslag in one sentence: three items, no reasons.",
                also=(
                    C("Köp av verksamhet", "5,9 mkr", "-"),
                    C("Intäkter", "1,7 mkr", "+"),
                ),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Hemtjänst –4,2 mkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan januari, och sjukfrånvaron bland "
            "undersköterskorna har legat på 11,2 procent under sommaren.",
            C(
                "Hemtjänst",
                "–4,2 mkr",
                "-",
                "volymer",
                "sjukfranvaro",
                note="En dash as the minus sign; the percentages are not the amount.",
            ),
        ),
        HP(
            "Särskilt boende –2,6 mkr",
            "Nattbemanningen på två boenden har förstärkts efter flera fall, och sommarvikarier har fått "
            "arbeta övertid när ordinarie personal varit sjuk.",
            C("Särskilt boende", "–2,6 mkr", "-", "bemanning", "vikarier", "overtid", "sjukfranvaro"),
        ),
        HP(
            "LSS –3,4 mkr",
            "Två nya beslut om bostad med särskild service har verkställts genom köpta platser i andra kommuner. "
            "Dessutom har Försäkringskassan dragit in assistansersättningen för en brukare, och kommunen bär nu "
            "hela kostnaden.",
            C("LSS", "–3,4 mkr", "-", "kopt_verksamhet", "volymer", "ersattning_fk"),
        ),
        HP(
            "Individ- och familjeomsorg –2,5 mkr",
            "Kostnaden för placeringar av barn och unga i HVB och familjehem är högre än budgeterat.",
            C("Individ- och familjeomsorg", "–2,5 mkr", "-", "kopt_verksamhet"),
        ),
        HP(
            "Hälso- och sjukvård +0,4 mkr",
            "Lägre priser på inkontinenshjälpmedel efter ny upphandling ger ett överskott.",
            C("Hälso- och sjukvård", "+0,4 mkr", "+", "material_hjalpmedel", "prisokningar"),
        ),
        HP(
            "Ledning och administration +0,5 mkr",
            "En tjänst som verksamhetsutvecklare har varit vakant sedan mars.",
            C("Ledning och administration", "+0,5 mkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört övertidsstopp och samlat korttidsbemanningen i en central bemanningsenhet, "
            "med en beräknad effekt på 1,0 mkr under hösten.",
            A(None, "1,0 mkr", "overtid", "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Hemtjänsttimmarna fortsätter att öka, och om ökningen håller i sig under hösten kan underskottet "
            "inom hemtjänsten bli ytterligare 1,5 mkr.",
            O("Hemtjänst", "volymer", amount="1,5 mkr", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,4 procent under perioden, jämfört med 8,1 procent samma period "
            "2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="timra-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
