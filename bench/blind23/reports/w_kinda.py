"""Kinda kommun, Socialnämnden, bokslut 2025.

A social committee's year-end report in tkr (period = the year), footer with the nämnd's meeting date in
February: the deficit "5 310 tkr, vilket motsvarar 2,1 procent av budgetramen på 252 900 tkr" (the share and
the ram are not the amount); the outcome "1,7 mnkr bättre än prognosen i delårsrapporten" with its cause
(forecast change); a driftredovisning with last year's outcome beside the budget; headings that carry the
verksamhet and amount in tkr with U+2212 ("Hemtjänst −2 140 tkr") over paragraphs: home care with volumes,
longer driving and overtime, a nursing home ward kept open although the budget assumed its closure, LSS with
a brukare who moved and a delayed daily activity, IFO whose second sentence gives the income support's own
surplus ("1 250 tkr lägre än budgeterat", its own item), and administration with a vacancy; investments "Av
investeringsramen återstår 680 tkr"; sick leave against last year (other) and a new allocation model for
2026 (action without effect). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Kinda kommun", "Socialnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-02-17", "", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "14 300", "13 540", "760", "13 910"),
            ("Hemtjänst", "58 600", "60 740", "−2 140", "55 830"),
            ("Särskilt boende", "96 200", "99 660", "−3 460", "94 120"),
            ("LSS", "41 700", "40 520", "1 180", "40 960"),
            ("Individ- och familjeomsorg", "42 100", "43 750", "−1 650", "39 470"),
            ("Summa", "252 900", "258 210", "−5 310", "244 290"),
        ),
        widths=(150.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="times-bold", after=2),
        Title("Socialnämnden", size=14, font="times", after=14),
        H("Ekonomiskt utfall", 1),
        P(
            "Socialnämnden redovisar för 2025 ett underskott på 5 310 tkr, vilket motsvarar 2,1 procent av "
            "budgetramen på 252 900 tkr.",
            C(None, "5 310 tkr", "-", note="The share and the ram are not the amount."),
        ),
        P(
            "I delårsrapporten prognostiserades ett underskott på 7,0 mnkr. Utfallet blev därmed 1,7 mnkr bättre "
            "än prognosen, främst för att statsbidraget för bemanning inom äldreomsorgen beviljades först i "
            "november och kunde användas till redan anställd personal.",
            F(None, "1,7 mnkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst −2 140 tkr",
            "Antalet utförda hemtjänsttimmar ökade under hösten, särskilt i Rimforsa och Horn, och körtiderna "
            "på landsbygden har blivit längre. Verksamheten har också haft höga kostnader för övertid under "
            "semesterperioden.",
            C("Hemtjänst", "−2 140 tkr", "-", "volymer", "overtid"),
        ),
        HP(
            "Särskilt boende −3 460 tkr",
            "Underskottet uppstod främst på Ängsgården, där en avdelning med tolv platser hölls öppen hela året "
            "trots att budgeten utgick från att den skulle avvecklas i mars. Sjuklönekostnaderna har dessutom "
            "varit höga.",
            C(
                "Särskilt boende",
                "−3 460 tkr",
                "-",
                "omstallning",
                "sjukfranvaro",
                note="A closure that did not happen: omstallning.",
            ),
        ),
        HP(
            "LSS +1 180 tkr",
            "En brukare med omfattande insatser har flyttat till en annan kommun, och den planerade dagliga "
            "verksamheten i Kisa startade inte under året.",
            C("LSS", "+1 180 tkr", "+", "volymer", "periodisering"),
        ),
        Para(
            (
                (
                    "Kostnaderna för placeringar av barn och unga har varit höga under hela året, med två "
                    "ungdomar placerade enligt LVU sedan i våras.",
                    C("Individ- och familjeomsorg", "−1 650 tkr", "-", "kopt_verksamhet"),
                ),
                (
                    "Försörjningsstödet blev däremot 1 250 tkr lägre än budgeterat, eftersom fler hushåll har "
                    "gått vidare till arbete eller studier.",
                    C(
                        "Försörjningsstöd",
                        "1 250 tkr",
                        "+",
                        "ekonomiskt_bistand",
                        "volymer",
                        note="A sub-area's surplus inside the heading's paragraph: its own item.",
                    ),
                ),
            ),
            head="Individ- och familjeomsorg −1 650 tkr",
        ),
        HP(
            "Nämnd och administration +760 tkr",
            "Tjänsten som verksamhetschef för vård och omsorg var vakant under första halvåret.",
            C("Nämnd och administration", "+760 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen återstår 680 tkr vid årets slut, då upphandlingen av nya trygghetslarm drog ut "
            "på tiden.",
            C("Investeringar", "680 tkr", "+", "periodisering", note="An unused remainder: under-spending."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i nämndens verksamheter var 8,9 procent, jämfört med 9,6 procent under 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat om en ny resursfördelningsmodell för hemtjänsten, där budgeten följer de "
            "beviljade timmarna månad för månad.",
            A("Hemtjänst", None, "volymer"),
        ),
    ]
    return ReportSpec(
        file="kinda-sn-bokslut-2025.pdf",
        report={
            "municipality": "Kinda",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Kinda kommun"},
        style=style,
        blocks=blocks,
    )
