"""Region Stockholm, Styrelsen för Stockholms läns sjukvårdsområde (SLSO), tertialrapport 2 2025.

A region's health-care tertial report in "miljoner kronor" and "mnkr", footer with the styrelse's meeting
date in September: the period "71,2 miljoner kronor sämre än periodens budget" after the level, the full
year "ett underskott på 120 miljoner kronor mot budget" in a sentence of its own, and the change since
tertial 1 with its cause (a forecast change); a text table with en dashes as minus signs ("–33,6"); headings
that carry the area and its amount ("Vuxenpsykiatri –58 mnkr"), a plain paragraph with the area as subject
("Vårdcentralerna beräknas gå 37 miljoner kronor sämre än budget"), one after "Inom" with "ett överskott på
12 miljoner kronor", a reason-only surplus (the row's "4,0"), "bedöms följa budget" (boilerplate); by
kostnadsslag, hired staff with the level (94) before "52 miljoner kronor mer än budgeterat", personnel
costs "19 miljoner kronor lägre än budget" and two revenues as a "respektive" pair, drugs "i nivå med
budget" (boilerplate); an action; investments "71 miljoner kronor mot en budget på 105 miljoner kronor"
(34 never written out); a risk (other). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Region Stockholm | Stockholms läns sjukvårdsområde", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Styrelsen för SLSO, sammanträde 2025-09-30", "SLSO 2025-1187", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Avvikelse jan–aug", "Avvikelse helår"),),
        rows=(
            ("Vuxenpsykiatri", "–33,6", "–58,0"),
            ("Barn- och ungdomspsykiatri", "–24,1", "–41,0"),
            ("Vårdcentraler", "–20,5", "–37,0"),
            ("Geriatrik och ASIH", "6,8", "12,0"),
            ("Habilitering och hälsa", "0,2", "4,0"),
            ("Ledning och stöd", "0,0", "0,0"),
            ("Summa SLSO", "–71,2", "–120,0"),
        ),
        widths=(200.0, 100.0, 100.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="sans-bold", after=2),
        Title("Stockholms läns sjukvårdsområde (SLSO)", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "SLSO redovisar för perioden januari–augusti ett resultat på –86,4 miljoner kronor, vilket är "
                    "71,2 miljoner kronor sämre än periodens budget.",
                    C(
                        None,
                        "71,2 miljoner kronor",
                        "-",
                        note="The period after the level: a cause of its own.",
                    ),
                ),
                (
                    "Helårsprognosen är ett underskott på 120 miljoner kronor mot budget.",
                    C(None, "120 miljoner kronor", "-", note="The full year in a sentence of its own."),
                ),
                (
                    "Det är 35 miljoner kronor sämre än prognosen i tertial 1, främst på grund av högre kostnader "
                    "för hyrsjuksköterskor under sommaren.",
                    F(None, "35 miljoner kronor", "-", "inhyrd_personal"),
                ),
            )
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Vuxenpsykiatri –58 mnkr",
            "Underskottet förklaras av att inhyrda sjuksköterskor och läkare fortfarande behövs på de slutna "
            "avdelningarna i norra länet, där flera tjänster är vakanta. Antalet patienter som vårdas enligt "
            "lagen om psykiatrisk tvångsvård har dessutom ökat.",
            C("Vuxenpsykiatri", "–58 mnkr", "-", "inhyrd_personal", "vakanser", "volymer", note=HEAD),
        ),
        HP(
            "Barn- och ungdomspsykiatri –41 mnkr",
            "BUP har ökade kostnader för köpt vård hos privata vårdgivare för att klara vårdgarantin för "
            "utredningar av adhd och autism. Remissinflödet är 14 procent högre än budgeterat.",
            C("Barn- och ungdomspsykiatri", "–41 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        H("Vårdcentraler", 3),
        P(
            "Vårdcentralerna beräknas gå 37 miljoner kronor sämre än budget. Ersättningen från vårdvalet har inte "
            "räknats upp i takt med löneökningarna, och antalet listade patienter har minskat på flera enheter.",
            C("Vårdcentraler", "37 miljoner kronor", "-", "avgifter_intakter", "lonekostnader", "volymer"),
        ),
        H("Geriatrik och ASIH", 3),
        P(
            "Inom geriatrik och ASIH väntas ett överskott på 12 miljoner kronor, tack vare högre beläggning än "
            "planerat och ett statsbidrag för kompetensutveckling som inte var budgeterat.",
            C(
                "Geriatrik och ASIH",
                "12 miljoner kronor",
                "+",
                "volymer",
                "statsbidrag",
                note="The area after 'Inom'.",
            ),
        ),
        H("Habilitering och hälsa", 3),
        P(
            "Habilitering och hälsa har lägre personalkostnader än budgeterat på grund av vakanta psykologtjänster.",
            C(
                "Habilitering och hälsa",
                "4,0",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's full-year cell.",
            ),
        ),
        H("Ledning och stöd", 3),
        P("Ledning och stöd bedöms följa budget.", BP("Ledning och stöd")),
        H("Kostnader och intäkter", 2),
        P(
            "Kostnaderna för inhyrd personal uppgår till 94 miljoner kronor för perioden, vilket är 52 miljoner "
            "kronor mer än budgeterat.",
            C(
                "Inhyrd personal",
                "52 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level (94) is not the amount.",
            ),
        ),
        P(
            "Övriga personalkostnader ligger 19 miljoner kronor under budget för perioden till följd av vakanser, "
            "framför allt bland psykologer och fysioterapeuter.",
            C("Personalkostnader", "19 miljoner kronor", "+", "vakanser"),
        ),
        Para(
            (
                (
                    "Intäkterna från patientavgifter och från försäljning av vård till andra regioner blir 6 "
                    "respektive 9 miljoner kronor lägre än budgeterat.",
                    C(
                        "Patientavgifter",
                        "6",
                        "-",
                        "avgifter_intakter",
                        unit="mnkr",
                        note="A 'respektive' pair of revenues: two items.",
                        also=(C("Försäljning av vård", "9 miljoner kronor", "-", "avgifter_intakter"),),
                    ),
                ),
            )
        ),
        P("Läkemedelskostnaderna ligger i nivå med budget.", BP("Läkemedel")),
        H("Åtgärder", 2),
        P(
            "En handlingsplan för att fasa ut hyrsjuksköterskor i vuxenpsykiatrin har beslutats och beräknas "
            "minska kostnaderna med 25 miljoner kronor under hösten.",
            A("Vuxenpsykiatri", "25 miljoner kronor", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår till 38 miljoner kronor efter augusti. Helårsprognosen är 71 miljoner kronor "
            "mot en budget på 105 miljoner kronor, främst eftersom ombyggnaden av den psykiatriska "
            "akutmottagningen har skjutits till 2026.",
            C(
                "Investeringar",
                "71 miljoner kronor mot en budget på 105 miljoner kronor",
                "+",
                "periodisering",
                value=34_000_000,
                note="Under-spending of 34 never written out: the computed value.",
            ),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Ett nytt avtal om ersättning till vårdcentralerna förhandlas under hösten och kan påverka resultatet "
            "med upp till 15 miljoner kronor.",
            O("Vårdcentraler", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-slso-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Stockholms läns sjukvårdsområde",
                "Stockholms läns sjukvårdsområde",
                "SLSO",
            ],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Stockholms läns sjukvårdsområde",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
