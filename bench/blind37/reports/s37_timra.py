"""Timrå kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse ekonomisk uppföljning per juni 2026.

A technical committee's tjänsteskrivelse dated in August for the period to June (letter date and diarienummer
in the footer, "n/m"): a decision proposal (unlabelled); the tax-financed forecast "ett underskott på 3 150
tkr" and the fee-financed waste "650 tkr sämre än budget" with its cause in the next sentence; headings with
a hyphen-minus and tkr ("Gator och vägar -1 850 tkr") whose paragraphs give the reasons: an index percentage
that is not the amount with a risk sentence in the same paragraph (other), a part in whole kronor ("900 000
kronor") inside "Fastighet -2 400 tkr", "Kart och mät 0 tkr" over "bedöms gå jämnt ut" (boilerplate); the
change since April with its cause; investments "14,3 mnkr lägre än budgeten på 53,0 mnkr" after the level,
and two projects "1,1 respektive 0,8 mnkr mer än budgeterat"; an action with "400 tkr i år". DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Timrå kommun", "Samhällsbyggnadsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-08-11", "Dnr SBN 2026/118", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="sans-bold", after=4),
        Title(
            "Ekonomisk uppföljning per juni 2026, Samhällsbyggnadsnämnden",
            size=12,
            font="sans-bold",
            after=12,
        ),
        H("Förslag till beslut", 3),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per juni 2026 och lägger den till handlingarna."
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar för 2026 ett underskott på 3 150 tkr för den "
                "skattefinansierade verksamheten.",
                C("Skattefinansierad verksamhet", "3 150 tkr", "-"),
            ),
            (
                "Den taxefinansierade avfallsverksamheten beräknas gå 650 tkr sämre än budget, eftersom "
                "behandlingsavgiften för brännbart avfall har höjts.",
                C(
                    "Avfall",
                    "650 tkr",
                    "-",
                    "prisokningar",
                    note="A higher treatment fee paid by the kommun.",
                ),
            ),
        ),
        H("Ärendet", 3),
        P(
            "Nedan redovisas avvikelserna per verksamhet för den skattefinansierade delen. Belopp avser prognos för "
            "helåret jämfört med budget."
        ),
        Para(
            (
                (
                    "Vinterväghållningen under januari–mars krävde fler plogningar och sandningar än ett normalår, och "
                    "avtalet med entreprenören indexuppräknades med 6,2 procent från januari.",
                    C(
                        "Gator och vägar",
                        "-1 850 tkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        note="Heading with hyphen-minus; the index percentage is not the amount.",
                    ),
                ),
                (
                    "Om hösten blir lika snörik finns en risk för ytterligare underskott.",
                    O("Gator och vägar", note="A risk sentence in the cause's paragraph."),
                ),
            ),
            head="Gator och vägar -1 850 tkr",
            head_level=3,
        ),
        HP(
            "Parker och grönytor +300 tkr",
            "Två säsongsanställningar har inte kunnat tillsättas.",
            C("Parker och grönytor", "+300 tkr", "+", "vakanser"),
        ),
        HP(
            "Fastighet -2 400 tkr",
            "Fastighetsavdelningen har haft oplanerade kostnader för en vattenskada i Ljustaskolan och för akuta "
            "takreparationer i Bergeforsens sporthall. Därtill har el- och fjärrvärmekostnaderna blivit högre än "
            "budgeterat, sammanlagt 900 000 kronor.",
            C(
                "Fastighet",
                "-2 400 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="900 000 kronor is a part (energy); the heading's figure is the amount.",
            ),
        ),
        HP(
            "Plan och bygg +500 tkr",
            "Bygglovsintäkterna är högre än beräknat till följd av flera större ärenden i Sörbergeområdet.",
            C("Plan och bygg", "+500 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Färdtjänst och kollektivtrafik +300 tkr",
            "Färdtjänstresorna har varit färre än budgeterat under våren.",
            C("Färdtjänst och kollektivtrafik", "+300 tkr", "+", "volymer"),
        ),
        HP("Kart och mät 0 tkr", "Verksamheten bedöms gå jämnt ut.", BP("Kart och mät")),
        P(
            "Jämfört med prognosen per april har underskottet ökat med 700 tkr, främst på grund av vattenskadan.",
            F(None, "700 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 3),
        P(
            "Investeringsprognosen för 2026 är 38,7 mnkr, 14,3 mnkr lägre än budgeten på 53,0 mnkr. Upphandlingen av "
            "den nya slamavvattningen vid reningsverket i Söråker överprövades och byggstarten har flyttats till "
            "2027.",
            C("Investeringar", "14,3 mnkr", "+", "periodisering"),
        ),
        P(
            "Gång- och cykelvägen längs Köpmangatan och beläggningsprogrammet beräknas kosta 1,1 respektive 0,8 mnkr "
            "mer än budgeterat, på grund av högre asfaltspriser.",
            C(
                "Gång- och cykelvägen längs Köpmangatan",
                "1,1",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Two projects as a 'respektive' pair.",
                also=(C("Beläggningsprogrammet", "0,8 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen skjuter upp det planerade underhållet av lekplatser till 2027, vilket minskar kostnaderna "
            "med 400 tkr i år.",
            A("Parker och grönytor", "400 tkr", "periodisering"),
        ),
        H("Ekonomiska konsekvenser", 3),
        P("Beslutet i sig har inga ekonomiska konsekvenser."),
        P("Maria Lindqvist, ekonom", size=9.0),
    ]
    return ReportSpec(
        file="timra-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-06.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per juni 2026", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
