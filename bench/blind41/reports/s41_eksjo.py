"""Eksjö kommun, Barn- och utbildningsnämnden, månadsuppföljning oktober 2025.

A school committee's month report set in Liberation Sans Narrow 10 pt, footer with the nämnd's meeting date
in November: the full year "ett underskott mot budget på 4 860 tkr för 2025 (föregående månad 5 310 tkr)"
with last month's figure in brackets, the improvement since September with its cause (a forecast change),
the period "3,1 mnkr högre än periodiserad budget" in a paragraph of its own; a reading note declaring a
trailing minus for deficits, and a table with the deviation in September and October side by side ("2 240-",
"670"); then bold run-in verksamheter with a colon in varied shapes: "Prognosen visar 2,2 mnkr över budget",
reasons only (the October cell "2 850-" with its trailing minus), reasons first and "ett överskott på 670 tkr"
last, "ett plus på knappt 0,9 mnkr", "Helårseffekten blir 930 tkr sämre än budget", "Underskottet på 1,1
mnkr beror på", "beräknas gå jämnt ut mot budget" (boilerplate) and a reason-only surplus (the cell "700");
an action with its effect and preschool volumes against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

CELL = "Reasons only: the table row's October cell as printed (trailing minus for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Eksjö kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: (
            "Barn- och utbildningsnämnden 2025-11-19",
            "Månadsuppföljning oktober 2025",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse sep", "Avvikelse okt"),),
        rows=(
            ("Förskola", "118 400", "120 640", "2 050-", "2 240-"),
            ("Grundskola F–9", "262 300", "265 150", "3 300-", "2 850-"),
            ("Gymnasium", "96 800", "96 130", "120-", "670"),
            ("Vuxenutbildning", "22 500", "21 610", "860", "890"),
            ("Skolskjuts", "14 200", "15 130", "840-", "930-"),
            ("Elevhälsa", "19 600", "20 700", "1 080-", "1 100-"),
            ("Kulturskola", "7 300", "7 300", "0", "0"),
            ("Central administration", "31 200", "30 500", "1 220", "700"),
            ("Summa", "572 300", "577 160", "5 310-", "4 860-"),
        ),
        widths=(140.0, 72.0, 72.0, 74.0, 74.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.92, 0.86),
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="narrow-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="narrow", after=12),
        H("Sammanfattande kommentar", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott mot budget på 4 860 tkr för 2025 (föregående månad 5 310 tkr).",
                C(None, "4 860 tkr", "-", note="Last month's figure in brackets is not the amount."),
            ),
            (
                "Förbättringen på 450 tkr sedan september förklaras främst av att höstterminens elevantal på "
                "gymnasiet blev högre än beräknat.",
                F(None, "450 tkr", "+", "volymer"),
            ),
        ),
        P(
            "Utfallet för januari–oktober är 3,1 mnkr högre än periodiserad budget.",
            C(None, "3,1 mnkr", "-", note="The period's net cost above the periodised budget: negative."),
        ),
        P("Avvikelse = budget minus prognos. Minustecken efter beloppet anger underskott.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Förskola:",
            "Prognosen visar 2,2 mnkr över budget. Barnantalet i Eksjö tätort har ökat mer än "
            "befolkningsprognosen visade, och en extra avdelning har öppnats på Prästängens förskola i augusti.",
            C("Förskola", "2,2 mnkr", "-", "volymer", note="'över budget' for a cost: negative."),
        ),
        LP(
            "Grundskola F–9:",
            "Kostnaderna för interkommunala ersättningar till fristående skolor och andra kommuner ökar, samtidigt "
            "som behovet av resursförstärkningar för elever med särskilda behov är större än budgeterat.",
            C(
                "Grundskola F–9",
                "2 850-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=CELL,
            ),
        ),
        LP(
            "Gymnasium:",
            "Gymnasiet har fler elever från Nässjö och Vetlanda än budgeterat, vilket ger ökade interkommunala "
            "intäkter. Verksamheten beräknas nu ge ett överskott på 670 tkr.",
            C(
                "Gymnasium",
                "670 tkr",
                "+",
                "volymer",
                "avgifter_intakter",
                note="Reasons first, the amount last.",
            ),
        ),
        LP(
            "Vuxenutbildning:",
            "Statsbidraget för yrkesvux blev högre än vad som beräknades i budgeten, vilket ger ett plus på knappt "
            "0,9 mnkr.",
            C("Vuxenutbildning", "knappt 0,9 mnkr", "+", "statsbidrag"),
        ),
        LP(
            "Skolskjuts:",
            "Den nya upphandlingen av skolskjutstrafiken från augusti har gett ett högre pris per tur. "
            "Helårseffekten blir 930 tkr sämre än budget.",
            C(
                "Skolskjuts",
                "930 tkr",
                "-",
                "prisokningar",
                note="A dearer transport contract: prisokningar.",
            ),
        ),
        LP(
            "Elevhälsa:",
            "Underskottet på 1,1 mnkr beror på att två skolpsykologtjänster har bemannats med konsulter under "
            "vakanserna.",
            C("Elevhälsa", "1,1 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        LP("Kulturskola:", "Kulturskolan beräknas gå jämnt ut mot budget.", BP("Kulturskola")),
        LP(
            "Central administration:",
            "Överskottet beror på att införandet av en ny lärplattform har skjutits upp till 2026.",
            C(
                "Central administration",
                "700",
                "+",
                "it_digitalisering",
                "periodisering",
                unit="tkr",
                table=True,
                note=CELL,
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid inhyrning av vikarier inom förskolan. Åtgärden beräknas "
            "minska kostnaderna med 300 tkr under november–december.",
            A("Förskola", "300 tkr", "vikarier"),
        ),
        H("Övrigt", 2),
        P(
            "Antalet inskrivna barn i förskolan var 812 i oktober, 34 fler än i oktober 2024, vilket beror på "
            "inflyttning till de nya bostadsområdena i södra Eksjö.",
            O("Förskola", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="eksjo-bun-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Eksjö",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Barn- och utbildningsnämnden",
            "author": "Eksjö kommun",
        },
        style=style,
        blocks=blocks,
    )
