"""Söderköpings kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026
(technical services).

A technical committee's tjänsteskrivelse dated in June for the period to May, in tkr, kronor and mnkr: the
decision proposal (unlabelled), the tax-financed "underskott mot budget på 2 350 tkr" with its reasons in the
next sentence (one item), the fee-financed water and sewage "600 tkr sämre än budgeterat" with the fund in the
same sentence (one cause); headings that carry the area and the word for the direction ("Gator och vägar –
underskott 1 800 tkr", "Plan och bygg – 0 tkr"), a part in whole kronor that is not the amount ("1 340 000
kronor"), a percentage price rise, "Bygglovsintäkterna följer budget" (boilerplate); one sentence with two
water items and their own amounts, revenue "400 tkr lägre" and chemicals "ökat med 200 tkr" (two items);
investments "13,5 mnkr mindre än budget" after two levels and a bridge "cirka 2 mnkr dyrare än beräknat"; an
action with its effect and the VA fund's balance (other). 10 scored causes. Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.33,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Söderköpings kommun", "TJÄNSTESKRIVELSE 2026-06-09"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr SBN 2026/0142", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per maj 2026, Samhällsbyggnadsnämnden",
            size=15,
            font="times-bold",
            after=10,
        ),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        P(
            "Den skattefinansierade verksamheten prognostiserar ett underskott mot budget på 2 350 tkr för helåret. "
            "Vinterväghållningen och akuta reparationer i fastigheterna är de främsta orsakerna.",
            C(None, "2 350 tkr", "-", "ovrigt", note="Snow clearing and emergency repairs: ovrigt."),
        ),
        P(
            "Vatten och avlopp, som finansieras med avgifter, beräknas visa ett resultat som är 600 tkr sämre än "
            "budgeterat, vilket täcks genom ett uttag ur VA-fonden.",
            C(
                "Vatten och avlopp",
                "600 tkr",
                "-",
                note="The fee-financed result with the fund in the same sentence: one cause, reasons later.",
            ),
        ),
        H("Skattefinansierad verksamhet", 2),
        HP(
            "Gator och vägar – underskott 1 800 tkr",
            "Vintern var ovanligt snörik i januari och februari, och kostnaderna för snöröjning och halkbekämpning "
            "har redan passerat årets budget med 1 340 000 kronor. Därtill har priset på asfalt i det nya avtalet "
            "stigit med 7 procent.",
            C(
                "Gator och vägar",
                "1 800 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading's amount; the part in whole kronor and the percentage are not the amount.",
            ),
        ),
        HP(
            "Parker och grönområden – överskott 300 tkr",
            "Två av fyra säsongsanställningar har inte gått att tillsätta inför sommaren.",
            C("Parker och grönområden", "300 tkr", "+", "vakanser"),
        ),
        HP(
            "Fastighet – underskott 1 150 tkr",
            "Akuta reparationer efter en vattenläcka i simhallen och högre kostnader för el och fjärrvärme i "
            "kommunens lokaler.",
            C("Fastighet", "1 150 tkr", "-", "ovrigt", "prisokningar"),
        ),
        HP(
            "Kost och lokalvård – överskott 300 tkr",
            "Livsmedelspriserna har ökat mindre än vad som antogs i budgeten.",
            C("Kost och lokalvård", "300 tkr", "+", "prisokningar"),
        ),
        HP(
            "Plan och bygg – 0 tkr",
            "Bygglovsintäkterna följer budget.",
            BP("Plan och bygg"),
        ),
        H("Vatten och avlopp", 2),
        P(
            "Intäkterna från brukningsavgifterna blir 400 tkr lägre än budgeterat eftersom förbrukningen har "
            "minskat, och kostnaderna för kemikalier vid reningsverket har ökat med 200 tkr.",
            C(
                "Brukningsavgifter",
                "400 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="One sentence, two areas with their own amounts: two items.",
                also=(
                    C(
                        "Kemikalier",
                        "200 tkr",
                        "-",
                        "material_hjalpmedel",
                        note="Water-treatment chemicals: material_hjalpmedel.",
                    ),
                ),
            ),
        ),
        P(
            "VA-fonden uppgick vid årsskiftet till 3,1 mnkr och räcker för att täcka årets underskott.",
            O("Vatten och avlopp", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 38,0 mnkr beräknas 24,5 mnkr användas under året, det vill säga 13,5 mnkr "
            "mindre än budget. Ombyggnaden av Storgatan har skjutits upp ett år i väntan på ledningsarbeten.",
            C("Investeringar", "13,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Den nya gång- och cykelbron vid Slussporten blir cirka 2 mnkr dyrare än beräknat, till följd av högre "
            "priser på stål och betong.",
            C(
                "Gång- och cykelbron vid Slussporten",
                "cirka 2 mnkr",
                "-",
                "prisokningar",
                note="Investment overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen skjuter upp underhåll som inte är akut till nästa år, vilket bedöms minska underskottet "
            "inom fastighet med 500 tkr.",
            A("Fastighet", "500 tkr"),
        ),
    ]
    return ReportSpec(
        file="soderkoping-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Söderköping",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026, Samhällsbyggnadsnämnden",
            "author": "Söderköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
