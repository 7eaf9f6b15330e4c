"""Haninge kommun, Stadsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May: the decision proposal and
background (not labelled), the full year "ett överskott på 1,2 mnkr jämfört med budget" with its reasons in
the next sentence (one item), the change since March stated as "i stort sett oförändrad" (boilerplate forecast
change); headings that carry the area and the deviation in words ("Detaljplanering, underskott 2,4 mnkr",
"Bygglov, överskott 1,9 mnkr"), a risk sentence after the cause in the same paragraph (other), plain headings
whose paragraphs say "går 0,3 miljoner kronor sämre än budget", "ger ett överskott på 1 400 000 kronor" (whole
kronor) and "Arrendeintäkterna överstiger budget med 0,8 mnkr", "blir 200 tkr dyrare än planerat" (a supplier's error) and
handling times against last year (other); an action with its effect; an investment
overrun "0,8 mnkr dyrare än budgeterat". DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BF, HP, A, C, O

HEAD = "The heading carries the area and the deviation in words."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 74.0),
        header=lambda n, m: ("HANINGE KOMMUN  Stadsbyggnadsförvaltningen", "Tjänsteskrivelse 2026-06-09"),
        footer=lambda n, m: ("Dnr SBN 2026/0188", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="sans-bold", after=6),
        H("Förslag till beslut", 2),
        P("Stadsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Sammanfattning av ärendet", 2),
        P(
            "Nämnden följer upp sin ekonomi efter mars, maj, augusti och oktober. Denna uppföljning bygger på "
            "utfallet till och med den 31 maj och på verksamheternas bedömning av resten av året."
        ),
        P(
            "Stadsbyggnadsnämnden beräknas lämna ett överskott på 1,2 mnkr jämfört med budget för 2026. Lägre "
            "intäkter från detaljplaner vägs mer än väl upp av högre bygglovsintäkter och vakanta tjänster.",
            C(None, "1,2 mnkr", "+", "avgifter_intakter", "vakanser"),
        ),
        P(
            "Jämfört med prognosen efter mars är prognosen i stort sett oförändrad.",
            BF(None),
        ),
        H("Kommentarer per verksamhet", 2),
        Para(
            (
                (
                    "Plankostnadsavtalen ger mindre intäkter än beräknat eftersom två större exploatörer har "
                    "pausat sina projekt vid Vega och i Vendelsö. Samtidigt har konsultkostnaderna för dagvatten- "
                    "och bullerutredningar ökat.",
                    C(
                        "Detaljplanering",
                        "2,4 mnkr",
                        "-",
                        "avgifter_intakter",
                        "inhyrd_personal",
                        note=HEAD + " Consultants (no vacancy) are inhyrd_personal.",
                    ),
                ),
                (
                    "Det råder osäkerhet kring intäkterna under hösten, eftersom flera projekt väntar på beslut om "
                    "finansiering.",
                    O("Detaljplanering", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Detaljplanering, underskott 2,4 mnkr",
            head_level=3,
        ),
        HP(
            "Bygglov, överskott 1,9 mnkr",
            "Antalet ansökningar om bygglov för småhus och tillbyggnader är fler än budgeterat, vilket ger högre "
            "avgiftsintäkter.",
            C("Bygglov", "1,9 mnkr", "+", "avgifter_intakter", "volymer", note=HEAD),
        ),
        H("Lantmäteri och mätning", 3),
        P(
            "Verksamheten går 0,3 miljoner kronor sämre än budget, eftersom beställningarna av nybyggnadskartor har "
            "minskat.",
            C("Lantmäteri och mätning", "0,3 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        H("Mark och exploatering", 3),
        P(
            "Arrendeintäkterna överstiger budget med 0,8 mnkr sedan avtalen för två odlingslotter och en "
            "båtuppläggningsplats omförhandlats.",
            C("Mark och exploatering", "0,8 mnkr", "+", "avgifter_intakter"),
        ),
        H("Administration och nämnd", 3),
        P(
            "Två tjänster som handläggare har varit vakanta sedan februari och det ger ett överskott på 1 400 000 "
            "kronor.",
            C("Administration och nämnd", "1 400 000 kronor", "+", "vakanser", note="Whole kronor."),
        ),
        H("Kart och GIS", 3),
        P(
            "Kart och GIS blir 200 tkr dyrare än planerat, eftersom flygfotograferingen av kommunen fick göras om "
            "efter ett fel hos leverantören.",
            C("Kart och GIS", "200 tkr", "-", "ovrigt", note="A supplier's error: ovrigt."),
        ),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 6 veckor, jämfört med 8 veckor under samma period 2025.",
            O("Bygglov", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har pausat rekryteringen av en planarkitekt i väntan på att intäkterna stabiliseras, "
            "vilket minskar kostnaderna med cirka 0,4 mnkr i år.",
            A("Detaljplanering", "cirka 0,4 mnkr"),
        ),
        H("Investeringar", 2),
        P(
            "Införandet av det nya e-arkivet för bygglovsärenden blir 0,8 mnkr dyrare än budgeterat, främst på "
            "grund av högre licenskostnader än leverantören angav i upphandlingen.",
            C("E-arkiv", "0,8 mnkr", "-", "it_digitalisering", note="An investment overrun."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per maj 2026, bilaga 1. Driftredovisning per verksamhet, bilaga 2."),
        P("Karin Holm, förvaltningschef    Ali Demir, ekonom", size=9.5),
    ]
    return ReportSpec(
        file="haninge-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
