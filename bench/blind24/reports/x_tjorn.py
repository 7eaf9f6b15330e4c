"""Tjörns kommun, Socialnämnden, återrapportering av statsbidrag inom äldreomsorgen 2025.

Not a budget follow-up: a tjänsteskrivelse, dated in February 2026, that accounts to the state for three
targeted grants to elderly care, full of amounts, "beviljat", "använt", "inte har förbrukats", "beror på",
"lägre än bidraget" and a repayment: the decision proposal with the repayment, each grant's use against the
grant (one with vacancies as the reason), the provision for the repayment and the lack of own funds in the
budget, and staff turnover against last year with "beror på". Six `other` items and no causes; the
background and the grant table are unlabelled. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Accounting for a state grant, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 80.0, 74.0, 76.0),
        header=lambda n, m: ("Tjörns kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Sektor omsorg", "Dnr SN 2026/14", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    grants = Table(
        caption="Statsbidrag 2025, tkr",
        header=(("Statsbidrag", "Beviljat", "Använt", "Återbetalas"),),
        rows=(
            ("Äldreomsorgslyftet", "2 140", "1 820", "320"),
            ("Stimulansmedel för ökad bemanning", "3 600", "2 620", "980"),
            ("Stärkt demensvård", "850", "850", "0"),
            ("Summa", "6 590", "5 290", "1 300"),
        ),
        widths=(200.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Återrapportering av statsbidrag inom äldreomsorgen 2025", size=16, font="times-bold", after=4),
        P("Datum 2026-02-02. Till: Socialnämnden.", size=9.5),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner återrapporteringen av statsbidragen för 2025 och noterar att 1,3 mnkr betalas "
            "tillbaka till staten.",
            O(None, "statsbidrag", note="Decision formula with the repayment: other."),
        ),
        H("Bakgrund", 2),
        P(
            "Kommunen har under 2025 tagit emot tre riktade statsbidrag till äldreomsorgen. Bidragen ska redovisas "
            "till Socialstyrelsen senast den 31 mars året efter, och medel som inte har använts enligt villkoren ska "
            "betalas tillbaka."
        ),
        grants,
        H("Redovisning per bidrag", 2),
        H("Äldreomsorgslyftet", 3),
        P(
            "Av beviljade 2 140 tkr har 1 820 tkr använts till lön under studietid för elva undersköterskor. Att "
            "320 tkr inte har förbrukats beror på att två medarbetare avbröt utbildningen under hösten.",
            O("Äldreomsorgslyftet", "statsbidrag", note=NOT_BUDGET),
        ),
        H("Stimulansmedel för ökad bemanning", 3),
        P(
            "Bidraget har finansierat 4,5 årsarbetare i hemtjänsten och på Kaprifolens äldreboende. Eftersom "
            "rekryteringen av undersköterskor drog ut på tiden blev kostnaderna 980 tkr lägre än bidraget, och det "
            "beloppet betalas tillbaka.",
            O(
                "Stimulansmedel för ökad bemanning",
                "statsbidrag",
                "vakanser",
                note=NOT_BUDGET + " 'Lägre än bidraget' compares costs with a grant, not the budget.",
            ),
        ),
        H("Stärkt demensvård", 3),
        P(
            "Hela bidraget har använts, till utbildning i demensvård för personalen på två boenden och till en "
            "demenssjuksköterska på halvtid.",
            O("Stärkt demensvård", "statsbidrag", note=NOT_BUDGET),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Återbetalningen på sammanlagt 1,3 mnkr reserverades redan i bokslutet för 2025 och påverkar därför inte "
            "nämndens resultat för 2026. Socialnämndens budget för 2026 innehåller inga egna medel som kan ersätta "
            "bidragen om de upphör.",
            O(None, "reserver", note="A provision and financing: other."),
        ),
        H("Uppföljning av effekter", 2),
        P(
            "Personalomsättningen bland undersköterskor var 11 procent under 2025, tre procentenheter lägre än 2024, "
            "vilket enligt förvaltningen delvis beror på utbildningssatsningen.",
            O(None, note="Staff turnover against last year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="tjorn-sn-aterrapportering-statsbidrag-aldreomsorg-2025.pdf",
        report={
            "municipality": "Tjörn",
            "committee": ["Socialnämnden"],
            "period": ["2025"],
            "report_type": "statsbidragsredovisning",
        },
        metadata={
            "title": "Återrapportering av statsbidrag inom äldreomsorgen 2025",
            "author": "Tjörns kommun",
        },
        style=style,
        blocks=blocks,
    )
