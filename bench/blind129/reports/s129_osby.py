"""Osby kommun, Omsorgsnämnden, redovisning av riktade statsbidrag 2025 (a tjänsteskrivelse).

Not a budget follow-up: an account of how the elderly-care and LSS grants of 2025 were used, in Arial
(Liberation Sans) 10 pt, dated in February 2026. It is full of amounts, "beror på", "mer än" and an unused
part of a grant, but reports no deviation from the nämnd's budget: the grants received against 2024, a grant
"använts fullt ut", Äldreomsorgslyftet's unused part with "beror på", the repayment and its provision, an
LSS grant requisitioned too late with "Det beror på", course costs "0,4 mnkr högre än bidraget" and a
mention of the barn- och skolnämnd's unused grant (about someone else) are all `other`; the decision
proposal, the background and the table per grant are unlabelled. The document has no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("OSBY KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Omsorgsförvaltningen, 2026-02-09", "Dnr ON 2026/000031", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Riktade statsbidrag 2025, tkr",
        header=(("Statsbidrag", "Erhållet", "Använt", "Återbetalas"),),
        rows=(
            ("Ökad bemanning inom äldreomsorgen", "6 800", "6 800", "0"),
            ("Äldreomsorgslyftet", "3 200", "2 500", "700"),
            ("Kvalitetshöjande insatser LSS", "1 100", "0", "–"),
            ("Stärkt kompetens i demensvård", "2 300", "2 300", "0"),
            ("Minskad ensamhet bland äldre", "1 200", "1 200", "0"),
            ("Summa", "14 600", "12 800", "700"),
        ),
        widths=(200.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Redovisning av riktade statsbidrag 2025", size=16, font="arial-bold", after=4),
        Title("Omsorgsnämnden", size=11.5, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden godkänner redovisningen av riktade statsbidrag för 2025 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        P(
            "Omsorgsnämnden erhöll under 2025 riktade statsbidrag om sammanlagt 14,6 mnkr, vilket är 2,1 mnkr mer "
            "än under 2024.",
            O(None, "statsbidrag", note="Grants against the previous year: other."),
        ),
        P(
            "Statsbidraget för ökad bemanning inom äldreomsorgen, 6,8 mnkr, har använts fullt ut till "
            "grundbemanning på de särskilda boendena.",
            O(
                "Äldreomsorg",
                "statsbidrag",
                "bemanning",
                note="How a grant was used, not a budget deviation.",
            ),
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Statsbidragen rekvireras från Socialstyrelsen och ska redovisas senast den 31 mars året efter "
            "bidragsåret. Medel som inte har använts ska betalas tillbaka."
        ),
        table,
        P(
            "Av bidraget för Äldreomsorgslyftet om 3,2 mnkr har 2,5 mnkr använts. Att 0,7 mnkr inte har förbrukats "
            "beror på att färre medarbetare än planerat kunde gå utbildningen under hösten på grund av hög "
            "sjukfrånvaro.",
            O(
                "Äldreomsorg",
                "statsbidrag",
                "sjukfranvaro",
                note="An unused part of a grant: not a budget deviation.",
            ),
        ),
        P(
            "Kommunen återbetalar därför 0,7 mnkr till Socialstyrelsen i mars 2026. Beloppet har reserverats i "
            "bokslutet för 2025 och påverkar inte nämndens resultat.",
            O(None, "reserver", note="A repayment and its provision: financing, other."),
        ),
        P(
            "Bidraget för kvalitetshöjande insatser inom LSS, 1,1 mnkr, rekvirerades för sent och har inte "
            "betalats ut. Det beror på att ansvaret för rekvisitionen låg på en tjänst som var vakant under "
            "hösten.",
            O("LSS", "statsbidrag", "vakanser"),
        ),
        P(
            "Kostnaderna för utbildningsinsatserna inom demensvården blev 0,4 mnkr högre än bidraget, en skillnad "
            "som beror på högre kursavgifter hos utbildningsanordnaren.",
            O("Äldreomsorg", "prisokningar", note="Costs against a grant, not against the budget: other."),
        ),
        P(
            "Barn- och skolnämnden har enligt sin egen redovisning inte använt 0,3 mnkr av statsbidraget för "
            "läsfrämjande insatser, vilket beror på att en bibliotekarietjänst inte har kunnat tillsättas.",
            O(None, "vakanser", note="About another nämnd: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet har inga ytterligare ekonomiska konsekvenser för nämnden."),
        P("Lena Andersson, förvaltningschef", size=9.0),
    ]
    return ReportSpec(
        file="osby-on-redovisning-statsbidrag-2025.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2026-02"],
            "report_type": "redovisning av statsbidrag",
        },
        metadata={"title": "Redovisning av riktade statsbidrag 2025", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
