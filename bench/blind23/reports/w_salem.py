"""Salems kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A technical committee's year-end report (period = the year) with a footer carrying the nämnd's adoption date
in February: the tax-financed net cost as two levels ("58,3 mnkr, att jämföra med en budget om 55,9 mnkr")
and "Budgetöverskridandet på 2,4 mnkr hänförs nästan helt till gatuverksamheten" (area named, no tag); the
outcome against the interim forecast with its cause (forecast change); headings with a comma before the
amount ("Gata och park, −2,9 mnkr") over short paragraphs: snow and a cloudburst, lower energy costs and a
mild autumn, fewer building permits, and waste "i nivå med budget" (boilerplate); the water and sewage
operation's surplus and, in the next sentence, its resultatfond (other); investments in a project table whose
deviation column has "+ = överskridande", the total under-spend with its reason, a pipeline "2,6 mnkr dyrare
än kalkylerat" (shown as +2,6 in the table: negative), a cycle path not started whose whole budget moves to
2026, the request to carry funds over (other), and a customer index against last year (other). Liberation
Serif (Times metrics) 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Salems kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden, antagen 2026-02-24", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning 2025, skattefinansierad verksamhet (mnkr)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Gata och park", "-24,6", "-27,5", "-2,9", "-25,8"),
            ("Fastighet", "-9,2", "-8,4", "0,8", "-9,0"),
            ("Plan och bygg", "-6,8", "-7,1", "-0,3", "-6,5"),
            ("Avfall och återvinning", "0,0", "0,0", "0,0", "0,2"),
            ("Nämnd och förvaltningsledning", "-15,3", "-15,3", "0,0", "-14,7"),
            ("Summa", "-55,9", "-58,3", "-2,4", "-55,8"),
        ),
        widths=(160.0, 66.0, 66.0, 70.0, 74.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Investeringsprojekt 2025 (mnkr). Avvikelse: + = överskridande, − = outnyttjat",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Överföringsledning Skogsängen", "18,0", "20,6", "+2,6"),
            ("Gång- och cykelväg Hallsta allé", "14,0", "0,0", "−14,0"),
            ("Reinvestering gator och belysning", "12,5", "10,9", "−1,6"),
            ("Energieffektivisering kommunala fastigheter", "11,0", "5,7", "−5,3"),
            ("Övriga projekt", "8,0", "4,0", "−4,0"),
            ("Summa", "63,5", "41,2", "−22,3"),
        ),
        widths=(220.0, 62.0, 62.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="arial", after=14),
        H("Året som gått", 2),
        P(
            "Under året färdigställdes den nya överföringsledningen för vatten och avlopp till Skogsängen, och "
            "detaljplanen för verksamhetsområdet vid Säbytorp vann laga kraft. Förvaltningen har också tagit "
            "över driften av kommunens lekplatser från en extern entreprenör."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Den skattefinansierade verksamhetens nettokostnad blev 58,3 mnkr, att jämföra med en budget om "
            "55,9 mnkr. Budgetöverskridandet på 2,4 mnkr hänförs nästan helt till gatuverksamheten.",
            C(
                None,
                "2,4 mnkr",
                "-",
                note="Two levels, then the deviation; the area is named, no reason: no tag.",
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev utfallet 1,1 mnkr bättre, eftersom reparationerna "
            "efter skyfallet i augusti blev billigare än befarat.",
            F(None, "1,1 mnkr", "+", "ovrigt", note="The outcome against the interim forecast."),
        ),
        operations,
        HP(
            "Gata och park, −2,9 mnkr",
            "Vintern krävde betydligt fler plogningar och halkbekämpningar än ett normalår. Dessutom har "
            "dagvattenbrunnar och vägtrummor längs Söderbyvägen fått repareras efter skyfallet i augusti.",
            C("Gata och park", "−2,9 mnkr", "-", "ovrigt", note="Snow and a cloudburst: ovrigt."),
        ),
        HP(
            "Fastighet, +0,8 mnkr",
            "Energikostnaderna i de kommunala fastigheterna blev lägre än budgeterat, dels efter bytet till "
            "bergvärme i Rönninge sporthall, dels till följd av en mild höst.",
            C(
                "Fastighet",
                "+0,8 mnkr",
                "+",
                "prisokningar",
                "ovrigt",
                note="Energy costs are prisokningar, the mild autumn (weather) ovrigt.",
            ),
        ),
        HP(
            "Plan och bygg, −0,3 mnkr",
            "Färre bygglovsansökningar än väntat gav lägre avgiftsintäkter.",
            C("Plan och bygg", "−0,3 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Avfall och återvinning, 0,0 mnkr",
            "Verksamheten redovisar ett resultat i nivå med budget.",
            BP("Avfall och återvinning"),
        ),
        H("Vatten och avlopp (taxefinansierad verksamhet)", 2),
        PS(
            (
                "VA-verksamheten redovisar ett överskott på 1,7 mnkr mot budget, främst till följd av högre "
                "anslutningsavgifter från exploateringen i Söderby park.",
                C("Vatten och avlopp", "1,7 mnkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond, som efter bokslutet uppgår till 4,4 mnkr.",
                O("Vatten och avlopp", "reserver", note="The resultatfond: a reserve statement, other."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet blev 22,3 mnkr lägre än budget, främst därför att flera projekt har "
            "senarelagts.",
            C(
                "Investeringar",
                "22,3 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: positive.",
            ),
        ),
        projects,
        P(
            "Överföringsledningen till Skogsängen blev 2,6 mnkr dyrare än kalkylerat, eftersom ledningen fick "
            "dras om runt ett fornlämningsområde som upptäcktes under schaktningen.",
            C(
                "Överföringsledning Skogsängen",
                "2,6 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun: negative (+2,6 in a table where + means overspending).",
            ),
        ),
        P(
            "Gång- och cykelvägen längs Hallsta allé har inte påbörjats i väntan på markåtkomst, och hela "
            "projektbudgeten på 14,0 mnkr flyttas därför till 2026.",
            C(
                "Gång- och cykelväg Hallsta allé",
                "14,0 mnkr",
                "+",
                "periodisering",
                note="Nothing spent: the whole budget is the under-spend.",
            ),
        ),
        P(
            "Nämnden begär att 19,6 mnkr av de outnyttjade investeringsmedlen förs över till 2026.",
            O("Investeringar", note="A request to carry funds over: financing, other."),
        ),
        H("Kvalitet och service", 2),
        P(
            "Nöjd kund-index för bygglovshanteringen steg till 71, jämfört med 66 året innan.",
            O("Plan och bygg", note="A customer index against the previous year."),
        ),
    ]
    return ReportSpec(
        file="salem-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Salem",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Salems kommun"},
        style=style,
        blocks=blocks,
    )
