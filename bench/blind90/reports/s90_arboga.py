"""Arboga kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in tkr and mnkr (Liberation Sans, so no semicolons), footer
with the date the nämnd adopted it in February: the result "ett överskott mot budget på 1,1 mnkr" and, in the
next sentence, the outcome "0,7 mnkr bättre än prognosen i delårsrapporten" with its cause (a forecast
change); a table with hyphen-minus ("-430"); bold run-in verksamheter ending in a full stop, one opening "Kulturskolan
redovisar ett överskott på 550 tkr", one "Kostnaderna översteg budget med 430 tkr", two verksamheter as a
"respektive" pair under one lead ("210 respektive 160 tkr"), a reason-only closure (the row's "440") and "i
nivå med budget" beside a row of 170 (boilerplate); visitors against 2024 (other); investments "Resterande 0,8
mnkr" after the budget and the outcome; a proposal to carry part of the surplus over (reserve talk, other)
and a fee rise with its yearly effect (action). 7 scored causes. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Arboga kommun", ""),
        footer=lambda n, m: ("Verksamhetsberättelse 2025 – Kultur- och fritidsnämnden", "", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "3 150", "2 980", "170"),
            ("Bibliotek", "9 420", "9 210", "210"),
            ("Kulturskola", "6 880", "6 330", "550"),
            ("Allmänkultur och evenemang", "4 260", "4 690", "-430"),
            ("Idrottsanläggningar", "17 540", "17 100", "440"),
            ("Fritidsgårdar", "5 350", "5 190", "160"),
            ("Summa", "46 600", "45 500", "1 100"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=4),
        Title("Fastställd av nämnden 2026-02-12, § 8", size=9, font="arial-italic", after=14),
        H("Årets viktigaste händelser", 2),
        P(
            "Under året firade biblioteket sitt 100-årsjubileum med en utställning om stadens bokhandlare, och "
            "kulturskolan startade kurser i dans för de yngsta eleverna. Simhallen hade rekordmånga besök i juli."
        ),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar ett överskott mot budget på 1,1 mnkr för 2025.",
                C(None, "1,1 mnkr", "+"),
            ),
            (
                "Det är 0,7 mnkr bättre än prognosen i delårsrapporten, främst för att hyran för kulturhuset blev "
                "lägre efter en omförhandling av avtalet.",
                F(None, "0,7 mnkr", "+", "lokaler", note="The outcome against the interim forecast."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Kulturskola.",
            "Kulturskolan redovisar ett överskott på 550 tkr. Två tjänster som instrumentlärare var vakanta under "
            "vårterminen, och avgiftsintäkterna blev högre när fler elever tog plats i de nya danskurserna.",
            C("Kulturskola", "550 tkr", "+", "vakanser", "avgifter_intakter"),
        ),
        LP(
            "Allmänkultur och evenemang.",
            "Kostnaderna översteg budget med 430 tkr. Stadsfesten i augusti blev dyrare än planerat när kraven på "
            "säkerhet skärptes och artistgagerna ökade.",
            C("Allmänkultur och evenemang", "430 tkr", "-", "prisokningar", "ovrigt"),
        ),
        LP(
            "Bibliotek och fritidsgårdar.",
            "Biblioteket och fritidsgårdarna visar överskott om 210 respektive 160 tkr, båda till följd av "
            "vakanser under hösten.",
            C(
                "Bibliotek",
                "210",
                "+",
                "vakanser",
                unit="tkr",
                note="Two verksamheter as a 'respektive' pair under one lead: two items, the unit written once.",
                also=(C("Fritidsgårdar", "160 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Idrottsanläggningar.",
            "Ishallen var stängd i sex veckor under våren för byte av kylaggregat, vilket gav lägre driftkostnader.",
            C(
                "Idrottsanläggningar",
                "440",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason-only paragraph: the row's cell. A closure for repair is ovrigt.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Utfallet är i nivå med budget.",
            BP("Nämnd och förvaltningsledning", note="Although the row says 170."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i simhallen ökade med 8 procent jämfört med 2024, vilket främst beror på den varma "
            "sommaren.",
            O("Idrottsanläggningar", "volymer", note="Visits against the previous year."),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget om 2,4 mnkr förbrukades 1,6 mnkr. Resterande 0,8 mnkr avser "
            "belysningen vid motionsspåret, som har senarelagts till 2026.",
            C("Investeringar", "0,8 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden föreslår att 500 tkr av årets överskott förs över till 2026 för att finansiera "
            "jubileumsåret för Arboga teater.",
            O(None, "reserver", note="Carrying part of the surplus over: financing, other."),
        ),
        P(
            "Nämnden har beslutat att höja avgifterna i kulturskolan från höstterminen 2026, vilket beräknas ge "
            "120 tkr per år.",
            A("Kulturskola", "120 tkr", "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="arboga-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Arboga kommun",
        },
        style=style,
        blocks=blocks,
    )
