"""Mullsjö kommun, Socialnämnden, rapportering av ej verkställda beslut enligt SoL och LSS, kvartal 3 2025.

Not a budget follow-up: the social committee's quarterly report to IVO, the revisorer and the fullmäktige on
favourable decisions not carried out within three months, dated in October. It is full of counts, "beror på",
"fler än", "högre än" and kronor: the number of decisions against the previous quarter, the reasons for the
delays (no vacant flat in the group homes, hard to recruit contact persons), a temporary purchased place whose
per-day price is "högre än kostnaden i egen regi", the särskild avgift IVO may seek and its ceiling, and the new
group home's opening and running budget for next year. Six `other` items and no causes; the decision proposal,
the legal background and the decision list are unlabelled. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A report on decisions not carried out, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Mullsjö kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Socialförvaltningen 2025-10-14", "Dnr SN 2025/88", f"{n} ({m})"),
        header_size=8.0,
    )
    decisions = Table(
        caption="Ej verkställda beslut per den 30 september 2025",
        header=(("Insats", "Lagrum", "Beslutsdatum", "Dagar", "Kön"),),
        rows=(
            ("Bostad med särskild service", "LSS 9 § 9", "2025-01-20", "253", "Man"),
            ("Bostad med särskild service", "LSS 9 § 9", "2025-03-04", "210", "Kvinna"),
            ("Bostad med särskild service", "LSS 9 § 9", "2025-04-11", "172", "Man"),
            ("Bostad med särskild service", "LSS 9 § 9", "2025-05-28", "125", "Kvinna"),
            ("Kontaktperson", "SoL 4 kap. 1 §", "2025-02-17", "225", "Kvinna"),
            ("Kontaktperson", "SoL 4 kap. 1 §", "2025-04-02", "181", "Man"),
            ("Kontaktperson", "SoL 4 kap. 1 §", "2025-05-15", "138", "Man"),
            ("Särskilt boende", "SoL 4 kap. 1 §", "2025-06-05", "117", "Kvinna"),
            ("Dagverksamhet", "SoL 4 kap. 1 §", "2025-06-23", "99", "Man"),
        ),
        widths=(150.0, 82.0, 78.0, 46.0, 50.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Rapportering av ej verkställda beslut", size=17, font="arial-bold", after=2),
        Title("enligt SoL och LSS, kvartal 3 2025", size=12.5, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner rapporteringen av ej verkställda beslut för kvartal 3 2025 och överlämnar den "
            "till kommunfullmäktige och kommunens revisorer."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt 16 kap. 6 f § socialtjänstlagen och 28 f § LSS ska nämnden varje kvartal rapportera gynnande "
            "beslut som inte har verkställts inom tre månader från beslutsdatum till Inspektionen för vård och "
            "omsorg (IVO). Rapporten lämnas även till revisorerna och till fullmäktige."
        ),
        H("Sammanfattning", 2),
        P(
            "Per den 30 september fanns nio gynnande beslut som inte hade verkställts inom tre månader, fem enligt "
            "socialtjänstlagen och fyra enligt LSS. Det är tre fler än vid rapporteringen för kvartal 2.",
            O(None, "volymer", note=NOT_BUDGET + " Counts against the previous quarter."),
        ),
        decisions,
        H("Skäl till dröjsmålen", 2),
        P(
            "Att fyra beslut om bostad med särskild service enligt LSS inte har kunnat verkställas beror på att det "
            "saknas lediga lägenheter i kommunens gruppbostäder. Den enskilde har i samtliga fall erbjudits "
            "korttidsvistelse i väntan på bostad.",
            O(
                "Bostad med särskild service",
                "volymer",
                note=NOT_BUDGET + " 'Beror på' about a shortage of flats.",
            ),
        ),
        P(
            "För kontaktpersonerna är skälet att det har varit svårt att rekrytera uppdragstagare, särskilt män "
            "mellan 20 och 40 år. Förvaltningen har annonserat vid tre tillfällen under året.",
            O("Kontaktperson", "vakanser", note=NOT_BUDGET),
        ),
        P(
            "Ett av LSS-besluten verkställdes tillfälligt under augusti genom köp av en plats i en grannkommun, till "
            "en kostnad av 2 650 kronor per dygn, vilket är högre än kostnaden i egen regi. Placeringen avslutades "
            "efter tre veckor på den enskildes egen begäran.",
            O(
                "Bostad med särskild service",
                "kopt_verksamhet",
                note=NOT_BUDGET + " A per-day price 'högre än' the own service: not a budget deviation.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "IVO kan ansöka hos förvaltningsrätten om att kommunen ska betala en särskild avgift när ett beslut inte "
            "verkställs inom skälig tid. Avgiften kan uppgå till högst en miljon kronor per beslut. Kommunen har inte "
            "ålagts någon särskild avgift under 2025.",
            O(None, note=NOT_BUDGET + " A possible fine and its ceiling."),
        ),
        P(
            "Den nya gruppbostaden på Sandvägen med sex lägenheter beräknas vara klar för inflyttning i mars 2026. "
            "Driften är beräknad till 7,4 miljoner kronor per år och ingår i nämndens budgetförslag för 2026.",
            O(
                "Bostad med särskild service",
                note=NOT_BUDGET + " A new unit's running cost in next year's budget.",
            ),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-10-14. Sammanställning av ej verkställda beslut, kvartal 3 2025."),
        P("Karin Sjöholm, socialchef", size=9.5),
    ]
    return ReportSpec(
        file="mullsjo-sn-ej-verkstallda-beslut-2025-q3.pdf",
        report={
            "municipality": "Mullsjö",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "ej verkställda beslut",
        },
        metadata={
            "title": "Rapportering av ej verkställda beslut kvartal 3 2025",
            "author": "Mullsjö kommun",
        },
        style=style,
        blocks=blocks,
    )
