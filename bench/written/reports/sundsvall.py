"""Sundsvalls kommun, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025 (a directive
follow-up).

No budget follow-up, so no cause items, though the assignments speak of costs, agency staff, vacant
premises and savings: a status table and one short section per assignment with a bold run-in status,
all other (an assignment to save a stated amount is an action). Liberation Sans Narrow.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, O

DIRECTIVE = "Directive follow-up, not a budget follow-up: "


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=11.0,
        leading=1.3,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 72.0, 70.0, 72.0),
        header=lambda n, m: ("Sundsvalls kommun", "Uppföljning av uppdrag 2025"),
        footer=lambda n, m: ("Kommunstyrelsekontoret", "", f"Sida {n} av {m}"),
    )
    status = Table(
        caption="Status för kommunfullmäktiges uppdrag i budget 2025",
        header=(("Uppdrag", "Ansvarig", "Status"),),
        rows=(
            ("3. Minska inhyrd personal i socialtjänsten", "Socialnämnden", "Pågår"),
            ("5. Utreda en gemensam lokalbank", "Kommunstyrelsen", "Genomfört"),
            ("8. E-tjänst för ekonomiskt bistånd", "Socialnämnden", "Genomfört"),
            ("11. Heltid som norm", "Samtliga nämnder", "Delvis genomfört"),
            ("12. Effektivisera lokalvården", "Servicenämnden", "Pågår"),
            ("14. Samordnad varudistribution", "Kommunstyrelsen", "Ej påbörjat"),
        ),
        widths=(220.0, 110.0, 90.0),
        grid=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=18, font="narrow-bold"),
        Title("Rapport till kommunstyrelsen, oktober 2025", size=12, font="narrow", after=14),
        H("Sammanfattning", 1),
        P(
            "Kommunfullmäktige gav i budget 2025 nämnderna och kommunstyrelsen 14 uppdrag. Av dessa är sex "
            "genomförda, sju pågår och ett har inte påbörjats.",
            O(None, note=DIRECTIVE + "summary of assignments."),
        ),
        status,
        H("Uppdrag 3. Minska kostnaderna för inhyrd personal i socialtjänsten", 2),
        LP(
            "Status: pågår.",
            "En gemensam bemanningspool startade i mars och antalet konsulter inom myndighetsutövningen har "
            "minskat från 14 till 6 sedan årsskiftet.",
            O("Socialnämnden", "inhyrd_personal", note=DIRECTIVE + "progress on an assignment."),
        ),
        H("Uppdrag 5. Utreda förutsättningarna för en gemensam lokalbank", 2),
        LP(
            "Status: genomfört.",
            "Utredningen visar att tomställda lokaler kostar kommunen cirka 18 mnkr per år och föreslår att "
            "lokaler som inte används ska lämnas tillbaka till kommunstyrelsen.",
            O("Kommunstyrelsen", "lokaler", amount="cirka 18 mnkr", note=DIRECTIVE + "result of an inquiry."),
        ),
        H("Uppdrag 8. Införa e-tjänst för ekonomiskt bistånd", 2),
        LP(
            "Status: genomfört.",
            "E-tjänsten infördes i februari. Andelen ansökningar som görs digitalt är 71 procent.",
            O(
                "Socialnämnden",
                "ekonomiskt_bistand",
                "it_digitalisering",
                note=DIRECTIVE + "assignment done.",
            ),
        ),
        H("Uppdrag 11. Heltid som norm", 2),
        LP(
            "Status: delvis genomfört.",
            "Andelen tillsvidareanställda med heltid har ökat till 81 procent. Inom vård och omsorg är andelen "
            "fortfarande lägre, 69 procent, eftersom schemaläggningen med delade turer ännu inte är löst.",
            O(None, "bemanning", note=DIRECTIVE + "progress."),
        ),
        H("Uppdrag 12. Effektivisera lokalvården", 2),
        LP(
            "Status: pågår.",
            "Servicenämnden ska genom ny organisation och nya arbetsmetoder minska kostnaderna för lokalvård med "
            "2,4 mnkr från och med 2026.",
            A("Servicenämnden", "2,4 mnkr", note=DIRECTIVE + "a savings assignment (planned measure)."),
        ),
        H("Uppdrag 14. Samordnad varudistribution", 2),
        LP(
            "Status: ej påbörjat.",
            "Uppdraget har skjutits upp i väntan på upphandlingen av ett nytt e-handelssystem, som beräknas vara "
            "klar under 2026.",
            O("Kommunstyrelsen", note=DIRECTIVE + "postponed assignment."),
        ),
        H("Förslag till beslut", 1),
        P("Kommunstyrelsen godkänner uppföljningen och överlämnar den till kommunfullmäktige för kännedom."),
    ]
    return ReportSpec(
        file="sundsvall-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": "Sundsvall",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "uppföljning",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Sundsvalls kommun"},
        style=style,
        blocks=blocks,
    )
