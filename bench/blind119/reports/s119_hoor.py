"""Höörs kommun, Vård- och omsorgsnämnden, avtalsuppföljning 2025 (särskilt boende på entreprenad).

Not a budget follow-up: the nämnd's yearly follow-up of its contract with a private operator of a care home,
dated in March 2026, full of amounts, "beror på", "mer än", "högre än" and a contract "avvikelse": the
operator's compensation against 2024 with "Ökningen beror på", staffing below the contract with "Avvikelsen
beror … på vakanta underskötersketjänster", the penalty charged, the user survey below the target, drug
handling with "beror på", the cost of the contract "ryms inom nämndens budget" (a financing statement, no
deviation reported) and the cost per day in the kommun's own homes "170 kronor högre" (a comparison). Seven
`other` items and no causes; the decision proposal, the background and the control table are unlabelled.
DejaVu Sans 9.5 pt with DejaVu Sans Condensed headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A contract follow-up, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Höörs kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: (
            "Avtalsuppföljning 2025 – Ljungbackens vård- och omsorgsboende",
            "2026-03-09",
            f"{n}({m})",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    controls = Table(
        caption="Uppföljda avtalskrav 2025",
        header=(("Avtalskrav", "Metod", "Resultat"),),
        rows=(
            ("Bemanning", "Schemagranskning", "Avvikelse"),
            ("Brukarnöjdhet", "Enkät", "Under målet"),
            ("Läkemedelshantering", "Journalgranskning", "Brister"),
            ("Fakturering", "Stickprov", "Utan anmärkning"),
            ("Kompetens", "Personalförteckning", "Utan anmärkning"),
        ),
        widths=(150.0, 150.0, 120.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Avtalsuppföljning 2025", size=19, font="sans-bold", after=2),
        Title("Ljungbackens vård- och omsorgsboende, driven på entreprenad", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Vård- och omsorgsnämnden godkänner avtalsuppföljningen för 2025 och uppdrar åt förvaltningen att följa "
            "upp utförarens åtgärder för bemanning och läkemedelshantering under 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Ljungbacken har 40 platser i särskilt boende och drivs sedan 2022 av Omsorgsgruppen Skåne AB enligt ett "
            "avtal som löper till och med 2027. Nämnden följer upp avtalet varje år med stöd av schemagranskning, "
            "journalgranskning, brukarenkät och stickprov på fakturorna."
        ),
        controls,
        H("Ersättning", 2),
        P(
            "Enligt avtalet ersätts utföraren med 2 140 kronor per belagd plats och dygn. Under 2025 uppgick "
            "ersättningen till sammanlagt 31,2 mnkr, vilket är 1,4 mnkr mer än 2024. Ökningen beror på den avtalade "
            "indexuppräkningen och på att beläggningen var högre.",
            O("Ersättning till utföraren", note=NOT_BUDGET + " Compensation against the previous year."),
        ),
        H("Bemanning", 2),
        P(
            "Avtalet kräver minst 0,62 årsarbetare per plats. Schemagranskningen i oktober visade 0,58, vilket är en "
            "avvikelse från avtalet. Avvikelsen beror enligt utföraren på vakanta underskötersketjänster som inte "
            "kunnat tillsättas under hösten.",
            O(
                "Bemanning",
                note=NOT_BUDGET + " 'Avvikelsen' is a deviation from the contract, not the budget.",
            ),
        ),
        P(
            "Nämnden har med stöd av avtalet tagit ut ett vite på 120 000 kronor för bristerna i bemanningen.",
            O("Vite", note=NOT_BUDGET + " A penalty charged."),
        ),
        H("Brukarnöjdhet", 2),
        P(
            "I brukarenkäten svarade 82 procent att de var nöjda med boendet som helhet, vilket är lägre än avtalets "
            "mål på 90 procent.",
            O("Brukarnöjdhet", note=NOT_BUDGET + " A quality target."),
        ),
        H("Läkemedelshantering", 2),
        P(
            "I tre av tolv granskade journaler saknades signering av given läkemedelsdos. Det beror på att "
            "utförarens nya digitala signeringssystem inte användes fullt ut under de första månaderna.",
            O("Läkemedelshantering", note=NOT_BUDGET),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Kostnaden för avtalet ryms inom nämndens budget för särskilt boende. Vitet redovisas som en intäkt hos "
            "nämnden under 2026.",
            O(None, note=NOT_BUDGET + " A financing statement with no deviation reported."),
        ),
        H("Jämförelse med egen regi", 2),
        P(
            "Nettokostnaden per plats och dygn i kommunens egna boenden var 2 310 kronor, vilket är 170 kronor högre "
            "än i Ljungbacken. Skillnaden beror främst på högre sjukfrånvaro och fler timvikarier i egen regi.",
            O("Egen regi", note=NOT_BUDGET + " A cost comparison between providers, not against the budget."),
        ),
    ]
    return ReportSpec(
        file="hoor-von-avtalsuppfoljning-2025.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2026-03"],
            "report_type": "avtalsuppföljning",
        },
        metadata={"title": "Avtalsuppföljning 2025 Ljungbacken", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
