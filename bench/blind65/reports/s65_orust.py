"""Orust kommun, Kommunstyrelsen (sektor samhällsutveckling), tertialrapport 1 2026 (technical services).

A technical sektor's tertial report in tkr with a trailing minus for deficits in the table ("2 400-"),
footer with the kommunstyrelse's meeting date in May: the tax-financed full year "underskott mot budget på
3 150 tkr" and the fee-financed water and sewage "1 200 tkr bättre än budget" with the fund transfer in the
same sentence (two items in two sentences); headings that carry the area and a signed amount in brackets
("Fastighet (−2 400 tkr)") with a damage cost that is only a part, a heading paragraph whose second sentence
is a risk (its own other item); reason-only paragraphs under plain headings (the rows' "300" and "1 200"), the
VA fund's balance (other), "bedöms klara sin budget" beside a remark on last year (boilerplate); investments
"Av årets investeringsbudget på 86,5 mnkr beräknas 61,0 mnkr att användas" (25,5 never written out) and a
project "1,1 mnkr dyrare än budgeterat"; an action with its effect. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Orust kommun", "Sektor samhällsutveckling"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-27", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Sektorsledning", "6 200", "5 900", "300"),
            ("Fastighet", "48 700", "51 100", "2 400-"),
            ("Gata och park", "14 300", "15 250", "950-"),
            ("Hamnar", "3 400", "2 750", "650"),
            ("Kost och städ", "41 800", "42 550", "750-"),
            ("Miljö och bygg", "9 600", "9 600", "0"),
            ("Summa skattefinansierat", "124 000", "127 150", "3 150-"),
            ("Vatten och avlopp (resultat)", "0", "1 200", "1 200"),
        ),
        widths=(170.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Kommunstyrelsen – sektor samhällsutveckling", size=12.5, font="cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Sektorns skattefinansierade verksamhet prognostiserar ett underskott mot budget på 3 150 tkr för "
                "helåret.",
                C(None, "3 150 tkr", "-"),
            ),
            (
                "Den avgiftsfinansierade vatten- och avloppsverksamheten beräknas gå 1 200 tkr bättre än budget, och "
                "överskottet förs till VA-fonden vid årets slut.",
                C(
                    "Vatten och avlopp",
                    "1 200 tkr",
                    "+",
                    note="The fee-financed result with its fund transfer in one sentence: one cause item.",
                ),
            ),
        ),
        table,
        HP(
            "Fastighet (−2 400 tkr)",
            "Kostnaderna för el och fjärrvärme i kommunens fastigheter ligger fortsatt på en högre nivå än "
            "budgeterat. Därtill kommer akuta reparationer av taket på en av förskolorna i Svanesund efter stormen "
            "i januari, som beräknas kosta 900 tkr.",
            C(
                "Fastighet",
                "−2 400 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The storm repair's 900 tkr is a part.",
            ),
        ),
        HP(
            "Gata och park (−950 tkr)",
            "Vinterväghållningen blev dyrare än normalt på grund av flera perioder med isbildning i februari och "
            "mars.",
            C("Gata och park", "−950 tkr", "-", "ovrigt"),
        ),
        Para(
            (
                (
                    "Intäkterna från gästhamnarna och uthyrningen av båtplatser bedöms bli högre än budgeterat efter "
                    "den nya taxan, som började gälla den 1 januari.",
                    C("Hamnar", "+650 tkr", "+", "avgifter_intakter"),
                ),
                (
                    "Det finns dock en osäkerhet kring hur många gästnätter sommaren ger.",
                    O("Hamnar", note="A risk sentence in a cause paragraph: its own item."),
                ),
            ),
            head="Hamnar (+650 tkr)",
            head_level=3,
        ),
        HP(
            "Kost och städ (−750 tkr)",
            "Livsmedelspriserna har fortsatt att öka och det nya livsmedelsavtalet är dyrare än det förra. "
            "Sjukfrånvaron bland städpersonalen har dessutom krävt vikarier.",
            C("Kost och städ", "−750 tkr", "-", "prisokningar", "sjukfranvaro", "vikarier"),
        ),
        H("Sektorsledning", 3),
        P(
            "Sektorsledningen har en vakant controllertjänst, vilket ger ett mindre överskott.",
            C("Sektorsledning", "300", "+", "vakanser", unit="tkr", table=True),
        ),
        H("Miljö och bygg", 3),
        P(
            "Verksamheten bedöms klara sin budget, trots att bygglovsansökningarna är färre än förra året.",
            BP("Miljö och bygg"),
        ),
        H("Vatten och avlopp", 3),
        P(
            "Intäkterna från förbrukningsavgifter har ökat i takt med att fler fastigheter i Varekil har anslutits "
            "till det kommunala nätet.",
            C(
                "Vatten och avlopp",
                "1 200",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="The reason apart from the summary's amount, under its own heading: the row's cell.",
            ),
        ),
        P(
            "VA-fondens saldo uppgick till 4,8 mnkr vid årsskiftet.",
            O("Vatten och avlopp", "reserver", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 86,5 mnkr beräknas 61,0 mnkr att användas. Utbyggnaden av "
            "överföringsledningen mellan Varekil och Svanesund är försenad efter att entreprenören gått i konkurs.",
            C(
                "Investeringar",
                "Av årets investeringsbudget på 86,5 mnkr beräknas 61,0 mnkr att användas",
                "+",
                "periodisering",
                value=25_500_000,
                note="An under-spend of 25,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Ombyggnaden av gästbryggan i Ellös beräknas bli 1,1 mnkr dyrare än budgeterat till följd av högre "
            "priser på stål och virke.",
            C("Gästbryggan i Ellös", "1,1 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Sektorn har infört inköpsstopp för förbrukningsmaterial och skjuter planerat underhåll för 1,0 mnkr "
            "till 2027.",
            A(None, "1,0 mnkr"),
        ),
    ]
    return ReportSpec(
        file="orust-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Orust",
            "committee": ["Kommunstyrelsen", "Sektor samhällsutveckling"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Kommunstyrelsen sektor samhällsutveckling",
            "author": "Orust kommun",
        },
        style=style,
        blocks=blocks,
    )
