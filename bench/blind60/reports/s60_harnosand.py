"""Härnösands kommun, Samhällsnämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in Liberation Serif 11 pt: the result "−4 630 tkr jämfört med tilldelad
budget" and the outcome "1 430 tkr sämre än prognosen i delårsrapporten" (a forecast change, no cause) in one
paragraph; a table whose last column is each row's comment (CommentTable) in tkr with U+2212: reasons without
amounts (each row's cell), snow and vandalism, energy, an indexed transport contract, building-permit fees,
food prices, "i nivå med budget" (boilerplate) and a sum row with no comment; the fee-financed water and sewage
"överskott på 2,1 mnkr mot budget" and the fund's balance (other); investments "41,7 mnkr av budgeterade 58,0
mnkr" (16,3 never written out); an action with its effect and travel against 2024 (other). The footer carries
the nämnd's meeting date in February 2026.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("HÄRNÖSANDS KOMMUN", "Samhällsförvaltningen"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Samhällsnämnden 2026-02-17", f"{n}"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gator och vägar", "28 400", "31 650", "−3 250"),
                "Vinterväghållningen kostade betydligt mer än normalt efter snörika månader i januari, november "
                "och december. Även priserna på asfaltsbeläggning har ökat.",
                C(
                    "Gator och vägar",
                    "−3 250",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Parker och grönområden", "9 800", "10 520", "−720"),
                "Skadegörelse på lekplatser och offentliga toaletter.",
                C("Parker och grönområden", "−720", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fastighetsförvaltning", "12 300", "11 050", "1 250"),
                "Lägre energikostnader än budgeterat tack vare en mild höst och den nya solcellsanläggningen på "
                "Solbackens förskola.",
                C("Fastighetsförvaltning", "1 250", "+", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kollektivtrafik", "14 600", "15 980", "−1 380"),
                "Kostnaden för den upphandlade närtrafiken har ökat genom indexuppräkning av avtalet, och fler "
                "resor har beställts.",
                C(
                    "Kollektivtrafik",
                    "−1 380",
                    "-",
                    "prisokningar",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Bygglov och planering", "3 200", "2 900", "300"),
                "Något fler bygglovsansökningar än budgeterat har gett högre avgiftsintäkter.",
                C(
                    "Bygglov och planering",
                    "300",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Måltidsverksamhet", "6 100", "6 930", "−830"),
                "Livsmedelspriserna har fortsatt att stiga snabbare än budgeterat.",
                C("Måltidsverksamhet", "−830", "-", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Nämnd och administration", "4 500", "4 500", "0"),
                "Utfallet är i nivå med budget.",
                BP("Nämnd och administration"),
            ),
            (("Summa", "78 900", "83 530", "−4 630"), "", None),
        ),
        widths=(120.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Samhällsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall", 2),
        Para(
            (
                (
                    "Samhällsnämnden redovisar för 2025 ett resultat på −4 630 tkr jämfört med tilldelad budget.",
                    C(None, "−4 630 tkr", "-", note="The year's result against budget, no reasons."),
                ),
                (
                    "Det är 1 430 tkr sämre än prognosen i delårsrapporten.",
                    F(None, "1 430 tkr", "-", note="Against the interim forecast, no cause."),
                ),
            )
        ),
        H("Driftredovisning per verksamhet", 3),
        comments,
        H("Vatten och avlopp", 2),
        P(
            "Den avgiftsfinansierade VA-verksamheten redovisar ett överskott på 2,1 mnkr mot budget, främst genom "
            "högre anslutningsavgifter när ett nytt bostadsområde i Saltvik anslöts till det kommunala nätet.",
            C("Vatten och avlopp", "2,1 mnkr", "+", "avgifter_intakter"),
        ),
        P(
            "Överskottet förs till VA-fonden, vars saldo därefter uppgår till 6,4 mnkr.",
            O("Vatten och avlopp", note="The fund's balance."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 41,7 mnkr av budgeterade 58,0 mnkr. Ombyggnaden av gång- och "
            "cykelvägen längs Nybrogatan har flyttats till 2026 i väntan på ledningsarbeten.",
            C(
                "Investeringar",
                "41,7 mnkr av budgeterade 58,0 mnkr",
                "+",
                "periodisering",
                value=16_300_000,
                note="An under-spend never written out: the computed value, the amount text as written.",
            ),
        ),
        H("Åtgärder och framtid", 2),
        P(
            "Nämnden beslutade i oktober om en sänkt servicenivå för snöröjning av gång- och cykelvägar under "
            "2026, med en beräknad besparing på 0,8 mnkr.",
            A("Gator och vägar", "0,8 mnkr"),
        ),
        P(
            "Antalet resor med närtrafiken ökade med 12 procent jämfört med 2024.",
            O("Kollektivtrafik", note="A volume against last year."),
        ),
    ]
    return ReportSpec(
        file="harnosand-samn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Härnösand",
            "committee": ["Samhällsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsnämnden", "author": "Härnösands kommun"},
        style=style,
        blocks=blocks,
    )
