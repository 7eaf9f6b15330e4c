"""Helsingborgs stad, Stadsbyggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A building committee's tjänsteskrivelse dated in April for the period to March, with a decision proposal
(unlabelled) and the full year in words "ett underskott på närmare tre miljoner kronor" with its reasons; a
tkr table with en-dash deficits, then headings that carry the area and the amount after a colon ("Bygglov:
−2 450 tkr", "Lantmäteri: +550 tkr", "Nämnd och förvaltningsledning: ±0 tkr") over paragraphs of reasons:
bygglov and plan fees, a surplus from higher revenue and a vacancy, licences and a delayed procurement, and
housing-adaptation grants whose heading and prose both give the amount ("400 000 kronor"); a reason-only
customer service under a heading with no amount (the row's "300"), "gå jämnt ut" (boilerplate), the change
since February in words ("en miljon kronor"), investments used "fullt ut" (boilerplate), an action with its
effect and a risk. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and the amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad – Stadsbyggnadsförvaltningen", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Dnr SBN 2026/00318", "", f"Datum 2026-04-08 | Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 300", "14 300", "0"),
            ("Bygglov", "-6 800", "-4 350", "–2 450"),
            ("Planverksamhet", "21 600", "23 500", "–1 900"),
            ("Lantmäteri", "3 200", "2 650", "550"),
            ("Geodata och kartor", "18 700", "17 600", "1 100"),
            ("Kundtjänst", "7 900", "7 600", "300"),
            ("Bostadsanpassning", "16 500", "16 900", "–400"),
            ("Summa", "75 400", "78 200", "–2 800"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="narrow-bold", after=4),
        Title("Stadsbyggnadsnämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Stadsbyggnadsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Stadsbyggnadsnämnden beräknar att helåret slutar med ett underskott på närmare tre miljoner kronor "
            "mot budget. Underskottet beror främst på lägre intäkter från bygglov och planavgifter när byggandet i "
            "staden har minskat.",
            C(
                None,
                "närmare tre miljoner kronor",
                "-",
                "avgifter_intakter",
                "volymer",
                value=3_000_000,
                note="An amount in words is the stated figure (the table says –2 800).",
            ),
        ),
        P(
            "Prognosen är en miljon kronor sämre än i februari, då pausen i planarbetet i Oceanhamnen blev känd i "
            "mars.",
            F(None, "en miljon kronor", "-", value=1_000_000),
        ),
        table,
        H("Ekonomisk uppföljning per verksamhet", 2),
        HP(
            "Bygglov: −2 450 tkr",
            "Intäkterna från bygglovsavgifter blir lägre än budgeterat eftersom antalet ansökningar om bygglov för "
            "flerbostadshus har minskat med en tredjedel jämfört med budgetens antagande.",
            C("Bygglov", "−2 450 tkr", "-", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Planverksamhet: −1 900 tkr",
            "Planavgifterna släpar efter, då två större detaljplaner i Oceanhamnen har pausats på exploatörens "
            "begäran. Kostnaderna för planarbetet kvarstår.",
            C("Planverksamhet", "−1 900 tkr", "-", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Lantmäteri: +550 tkr",
            "Lantmäterienheten får högre intäkter från fastighetsbildning än budgeterat, samtidigt som en tjänst "
            "som förrättningslantmätare inte har kunnat tillsättas.",
            C("Lantmäteri", "+550 tkr", "+", "avgifter_intakter", "vakanser", note=HEAD),
        ),
        HP(
            "Geodata och kartor: +1 100 tkr",
            "Överskottet består av lägre licenskostnader sedan det nya kartsystemet togs i drift i februari och "
            "av att upphandlingen av flygfotografering har försenats.",
            C(
                "Geodata och kartor",
                "+1 100 tkr",
                "+",
                "it_digitalisering",
                "periodisering",
                note=HEAD + " A delayed procurement is periodisering.",
            ),
        ),
        HP(
            "Bostadsanpassning: −400 tkr",
            "Kostnaderna för bostadsanpassningsbidrag ökar, framför allt för större åtgärder som hissar och "
            "ramper, och beräknas överstiga budget med 400 000 kronor.",
            C(
                "Bostadsanpassning",
                "−400 tkr",
                "-",
                "volymer",
                note=HEAD + " The prose repeats it in whole kronor. More and larger grants: volymer.",
            ),
        ),
        HP(
            "Kundtjänst",
            "Kundtjänsten har haft lägre personalkostnader än budgeterat, eftersom två föräldraledigheter inte har "
            "ersatts.",
            C(
                "Kundtjänst",
                "300",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A heading with no amount over a reason only: the table row's cell.",
            ),
        ),
        HP(
            "Nämnd och förvaltningsledning: ±0 tkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Nämnd och förvaltningsledning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram för 2026 är 4,0 mnkr och avser främst utbyte av mätutrustning. Prognosen är "
            "att ramen används fullt ut.",
            BP("Investeringar", note="An investment frame used in full: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för samtliga tjänster inom bygglov och plan och lånar ut "
            "två planarkitekter till fastighetsförvaltningen under resten av året. Åtgärderna väntas förbättra "
            "resultatet med 1,2 mnkr.",
            A(None, "1,2 mnkr", "vakanser"),
        ),
        H("Risker", 2),
        P(
            "Om bostadsbyggandet inte återhämtar sig under hösten kan intäkterna från bygglov bli ytterligare 1,5 "
            "mnkr lägre än i denna prognos.",
            O("Bygglov", "avgifter_intakter", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per mars 2026 Stadsbyggnadsnämnden",
            "author": "Helsingborgs stad",
        },
        style=style,
        blocks=blocks,
    )
