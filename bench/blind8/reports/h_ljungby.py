"""Ljungby kommun, Tekniska nämnden, månadsuppföljning juni 2026.

A technical committee's month report whose negative numbers carry a plain hyphen-minus, with a footer
carrying the arbetsutskott's meeting date in August: "beräknas gå back med 3,1 mnkr" with its two reasons
(snow clearing that "kostade mer än planerat", electricity prices; one item), the change since April in
the next sentence, and two verksamheter that "håller sina ramar" (two boilerplate items, same text); a
table in tkr with April's deviation; headings that carry the verksamhet and its signed amount ("Gata och
park -2,4 mnkr", "Mark och exploatering +0,5 mnkr"; the heading is part of the item): gata och park with a
part amount ("ca 1,9 mnkr") and its own change since April in a paragraph of its own, street lighting,
leases, and administration whose paragraph ends with "Prognosen … är oförändrad sedan april" (a
boilerplate forecast change); investments "11,0 mnkr lägre än budget" from a bridge waiting for a permit,
a project table whose "Avvikelse" is budget - prognos, and a cycle path that "blir dyrare än beräknat"
with no amount in the prose (the project row's "-1 100"); an action with its effect and a winter risk
(other). Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, F, O

HEAD = (
    "The heading carries the verksamhet and its amount (mnkr, hyphen-minus or plus) and is part of the item."
)


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "Tekniska nämnden"),
        footer=lambda n, m: (
            "Månadsuppföljning juni 2026",
            "Tekniska nämndens arbetsutskott 2026-08-18",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–jun", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Gata och park", "48 600", "27 900", "51 000", "-2 400", "-1 700"),
            ("Gatubelysning", "6 200", "3 700", "7 000", "-800", "-600"),
            ("Fastighet", "0", "-1 100", "0", "0", "0"),
            ("Kost", "3 100", "1 400", "3 100", "0", "0"),
            ("Mark och exploatering", "1 500", "400", "1 000", "500", "500"),
            ("Administration", "4 200", "2 150", "4 600", "-400", "-400"),
            ("Summa", "63 600", "34 450", "66 700", "-3 100", "-2 200"),
        ),
        widths=(140.0, 58.0, 72.0, 58.0, 60.0, 68.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    projects = Table(
        caption="Investeringar 2026, tkr (avvikelse = budget - prognos)",
        header=(("Projekt", "Budget", "Utfall jan–jun", "Prognos", "Avvikelse"),),
        rows=(
            ("Trollebergsbron", "18 000", "2 100", "6 500", "11 500"),
            ("GC-väg Replösa", "4 500", "3 900", "5 600", "-1 100"),
            ("Beläggningsprogram", "9 000", "4 200", "9 000", "0"),
            ("Tillagningskök Åbyskolan", "7 500", "600", "7 500", "0"),
            ("Övriga projekt", "6 000", "1 800", "5 400", "600"),
            ("Summa", "45 000", "12 600", "34 000", "11 000"),
        ),
        widths=(160.0, 60.0, 76.0, 60.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning juni 2026", size=19, font="arial-bold", after=4),
        Title("Tekniska nämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 1),
        PS(
            (
                "Tekniska nämnden beräknas gå back med 3,1 mnkr för 2026. Det beror främst på att vinterns "
                "snöröjning kostade mer än planerat och att elpriset för gatubelysningen har varit högre än "
                "budgeterat.",
                C(
                    None,
                    "3,1 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="'Gå back' for a deficit; snow (weather): ovrigt.",
                ),
            ),
            ("Det är 0,9 mnkr sämre än i prognosen efter april.", F(None, "0,9 mnkr", "-")),
            (
                "Kostenheten och fastighetsavdelningen håller sina ramar.",
                BP(
                    "Kost",
                    note="Two verksamheter 'håller sina ramar' in one sentence: two boilerplate items.",
                    also=(BP("Fastighet"),),
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och park -2,4 mnkr",
            "Snöröjning och halkbekämpning kostar ca 1,9 mnkr mer än budgeterat efter de snörika månaderna januari "
            "och februari. Resten av avvikelsen beror på dyrare asfaltmassa och på att slitlagerprogrammet har "
            "upphandlats till högre priser än förra året.",
            C(
                "Gata och park",
                "-2,4 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " ca 1,9 mnkr is a part.",
            ),
        ),
        P(
            "Jämfört med april har prognosen för gata och park försämrats med 0,7 mnkr, eftersom vinterväghållningen i "
            "mars blev dyrare än väntat.",
            F("Gata och park", "0,7 mnkr", "-", "ovrigt"),
        ),
        HP(
            "Gatubelysning -0,8 mnkr",
            "Elpriset under första halvåret har legat över den nivå som budgeten bygger på. Dessutom har reparationer "
            "efter påkörda belysningsstolpar blivit dyrare än beräknat.",
            C("Gatubelysning", "-0,8 mnkr", "-", "prisokningar", "ovrigt", note=HEAD),
        ),
        HP(
            "Mark och exploatering +0,5 mnkr",
            "Arrendeintäkterna blir högre än budgeterat efter omförhandlade avtal för jordbruksmark.",
            C("Mark och exploatering", "+0,5 mnkr", "+", "avgifter_intakter", note=HEAD),
        ),
        Para(
            (
                (
                    "Kostnaderna för en konsult som har ersatt den vakanta tjänsten som enhetschef för gata och park "
                    "ryms inte i budgeten.",
                    C("Administration", "-0,4 mnkr", "-", "inhyrd_personal", "vakanser", note=HEAD),
                ),
                (
                    "Prognosen för administrationen är oförändrad sedan april.",
                    BF(
                        "Administration",
                        note="'Oförändrad sedan april' after the cause: a boilerplate change.",
                    ),
                ),
            ),
            head="Administration -0,4 mnkr",
            head_level=3,
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas bli 34,0 mnkr, vilket är 11,0 mnkr lägre än budget. Det beror främst på "
            "att bygget av Trollebergsbron kan starta först när miljödomstolens tillstånd har vunnit laga kraft.",
            C(
                "Investeringar",
                "11,0 mnkr",
                "+",
                "periodisering",
                note="Investments under budget: a delayed bridge.",
            ),
        ),
        projects,
        P(
            "Gång- och cykelvägen i Replösa blir dyrare än beräknat. Markarbetena kostar mer än planerat, eftersom "
            "förorenade massor måste saneras i större omfattning än vad förundersökningen visade.",
            C(
                "GC-väg Replösa",
                "-1 100",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="An investment project over its budget, no amount in the prose: the project row's (tkr).",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har nämnden beslutat att skjuta upp underhållet av lokalgator i Lagan och "
            "Ryssby till 2027, vilket beräknas ge 0,6 mnkr lägre kostnader under hösten.",
            A("Gata och park", "0,6 mnkr", "periodisering"),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter en normal vinter under november och december. Blir hösten lika snörik som "
            "årets början kan underskottet för gata och park öka med upp till 1 mnkr.",
            O("Gata och park", "ovrigt", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="ljungby-tn-manadsuppfoljning-2026-06.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-06"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning juni 2026 Tekniska nämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
