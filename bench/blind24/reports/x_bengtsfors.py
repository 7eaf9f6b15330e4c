"""Bengtsfors kommun, Socialnämnden, månadsuppföljning mars 2026.

A social committee's month report in tkr and mnkr after only three months, footer with the arbetsutskott's
meeting date in April: the full year as a "budgetöverdrag om 6,4 mnkr", the period against the periodised
budget in a sentence of its own ("utfallet ... 2,0 mnkr högre", a cause), the share of the annual budget used
(other), February's forecast level and the change since then (a forecast change); a verksamhet table whose
deviation is forecast minus budget, so a positive number is a deficit and "−800" is a surplus; bold run-in
verksamheter with a full stop: "gå back med 4,7 mnkr", "hamnar 800 tkr över budget" followed by March's
payments (a level), hours per month before the amount, "klara sin ram" (boilerplate) and three reason-only
passages that take the row's cell as printed ("−800", "−50", "−150") with a positive direction; two actions
(one with "ca 1,2 mnkr") and a risk with a monthly price and "nära en miljon kronor" (other). 8 scored
causes. Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = (
    "Reasons only: the table row's cell as printed. The table's deviation is forecast minus budget, so the "
    "minus sign means a surplus: the prose makes it positive."
)


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
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Bengtsfors kommun", "Socialnämnden"),
        footer=lambda n, m: (
            "Månadsuppföljning mars 2026",
            "Socialnämndens arbetsutskott 2026-04-14",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–mar", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "3 850", "905", "3 700", "−150"),
            ("Individ- och familjeomsorg", "28 400", "8 960", "33 100", "4 700"),
            ("Ekonomiskt bistånd", "9 200", "2 610", "10 000", "800"),
            ("Hemtjänst", "41 300", "10 880", "43 200", "1 900"),
            ("Särskilt boende", "62 500", "15 390", "62 500", "0"),
            ("LSS och socialpsykiatri", "35 700", "8 420", "34 900", "−800"),
            ("Hälso- och sjukvård", "18 900", "4 800", "18 850", "−50"),
            ("Summa", "199 850", "51 965", "206 250", "6 400"),
        ),
        widths=(170.0, 70.0, 84.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        P(
            "Uppföljningen avser januari–mars och bygger på bokfört utfall per den 31 mars samt verksamheternas "
            "bedömning av helåret. Nästa uppföljning lämnas per april i samband med tertialbokslutet."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämndens prognos för helåret pekar på ett budgetöverdrag om 6,4 mnkr.",
                C(
                    None,
                    "6,4 mnkr",
                    "-",
                    note="'Budgetöverdrag': the full year against budget, no reason here.",
                ),
            ),
            (
                "Mot den periodiserade budgeten är utfallet för januari–mars 2,0 mnkr högre.",
                C(
                    None,
                    "2,0 mnkr",
                    "-",
                    note="The period against the periodised budget in a sentence of its own: its own cause.",
                ),
            ),
            (
                "Efter tre månader har nämnden förbrukat 26,0 procent av årsbudgeten, att jämföra med riktvärdet "
                "25 procent.",
                O(None, note="The share of the annual budget used: a supporting figure."),
            ),
        ),
        P(
            "Föregående månad låg helårsprognosen på −4,9 mnkr. Försämringen med 1,5 mnkr kommer nästan helt från "
            "två nya placeringar av barn och unga på HVB under mars.",
            F(
                None,
                "1,5 mnkr",
                "-",
                "kopt_verksamhet",
                note="−4,9 mnkr is February's forecast level, not the change.",
            ),
        ),
        P("Avvikelse = prognos minus budget. Ett positivt tal innebär att budgeten överskrids.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Individ- och familjeomsorg.",
            "Placeringskostnaderna drar iväg. Verksamheten beräknas gå back med 4,7 mnkr, där två nya "
            "HVB-placeringar av ungdomar och en förlängd familjehemsplacering med förstärkt arvode står för "
            "huvuddelen. Öppenvården har samtidigt svårt att rekrytera behandlare, vilket gör att fler ärenden går "
            "till externa insatser.",
            C(
                "Individ- och familjeomsorg",
                "4,7 mnkr",
                "-",
                "kopt_verksamhet",
                "vakanser",
                note="'Gå back med': a colloquial shape for a deficit.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Fler hushåll har uttömt sin ersättning från a-kassan och söker försörjningsstöd. Helårsprognosen "
            "hamnar 800 tkr över budget. I mars betalades 0,9 mnkr ut, den högsta månadssumman sedan 2021.",
            C(
                "Ekonomiskt bistånd",
                "800 tkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="March's payments (0,9 mnkr) are a level, not the deviation.",
            ),
        ),
        LP(
            "Hemtjänst.",
            "Antalet beviljade timmar ligger drygt 1 100 timmar per månad över den nivå som budgeten bygger på, och "
            "sjukfrånvaron i hemtjänstgruppen i Billingsfors har krävt många timvikarier. Underskottet för helåret "
            "beräknas till 1,9 mnkr.",
            C(
                "Hemtjänst",
                "1,9 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="Hours per month come before the amount.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Verksamheten bedöms klara sin ram.",
            BP("Särskilt boende"),
        ),
        LP(
            "LSS och socialpsykiatri.",
            "En gruppbostad har haft två tomma lägenheter sedan årsskiftet, och en brukare med personlig assistans "
            "har fått ett utökat beslut från Försäkringskassan som täcker fler timmar. Båda delarna ger lägre "
            "kostnader än budgeterat.",
            C(
                "LSS och socialpsykiatri",
                "−800",
                "+",
                "volymer",
                "ersattning_fk",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Förskrivningen av hjälpmedel har varit lägre än väntat under första kvartalet.",
            C("Hälso- och sjukvård", "−50", "+", "material_hjalpmedel", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Nämnd och ledning.",
            "Nämnden har haft färre sammanträden än planerat, och kostnaderna för arvoden blir därför lägre.",
            C(
                "Nämnd och ledning",
                "−150",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " Members' fees: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Arbetsutskottet har gett förvaltningen i uppdrag att ta fram en handlingsplan för individ- och "
                "familjeomsorgen till aprilmötet.",
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
            (
                "Redan nu pågår arbete med att flytta hem två ungdomar från HVB till förstärkta familjehem, vilket "
                "beräknas minska kostnaderna med ca 1,2 mnkr på helår.",
                A("Individ- och familjeomsorg", "ca 1,2 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Osäkerheter i prognosen", 2),
        P(
            "Prognosen förutsätter att inga ytterligare placeringar tillkommer under året. En HVB-placering kostar i "
            "genomsnitt 120 tkr per månad, så redan en ny placering i maj skulle försämra utfallet med nära en "
            "miljon kronor.",
            O(
                "Individ- och familjeomsorg",
                "kopt_verksamhet",
                note="A risk with a price and an amount: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="bengtsfors-sn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Bengtsfors",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Socialnämnden", "author": "Bengtsfors kommun"},
        style=style,
        blocks=blocks,
    )
