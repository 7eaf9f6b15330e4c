"""Skövde kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning januari–maj 2026.

A tjänsteskrivelse dated in June for the period to May, in Liberation Serif (Times metrics) 11 pt: the decision
proposal (not labelled), the full year "underskott mot budget på 1 950 tkr" with the revenue reason in the next
sentence (one item), the period "620 tkr bättre än periodiserad budget" with its reason; a table in tkr with a
trailing minus for deficits ("1 100-"); plain headings per verksamhet: fee revenue "Avvikelsen beräknas till
1 100 tkr" after the reason, building permits "1,15 miljoner kronor under budget" after a comparison with last
year, housing adaptation "överstiger budget med 900 tkr", two verksamheter with "400 tkr vardera" and
"respektive" causes (two items), a reason-only surplus (the row's "400"), "Ingen avvikelse mot budget"
(boilerplate); an action with its effect, investments "beräknas användas fullt ut" (boilerplate) and land
sales kept outside the running budget (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("SKÖVDE KOMMUN  Samhällsbyggnadsförvaltningen", "TJÄNSTESKRIVELSE 2026-06-09"),
        footer=lambda n, m: ("Dnr SBN 2026.0142", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "3 400", "3 400", "0"),
            ("Plan", "6 200", "7 300", "1 100-"),
            ("Bygglov", "1 800", "2 950", "1 150-"),
            ("Lantmäteri", "2 100", "1 700", "400"),
            ("Kart och GIS", "4 600", "4 200", "400"),
            ("Bostadsanpassning", "9 500", "10 400", "900-"),
            ("Mark och exploatering", "1 500", "1 100", "400"),
            ("Summa", "29 100", "31 050", "1 950-"),
        ),
        widths=(180.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–maj 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen för januari–maj 2026 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Samhällsbyggnadsnämnden beräknas sluta året med ett underskott mot budget på 1 950 tkr. Det är framför "
            "allt intäkterna från bygglov och planavgifter som minskar, medan bostadsanpassningen kostar mer än "
            "beräknat.",
            C(None, "1 950 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Resultatet för perioden januari–maj är 620 tkr bättre än periodiserad budget, vilket beror på att två "
            "planarkitekttjänster har stått vakanta.",
            C(None, "620 tkr", "+", "vakanser"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Plan", 3),
        P(
            "Planintäkterna blir lägre än budgeterat eftersom två stora detaljplaner för bostäder har pausats av "
            "byggherren. Avvikelsen beräknas till 1 100 tkr.",
            C("Plan", "1 100 tkr", "-", "avgifter_intakter", note="The amount in the second sentence."),
        ),
        H("Bygglov", 3),
        P(
            "Antalet bygglovsansökningar har minskat med en femtedel jämfört med samma period förra året, och "
            "intäkterna väntas därför hamna 1,15 miljoner kronor under budget.",
            C(
                "Bygglov",
                "1,15 miljoner kronor",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Fewer applications (against last year) is the reason, inside the cause sentence.",
            ),
        ),
        H("Bostadsanpassning", 3),
        P(
            "Kostnaderna för bostadsanpassningsbidrag överstiger budget med 900 tkr. Fler äldre bor kvar hemma "
            "längre, och flera dyra ärenden med hisslösningar har beviljats under våren.",
            C("Bostadsanpassning", "900 tkr", "-", "volymer"),
        ),
        H("Lantmäteri samt Kart och GIS", 3),
        Para(
            (
                (
                    "Lantmäteriet och Kart och GIS redovisar överskott på 400 tkr vardera, tack vare fler förrättningar "
                    "respektive lägre licenskostnader för kartsystemet.",
                    C(
                        "Lantmäteri",
                        "400 tkr",
                        "+",
                        "avgifter_intakter",
                        "volymer",
                        note="Two verksamheter with '400 tkr vardera' and 'respektive' causes: two items.",
                        also=(C("Kart och GIS", "400 tkr", "+", "it_digitalisering"),),
                    ),
                ),
            )
        ),
        H("Mark och exploatering", 3),
        P(
            "Arrendeintäkterna är högre än budgeterat.",
            C(
                "Mark och exploatering",
                "400",
                "+",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        P(
            "Intäkter från försäljning av mark redovisas inte i driftbudgeten utan i exploateringsredovisningen.",
            O("Mark och exploatering", note="Context: other."),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P("Ingen avvikelse mot budget.", BP("Nämnd och förvaltningsledning")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen avvaktar med att återbesätta en vakant tjänst som bygglovshandläggare till hösten, vilket "
            "minskar personalkostnaderna med 350 tkr.",
            A("Bygglov", "350 tkr", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 2,0 mnkr för ett nytt ärendehanteringssystem beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-06-09. Driftredovisning januari–maj 2026, bilaga 1."),
        P("Karin Lindqvist, förvaltningschef    Mattias Berg, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="skovde-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning januari–maj 2026", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
