"""Osby kommun, Omsorgsnämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report (period = the year), footer with the date the nämnd adopted it in
February: the result "ett underskott på 4 870 tkr mot budget" and, in the next sentence, the outcome against
the interim forecast with its cause (a forecast change), net cost growth against 2024 (other); a kostnadsslag
table in tkr with a trailing minus for deficits ("3 920-"); plain paragraphs per kostnadsslag whose subject is
the account group in varied shapes ("blev 2 850 tkr högre än budgeterat" for revenue, "överskred budget med",
"visar ett underskott om", "hamnade 760 tkr över budget") and a reason-only row ("220"); then plain headings per
verksamhet: "drygt två miljoner kronor" in words, "gick 1,4 mnkr back", a surplus with a vacancy, "ett
resultat i nivå med budget" (boilerplate), so the deficit is explained twice; investments "1,1 mnkr mindre än
budgeterat"; an action for next year and sick leave against 2024 (other). Liberation Serif (Times metrics)
11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Osby kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Omsorgsnämnden", "Antagen 2026-02-24", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr (underskott anges med minustecken efter beloppet)",
        header=(("Kostnadsslag", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "58 400", "61 250", "2 850"),
            ("Personalkostnader", "268 300", "272 220", "3 920-"),
            ("Köp av verksamhet", "24 100", "27 360", "3 260-"),
            ("Lokalkostnader", "31 500", "31 280", "220"),
            ("Övriga kostnader", "27 900", "28 660", "760-"),
            ("Nettokostnad", "293 400", "298 270", "4 870-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="times", after=14),
        H("Årets resultat", 2),
        Para(
            (
                (
                    "Omsorgsnämnden lämnar för 2025 ett underskott på 4 870 tkr mot budget.",
                    C(None, "4 870 tkr", "-", note="The year's result against budget."),
                ),
                (
                    "Det är 1 130 tkr bättre än prognosen i delårsrapporten, främst för att sjukfrånvaron minskade "
                    "under hösten.",
                    F(
                        None,
                        "1 130 tkr",
                        "+",
                        "sjukfranvaro",
                        note="The outcome against the interim forecast.",
                    ),
                ),
            )
        ),
        P(
            "Nämndens nettokostnader ökade med 5,8 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year."),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Verksamhetens intäkter blev 2 850 tkr högre än budgeterat. Statsbidraget för bemanning inom "
            "äldreomsorgen rekvirerades i större omfattning än beräknat och omvårdnadsavgifterna ökade när fler "
            "flyttade in på särskilt boende.",
            C(
                "Verksamhetens intäkter",
                "2 850 tkr",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                "volymer",
                note="Revenue above budget: positive.",
            ),
        ),
        P(
            "Personalkostnaderna överskred budget med 3 920 tkr. Under våren var sjukfrånvaron hög i hemtjänsten "
            "och på Ekängens särskilda boende, vilket gav höga kostnader för timvikarier och övertid.",
            C("Personalkostnader", "3 920 tkr", "-", "sjukfranvaro", "vikarier", "overtid"),
        ),
        P(
            "Köp av verksamhet visar ett underskott om 3 260 tkr, som beror på att fler personer än planerat har "
            "fått korttidsplats utanför kommunen i väntan på plats i särskilt boende.",
            C("Köp av verksamhet", "3 260 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Lokalkostnaderna blev något lägre än budgeterat efter en sänkt internhyra för Ekängen.",
            C(
                "Lokalkostnader",
                "220",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        P(
            "Övriga kostnader hamnade 760 tkr över budget, till stor del på grund av högre priser på livsmedel och "
            "förbrukningsmaterial.",
            C("Övriga kostnader", "760 tkr", "-", "prisokningar", "material_hjalpmedel"),
        ),
        H("Verksamheternas resultat", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten redovisar ett underskott på drygt två miljoner kronor. Antalet beviljade "
            "hemtjänsttimmar ökade kraftigt under andra halvåret, samtidigt som planeringen av turerna inte "
            "anpassades i samma takt.",
            C(
                "Hemtjänst",
                "drygt två miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                value=2_000_000,
                note="The amount in words: the stated figure. Route planning is bemanning.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Särskilt boende gick 1,4 mnkr back, främst på grund av sjukfrånvaron under våren.",
            C("Särskilt boende", "1,4 mnkr", "-", "sjukfranvaro"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Hälso- och sjukvården redovisar ett överskott på 0,9 mnkr. Två sjukskötersketjänster var vakanta under "
            "större delen av året, utan att inhyrd personal behövde tas in.",
            C(
                "Hälso- och sjukvård",
                "0,9 mnkr",
                "+",
                "vakanser",
                note="Hired staff was not needed: no inhyrd_personal tag.",
            ),
        ),
        H("Myndighet och administration", 3),
        P("Verksamheten gjorde ett resultat i nivå med budget.", BP("Myndighet och administration")),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 1,6 mnkr, vilket är 1,1 mnkr mindre än budgeterat, eftersom bytet till "
            "digitala trygghetslarm blev billigare än beräknat.",
            C(
                "Investeringar",
                "1,1 mnkr",
                "+",
                "material_hjalpmedel",
                note="Investment under-spending: alarms are equipment.",
            ),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden beslutat om en handlingsplan med minskad användning av externa korttidsplatser, "
            "som beräknas minska kostnaderna med 1,8 mnkr.",
            A(None, "1,8 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Sjukfrånvaron för året var 8,9 procent, att jämföra med 10,2 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="osby-on-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Omsorgsnämnden", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
