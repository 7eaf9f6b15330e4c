"""Trelleborgs kommun, Socialnämnden, rapportering av ej verkställda beslut kvartal 4 2025.

Not a budget follow-up: the socialnämnd's quarterly report of decisions not carried out within three months,
dated in February 2026, full of amounts and "beror på": hours of home care while waiting for a flat, special
fees sought by IVO and one imposed "mer än nämnden hade räknat med", a monthly fee for contact persons with
"vilket beror på", the yearly cost of a new group home, a per-day cost of an external place "högre än
kostnaden i egen regi" with "Skillnaden beror på", the count against the third quarter and the financial
consequences. Seven `other` items and no causes; the decision proposal, the legal background and the table
of decisions are unlabelled. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A report of decisions not carried out, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Trelleborgs kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-02-10", "SN 2026/44", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    decisions = Table(
        caption="Ej verkställda beslut per den 31 december 2025",
        header=(("Beslutstyp", "Lag", "Antal", "Äldre än sex månader"),),
        rows=(
            ("Särskilt boende för äldre", "SoL", "6", "1"),
            ("Kontaktperson", "LSS", "4", "2"),
            ("Bostad med särskild service för vuxna", "LSS", "1", "1"),
            ("Kontaktfamilj", "SoL", "2", "0"),
            ("Dagverksamhet", "SoL", "1", "0"),
            ("Summa", "", "14", "4"),
        ),
        widths=(200.0, 50.0, 60.0, 110.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Rapportering av ej verkställda beslut, kvartal 4 2025", size=17, font="narrow-bold", after=4),
        Title("Socialnämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner rapporteringen av ej verkställda beslut för kvartal 4 2025 och överlämnar den "
            "till kommunfullmäktige och kommunens revisorer."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden ska enligt socialtjänstlagen och lagen om stöd och service till vissa funktionshindrade varje "
            "kvartal rapportera gynnande beslut som inte har verkställts inom tre månader från beslutsdatum till "
            "Inspektionen för vård och omsorg (IVO), kommunfullmäktige och revisorerna."
        ),
        decisions,
        H("Särskilt boende för äldre", 3),
        P(
            "Sex beslut om särskilt boende har inte kunnat verkställas inom tre månader. Det beror på att antalet "
            "lediga lägenheter har varit lägre än förväntat under hösten. Under väntetiden har de enskilda fått "
            "hemtjänst i genomsnitt 62 timmar per månad.",
            O("Särskilt boende för äldre", note=NOT_BUDGET),
        ),
        H("Särskild avgift", 3),
        P(
            "IVO har under 2025 ansökt om särskild avgift hos förvaltningsrätten i två ärenden från 2024, om "
            "sammanlagt 214 000 kronor. Förvaltningsrätten har i ett av ärendena dömt ut 96 000 kronor, vilket är "
            "mer än nämnden hade räknat med.",
            O(None, note=NOT_BUDGET + " A court's fee, not a budget deviation."),
        ),
        H("Kontaktperson enligt LSS", 3),
        P(
            "Fyra beslut om kontaktperson har inte verkställts, vilket beror på svårigheter att rekrytera "
            "uppdragstagare. Arvodet för kontaktpersoner höjdes 2025 till 1 450 kronor per månad och uppdrag.",
            O("Kontaktperson", note=NOT_BUDGET),
        ),
        H("Bostad med särskild service för vuxna", 3),
        P(
            "Ett beslut om bostad med särskild service har inte verkställts. En ny gruppbostad med sex lägenheter "
            "öppnar i april 2026 till en beräknad årskostnad på 7,8 mnkr, och beslutet beräknas då kunna "
            "verkställas.",
            O("Bostad med särskild service för vuxna", note=NOT_BUDGET),
        ),
        P(
            "I avvaktan på verkställighet köper nämnden en extern plats för 4 200 kronor per dygn, vilket är högre "
            "än kostnaden i egen regi. Skillnaden beror på att den externa utföraren har högre personaltäthet.",
            O(
                "Bostad med särskild service för vuxna",
                note=NOT_BUDGET + " A per-day cost against own provision.",
            ),
        ),
        H("Utveckling", 3),
        P(
            "Jämfört med kvartal 3 har antalet ej verkställda beslut minskat från 19 till 14.",
            O(None, note=NOT_BUDGET + " A count against the previous quarter."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Rapporteringen i sig medför inga kostnader. Eventuella särskilda avgifter kan komma att belasta "
            "nämndens resultat 2026.",
            O(None, note=NOT_BUDGET + " A possible future cost."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-sn-ej-verkstallda-beslut-2025-q4.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Socialnämnden"],
            "period": ["2025-12", "2026-02"],
            "report_type": "rapportering",
        },
        metadata={
            "title": "Rapportering av ej verkställda beslut kvartal 4 2025",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
