"""Älmhults kommun, Tekniska nämnden, månadsrapport juni 2026.

A technical committee's half-year month report in tkr and mnkr whose tables write the minus sign apart from
the number ("- 1 450"), footer with the nämnd's meeting date in August: the tax-financed activities' full
year "en prognos för helåret på −1,6 mnkr" followed by "Prognosen är oförändrad jämfört med april"
(boilerplate), the period to June against the periodised budget in a paragraph of its own; bold
run-in verksamheter with a full stop: winter road maintenance "överskrider därmed budget med 1,45 miljoner
kronor" (two decimals), energy "cirka 950 tkr lägre än budgeterat", kitchens with reasons only (the row's
"- 320"), an ice rink closed for repairs "ett underskott på 780 tkr" and "Verksamheten följer budget"
(boilerplate); the fee-financed water and waste activities, each with its deviation and a sentence on its
resultatfond (other); an investment table whose deviation is "prognos minus budget" ("+2,4" is an overrun)
and one sentence with an overrun and a delay as two items; an action with its effect. 10 scored causes.
DejaVu Serif Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, PageBreak, ReportSpec, Space, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

FUND = "The fee-financed result goes to its resultatfond: a reserve statement, other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Älmhults kommun – Tekniska förvaltningen", "Månadsrapport juni 2026"),
        footer=lambda n, m: ("Tekniska nämnden 2026-08-26", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Skattefinansierad verksamhet, helårsprognos i tkr (avvikelse = budget − prognos)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Teknisk administration", "8 900", "8 900", "0"),
            ("Gata och park", "21 300", "22 750", "- 1 450"),
            ("Fastighet", "6 200", "5 250", "950"),
            ("Lokalvård och måltider", "3 100", "3 420", "- 320"),
            ("Fritidsanläggningar", "9 800", "10 580", "- 780"),
            ("Summa", "49 300", "50 900", "- 1 600"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    fees = Table(
        caption="Taxefinansierad verksamhet, resultat i tkr",
        header=(("Verksamhet", "Budgeterat resultat", "Prognos", "Avvikelse"),),
        rows=(
            ("Vatten och avlopp", "0", "2 100", "2 100"),
            ("Avfall", "0", "- 800", "- 800"),
        ),
        widths=(170.0, 100.0, 70.0, 70.0),
        rules=True,
        size=8.5,
    )
    investments = Table(
        caption="Investeringsprojekt 2026, mnkr (avvikelse = prognos minus budget)",
        header=(("Projekt", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Klöverskolan, kök och matsal", "12,0", "14,4", "+2,4"),
            ("Överföringsledning VA till Diö", "9,5", "3,5", "- 6,0"),
            ("Gång- och cykelvägar", "4,0", "4,0", "0,0"),
            ("Summa", "25,5", "21,9", "- 3,6"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({3}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport juni 2026", size=18, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet visar en prognos för helåret på −1,6 mnkr.",
                C(
                    "Skattefinansierad verksamhet",
                    "−1,6 mnkr",
                    "-",
                    note="'En prognos … på −1,6 mnkr' is the deviation (the table's '- 1 600').",
                ),
            ),
            ("Prognosen är oförändrad jämfört med april.", BF("Skattefinansierad verksamhet")),
        ),
        P(
            "Utfallet för januari–juni visar ett underskott på 2,3 mnkr mot periodiserad budget, där vinterns "
            "kostnader väger tyngst.",
            C(
                "Skattefinansierad verksamhet",
                "2,3 mnkr",
                "-",
                "ovrigt",
                note="The period in a paragraph of its own: a cause. Winter costs are ovrigt.",
            ),
        ),
        operations,
        Space(6),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Gata och park.",
            "Vintern gav fler plogtillfällen än normalt i januari och februari, och saltinköpen blev dyrare än "
            "planerat. Vinterväghållningen överskrider därmed budget med 1,45 miljoner kronor.",
            C(
                "Gata och park",
                "1,45 miljoner kronor",
                "-",
                "ovrigt",
                "prisokningar",
                note="Two decimals. Snow is ovrigt.",
            ),
        ),
        LP(
            "Fastighet.",
            "Energikostnaderna för kommunens fastigheter blir cirka 950 tkr lägre än budgeterat, tack vare ett "
            "lägre elpris och att solcellsanläggningen på Klöverskolan har kommit i drift.",
            C(
                "Fastighet",
                "cirka 950 tkr",
                "+",
                "prisokningar",
                note="Lower electricity prices: prisokningar.",
            ),
        ),
        LP(
            "Lokalvård och måltider.",
            "Kostenheten har fått högre livsmedelskostnader, vilket bara delvis har kompenserats genom höjda "
            "portionspriser till skolorna.",
            C(
                "Lokalvård och måltider",
                "- 320",
                "-",
                "prisokningar",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell as printed, the minus sign apart.",
            ),
        ),
        LP(
            "Fritidsanläggningar.",
            "Ishallen var stängd i sex veckor under vintern för reparation av kylsystemet. Intäktsbortfallet från "
            "uthyrningen och reparationskostnaden ger sammantaget ett underskott på 780 tkr.",
            C(
                "Fritidsanläggningar",
                "780 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="A repair closure is ovrigt.",
            ),
        ),
        LP("Teknisk administration.", "Verksamheten följer budget.", BP("Teknisk administration")),
        H("Taxefinansierad verksamhet", 2),
        fees,
        PS(
            (
                "VA-verksamheten beräknas gå 2,1 mnkr bättre än budget, eftersom förbrukningsavgifterna har blivit "
                "högre efter den varma och torra försommaren.",
                C(
                    "Vatten och avlopp",
                    "2,1 mnkr",
                    "+",
                    "avgifter_intakter",
                    "ovrigt",
                    note="Weather is ovrigt.",
                ),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond och påverkar inte nämndens resultat.",
                O("Vatten och avlopp", "reserver", note=FUND),
            ),
        ),
        PS(
            (
                "Avfallsverksamheten räknar med ett underskott på 0,8 mnkr, eftersom behandlingsavgiften för "
                "matavfall vid den regionala biogasanläggningen höjdes från den 1 april.",
                C("Avfall", "0,8 mnkr", "-", "prisokningar"),
            ),
            ("Underskottet täcks av avfallskollektivets resultatfond.", O("Avfall", "reserver", note=FUND)),
        ),
        PageBreak(),
        H("Investeringar", 2),
        investments,
        P(
            "Om- och tillbyggnaden av köket på Klöverskolan beräknas kosta 2,4 mnkr mer än budgeterat på grund av "
            "högre entreprenadpriser, medan överföringsledningen för VA till Diö förskjuts och förbrukar 6,0 mnkr "
            "mindre än budget under året.",
            C(
                "Klöverskolan, kök och matsal",
                "2,4 mnkr",
                "-",
                "prisokningar",
                note="Two investment projects with their own amounts in one sentence: two items. The table's '+2,4' "
                "is more spending: negative.",
                also=(C("Överföringsledning VA till Diö", "6,0 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att hålla nere kostnaderna under hösten har nämnden beslutat att skjuta planerat "
            "beläggningsunderhåll på gång- och cykelvägar till 2027, vilket minskar kostnaderna med 500 tkr.",
            A("Gata och park", "500 tkr"),
        ),
    ]
    return ReportSpec(
        file="almhult-tn-manadsrapport-2026-06.pdf",
        report={
            "municipality": "Älmhult",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-06"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport juni 2026 Tekniska nämnden", "author": "Älmhults kommun"},
        style=style,
        blocks=blocks,
    )
