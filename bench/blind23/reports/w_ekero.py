"""Ekerö kommun, Social- och omsorgsnämnden, patientsäkerhetsberättelse 2025 (no budget follow-up).

The annual patient-safety report of the kommun's health care (kommunal hälso- och sjukvård), which is no
budget follow-up at all: it is full of "avvikelser" in the incident-report sense ("Under året registrerades
1 412 avvikelser"), "beror på", "ökade", "minskade", percentages and amounts in kronor, but nothing is
measured against a budget. Labelled as `other`: the incident count against last year with its reason,
medication incidents with their reason, falls, hired nurses' hours and cost against the previous year,
aids' cost against the previous year with its reason, fall prevention financed by a state grant, vacant
nurse posts, and two Lex Maria reports. The purpose, the organisation of responsibility and next year's
goals are unlabelled. The document has no cause. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Ekerö kommun", "Patientsäkerhetsberättelse 2025"),
        footer=lambda n, m: ("Social- och omsorgsförvaltningen", "Dnr SON 2026/18", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Patientsäkerhetsberättelse för år 2025", size=19, font="sans-bold", after=2),
        Title("Kommunal hälso- och sjukvård, Social- och omsorgsnämnden", size=11.5, font="sans", after=12),
        P(
            "Datum och ansvarig för innehållet: 2026-02-20, medicinskt ansvarig sjuksköterska (MAS).",
            size=8.5,
        ),
        H("Sammanfattning", 2),
        P(
            "Patientsäkerhetsberättelsen beskriver hur vårdgivaren har arbetat med patientsäkerhet under 2025, "
            "vilka åtgärder som har vidtagits och vilka resultat som har uppnåtts. Den kommunala hälso- och "
            "sjukvården omfattar särskilda boenden, korttidsboende, hemsjukvård och daglig verksamhet."
        ),
        H("Organisatoriskt ansvar för patientsäkerhetsarbetet", 2),
        P(
            "Social- och omsorgsnämnden är vårdgivare och har det yttersta ansvaret för patientsäkerheten. "
            "Medicinskt ansvarig sjuksköterska ansvarar för att rutiner finns och följs, och verksamhetscheferna "
            "ansvarar för att avvikelser rapporteras och utreds."
        ),
        H("Avvikelser", 2),
        P(
            "Under året registrerades 1 412 avvikelser, en ökning med 9 procent jämfört med 2024. Ökningen beror "
            "främst på att fler händelser rapporteras sedan rapporteringen flyttades in i det nya verksamhetssystemet "
            "i april.",
            O(None, note="Incident reports ('avvikelser') against the previous year with 'beror på': other."),
        ),
        P(
            "Läkemedelsavvikelserna minskade till 512 från 598 året innan, vilket i huvudsak beror på att digital "
            "signering nu används på alla enheter.",
            O(None, "it_digitalisering", note="Medication incidents against the previous year."),
        ),
        P(
            "Antalet fall med skada var 146, jämfört med 131 under 2024. Hälften av fallen inträffade på "
            "särskilt boende nattetid.",
            O(None, note="Falls against the previous year."),
        ),
        H("Bemanning och kompetens", 2),
        P(
            "Andelen sjuksköterskepass som bemannades med inhyrda sjuksköterskor minskade från 11 till 6 procent. "
            "Kostnaden för inhyrd personal blev 2,3 mnkr, vilket är 1,9 mnkr lägre än föregående år.",
            O(
                None,
                "inhyrd_personal",
                note="Hired nurses' share and cost against the previous year, not a budget: other.",
            ),
        ),
        P(
            "Vid årets slut var tre av 24 sjukskötersketjänster vakanta, vilket har inneburit att "
            "sjuksköterskor från hemsjukvården periodvis fått täcka upp på särskilt boende.",
            O(None, "vakanser", note="Vacant posts: context, no budget deviation."),
        ),
        H("Hjälpmedel och förebyggande arbete", 2),
        P(
            "Kostnaden för hjälpmedel ökade med 0,6 mnkr jämfört med 2024, vilket beror på att fler "
            "tryckavlastande madrasser har förskrivits som ett led i arbetet mot trycksår.",
            O(None, "material_hjalpmedel", note="A cost against the previous year with 'beror på': other."),
        ),
        P(
            "Utbildningen i fallprevention för all omvårdnadspersonal finansierades med 0,4 mnkr av "
            "statsbidraget för en äldreomsorg av god kvalitet.",
            O(None, "statsbidrag", note="Financing of an activity: other."),
        ),
        H("Klagomål och anmälningar", 2),
        P(
            "Två händelser anmäldes till Inspektionen för vård och omsorg enligt lex Maria, båda gällande "
            "fördröjd läkemedelsbehandling. Utredningarna visade brister i överrapporteringen mellan dag- och "
            "nattpersonal.",
            O(None, note="Lex Maria reports: other."),
        ),
        H("Mål och strategier för 2026", 2),
        Bullets(
            (
                "Minska antalet fall med skada med 10 procent.",
                "Alla enheter ska genomföra strukturerade riskbedömningar inom 14 dagar efter inflyttning.",
                "Andelen sjuksköterskepass med inhyrd personal ska understiga 5 procent.",
            ),
        ),
    ]
    return ReportSpec(
        file="ekero-son-patientsakerhetsberattelse-2025.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Social- och omsorgsnämnden"],
            "period": ["2025"],
            "report_type": "patientsäkerhetsberättelse",
        },
        metadata={"title": "Patientsäkerhetsberättelse 2025", "author": "Ekerö kommun"},
        style=style,
        blocks=blocks,
    )
