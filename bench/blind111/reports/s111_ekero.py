"""Ekerö kommun, Miljö- och byggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per februari 2026.

A small committee's tjänsteskrivelse dated in March for the period to February, in tkr and mnkr: the full year
"ett underskott på 1,2 mnkr mot tilldelad budget" with its reason in the same sentence, the period "en negativ
avvikelse mot periodiserad budget på 0,3 mnkr" in a paragraph of its own, a decision proposal (unlabelled), a
table with hyphen-minus deficits, then headings with the amount after the area and a hyphen-minus ("Bygglov och
anmälan -750 tkr"): a previous-year comparison as the reason inside a cause paragraph, a hired inspector, a
fee rise, "Kart och GIS 0 tkr" over "följer budget" (boilerplate), a system overrun "överskrider budget med
240 tkr" followed by a part in whole kronor that is not the amount; an action "cirka 300 tkr", a risk with an
amount and the new fee's share (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("EKERÖ KOMMUN", "TJÄNSTESKRIVELSE 2026-03-11"),
        footer=lambda n, m: ("Miljö- och byggnadsförvaltningen", "Dnr MBN 2026/14", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bygglov och anmälan", "3 100", "3 850", "-750"),
            ("Miljötillsyn", "4 600", "4 910", "-310"),
            ("Livsmedelskontroll", "1 350", "1 250", "100"),
            ("Kart och GIS", "2 450", "2 450", "0"),
            ("Nämnd och ledning", "1 800", "2 040", "-240"),
            ("Summa", "13 300", "14 500", "-1 200"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=17, font="serif-bold", after=2),
        Title("Miljö- och byggnadsnämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        P(
            "Miljö- och byggnadsnämnden prognostiserar för 2026 ett underskott på 1,2 mnkr mot tilldelad budget, "
            "främst på grund av minskade intäkter från bygglov när färre ansökningar kommer in.",
            C(None, "1,2 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Utfallet för januari–februari visar en negativ avvikelse mot periodiserad budget på 0,3 mnkr.",
            C(None, "0,3 mnkr", "-", note="The period in a paragraph of its own: its own item, no reason."),
        ),
        H("Förslag till beslut", 2),
        P("Miljö- och byggnadsnämnden godkänner den ekonomiska uppföljningen per februari 2026."),
        H("Ärendet", 2),
        P(
            "Förvaltningen lämnar en första helårsprognos efter februari. Prognosen bygger på utfallet för årets "
            "två första månader och på kända förändringar under våren."
        ),
        table,
        Para(
            (
                (
                    "Antalet inkomna bygglovsansökningar under januari och februari är 30 procent lägre än samma "
                    "period föregående år. Intäkterna beräknas därför bli lägre än budgeterat.",
                    C(
                        "Bygglov och anmälan",
                        "-750 tkr",
                        "-",
                        "avgifter_intakter",
                        "volymer",
                        note="The heading carries the amount with a hyphen-minus. The previous-year comparison "
                        "is the reason here, so it stays in the cause.",
                    ),
                ),
            ),
            head="Bygglov och anmälan -750 tkr",
            head_level=3,
        ),
        HP(
            "Miljötillsyn -310 tkr",
            "Underskottet förklaras av att en miljöinspektör hyrs in från ett konsultföretag under våren för att "
            "täcka en föräldraledighet.",
            C("Miljötillsyn", "-310 tkr", "-", "inhyrd_personal"),
        ),
        HP(
            "Livsmedelskontroll +100 tkr",
            "Den årliga kontrollavgiften har höjts enligt den nya taxan, vilket ger högre intäkter än budgeterat.",
            C("Livsmedelskontroll", "+100 tkr", "+", "avgifter_intakter"),
        ),
        HP("Kart och GIS 0 tkr", "Verksamheten följer budget.", BP("Kart och GIS")),
        HP(
            "Nämnd och ledning -240 tkr",
            "Kostnaderna för det nya ärendehanteringssystemet, som infördes i januari, överskrider budget med 240 "
            "tkr. Licensavgiften för 2026 blev 95 000 kronor högre än offerten.",
            C(
                "Nämnd och ledning",
                "240 tkr",
                "-",
                "it_digitalisering",
                note="Heading and prose agree: the prose amount. The licence's 95 000 kronor is a part.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen avvaktar med att återbesätta en vakant handläggartjänst inom bygglov till hösten, "
            "vilket minskar kostnaderna med cirka 300 tkr.",
            A("Bygglov och anmälan", "cirka 300 tkr", "vakanser"),
        ),
        H("Risker och övrigt", 2),
        P(
            "Om bostadsbyggandet inte återhämtar sig under våren kan bygglovsintäkterna bli ytterligare 0,5 mnkr "
            "lägre.",
            O("Bygglov och anmälan", "avgifter_intakter", note="A risk with an amount: other."),
        ),
        P(
            "Taxeintäkterna finansierar i dag 41 procent av nämndens kostnader, att jämföra med 45 procent 2025.",
            O(None, "avgifter_intakter", note="A share against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-mbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Miljö- och byggnadsnämnden"],
            "period": ["2026-02", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per februari 2026 Miljö- och byggnadsnämnden",
            "author": "Ekerö kommun",
        },
        style=style,
        blocks=blocks,
    )
