"""Överkalix kommun, Barn- och utbildningsnämnden, bokslut 2025 (verksamhetsberättelse).

A school committee's year-end report set in DejaVu Serif Condensed 10 pt, with the adoption date in the
footer: the year's result "−2 620 tkr mot budget" followed in the same paragraph by the outcome against the
interim report's forecast (a forecast change, 480 tkr better); a table whose deviation column is outcome minus
budget with "minustecken = överskott", beside the previous year's deviations; headings that carry the area,
the word "underskott"/"överskott" and the amount ("Grundskola F–9 – underskott 1 420 tkr"), where the pupils
counted are not amounts; then three sentences in one paragraph, one verksamhet each, in new shapes ("lämnar
ett överskott om", "slutar 240 tkr under budget", "överskrider budget med 200 tkr"); school transport with
the amount in the last sentence; investments "återstår 560 tkr"; the previous year's result (other); an action
for 2026 with "cirka 900 tkr per år"; sick leave against 2024 (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area, the direction word and the amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Överkalix kommun", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Fastställd av nämnden 2026-02-12", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr. Avvikelse = utfall − budget (minustecken = överskott).",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och förvaltningsledning", "3 850", "3 610", "−240", "−120"),
            ("Förskola", "21 300", "21 050", "−250", "310"),
            ("Grundskola F–9", "38 900", "40 320", "1 420", "980"),
            ("Gymnasieskola", "19 600", "20 980", "1 380", "1 150"),
            ("Vuxenutbildning", "2 700", "2 350", "−350", "−90"),
            ("Kulturskola och fritidsgård", "2 450", "2 650", "200", "40"),
            ("Skolskjuts", "4 100", "4 560", "460", "380"),
            ("Summa", "92 900", "95 520", "2 620", "2 650"),
        ),
        widths=(158.0, 70.0, 70.0, 62.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-cond-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="serif-cond", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Nämnden redovisar för 2025 ett resultat på −2 620 tkr mot budget.",
                C(
                    None,
                    "−2 620 tkr",
                    "-",
                    note="The year's result against budget, no reason in the sentence.",
                ),
            ),
            (
                "I delårsbokslutet prognostiserades −3 100 tkr, så utfallet blev 480 tkr bättre än prognosen.",
                F(None, "480 tkr", "+", note="The outcome against the interim forecast: a forecast change."),
            ),
        ),
        table,
        HP(
            "Grundskola F–9 – underskott 1 420 tkr",
            "Elevantalet blev 14 elever högre än budgeterat efter inflyttning under våren. Statsbidraget för ökad "
            "jämlikhet halverades dessutom för höstterminen.",
            C(
                "Grundskola F–9",
                "1 420 tkr",
                "-",
                "volymer",
                "statsbidrag",
                note=HEAD + " 14 elever is not an amount.",
            ),
        ),
        HP(
            "Gymnasieskola – underskott 1 380 tkr",
            "Kommunen har inget eget gymnasium utan köper platser, främst i Kalix och Luleå. Fler ungdomar än väntat "
            "valde program med hög prislapp, och antalet elever ökade från 71 till 78 under hösten.",
            C("Gymnasieskola", "1 380 tkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Förskola – överskott 250 tkr",
            "Barnantalet har legat under det planerade hela året, och Tallåsens förskola har kunnat drivas med en "
            "avdelning färre.",
            C("Förskola", "250 tkr", "+", "volymer", note=HEAD),
        ),
        H("Övriga verksamheter", 3),
        PS(
            (
                "Vuxenutbildningen lämnar ett överskott om 350 tkr tack vare att statsbidraget för regionalt yrkesvux "
                "blev högre än budgeterat.",
                C("Vuxenutbildning", "350 tkr", "+", "statsbidrag"),
            ),
            (
                "Nämnd och förvaltningsledning slutar 240 tkr under budget, eftersom konsultstödet vid bytet av "
                "elevregister blev mindre än planerat.",
                C(
                    "Nämnd och förvaltningsledning",
                    "240 tkr",
                    "+",
                    "inhyrd_personal",
                    "it_digitalisering",
                    note="'Under budget' is a surplus. Consultants for a new system: inhyrd_personal and "
                    "it_digitalisering.",
                ),
            ),
            (
                "Kulturskolan och fritidsgården överskrider budget med 200 tkr, där fritidsgårdens utökade "
                "öppettider har krävt mer personal.",
                C("Kulturskola och fritidsgård", "200 tkr", "-", "bemanning"),
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Två nya turer till Lansjärv och Tallvik fick sättas in i augusti när fler elever i byarna började i "
            "skolan. Skolskjutsen kostade därmed 460 tkr mer än budgeterat.",
            C(
                "Skolskjuts",
                "460 tkr",
                "-",
                "volymer",
                note="The amount in the last sentence, after the reason.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 1 200 tkr återstår 560 tkr vid årets slut. Inköpet av nya elevdatorer sköts "
            "till 2026 i väntan på en gemensam upphandling med grannkommunerna.",
            C(
                "Investeringar",
                "560 tkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investment under-spending written as what remains.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Underskottet är i nivå med 2024, då nämnden redovisade −2 650 tkr.",
            O(None, note="The previous year's result: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att samla förskoleverksamheten i Överkalix tätort i två enheter från augusti 2026, "
            "vilket beräknas minska kostnaderna med cirka 900 tkr per år.",
            A("Förskola", "cirka 900 tkr", "omstallning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 5,2 procent, jämfört med 6,0 procent 2024. Minskningen beror främst på färre "
            "långa sjukskrivningar i förskolan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="overkalix-bun-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Överkalix",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Barn- och utbildningsnämnden",
            "author": "Överkalix kommun",
        },
        style=style,
        blocks=blocks,
    )
