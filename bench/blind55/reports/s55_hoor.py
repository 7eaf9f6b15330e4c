"""Höörs kommun, Vård- och omsorgsnämnden, månadsrapport mars 2026.

An elderly-care month report in tkr and mkr, footer with the adjustment date in April: the full year
"underskott om −6,8 mkr (−5,9 mkr i februari)" with last month's figure in brackets, the change since February
with its cause; a verksamhet table in tkr with a trailing minus ("3 400-"); headings that carry the area and
the amount in mkr with U+2212 ("Hemtjänst −3,4 mkr", "Nämnd och ledning +0,9 mkr", "Dagverksamhet ±0 mkr"
over "bedöms gå jämnt ut", boilerplate); under one heading a reason paragraph followed by an action sentence
(its own item); two kostnadsslag in one sentence after "Sett per kostnadsslag" ("−4,2 mkr, medan köp av
verksamhet överskrider budget med 1,1 mkr"), so the deficit is explained twice; an unbudgeted grant left out
of the forecast and sick leave against last year (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Höörs kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Justerad 2026-04-22", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Utfall mars", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "14 200", "3 150", "13 300", "900"),
            ("Hemtjänst", "96 500", "25 800", "99 900", "3 400-"),
            ("Särskilt boende", "118 700", "30 900", "120 800", "2 100-"),
            ("Hemsjukvård och rehabilitering", "41 300", "10 900", "43 100", "1 800-"),
            ("Funktionsstöd", "52 800", "13 400", "53 200", "400-"),
            ("Dagverksamhet", "6 100", "1 500", "6 100", "0"),
            ("Summa", "329 600", "85 650", "336 400", "6 800-"),
        ),
        widths=(170.0, 66.0, 70.0, 66.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.91, 0.86),
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="sans-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Vård- och omsorgsnämnden prognostiserar för helåret ett underskott om −6,8 mkr (−5,9 mkr i februari).",
            C(None, "−6,8 mkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Underskottet har ökat med 0,9 mkr sedan februariprognosen, främst beroende på fler beslutade "
            "hemtjänsttimmar i mars.",
            F(None, "0,9 mkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst −3,4 mkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan december, och sjukfrånvaron i "
            "hemtjänstgrupp Norr har krävt fler timvikarier än planerat.",
            C("Hemtjänst", "−3,4 mkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Särskilt boende −2,1 mkr",
            "Avvikelsen beror på att en avdelning på Ljungbackens äldreboende har haft högre bemanning än "
            "budgeterat för brukare med stora omvårdnadsbehov. Därtill har livsmedelskostnaderna ökat mer än "
            "beräknat.",
            C("Särskilt boende", "−2,1 mkr", "-", "bemanning", "prisokningar"),
        ),
        Para(
            (
                (
                    "Två sjukskötersketjänster är vakanta och har ersatts med sjuksköterskor från bemanningsföretag, "
                    "som kostar nästan dubbelt så mycket per timme.",
                    C("Hemsjukvård och rehabilitering", "−1,8 mkr", "-", "vakanser", "inhyrd_personal"),
                ),
                (
                    "Förvaltningen har inlett en rekryteringskampanj med målet att inte behöva anlita "
                    "bemanningsföretag efter sommaren.",
                    A("Hemsjukvård och rehabilitering", None, "inhyrd_personal", note="An action sentence."),
                ),
            ),
            head="Hemsjukvård och rehabilitering −1,8 mkr",
            head_level=3,
        ),
        HP(
            "Funktionsstöd −0,4 mkr",
            "Ett nytt beslut om bostad med särskild service i annan kommun ger ökade kostnader för köpta platser.",
            C("Funktionsstöd", "−0,4 mkr", "-", "kopt_verksamhet"),
        ),
        HP(
            "Nämnd och ledning +0,9 mkr",
            "Överskottet förklaras av att nämndens buffert för volymökningar ännu inte har fördelats.",
            C("Nämnd och ledning", "+0,9 mkr", "+", "reserver"),
        ),
        HP("Dagverksamhet ±0 mkr", "Verksamheten bedöms gå jämnt ut.", BP("Dagverksamhet")),
        H("Kostnadsslag", 2),
        P(
            "Sett per kostnadsslag är det personalkostnaderna som avviker mest, −4,2 mkr, medan köp av verksamhet "
            "överskrider budget med 1,1 mkr.",
            C(
                "Personalkostnader",
                "−4,2 mkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; the deficit is explained twice.",
                also=(C("Köp av verksamhet", "1,1 mkr", "-"),),
            ),
        ),
        H("Övrigt", 2),
        P(
            "Nämnden har fått besked om ett riktat statsbidrag för äldreomsorgen på 1,3 mkr som inte fanns med i "
            "budgeten. Bidraget ingår inte i prognosen, eftersom villkoren för att få använda det ännu inte är "
            "kända.",
            O(None, "statsbidrag", note="A grant outside the forecast: uncertainty, other."),
        ),
        P(
            "Sjukfrånvaron i mars var 9,1 procent, jämfört med 8,4 procent i mars 2025.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="hoor-von-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Vård- och omsorgsnämnden", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
