"""Enköpings kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in Liberation Sans (Arial) with U+2212 minus signs in the table, footer
with the nämnd's meeting date in May: the period's surplus against the period budget, its timing reason in a
paragraph of its own (amount null) and the full year's deficit "motsvarar 1,9 procent av nämndens budgetram"
(three causes); a verksamhet table in tkr; bold run-in verksamheter ending in a colon: a deficit in "mnkr" with
an action in the same paragraph (its own item), a reason-only deficit (the row's "−2 150"), "ett underskott om
1,8 mnkr", two verksamheter as a "respektive" pair with their own causes, and "Nämnd och förvaltningsledning
beräknas lämna ett överskott på 750 tkr"; the change since February with its cause, two bulleted actions (one
with an effect) and a risk. 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Enköpings kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-20", "SN 2026/112", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "17 650", "750"),
            ("Barn och unga", "96 200", "101 900", "−5 700"),
            ("Vuxna, missbruk och beroende", "41 300", "43 450", "−2 150"),
            ("Ekonomiskt bistånd", "58 000", "59 800", "−1 800"),
            ("Socialpsykiatri", "27 500", "26 600", "900"),
            ("Arbetsmarknad och integration", "22 100", "20 900", "1 200"),
            ("Summa", "263 500", "270 300", "−6 800"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden redovisar efter april ett överskott på 2,3 miljoner kronor jämfört med periodens budget.",
            C(
                None,
                "2,3 miljoner kronor",
                "+",
                note="The period against the period budget: a cause of its own.",
            ),
        ),
        P(
            "Överskottet är till stor del tillfälligt och förklaras av att flera tjänster inom myndighetsutövningen "
            "har stått vakanta under vintern.",
            C(
                None,
                None,
                "+",
                "vakanser",
                note="The period surplus's reason in a paragraph of its own: a cause with amount null.",
            ),
        ),
        P(
            "Helårsprognosen pekar däremot mot ett underskott på 6,8 miljoner kronor, vilket motsvarar 1,9 procent "
            "av nämndens budgetram.",
            C(
                None,
                "6,8 miljoner kronor",
                "-",
                note="The full year; the percentage of the frame is not the amount.",
            ),
        ),
        table,
        Space(6),
        H("Verksamheternas avvikelser", 2),
        Para(
            (
                (
                    "Verksamheten beräknas överskrida budget med 5,7 mnkr. Antalet placeringar på HVB och i "
                    "konsulentstödda familjehem har ökat sedan årsskiftet och flera av placeringarna gäller ungdomar "
                    "med omfattande vårdbehov.",
                    C("Barn och unga", "5,7 mnkr", "-", "kopt_verksamhet", "volymer"),
                ),
                (
                    "Förvaltningen har startat ett arbete med att ersätta externa placeringar med förstärkt "
                    "öppenvård i egen regi.",
                    A("Barn och unga", None, "kopt_verksamhet"),
                ),
            ),
            lead="Barn och unga:",
        ),
        LP(
            "Vuxna, missbruk och beroende:",
            "Kostnaderna för köpt vård är högre än budgeterat. Två personer har placerats med stöd av LVM under "
            "perioden och en av placeringarna har blivit längre än planerat.",
            C(
                "Vuxna, missbruk och beroende",
                "−2 150",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="A reason-only passage: the table row's cell.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Prognosen är ett underskott om 1,8 mnkr. Fler hushåll än beräknat har behov av försörjningsstöd, "
            "främst på grund av att fler personer har lämnat etableringsprogrammet utan att ha fått arbete.",
            C("Ekonomiskt bistånd", "1,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        P(
            "Socialpsykiatri och Arbetsmarknad och integration visar överskott på 0,9 respektive 1,2 mnkr. Inom "
            "socialpsykiatrin har boendestödsteamet haft två vakanta tjänster, och arbetsmarknadsenheten har fått "
            "mer statsbidrag än beräknat för extratjänster.",
            C(
                "Socialpsykiatri",
                "0,9",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with a cause each: two items, the unit written once.",
                also=(C("Arbetsmarknad och integration", "1,2 mnkr", "+", "statsbidrag"),),
            ),
        ),
        P(
            "Nämnd och förvaltningsledning beräknas lämna ett överskott på 750 tkr, eftersom kostnaderna för "
            "konsulter i samband med bytet av verksamhetssystem blir lägre än budgeterat.",
            C(
                "Nämnd och förvaltningsledning",
                "750 tkr",
                "+",
                "inhyrd_personal",
                "it_digitalisering",
                note="Consultants for a system change: inhyrd_personal and it_digitalisering.",
            ),
        ),
        H("Förändring jämfört med februari", 2),
        P(
            "Prognosen har försämrats med 1,4 mnkr sedan februariuppföljningen, vilket i sin helhet beror på två "
            "nya placeringar inom barn och unga.",
            F(None, "1,4 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet."),
        Bullets(
            (
                "Genomgång av samtliga externa placeringar tillsammans med familjehemsenheten.",
                "Anställningsprövning av alla tjänster som inte är direkt klientnära, med en beräknad effekt på "
                "0,6 mnkr under 2026.",
            ),
            labels=(
                A(None, None, "kopt_verksamhet"),
                A(None, "0,6 mnkr", "bemanning"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för ekonomiskt bistånd ökar ytterligare under hösten om "
            "arbetslösheten i länet fortsätter att stiga.",
            O("Ekonomiskt bistånd", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="enkoping-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
