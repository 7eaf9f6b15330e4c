"""Laholms kommun, Socialnämnden, delårsrapport augusti 2025.

A social committee's interim report in tkr, deficits in brackets in the table ("(4 350)"), Liberation Sans 10
pt, footer with the nämnd's meeting date in September: the period "3 120 tkr sämre än den periodiserade
budgeten" and the full year "ett underskott på 6 850 tkr" with its reasons in the next sentence (two items);
kostnadsslag in one sentence ("1,3 mnkr lägre än budget … medan köp av verksamhet … överstiga budget med 5,6
mnkr", two items); then headings that carry the area and amount ("Barn och familj, −4 350 tkr") with a grant
that is only a part, a reason-only surplus under a plain heading (the row's "420"), a bold run-in
"Ekonomiskt bistånd." whose prose gives "2,4 mnkr" against a table in tkr, "Inom funktionsstöd LSS beror
avvikelsen på −1 070 tkr", "ger ett överskott om 400 tkr" and "följer budget" beside a row of 150
(boilerplate); the change since April, two actions, a risk and investments used in full (boilerplate). 9
scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Laholms kommun", "Delårsrapport 2025 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24, § 87", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "9 310", "14 050", "150"),
            ("Barn och familj", "61 400", "45 020", "65 750", "(4 350)"),
            ("Vuxenenheten", "22 800", "14 700", "22 380", "420"),
            ("Ekonomiskt bistånd", "31 500", "22 890", "33 900", "(2 400)"),
            ("Funktionsstöd LSS", "118 600", "79 880", "119 670", "(1 070)"),
            ("Arbetsmarknadsenheten", "12 300", "7 640", "11 900", "400"),
            ("Summa", "260 800", "179 440", "267 650", "(6 850)"),
        ),
        widths=(158.0, 66.0, 72.0, 68.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=3),
        Title("Socialnämnden", size=12, font="arial", after=14),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Socialnämnden redovisar per den 31 augusti ett resultat som är 3 120 tkr sämre än den "
                "periodiserade budgeten.",
                C(None, "3 120 tkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "Helårsprognosen är ett underskott på 6 850 tkr, motsvarande 2,6 procent av nämndens ram. Den "
                "största delen förklaras av kostnader för externa placeringar inom barn och familj samt ett högre "
                "försörjningsstöd.",
                C(
                    None,
                    "6 850 tkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The full year with its reasons in the next sentence: one item; the percentage is not "
                    "the amount.",
                ),
            ),
        ),
        P(
            "Sett till kostnadsslag blir personalkostnaderna 1,3 mnkr lägre än budget till följd av vakanser bland "
            "socialsekreterare, medan köp av verksamhet beräknas överstiga budget med 5,6 mnkr.",
            C(
                "Personalkostnader",
                "1,3 mnkr",
                "+",
                "vakanser",
                note="Two kostnadsslag joined by 'medan': two items.",
                also=(C("Köp av verksamhet", "5,6 mnkr", "-", note="No reason of its own: no tag."),),
            ),
        ),
        table,
        HP(
            "Barn och familj, −4 350 tkr",
            "Under våren har sex barn placerats på HVB efter beslut enligt LVU, och två av placeringarna har krävt "
            "extra personal dygnet runt. Kostnaden för köpta platser beräknas därmed överstiga budget. Samtidigt "
            "har statsbidraget för den sociala barn- och ungdomsvården gett 600 tkr mer än beräknat, vilket dämpar "
            "underskottet.",
            C(
                "Barn och familj",
                "−4 350 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "statsbidrag",
                note="A heading that carries the area and amount; the 600 tkr grant is a part.",
            ),
        ),
        H("Vuxenenheten", 3),
        P(
            "Vuxenenheten visar ett litet överskott. Färre personer än väntat har behövt behandling på institution "
            "för missbruk, och en vakant socialsekreterartjänst har inte tillsatts under sommaren.",
            C(
                "Vuxenenheten",
                "420",
                "+",
                "kopt_verksamhet",
                "volymer",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd ligger 2,4 mnkr över budget på helåret. Fler hushåll har varit "
            "långvarigt beroende av bistånd sedan etableringsersättningen upphörde för flera familjer, och "
            "arbetsmarknaden för unga vuxna har försvagats.",
            C(
                "Ekonomiskt bistånd",
                "2,4 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="A bold run-in lead; mnkr in the prose against a table in tkr.",
            ),
        ),
        H("Funktionsstöd och arbetsmarknad", 3),
        P(
            "Inom funktionsstöd LSS beror avvikelsen på −1 070 tkr främst på ett nytt ärende med personlig "
            "assistans där Försäkringskassan har avslagit ansökan om assistansersättning, så att kommunen bär hela "
            "kostnaden.",
            C("Funktionsstöd LSS", "−1 070 tkr", "-", "ersattning_fk", note="The area after 'Inom'."),
        ),
        P(
            "Arbetsmarknadsenheten har fått högre ersättning från Arbetsförmedlingen än budgeterat för platser inom "
            "extratjänster, vilket ger ett överskott om 400 tkr.",
            C(
                "Arbetsmarknadsenheten",
                "400 tkr",
                "+",
                "statsbidrag",
                note="State compensation for extratjänster: statsbidrag.",
            ),
        ),
        P(
            "Nämnd och förvaltningsledning följer budget.",
            BP("Nämnd och förvaltningsledning", note="'Följer budget' beside a row of 150: boilerplate."),
        ),
        H("Förändring sedan april", 2),
        P(
            "Prognosen har försämrats med 1 900 tkr jämfört med aprilrapporten, till största delen på grund av de "
            "nya placeringarna inom barn och familj.",
            F(None, "1 900 tkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att nå en budget i balans:"),
        Bullets(
            (
                "Ett öppenvårdsteam för familjer startar i oktober för att minska behovet av externa placeringar, "
                "och effekten beräknas till 1,2 mnkr per år.",
                "Alla hushåll som har haft ekonomiskt bistånd i mer än tre månader följs upp av "
                "arbetsmarknadsenheten.",
            ),
            labels=(
                A("Barn och familj", "1,2 mnkr", "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        Para(
            (
                (
                    "Det finns en risk att ytterligare placeringar tillkommer under hösten, vilket inte ingår i "
                    "prognosen.",
                    O("Barn och familj", note="A risk."),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 850 tkr för inventarier beräknas förbrukas fullt ut.",
            BP("Investeringar", note="Investments used in full: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="laholm-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
