"""Sävsjö kommun, Kommunstyrelsen, redovisning av riktade statsbidrag 2025.

Not a budget follow-up: the kommunstyrelse's yearly compilation of targeted state grants, dated in March 2026,
full of amounts in "tkr", "beror på", "lägre", "högre än bidraget" and "ryms inom de ramar": a grant not fully
used, a grant used in full but lower than last year, a repayment, a grant for staff whose cost exceeded the
grant and was financed inside another nämnd's frame, a grant more than doubled against 2024, the repayments'
effect on the nämnder's results, and the assessment of the routine with a risk. Seven `other` items and no
cause; the decision proposal, the background and the grant table are unlabelled. Liberation Sans 10 pt (no
semicolons).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A compilation of state grants, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Sävsjö kommun", "Tjänsteskrivelse 2026-03-09"),
        footer=lambda n, m: ("Kommunledningsförvaltningen", "Dnr KS 2026/41", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    grants = Table(
        caption="Riktade statsbidrag 2025, tkr",
        header=(("Statsbidrag", "Beviljat", "Utnyttjat", "Återbetalas"),),
        rows=(
            ("Äldreomsorgslyftet", "2 840", "2 310", "530"),
            ("Likvärdig skola", "4 120", "4 120", "0"),
            ("Personalförstärkning i äldreomsorgen", "1 950", "1 950", "0"),
            ("Motverka segregation", "950", "770", "180"),
            ("Regionalt yrkesvux", "1 560", "1 560", "0"),
            ("Summa", "11 420", "10 710", "710"),
        ),
        widths=(200.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Redovisning av riktade statsbidrag 2025", size=17, font="arial-bold", after=4),
        Title("Kommunstyrelsen", size=12, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen noterar redovisningen av riktade statsbidrag för 2025 och överlämnar den till "
            "kommunfullmäktige för kännedom."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Kommunfullmäktige har begärt en årlig sammanställning av de riktade statsbidrag som kommunens "
            "förvaltningar söker och tar emot. Redovisningen bygger på uppgifter från förvaltningarna och "
            "ekonomiavdelningen."
        ),
        grants,
        H("Kommentarer per statsbidrag", 2),
        H("Äldreomsorgslyftet", 3),
        P(
            "Kommunen beviljades 2 840 tkr, varav 2 310 tkr har använts till utbildning av undersköterskor. Att hela "
            "bidraget inte har utnyttjats beror på att färre medarbetare än planerat kunde avvara tid för studier "
            "under hösten.",
            O("Äldreomsorgslyftet", note=NOT_BUDGET + " A grant not fully used: no budget deviation."),
        ),
        H("Likvärdig skola", 3),
        P(
            "Bidraget om 4 120 tkr har använts fullt ut, främst till fler lärare i lågstadiet. Jämfört med 2024 är "
            "bidraget 620 tkr lägre, vilket beror på att Skolverket har ändrat fördelningsnyckeln.",
            O("Likvärdig skola", note=NOT_BUDGET + " Against last year."),
        ),
        H("Personalförstärkning i äldreomsorgen", 3),
        P(
            "Bidraget på 1 950 tkr finansierade sex tillsvidaretjänster. Kostnaden för tjänsterna blev 240 tkr högre "
            "än bidraget, vilket beror på lönerevisionen i april, och mellanskillnaden har finansierats inom vård- "
            "och omsorgsnämndens ram.",
            O(
                "Personalförstärkning i äldreomsorgen",
                note=NOT_BUDGET + " A cost above the grant, financed inside another nämnd's frame.",
            ),
        ),
        H("Motverka segregation", 3),
        P(
            "Av beviljade 950 tkr återbetalas 180 tkr. Återbetalningen beror på att ett projekt med föreningslivet "
            "avbröts i maj.",
            O("Motverka segregation", note=NOT_BUDGET + " A repayment."),
        ),
        H("Regionalt yrkesvux", 3),
        P(
            "Bidraget uppgick till 1 560 tkr, mer än dubbelt så mycket som 2024, eftersom kommunen deltar i "
            "samverkan med grannkommunerna om fler yrkesutbildningar.",
            O("Regionalt yrkesvux", note=NOT_BUDGET + " Against last year."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Återbetalningarna om totalt 710 tkr belastar respektive nämnds resultat för 2025 och ryms inom de ramar "
            "som kommunfullmäktige har beslutat.",
            O(None, note=NOT_BUDGET + " A financing statement, no deviation reported."),
        ),
        H("Bedömning", 2),
        P(
            "Ekonomiavdelningen bedömer att rutinen för ansökan fungerar väl. Risken för återbetalning är högre när "
            "bidrag beviljas sent på året, vilket beror på att förvaltningarna då har svårt att hinna planera "
            "insatserna.",
            O(None, note=NOT_BUDGET + " Assessment and a risk."),
        ),
    ]
    return ReportSpec(
        file="savsjo-ks-redovisning-riktade-statsbidrag-2025.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-03"],
            "report_type": "redovisning",
        },
        metadata={"title": "Redovisning av riktade statsbidrag 2025", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
