"""Nynäshamns kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A technical committee's year-end report adopted in February: the tax-financed result "−3,4 mnkr jämfört med
budget", the outcome against the interim forecast with a snow cause (a forecast change); a verksamhet table in
tkr with hyphen-minus deficits ("-3 700"); two columns of plain headings: streets with "lämnar ett underskott
på 3,7 mnkr" and a part for snow clearing inside ("2,4 mnkr över budget", a part), parks reason-only (the row's
"-700"), building-permit revenue "1,15 mnkr lägre än budgeterat", land development and maps as a "respektive"
pair where only the second gets a reason ("det senare"), the administration's possessive surplus "om 550 tkr";
then fee-financed water and sewage with its fund transfer in a paragraph of its own (other), investments "22,4
mnkr" under budget with an appeal delaying a project and a bus-square overrun from contaminated soil, an
action without an effect and goals with "beror på vakanser" (other). DejaVu Serif 9.5 pt with DejaVu Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        gutter=22.0,
        header=lambda n, m: ("Nynäshamns kommun", "Verksamhetsberättelse 2025 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Antagen av samhällsbyggnadsnämnden 2026-02-18", "", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning skattefinansierad verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "8 900", "8 350", "550"),
            ("Gata och trafik", "42 600", "46 300", "-3 700"),
            ("Park och natur", "14 200", "14 900", "-700"),
            ("Plan och bygg", "6 800", "7 950", "-1 150"),
            ("Mark och exploatering", "2 100", "1 500", "600"),
            ("Kart och GIS", "3 400", "2 400", "1 000"),
            ("Summa", "78 000", "81 400", "-3 400"),
        ),
        widths=(180.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12.5, font="serif-italic", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Samhällsbyggnadsnämndens skattefinansierade verksamhet redovisar ett resultat på −3,4 mnkr jämfört "
            "med budget.",
            C(None, "−3,4 mnkr", "-"),
        ),
        P(
            "Resultatet är 1,1 mnkr sämre än prognosen i delårsrapporten, vilket främst beror på kostnaderna för "
            "snöröjning och halkbekämpning i december.",
            F(
                None,
                "1,1 mnkr",
                "-",
                "ovrigt",
                note="The outcome against the interim forecast: a forecast change.",
            ),
        ),
        table,
        Columns(2),
        H("Gata och trafik", 3),
        P(
            "Gata och trafik lämnar ett underskott på 3,7 mnkr. Vintern krävde fler utryckningar för snöröjning och "
            "halkbekämpning än ett normalår, totalt 2,4 mnkr över budget. Därtill har elkostnaderna för "
            "gatubelysningen ökat.",
            C(
                "Gata och trafik",
                "3,7 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow (ovrigt) and electricity (prisokningar); the 2,4 mnkr for snow is a part.",
            ),
        ),
        H("Park och natur", 3),
        P(
            "Driften av den nya stadsdelsparken Humlebacken har inte fått någon utökad ram, och skötseln av "
            "grönytorna kring de nya bostadsområdena har tagits över från exploatören under året.",
            C(
                "Park och natur",
                "-700",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell. Unfunded running costs: ovrigt.",
            ),
        ),
        H("Plan och bygg", 3),
        P(
            "Intäkterna från bygglov blev 1,15 mnkr lägre än budgeterat, eftersom antalet ansökningar om "
            "nybyggnad minskade kraftigt under året.",
            C("Plan och bygg", "1,15 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Mark och exploatering, Kart och GIS", 3),
        P(
            "Mark och exploatering samt Kart och GIS redovisar överskott på 0,6 respektive 1,0 mnkr, det senare "
            "främst tack vare försäljning av geodata och en vakant tjänst som GIS-ingenjör.",
            C(
                "Mark och exploatering",
                "0,6",
                "+",
                unit="mnkr",
                note="A 'respektive' pair where only the second gets a reason: two items, the first without tags.",
                also=(C("Kart och GIS", "1,0 mnkr", "+", "avgifter_intakter", "vakanser"),),
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Förvaltningsledningens överskott om 550 tkr förklaras av lägre kostnader för nämndens arvoden och "
            "för utbildning.",
            C("Nämnd och förvaltningsledning", "550 tkr", "+", "ovrigt", note="Nämnd members' fees: ovrigt."),
        ),
        PageBreak(),
        Columns(1),
        H("Avgiftsfinansierad verksamhet", 2),
        P(
            "Vatten och avlopp redovisar ett överskott mot budget på 2,6 mnkr, främst genom högre "
            "anläggningsavgifter från nya anslutningar i Ösmo.",
            C("Vatten och avlopp", "2,6 mnkr", "+", "avgifter_intakter"),
        ),
        P(
            "Överskottet förs till VA-verksamhetens resultatutjämningsfond, som efter överföringen uppgår till 9,8 "
            "mnkr.",
            O("Vatten och avlopp", "reserver", note="The fund transfer and balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden har investerat 48,6 mnkr av en budget på 71,0 mnkr. Avvikelsen, 22,4 mnkr, beror på att "
            "upphandlingen av den nya överföringsledningen för spillvatten överklagades och att arbetet därför "
            "inte kunde påbörjas.",
            C(
                "Investeringar",
                "22,4 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                note="Under-spending from an appeal.",
            ),
        ),
        P(
            "Ombyggnaden av busstorget i centrum blev 3,1 mnkr dyrare än beräknat, till följd av markföroreningar "
            "som upptäcktes vid schaktningen.",
            C(
                "Busstorget",
                "3,1 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun: contaminated soil, ovrigt.",
            ),
        ),
        H("Framåt", 2),
        P(
            "Nämnden har i budgetdialogen inför 2027 begärt en utökad ram för driften av nya parker och grönytor.",
            A("Park och natur", None),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Två av nämndens fem mål uppnåddes. Målet om handläggningstid för bygglov nåddes inte, vilket beror på "
            "vakanser bland bygglovshandläggarna under våren.",
            O(None, "vakanser", note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="nynashamn-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Nynäshamn",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden",
            "author": "Nynäshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
