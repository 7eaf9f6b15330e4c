"""Simrishamns kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A technical committee's year-end report (period = the year), footer with the date the nämnd adopted it in
February: a net-cost table for the tax-financed activities in tkr ("negativt belopp = sämre än budget") and a
result table for water and waste; the tax-financed total "2,9 mnkr bättre än budget"; sections under plain
headings that open with the amount in shapes such as "överskred budget med 1 750 tkr" (with a part, "drygt 1,1
mnkr", inside) and "Här blev nettokostnaden 1 420 tkr lägre än budgeterat"; a reason-only section that takes
its row's cell ("2 830"), one row with no comment (unlabelled); water and sewerage "ett underskott mot budget
på 3,6 mnkr" and waste "ett överskott om 1 120 tkr", each followed in the same paragraph by the fund that
covers or receives it (other); an investment table whose deviation is utfall minus budget ("−" = less
spending): the total from the table's Summa row ("−11 360", no prose amount), two projects as a "respektive"
pair ("10,6 respektive 4,2 mnkr mindre") and the new pier "3,5 mnkr dyrare än kalkylerat" (an overrun); a
tariff rise decided to restore the balance (an action) and permit volumes against last year (other).
Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Simrishamns kommun", "Verksamhetsberättelse 2025 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Antagen av samhällsbyggnadsnämnden 2026-02-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    tax = Table(
        caption="Skattefinansierad verksamhet, nettokostnad tkr (negativt belopp = sämre än budget)",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Gata, park och hamn", "38 400", "40 150", "−1 750"),
            ("Fysisk planering och bygglov", "6 900", "5 480", "1 420"),
            ("Fastighetsförvaltning", "4 200", "1 370", "2 830"),
            ("Kart och mät", "2 100", "1 700", "400"),
            ("Summa skattefinansierat", "51 600", "48 700", "2 900"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    fee = Table(
        caption="Taxefinansierad verksamhet, resultat tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Vatten och avlopp", "0", "−3 640", "−3 640"),
            ("Renhållning", "0", "1 120", "1 120"),
            ("Summa taxefinansierat", "0", "−2 520", "−2 520"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({2}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringar 2025, tkr (avvikelse = utfall minus budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kiviks hamn, ny pir", "12 000", "15 480", "+3 480"),
            ("Avloppsreningsverket, etapp 2", "28 500", "17 900", "−10 600"),
            ("Gång- och cykelväg Simrishamn–Brantevik", "6 500", "2 300", "−4 200"),
            ("Lekplatser", "1 800", "1 760", "−40"),
            ("Summa", "48 800", "37 440", "−11 360"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="narrow", after=12),
        H("Året som gått", 1),
        P(
            "Året präglades av stormen den 2 november, som slog ut elen på stora delar av Österlen och orsakade "
            "skador på hamnar och parker. Detaljplanen för Tobisvik vann laga kraft och arbetet med den nya "
            "översiktsplanen gick in i samrådsskedet."
        ),
        H("Ekonomi", 1),
        H("Skattefinansierad verksamhet", 2),
        P(
            "Nämndens skattefinansierade verksamhet redovisar ett resultat som är 2,9 mnkr bättre än budget.",
            C("Skattefinansierad verksamhet", "2,9 mnkr", "+", note="No reason given."),
        ),
        tax,
        H("Gata, park och hamn", 3),
        P(
            "Verksamheten överskred budget med 1 750 tkr. Stormen i november skadade hamnpiren i Kivik och ett "
            "stort antal parkträd, och de akuta åtgärderna kostade drygt 1,1 mnkr. Därtill blev "
            "vinterväghållningen dyrare än normalt under januari och februari.",
            C(
                "Gata, park och hamn",
                "1 750 tkr",
                "-",
                "ovrigt",
                note="Storm and winter maintenance: ovrigt. The 1,1 mnkr for the storm is a part.",
            ),
        ),
        H("Fysisk planering och bygglov", 3),
        P(
            "Här blev nettokostnaden 1 420 tkr lägre än budgeterat. Bygglovsintäkterna överträffade "
            "förväntningarna tack vare flera stora ärenden i fritidshusområdena, samtidigt som en tjänst som "
            "planarkitekt var obesatt halva året.",
            C("Fysisk planering och bygglov", "1 420 tkr", "+", "avgifter_intakter", "vakanser"),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Det planerade underhållet av Borrbyskolans tak har skjutits till 2026 i väntan på beslut om skolans "
            "framtid. Även energikostnaderna blev lägre än budgeterat till följd av sjunkande elpriser.",
            C(
                "Fastighetsförvaltning",
                "2 830",
                "+",
                "periodisering",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's deviation (tkr).",
            ),
        ),
        H("Taxefinansierad verksamhet", 2),
        fee,
        Para(
            (
                (
                    "VA-verksamheten redovisar ett underskott mot budget på 3,6 mnkr. Kostnaderna för kemikalier och "
                    "el i avloppsreningsverket har fortsatt att stiga, och två ledningsbrott i Gärsnäs under "
                    "sommaren krävde omfattande reparationer.",
                    C(
                        "Vatten och avlopp",
                        "3,6 mnkr",
                        "-",
                        "prisokningar",
                        "ovrigt",
                        note="Burst mains are ovrigt.",
                    ),
                ),
                (
                    "Underskottet täcks av VA-kollektivets resultatutjämningsfond, som efter årets uttag uppgår till "
                    "2,1 mnkr.",
                    O("Vatten och avlopp", "reserver", note="The fund that covers the deficit: other."),
                ),
            )
        ),
        Para(
            (
                (
                    "Renhållningen gick med ett överskott om 1 120 tkr, främst på grund av högre intäkter från "
                    "försäljning av återvinningsmaterial.",
                    C("Renhållning", "1 120 tkr", "+", "avgifter_intakter"),
                ),
                ("Överskottet avsätts till renhållningsfonden.", O("Renhållning", "reserver")),
            )
        ),
        H("Investeringar", 2),
        P(
            "Av en investeringsbudget på 48,8 mnkr har 37,4 mnkr upparbetats under året.",
            C(
                "Investeringar",
                "−11 360",
                "+",
                unit="tkr",
                table=True,
                note="Investment under-spending: budget and outcome are levels, the deviation only in the table's "
                "Summa row, where '−' is less spending.",
            ),
        ),
        investments,
        P(
            "Avloppsreningsverket och cykelvägen till Brantevik har förskjutits och har kostat 10,6 respektive "
            "4,2 mnkr mindre än budgeterat under året, reningsverket på grund av en överprövad upphandling och "
            "cykelvägen i väntan på markåtkomst.",
            C(
                "Avloppsreningsverket, etapp 2",
                "10,6",
                "+",
                "periodisering",
                unit="mnkr",
                note="A 'respektive' pair: two items, the unit written once.",
                also=(C("Gång- och cykelväg Simrishamn–Brantevik", "4,2 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Den nya piren i Kivik blev däremot 3,5 mnkr dyrare än kalkylerat. Stormskadorna i november krävde en "
            "förstärkning av konstruktionen innan arbetet kunde slutföras.",
            C(
                "Kiviks hamn, ny pir",
                "3,5 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun after storm damage.",
            ),
        ),
        H("Framåtblick", 1),
        P(
            "Kommunfullmäktige har beslutat att höja VA-taxan med 12 procent från den 1 januari 2026 för att "
            "återställa balansen i VA-kollektivet.",
            A(
                "Vatten och avlopp",
                None,
                "avgifter_intakter",
                note="A tariff rise decided to restore balance: an action.",
            ),
        ),
        P(
            "Antalet inkomna bygglovsärenden var 612, vilket är 14 procent fler än 2024.",
            O("Fysisk planering och bygglov", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="simrishamn-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Simrishamn",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden",
            "author": "Simrishamns kommun",
        },
        style=style,
        blocks=blocks,
    )
