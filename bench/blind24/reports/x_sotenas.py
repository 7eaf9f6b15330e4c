"""Sotenäs kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in tkr and mnkr, footer with the nämnd's adoption date in
February: the net cost and the budget as levels before "Ramen har därmed överskridits med 2,4 mnkr"; a net
cost table whose deviation is outcome minus budget (a positive number is a deficit, "−430" a surplus) with a
column for 2024; headed verksamheter: storm and electricity "Sammantaget överskreds budgeten med 1 750 tkr",
harbours "visar ett underskott på 1,24 mnkr" with a repair's 0,6 mnkr inside (a part) and an action raising
fees, a reason-only property area (the cell "−430", positive), and "höll i allt väsentligt sin budget"
(boilerplate); the tax-financed water and sewage surplus against "ett budgeterat nollresultat" and its
transfer to a fund (other), waste "ett underskott på 0,9 mnkr mot budget, orsakat av" followed by its fund
cover (other); investments "38,6 mnkr mot en budget på 52,0 mnkr" (13,4 never written out), then two
projects in one sentence: a pipeline "4,2 mnkr dyrare än kalkylerat" and a quay that "inte kom igång" (amount
null); and the net cost against 2024 (other). 9 scored causes. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


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
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Sotenäs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Tekniska nämnden", "Antagen 2026-02-12", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och förvaltningsledning", "4 120", "3 860", "−260", "3 910"),
            ("Gata och park", "14 300", "16 050", "1 750", "14 820"),
            ("Hamnar", "3 450", "4 690", "1 240", "3 120"),
            ("Fastighet", "21 800", "21 370", "−430", "22 640"),
            ("Kost och lokalvård", "15 330", "15 430", "100", "14 980"),
            ("Summa", "59 000", "61 400", "2 400", "59 470"),
        ),
        widths=(150.0, 70.0, 70.0, 62.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Tekniska nämnden", size=13, font="narrow", after=12),
        H("Året i korthet", 2),
        P(
            "Året präglades av stormen i oktober, en regnig sommar med färre besökare i gästhamnarna och arbetet med "
            "den nya överföringsledningen för avloppsvatten mellan Kungshamn och Bovallstrand."
        ),
        H("Ekonomiskt utfall", 1),
        P(
            "Tekniska nämnden redovisar för 2025 en nettokostnad på 61,4 mnkr, att jämföra med en budget på 59,0 "
            "mnkr. Ramen har därmed överskridits med 2,4 mnkr, medan det taxefinansierade vatten- och "
            "avloppskollektivet visar ett överskott.",
            C(
                None,
                "2,4 mnkr",
                "-",
                note="Net cost and budget are levels. The water surplus is named without an amount (its own item below).",
            ),
        ),
        table,
        P(
            "Avvikelse = utfall minus budget. Ett positivt tal innebär en högre nettokostnad än budgeterat.",
            size=8.5,
        ),
        H("Kommentarer per verksamhet", 2),
        H("Gata och park", 3),
        P(
            "Halkbekämpningen i januari och röjningen efter stormen i oktober kostade mer än budgeterat, och elpriset "
            "för gatubelysningen låg över den nivå som budgeten byggde på. Sammantaget överskreds budgeten med 1 750 "
            "tkr.",
            C("Gata och park", "1 750 tkr", "-", "ovrigt", "prisokningar", note="Storm and ice: ovrigt."),
        ),
        H("Hamnar", 3),
        P(
            "Hamnarna visar ett underskott på 1,24 mnkr. Gästhamnsintäkterna i Smögen och Kungshamn blev lägre efter "
            "den regniga sommaren, och en akut reparation av bryggan i Hunnebostrand belastade driften med 0,6 mnkr.",
            C(
                "Hamnar",
                "1,24 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="The repair's 0,6 mnkr is a part, not the deviation.",
            ),
        ),
        P(
            "Inför säsongen 2026 har nämnden höjt gästhamnsavgifterna med tio procent.",
            A("Hamnar", None, "avgifter_intakter"),
        ),
        H("Fastighet", 3),
        P(
            "Takbytet på Smögens förskola har skjutits till våren 2026 eftersom entreprenören inte kunde starta under "
            "hösten, och kostnaderna för planerat underhåll blev därför lägre än budgeterat.",
            C(
                "Fastighet",
                "−430",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell as printed, negative because the deviation is outcome minus "
                "budget, so positive.",
            ),
        ),
        H("Kost och lokalvård", 3),
        P(
            "Verksamheten höll i allt väsentligt sin budget.",
            BP("Kost och lokalvård", note="+100 in the table."),
        ),
        H("Taxefinansierad verksamhet", 2),
        P(
            "VA-kollektivet redovisar ett överskott på 2,7 mnkr mot ett budgeterat nollresultat. "
            "Anläggningsavgifterna från de nya fritidshusområdena i Väjern blev högre än beräknat, och priset på "
            "fällningskemikalier till reningsverken sjönk under året.",
            C("Vatten och avlopp", "2,7 mnkr", "+", "avgifter_intakter", "prisokningar"),
        ),
        P(
            "Överskottet förs till VA-kollektivets resultatfond, som därefter uppgår till 6,1 mnkr.",
            O("Vatten och avlopp", "reserver", note="A transfer to a fund: other."),
        ),
        PS(
            (
                "Renhållningen redovisar ett underskott på 0,9 mnkr mot budget, orsakat av högre behandlingsavgifter "
                "för restavfall och fler tömningar av fritidshusens kärl under sommaren.",
                C("Renhållning", "0,9 mnkr", "-", "prisokningar", "volymer"),
            ),
            (
                "Underskottet täcks av renhållningsfonden.",
                O("Renhållning", "reserver", note="Fund cover in the same paragraph: its own item."),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringar uppgick till 38,6 mnkr mot en budget på 52,0 mnkr.",
                C(
                    "Investeringar",
                    "38,6 mnkr mot en budget på 52,0 mnkr",
                    "+",
                    value=13_400_000,
                    note="Investment under-spending of 13,4 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Överföringsledningen mellan Kungshamn och Bovallstrand blev 4,2 mnkr dyrare än kalkylerat på grund av "
                "oväntat mycket bergschakt, medan ombyggnaden av kajen i Smögen inte kom igång och föreslås "
                "ombudgeteras till 2026.",
                C(
                    "Överföringsledning Kungshamn–Bovallstrand",
                    "4,2 mnkr",
                    "-",
                    "ovrigt",
                    note="Two projects in one sentence: two items. Rock excavation: ovrigt.",
                    also=(
                        C(
                            "Kajen i Smögen",
                            None,
                            "+",
                            "periodisering",
                            note="A delayed project with no amount of its own: null.",
                        ),
                    ),
                ),
            ),
        ),
        H("Jämfört med 2024", 2),
        P(
            "Nettokostnaden ökade med 1,9 mnkr jämfört med 2024, främst inom gata och park där vinterkostnaderna var "
            "ovanligt låga föregående år.",
            O(None, note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sotenas-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Sotenäs",
            "committee": ["Tekniska nämnden"],
            "period": ["2025"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Sotenäs kommun"},
        style=style,
        blocks=blocks,
    )
