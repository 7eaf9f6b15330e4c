"""Vetlanda kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report (elderly care, disability support and individ- och familjeomsorg), footer
with the nämnd's meeting date in November: the full year "överskrider sin budgetram med 13,6 mnkr" with last
month's figure in brackets ("(−12,9 mnkr i september)", not the amount), the change since September with its
cause in the next paragraph (a forecast change), three kostnadsslag in one sentence (two overruns and
revenue "0,7 mnkr högre än budgeterat": three items); a table in tkr whose deficits carry a trailing minus
("7 520-") with a reading note; bold run-in verksamheter ending in a full stop: hemtjänst's amount in the
last sentence, a reason-only särskilt boende (the row's "2 550-"), funktionsstöd with only a part
("sammanlagt 3,1 mnkr", so the row's "4 280-"), "överstiger budget med 4,3 mnkr", a surplus "på 1,9 mnkr"
with "bland annat", "bedöms hålla budget" beside a row of 750 (boilerplate) and an undistributed buffer
(reserver); a risk, sick pay against last year (other), an action with a full-year effect and investments
"4,2 mnkr … förbrukas till 2,6 mnkr" (1,6 never written out). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "A reason-only run-in paragraph: the table row's cell as printed (trailing minus = deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Vetlanda kommun  Socialförvaltningen", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Socialnämnden sammanträde 2025-11-19", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "24 310", "21 880", "2 430"),
            ("Särskilt boende", "248 600", "251 150", "2 550-"),
            ("Hemtjänst", "131 900", "139 420", "7 520-"),
            ("Hälso- och sjukvård", "72 400", "71 650", "750"),
            ("Funktionsstöd", "158 200", "162 480", "4 280-"),
            ("Individ- och familjeomsorg", "121 500", "125 790", "4 290-"),
            ("Ekonomiskt bistånd", "55 490", "53 630", "1 860"),
            ("Summa", "812 400", "826 000", "13 600-"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Socialnämndens budget för 2025 är 812,4 mnkr. Efter oktober prognostiseras ett helårsutfall på 826,0 "
            "mnkr, vilket innebär att nämnden överskrider sin budgetram med 13,6 mnkr (−12,9 mnkr i september).",
            C(None, "13,6 mnkr", "-", note="The bracketed figure is last month's, not the amount."),
        ),
        P(
            "Prognosen har därmed försämrats med 0,7 mnkr sedan förra månaden. Försämringen ligger helt inom "
            "hemtjänsten, där antalet beviljade timmar har fortsatt att öka.",
            F(None, "0,7 mnkr", "-", "volymer"),
        ),
        P(
            "Sett till kostnadsslag är det personalkostnaderna som avviker mest, 9,2 mnkr över budget, medan köp "
            "av verksamhet överskrider budget med 5,1 mnkr och intäkterna blir 0,7 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "9,2 mnkr",
                "-",
                note="Three kostnadsslag in one sentence: three items with the same text, no reasons.",
                also=(
                    C("Köp av verksamhet", "5,1 mnkr", "-"),
                    C("Intäkter", "0,7 mnkr", "+"),
                ),
            ),
        ),
        table,
        P(
            "Negativa avvikelser anges med minustecken efter beloppet.",
            size=8.5,
        ),
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Hemtjänst.",
            "Antalet beviljade hemtjänsttimmar har ökat med drygt 9 procent sedan årsskiftet, och verksamheten har "
            "inte kunnat anpassa bemanningen och schemaläggningen i samma takt. Underskottet beräknas till 7,5 mnkr.",
            C(
                "Hemtjänst",
                "7,5 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="The 9 procent is not the amount; the prose rounds the row's 7 520-.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Den höga sjukfrånvaron på Lindgården och Höjdens boende har krävt korttidsvikarier och övertid under "
            "större delen av året, vilket förklarar avvikelsen.",
            C(
                "Särskilt boende",
                "2 550-",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Funktionsstöd.",
            "I två nya ärenden med personlig assistans enligt LSS har Försäkringskassan avslagit ansökan om "
            "assistansersättning, vilket innebär att nämnden bär hela kostnaden, sammanlagt 3,1 mnkr för året.",
            C(
                "Funktionsstöd",
                "4 280-",
                "-",
                "ersattning_fk",
                "volymer",
                unit="tkr",
                table=True,
                note="The 3,1 mnkr is a part with no total in the prose: the row's cell.",
            ),
        ),
        Para(
            (
                (
                    "Kostnaderna för externa placeringar av barn och unga överstiger budget med 4,3 mnkr. Under "
                    "hösten har tre ungdomar placerats på HVB efter beslut enligt LVU.",
                    C("Individ- och familjeomsorg", "4,3 mnkr", "-", "kopt_verksamhet"),
                ),
                (
                    "Det finns en risk att ytterligare placeringar tillkommer under november och december.",
                    O("Individ- och familjeomsorg", note="A risk in the same paragraph: its own item."),
                ),
            ),
            lead="Individ- och familjeomsorg.",
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd är lägre än väntat och verksamheten visar ett överskott mot budget "
            "på 1,9 mnkr, bland annat för att fler hushåll har gått vidare till arbete via arbetsmarknadsenheten.",
            C("Ekonomiskt bistånd", "1,9 mnkr", "+", "ekonomiskt_bistand"),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Verksamheten bedöms hålla budget trots högre kostnader för inkontinenshjälpmedel.",
            BP("Hälso- och sjukvård", note="'bedöms hålla budget' although the row says 750."),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Överskottet på 2 430 tkr kommer från den centrala buffert som nämnden avsatte i budgeten och som ännu "
            "inte har fördelats till verksamheterna.",
            C("Nämnd och förvaltningsledning", "2 430 tkr", "+", "reserver"),
        ),
        H("Personal", 2),
        P(
            "Sjuklönekostnaderna för januari till oktober uppgår till 9,4 mnkr, vilket är 1,1 mnkr mer än samma "
            "period 2024.",
            O(None, "sjukfranvaro", note="Against the previous year, not the budget."),
        ),
        H("Åtgärder", 2),
        P(
            "Hemtjänsten inför ett nytt planeringssystem i december och ser över ruttplaneringen i Vetlanda tätort. "
            "Förvaltningen bedömer att åtgärderna kan sänka kostnaderna med 1,5 mnkr på helårsbasis.",
            A("Hemtjänst", "1,5 mnkr", "bemanning", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 4,2 mnkr för inventarier och trygghetslarm beräknas förbrukas till 2,6 "
            "mnkr, eftersom bytet till digitala larm på två av boendena har flyttats till våren 2026.",
            C(
                "Investeringar",
                "4,2 mnkr för inventarier och trygghetslarm beräknas förbrukas till 2,6 mnkr",
                "+",
                "periodisering",
                value=1_600_000,
                note="Under-spending of 1,6 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="vetlanda-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
