"""Laxå kommun, Kommunstyrelsen, månadsuppföljning oktober 2025 (the whole kommun).

A small kommun's whole-kommun month report, all verksamhetsområden under the kommunstyrelse, whose footer carries
the kommunstyrelse's meeting in November: the period's result against the periodised budget ("utfallet är alltså
5,5 mnkr bättre än budget") and the full year's "negativ avvikelse på 9,8 mnkr" between two levels in separate
paragraphs, one sentence splitting it into the verksamheter's "underskott mot budget på 15,2 mnkr" and the
finance's "överskott på 5,4 mnkr" (two items), the change since September with its cause; a tkr table with
hyphen-minus deficits and September's deviation beside October's; then bullets under a generic heading
("Kommentarer per verksamhetsområde") in varied shapes: an area and U+2212 amount before a colon, "gå 4,2 mnkr
back" at the end of the bullet, a possessive with September's figure in brackets, a reason-only bullet (the
row's "-550"), "knappt en och en halv miljon kronor" in words, "+350 tkr." and "tack vare högre statsbidrag";
taxes and grants together and the finance net (two items, no tags); investments "16,5 mnkr lägre än budget";
two actions after an unlabelled lead-in, and the balanskrav (other). 14 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(64.0, 76.0, 64.0, 74.0),
        header=lambda n, m: ("Laxå kommun", "Månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "Dnr KS 2025/318", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhetsområde, tkr (minus = underskott mot budget)",
        header=(("Verksamhetsområde", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Stab och ledning", "38 400", "36 950", "1 450", "1 200"),
            ("Lärande", "142 600", "149 300", "-6 700", "-6 100"),
            ("Vård och omsorg", "168 900", "173 100", "-4 200", "-4 000"),
            ("Individ- och familjeomsorg", "41 200", "47 150", "-5 950", "-4 300"),
            ("Samhällsbyggnad", "36 800", "37 350", "-550", "-700"),
            ("Kultur och fritid", "14 300", "13 950", "350", "350"),
            ("Arbetsmarknad och integration", "9 600", "9 200", "400", "250"),
            ("Summa verksamheter", "451 800", "467 000", "-15 200", "-13 300"),
        ),
        widths=(150.0, 68.0, 68.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="sans-bold", after=2),
        Title(
            "Ekonomisk uppföljning av kommunens verksamheter januari–oktober med helårsprognos",
            size=11,
            font="sans",
            after=12,
        ),
        P(
            "Uppföljningen bygger på bokfört utfall till och med oktober och på verksamhetsområdenas bedömningar av "
            "helåret. Den behandlas av kommunstyrelsen och anmäls till kommunfullmäktige i december."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat för januari–oktober uppgår till 14,6 mnkr. Den periodiserade budgeten för samma "
            "period var 9,1 mnkr, och utfallet är alltså 5,5 mnkr bättre än budget.",
            C(
                None,
                "5,5 mnkr",
                "+",
                note="The period against the periodised budget, after two levels: a cause.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat på −3,8 mnkr mot ett budgeterat resultat på 6,0 mnkr, en negativ "
            "avvikelse på 9,8 mnkr.",
            C(None, "9,8 mnkr", "-", note="The full year: the deviation after two levels is the amount."),
        ),
        P(
            "Verksamheterna prognostiserar tillsammans ett underskott mot budget på 15,2 mnkr, medan skatteintäkter, "
            "generella statsbidrag och finansnetto ger ett överskott på 5,4 mnkr.",
            C(
                "Verksamheterna",
                "15,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(
                    C("Skatteintäkter, generella statsbidrag och finansnetto", "5,4 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        P(
            "Prognosen har försämrats med 2,3 mnkr sedan septemberuppföljningen, i huvudsak på grund av fler "
            "placeringar av barn och unga.",
            F(None, "2,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        Space(10),
        H("Kommentarer per verksamhetsområde", 2),
        Bullets(
            (
                "Lärande −6,7 mnkr: Fler elever i grundsärskolan och ökade kostnader för elever som går i andra "
                "kommuners skolor driver underskottet. Skolskjutsarna har dessutom blivit dyrare sedan det nya "
                "avtalet började gälla i augusti.",
                "Vård och omsorg: Hemtjänsten har under hösten utfört betydligt fler timmar än budgeterat, och "
                "sjukfrånvaron i nattpatrullen har krävt övertid. Sammantaget beräknas verksamhetsområdet gå 4,2 "
                "mnkr back.",
                "Individ- och familjeomsorgens prognos har försämrats till ett underskott på 5 950 tkr (−4 300 tkr i "
                "september). Tre nya placeringar av ungdomar på HVB under oktober förklarar huvuddelen av "
                "försämringen.",
                "Samhällsbyggnad: reparationerna av gatubelysningen efter stormen i februari har inte rymts inom "
                "budgeten.",
                "Stab och ledning beräknas lämna ett överskott på knappt en och en halv miljon kronor, eftersom två "
                "tjänster inom ekonomi och HR har stått vakanta under våren.",
                "Kultur och fritid +350 tkr. Filialbiblioteket har hållit stängt under ombyggnaden, vilket har "
                "minskat personal- och driftkostnaderna.",
                "Arbetsmarknad och integration visar ett överskott på 400 tkr, tack vare högre statsbidrag för "
                "extratjänster än beräknat.",
            ),
            labels=(
                C("Lärande", "−6,7 mnkr", "-", "volymer", "kopt_verksamhet", "prisokningar"),
                C(
                    "Vård och omsorg",
                    "4,2 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note="'Gå … back' at the end of the bullet: negative.",
                ),
                C(
                    "Individ- och familjeomsorg",
                    "5 950 tkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A possessive; September's figure in brackets is not the amount.",
                ),
                C(
                    "Samhällsbyggnad",
                    "-550",
                    "-",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Reason only (storm damage: ovrigt): the table row's cell.",
                ),
                C(
                    "Stab och ledning",
                    "knappt en och en halv miljon kronor",
                    "+",
                    "vakanser",
                    value=1_500_000,
                    note="An amount in words with 'knappt': the stated figure (the table shows 1 450).",
                ),
                C(
                    "Kultur och fritid",
                    "+350 tkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation: ovrigt.",
                ),
                C("Arbetsmarknad och integration", "400 tkr", "+", "statsbidrag"),
            ),
        ),
        H("Finansiering", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen blir enligt oktoberprognosen från SKR sammantaget 4,0 "
            "mnkr högre än budgeterat.",
            C("Skatteintäkter och generella statsbidrag", "4,0 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Finansnettot beräknas bli 1,4 mnkr bättre än budget eftersom den planerade upplåningen har skjutits upp "
            "till nästa år.",
            C("Finansnetto", "1,4 mnkr", "+", note=NO_TAG),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 48,0 mnkr. Prognosen är 31,5 mnkr, det vill säga 16,5 mnkr "
            "lägre än budget, framför allt eftersom ombyggnaden av förskolan i centrum har senarelagts till 2026.",
            C(
                "Investeringar",
                "16,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels: positive.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett de verksamhetsområden som visar underskott i uppdrag att vidta åtgärder.",
                None,
            ),
            (
                "Inom Lärande har en översyn av skolskjutsorganisationen påbörjats, med en beräknad effekt på 0,6 "
                "mnkr på helår.",
                A("Lärande", "0,6 mnkr"),
            ),
            (
                "Individ- och familjeomsorgen bygger ut öppenvården på hemmaplan för att minska behovet av externa "
                "placeringar.",
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till −3,8 mnkr. Ett negativt balanskravsresultat ska återställas inom tre "
            "år, och kommunstyrelsen föreslår att det regleras mot resultatutjämningsreserven.",
            O(None, note="Balanskrav and the reserve: other."),
        ),
    ]
    return ReportSpec(
        file="laxa-ks-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Laxå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025", "author": "Laxå kommun"},
        style=style,
        blocks=blocks,
    )
