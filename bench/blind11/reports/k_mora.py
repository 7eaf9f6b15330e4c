"""Mora kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in tkr and mnkr (period = the year), footer with the date the nämnd
adopted it in February: the tax-financed result "slutar på ett överskott på 0,4 mnkr jämfört med budget" with
snow as the cause, the outcome against the interim report's forecast with its cause (a forecast change
whose amount, 1,9 mnkr, is never written: null); a table with the previous year's outcome beside the budget
(not the deviation); headings that carry the area and the amount in brackets ("Vinterväghållning (−2,9
mnkr)") with counts of ploughings that are not amounts, a part ("underhåll för 2,1 mnkr") that is not the
amount, "gick 0,5 mnkr back" without a heading amount, a reason-only paragraph (the table row's "450"); the
fee-financed water service "1,8 mnkr bättre än budget" and its fund (other); investments "avvikelsen på 13,4
mnkr" and two projects "7,9 respektive 3,8 mnkr begärs ombudgeterade", a project overrun from contaminated
soil; a recurring-overrun outlook (other). Liberation Sans Narrow 10.5 pt, two columns for the areas.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, C, F, O

HEAD = "The heading carries the area and the amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Mora kommun – Tekniska nämnden", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Antagen av tekniska nämnden 2026-02-12, § 9", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (avvikelse: positivt = bättre än budget)",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "6 200", "5 780", "420", "6 010"),
            ("Gator och vägar", "21 400", "22 200", "-800", "20 880"),
            ("Vinterväghållning", "14 000", "16 900", "-2 900", "12 300"),
            ("Parker och friluftsområden", "9 800", "9 350", "450", "9 620"),
            ("Fastighetsförvaltning", "12 600", "8 920", "3 680", "11 150"),
            ("Måltidsservice", "38 900", "39 360", "-460", "37 240"),
            ("Summa skattefinansierat", "102 900", "102 510", "390", "97 200"),
        ),
        widths=(150.0, 72.0, 72.0, 64.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Den skattefinansierade verksamheten slutar på ett överskott på 0,4 mnkr jämfört med budget. Ett stort "
            "överskott inom fastighetsförvaltningen vägde upp de höga kostnaderna för snöröjning under januari och "
            "februari.",
            C(None, "0,4 mnkr", "+", "ovrigt", note="Snow is ovrigt."),
        ),
        P(
            "I delårsrapporten i augusti prognostiserades ett underskott på 1,5 mnkr. Att utfallet blev bättre beror "
            "främst på att planerat underhåll av Strandbadet och Tingshuset inte hann genomföras under hösten.",
            F(
                None,
                None,
                "+",
                "periodisering",
                note="The outcome against the interim forecast: the change (1,9 mnkr) is never written, and 1,5 is "
                "the earlier forecast, not the change: null.",
            ),
        ),
        table,
        H("Verksamheterna", 2),
        Columns(2),
        HP(
            "Vinterväghållning (−2,9 mnkr)",
            "Vintern 2024/2025 gav ovanligt många snöfall i januari och februari, med 41 plogningstillfällen mot "
            "normalt 25. Entreprenörernas ersättning räknades dessutom upp med 6 procent enligt avtalets index.",
            C("Vinterväghållning", "−2,9 mnkr", "-", "ovrigt", "prisokningar", note=HEAD),
        ),
        HP(
            "Gator och vägar (−0,8 mnkr)",
            "Kostnaderna för gatubelysningen blev högre än beräknat efter flera kabelfel i Noret, och asfaltsarbetena "
            "blev dyrare när bitumenpriset steg under sommaren.",
            C(
                "Gator och vägar",
                "−0,8 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " Cable faults are damage: ovrigt.",
            ),
        ),
        HP(
            "Fastighetsförvaltning (+3,7 mnkr)",
            "Överskottet beror på att planerat underhåll för 2,1 mnkr har skjutits till 2026, på lägre energipriser "
            "och på att hyresintäkterna från Sparbanksfastigheten har ökat sedan lokalerna hyrdes ut till en privat "
            "vårdgivare i april.",
            C(
                "Fastighetsförvaltning",
                "+3,7 mnkr",
                "+",
                "periodisering",
                "prisokningar",
                "avgifter_intakter",
                note=HEAD + " The 2,1 mnkr of postponed maintenance is a part, not the amount.",
            ),
        ),
        H("Måltidsservice", 3),
        P(
            "Måltidsservice gick 0,5 mnkr back, vilket främst förklaras av att livsmedelspriserna blev högre än vad "
            "som fanns med i budgeten.",
            C("Måltidsservice", "0,5 mnkr", "-", "prisokningar"),
        ),
        H("Parker och friluftsområden", 3),
        P(
            "Inom parker och friluftsområden blev kostnaderna lägre än budget, eftersom en tjänst som parkarbetare "
            "stod obesatt hela sommaren.",
            C(
                "Parker och friluftsområden",
                "450",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's amount.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Vatten och avlopp", 2),
        P(
            "VA-verksamheten, som finansieras helt av avgifter, redovisar ett resultat som är 1,8 mnkr bättre än "
            "budget. Förbrukningsavgifterna blev högre än beräknat, eftersom den torra sommaren ökade "
            "vattenförbrukningen.",
            C(
                "Vatten och avlopp",
                "1,8 mnkr",
                "+",
                "avgifter_intakter",
                "ovrigt",
                note="A dry summer is weather: ovrigt.",
            ),
        ),
        P(
            "Överskottet har förts till VA-kollektivets resultatfond, som efter bokslutet uppgår till 6,4 mnkr.",
            O("Vatten och avlopp", "reserver", note="The surplus put to the fund: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade en investeringsbudget på 48,6 mnkr för 2025 och förbrukade 35,2 mnkr. Avvikelsen på 13,4 "
            "mnkr består främst av projekten Ny bro över Östnorsån och Reservvattentäkt Selja, där 7,9 respektive "
            "3,8 mnkr begärs ombudgeterade till 2026.",
            C(
                "Investeringar",
                "13,4 mnkr",
                "+",
                note="Investment under-spending; the projects named in the same sentence are their own items.",
                also=(
                    C(
                        "Ny bro över Östnorsån",
                        "7,9",
                        "+",
                        "periodisering",
                        unit="mnkr",
                        note="A 'respektive' pair of projects carried over to 2026.",
                    ),
                    C("Reservvattentäkt Selja", "3,8 mnkr", "+", "periodisering"),
                ),
            ),
        ),
        P(
            "Ombyggnaden av förrådet vid Kråkberg överskred däremot projektbudgeten med 0,9 mnkr, sedan "
            "markföroreningar upptäcktes vid schaktningen.",
            C(
                "Förrådet vid Kråkberg",
                "0,9 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun; contaminated soil.",
            ),
        ),
        H("Framtid", 2),
        P(
            "Kostnaderna för vinterväghållning har överskridit budget fyra av de senaste fem åren. Nämnden bedömer att "
            "ramen för vinterväghållningen behöver ses över inför 2027.",
            O("Vinterväghållning", note="A recurring overrun over the years and an outlook: other."),
        ),
    ]
    return ReportSpec(
        file="mora-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
