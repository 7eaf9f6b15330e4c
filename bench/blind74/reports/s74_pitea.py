"""Piteå kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse ekonomisk uppföljning per maj 2026.

A technical committee's cover letter dated in June for the period to May, in tkr with a trailing minus in the
table ("3 500-"): the decision proposal, the full year "3 450 tkr sämre än budget" with the tax-financed side
named, the fee-financed water and sewage "överskott på 1 200 tkr" with the fund transfer in the same
sentence, the change since April with its cause, then headings with hyphen-minus amounts ("Gator och vägar
-3 500 tkr") whose paragraphs hold a part in whole kronor and a price percentage that are not the amount and a
risk sentence (its own `other` item), "tar mindre i anspråk än budgeterat", investments "42,0 mnkr, att
jämföra med en budget på 55,5 mnkr" (13,5 never written out) and an action "cirka 400 tkr". Liberation Sans
Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Piteå kommun – Samhällsbyggnad", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Diarienummer SBN 2026/118", "", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, prognos 2026 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "11 200", "10 550", "650"),
            ("Gator och vägar", "68 400", "71 900", "3 500-"),
            ("Parker och grönytor", "21 300", "21 900", "600-"),
            ("Kollektivtrafik", "34 200", "33 650", "550"),
            ("Bygglov och planering", "9 600", "10 300", "700-"),
            ("Miljö och hälsoskydd", "7 900", "7 750", "150"),
            ("Totalt", "152 600", "156 050", "3 450-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="narrow-bold", after=4),
        Title(
            "Ekonomisk uppföljning per maj 2026, Samhällsbyggnadsnämnden",
            size=13,
            font="narrow-bold",
            after=12,
        ),
        H("Förslag till beslut", 2),
        P("Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar ett utfall för 2026 som är 3 450 tkr sämre än budget. "
                "Avvikelsen gäller den skattefinansierade verksamheten.",
                C(None, "3 450 tkr", "-"),
            ),
        ),
        P(
            "Den avgiftsfinansierade verksamheten inom vatten och avlopp beräknas ge ett överskott på 1 200 tkr till "
            "följd av högre anslutningsavgifter från nya bostadsområden, och överskottet förs till VA-fonden.",
            C(
                "Vatten och avlopp",
                "1 200 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The fee-financed result with its fund transfer in the same sentence: one cause item.",
            ),
        ),
        P(
            "Jämfört med aprilprognosen har underskottet ökat med 900 tkr, främst på grund av de högre asfaltpriserna "
            "i den nya upphandlingen.",
            F(None, "900 tkr", "-", "prisokningar"),
        ),
        table,
        H("Ärendebeskrivning", 2),
        Para(
            (
                (
                    "Vinterväghållningen under januari–mars krävde fler utryckningar än normalt efter de stora "
                    "snömängderna i februari, och av kostnaden för snöröjningen i Öjebyn avser 1 150 000 kronor "
                    "inhyrda entreprenörer. Asfaltpriserna har dessutom stigit med 11 procent.",
                    C(
                        "Gator och vägar",
                        "-3 500 tkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        note="Snow: ovrigt. The part in whole kronor and the percentage are not the amount.",
                    ),
                ),
                (
                    "Om hösten blir snörik finns en risk att underskottet ökar ytterligare.",
                    O("Gator och vägar", note="A risk sentence in the cause's paragraph: its own item."),
                ),
            ),
            head="Gator och vägar -3 500 tkr",
            head_level=3,
        ),
        HP(
            "Parker och grönytor -600 tkr",
            "Stormen i januari fällde ett stort antal träd i stadsparken och på Pitholmen, och röjningen har "
            "belastat driftbudgeten.",
            C("Parker och grönytor", "-600 tkr", "-", "ovrigt", note="Storm damage: ovrigt."),
        ),
        HP(
            "Kollektivtrafik +550 tkr",
            "Biljettintäkterna för stadsbussarna blir högre än budgeterat när resandet har ökat efter den nya "
            "linjedragningen.",
            C("Kollektivtrafik", "+550 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Bygglov och planering -700 tkr",
            "Antalet bygglovsansökningar är lägre än under tidigare år, vilket ger lägre intäkter. Samtidigt har en "
            "konsult anlitats för att hinna med detaljplanearbetet.",
            C(
                "Bygglov och planering",
                "-700 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "inhyrd_personal",
                note="A consultant without a vacancy: inhyrd_personal.",
            ),
        ),
        HP(
            "Miljö och hälsoskydd +150 tkr",
            "Överskottet beror på en vakant miljöinspektörstjänst.",
            C("Miljö och hälsoskydd", "+150 tkr", "+", "vakanser"),
        ),
        HP(
            "Nämnd och administration +650 tkr",
            "Verksamheten tar mindre i anspråk än budgeterat eftersom införandet av det nya ärendehanteringssystemet "
            "har skjutits upp till 2027.",
            C("Nämnd och administration", "+650 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsprognos är 42,0 mnkr, att jämföra med en budget på 55,5 mnkr. Ombyggnaden av "
            "Storgatan väntar på ett avgörande i mark- och miljödomstolen.",
            C(
                "Investeringar",
                "42,0 mnkr, att jämföra med en budget på 55,5 mnkr",
                "+",
                "ovrigt",
                "periodisering",
                value=13.5e6,
                note="The under-spend (13,5 mnkr) is never written out: the computed value. A court case: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för material som inte är nödvändigt för driften, vilket beräknas ge "
            "en besparing på cirka 400 tkr.",
            A(None, "cirka 400 tkr", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="pitea-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Samhällsbyggnadsnämnden",
            "author": "Piteå kommun",
        },
        style=style,
        blocks=blocks,
    )
