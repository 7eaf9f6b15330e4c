"""Karlskoga kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report in tkr and mnkr, footer with the nämnd's meeting date in November: the full
year "underskott på 9,6 mnkr mot budget" with a percentage of the frame and the change since September in the
same paragraph (a cause and a forecast change), the period "7,2 mnkr högre än periodiserad budget" (a net cost,
negative); two kostnadsslag in one sentence with "medan" (personnel under budget from vacancies, hired
social workers over it: two items); a verksamhet table in tkr with a trailing minus for deficits ("4 350-");
bold run-in verksamheter with a colon: barn och unga with reasons only (the row's "4 350-") and an action in
the same paragraph, vuxna "överstiger budget med 2,6 mnkr" with a water-damaged shelter, ekonomiskt bistånd
with reasons only and a household count against last year (other), a surplus "på 1 420 tkr", "Det negativa
resultatet på 1,3 mnkr kan härledas till", "i nivå med budget" (boilerplate), a reason-only surplus (the
row's "550"); two actions as bullets (one with its effect) and a risk with a range (other). 10 scored causes.
Liberation Serif (Times metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only in the prose: the table row's amount (tkr, trailing minus for a deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("KARLSKOGA KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2025-11-18", "Månadsrapport oktober 2025", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott anges med minus efter beloppet)",
        header=(("Verksamhet", "Budget helår", "Utfall jan–okt", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "11 030", "13 650", "550"),
            ("Barn och unga", "96 800", "85 120", "101 150", "4 350-"),
            ("Vuxna", "38 400", "34 460", "41 020", "2 620-"),
            ("Ekonomiskt bistånd", "52 600", "46 780", "55 900", "3 300-"),
            ("Arbetsmarknad och integration", "21 300", "16 240", "19 880", "1 420"),
            ("Funktionsstöd LSS", "164 500", "138 010", "165 770", "1 270-"),
            ("Socialpsykiatri", "31 900", "26 540", "31 900", "0"),
            ("Summa", "419 700", "358 180", "429 270", "9 570-"),
        ),
        widths=(160.0, 68.0, 72.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Socialnämnden prognostiserar för helåret ett underskott på 9,6 mnkr mot budget, vilket motsvarar "
                "2,3 procent av nämndens ram.",
                C(None, "9,6 mnkr", "-", note="The percentage of the frame is not the amount."),
            ),
            (
                "Prognosen har försämrats med 1,1 mnkr sedan september.",
                F(None, "1,1 mnkr", "-"),
            ),
        ),
        P(
            "Utfallet till och med oktober är 7,2 mnkr högre än periodiserad budget.",
            C(None, "7,2 mnkr", "-", note="A net cost above the periodised budget: negative."),
        ),
        P(
            "Personalkostnaderna ligger 1,8 mnkr under budget till följd av vakanser inom myndighetsutövningen, "
            "medan kostnaderna för inhyrda socialsekreterare överstiger budget med 2,3 mnkr.",
            C(
                "Personalkostnader",
                "1,8 mnkr",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence joined by 'medan': two items.",
                also=(C("Inhyrd personal", "2,3 mnkr", "-", "inhyrd_personal"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och unga:",
            "Avvikelsen beror främst på fler placeringar på HVB än budgeterat. I oktober var elva barn och unga "
            "placerade på institution, mot sex vid årets början, och två av placeringarna är enligt LVU med "
            "särskilt höga dygnskostnader.",
            C(
                "Barn och unga",
                "4 350-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
            (
                "Under hösten har öppenvårdsteamet Lotsen förstärkts med två socionomer för att fler insatser ska "
                "kunna ges på hemmaplan.",
                A("Barn och unga", None, "kopt_verksamhet"),
            ),
        ),
        LP(
            "Vuxna:",
            "Kostnaderna för skyddat boende för våldsutsatta överstiger budget med 2,6 mnkr. Behovet har ökat under "
            "året, och förvaltningen har inte kunnat använda det egna jourboendet, som har varit stängt efter en "
            "vattenskada sedan juni.",
            C(
                "Vuxna",
                "2,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "ovrigt",
                note="A water damage closing the own shelter is ovrigt.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna blir högre än budgeterat. Fler hushåll har försörjningsstöd som huvudsaklig "
            "inkomstkälla, och allt fler av dem saknar ersättning från a-kassan.",
            C(
                "Ekonomiskt bistånd",
                "3 300-",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
            (
                "Antalet hushåll med bistånd är 12 procent fler än samma period 2024.",
                O("Ekonomiskt bistånd", note="A volume against the previous year: other."),
            ),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Verksamheten går med ett överskott på 1 420 tkr, främst för att statsbidraget för extratjänster blev "
            "högre än beräknat och för att en arbetsmarknadskonsulent har varit tjänstledig utan att ersättas.",
            C("Arbetsmarknad och integration", "1 420 tkr", "+", "statsbidrag", "vakanser"),
        ),
        LP(
            "Funktionsstöd:",
            "Det negativa resultatet på 1,3 mnkr kan härledas till två nya ärenden om personlig assistans där "
            "Försäkringskassan har avslagit ansökan om assistansersättning, så att kommunen bär hela kostnaden.",
            C("Funktionsstöd", "1,3 mnkr", "-", "ersattning_fk"),
        ),
        LP("Socialpsykiatri:", "Prognosen är i nivå med budget.", BP("Socialpsykiatri")),
        LP(
            "Nämnd och förvaltningsledning:",
            "Lägre arvodeskostnader för förtroendevalda och en vakant controllertjänst under våren ger ett "
            "överskott.",
            C(
                "Nämnd och förvaltningsledning",
                "550",
                "+",
                "vakanser",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Members' fees are ovrigt.",
            ),
        ),
        H("Åtgärder för en budget i balans", 2),
        Para((("Förvaltningen arbetar med följande åtgärder under resten av året:", None),)),
        Bullets(
            (
                "Alla nya placeringar av barn och unga beslutas av förvaltningschefen efter prövning av alternativ "
                "på hemmaplan.",
                "Uppföljningen av pågående ärenden om försörjningsstöd intensifieras, vilket beräknas minska "
                "kostnaderna med 400 tkr under november och december.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", "400 tkr", "ekonomiskt_bistand"),
            ),
        ),
        H("Risker", 2),
        P(
            "Om ytterligare placeringar på institution blir nödvändiga under november och december kan prognosen för "
            "barn och unga försämras med 1–2 mnkr.",
            O("Barn och unga", note="A risk with a range: other."),
        ),
    ]
    return ReportSpec(
        file="karlskoga-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Karlskoga",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Karlskoga kommun"},
        style=style,
        blocks=blocks,
    )
