"""Södertälje kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), footer with the date the nämnd
adopted it in February: the result "ett underskott på två miljoner kronor jämfört med budget" (an amount in
words; the table says −2 040), the outcome against the interim report's forecast with its cause (a forecast
change); a table in tkr with U+2212 minus signs; bold run-in verksamheter ending in a full stop or a colon:
"överskrider budget med 3,5 mnkr" with three causes, a reason-only deficit (the row's "−880"), two
verksamheter under one lead as a "respektive" pair with partly shared causes (two items, different tags),
"lägre kostnader än budgeterat, 430 tkr" after a colon, "vilket förklarar överskottet på 300 tkr" and
grants "enligt budget" (boilerplate); investments "5,3 mnkr mindre än budgeterat", an action for next year
with its effect and swimming-hall visits against 2024 with "beror på" (other). Liberation Serif (Times
metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Södertälje kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Fastställd av nämnden 2026-02-24", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9 850", "9 420", "430"),
            ("Bibliotek", "42 300", "43 180", "−880"),
            ("Kulturskola", "31 600", "30 940", "660"),
            ("Idrott och anläggningar", "68 900", "72 350", "−3 450"),
            ("Fritidsgårdar och unga", "24 100", "23 200", "900"),
            ("Kultur och evenemang", "15 200", "14 900", "300"),
            ("Föreningsbidrag", "21 000", "21 000", "0"),
            ("Summa", "212 950", "214 990", "−2 040"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times-italic", after=12),
        H("Viktiga händelser under året", 2),
        P(
            "Under året öppnade ett nytt aktivitetshus i Hovsjö och sommarlovsaktiviteterna nådde fler barn än "
            "något tidigare år. Biblioteken införde meröppet på ytterligare två filialer."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett underskott på två miljoner kronor jämfört med budget för "
            "2025.",
            C(
                None,
                "två miljoner kronor",
                "-",
                value=2_000_000,
                note="An amount in words: the stated figure (the table says −2 040).",
            ),
        ),
        P(
            "Det är 0,7 mnkr bättre än prognosen i delårsrapporten, eftersom intäkterna från sommarens evenemang "
            "blev högre än beräknat.",
            F(None, "0,7 mnkr", "+", "avgifter_intakter", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Idrott och anläggningar.",
            "Verksamheten överskrider budget med 3,5 mnkr. Energikostnaderna i ishallarna och simhallarna har "
            "varit högre än budgeterat, och simhallen i Järna var stängd i fyra månader efter en vattenskada, med "
            "uteblivna entréintäkter som följd.",
            C(
                "Idrott och anläggningar",
                "3,5 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                "avgifter_intakter",
                note="Energy costs are prisokningar, water damage ovrigt, lost entrance fees avgifter_intakter.",
            ),
        ),
        LP(
            "Bibliotek.",
            "Biblioteken går med underskott, vilket förklaras av ett nytt avtal för e-medier där kostnaden per lån "
            "har höjts, samt av licenskostnader för det nya bibliotekssystemet.",
            C(
                "Bibliotek",
                "−880",
                "-",
                "prisokningar",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="A reason-only deficit: the table row's cell.",
            ),
        ),
        LP(
            "Kulturskola och fritidsgårdar.",
            "Kulturskolan och fritidsgårdarna lämnar överskott på 0,7 respektive 0,9 mnkr. Båda har haft vakanta "
            "tjänster under hösten, och kulturskolan har dessutom fått fler betalande elever än beräknat.",
            C(
                "Kulturskola",
                "0,7",
                "+",
                "vakanser",
                "volymer",
                "avgifter_intakter",
                unit="mnkr",
                note="A 'respektive' pair under one lead: two items; the extra pupils concern the kulturskola "
                "only. The prose's 0,7 rounds the row's 660.",
                also=(C("Fritidsgårdar och unga", "0,9 mnkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Nämnd och administration:",
            "lägre kostnader än budgeterat, 430 tkr, främst för att en utredartjänst inte har tillsatts.",
            C("Nämnd och administration", "430 tkr", "+", "vakanser"),
        ),
        LP(
            "Kultur och evenemang.",
            "Sommarens evenemang i Stadsparken gav högre intäkter från biljettförsäljning och sponsring än "
            "budgeterat, vilket förklarar överskottet på 300 tkr.",
            C("Kultur och evenemang", "300 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Föreningsbidrag.",
            "Bidragen till föreningslivet har betalats ut enligt budget.",
            BP("Föreningsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna blev 11,2 mnkr, vilket är 5,3 mnkr mindre än budgeterat. Bytet av konstgräs på "
            "fotbollsplanen i Pershagen har flyttats till 2026 sedan upphandlingen avbrutits.",
            C("Investeringar", "5,3 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att höja avgifterna för vuxnas hyra av idrottshallar med 10 procent från den 1 "
            "mars 2026, vilket beräknas ge 0,6 mnkr i ökade intäkter.",
            A("Idrott och anläggningar", "0,6 mnkr", "avgifter_intakter"),
        ),
        H("Verksamhetens volymer", 2),
        Para(
            (
                (
                    "Antalet besök i simhallarna minskade med 18 procent jämfört med 2024, vilket beror på "
                    "stängningen i Järna.",
                    O(
                        "Idrott och anläggningar",
                        note="Visits against the previous year with 'beror på': other.",
                    ),
                ),
            )
        ),
    ]
    return ReportSpec(
        file="sodertalje-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Södertälje kommun",
        },
        style=style,
        blocks=blocks,
    )
