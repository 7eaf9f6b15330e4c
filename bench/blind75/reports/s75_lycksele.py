"""Lycksele kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report, footer with the nämnd's meeting date in September: the period "3,1 mnkr
lägre än den periodiserade budgeten" with its timing reason in the same sentence ("vilket främst beror på"),
the full year "överskrida sin budgetram med 6,8 mnkr" in a paragraph of its own, the change since April
without a cause; a verksamhet table in tkr with a trailing minus for deficits ("3 900-"); then headings that
carry the area and amount in three shapes ("Individ- och familjeomsorg (−3,9 mnkr)", "Ekonomiskt bistånd
−2 250 tkr", "LSS och socialpsykiatri +1 100 tkr"), a plain heading over "Särskilt boende och hemtjänst
visar underskott på 2,1 respektive 1,4 mnkr" with a cause for each (two items, their own tags), a reason-only
surplus under a plain heading (the row's "1 750"), "bedöms hålla budget" (boilerplate) and investments that
"förbrukas fullt ut" (boilerplate); an action "drygt två miljoner kronor" in words and sick leave against last
year (other). DejaVu Serif 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Lycksele kommun", "Socialnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Driftredovisning per verksamhet, tkr (minus efter beloppet = underskott)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "12 450", "1 750"),
            ("Individ- och familjeomsorg", "58 900", "62 800", "3 900-"),
            ("Ekonomiskt bistånd", "12 400", "14 650", "2 250-"),
            ("Särskilt boende", "96 300", "98 400", "2 100-"),
            ("Hemtjänst", "61 700", "63 100", "1 400-"),
            ("LSS och socialpsykiatri", "48 600", "47 500", "1 100"),
            ("Hälso- och sjukvård", "22 800", "22 800", "0"),
            ("Summa", "314 900", "321 700", "6 800-"),
        ),
        widths=(190.0, 86.0, 86.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Socialnämnden", size=12.5, font="sans", after=14),
        H("Ekonomi", 1),
        P(
            "Socialnämndens nettokostnader för januari–augusti är 3,1 mnkr lägre än den periodiserade budgeten, "
            "vilket främst beror på att statsbidrag för äldreomsorgen har betalats ut tidigare än beräknat och "
            "bokförts under våren.",
            C(
                None,
                "3,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period's surplus and its timing reason in one sentence: one item.",
            ),
        ),
        P(
            "Helårsprognosen visar att nämnden kommer att överskrida sin budgetram med 6,8 mnkr.",
            C(None, "6,8 mnkr", "-", note="The full year in a paragraph of its own."),
        ),
        P(
            "Jämfört med prognosen i april är det en försämring med 1,9 mnkr.",
            F(None, "1,9 mnkr", "-"),
        ),
        P(
            "Per kostnadsslag beräknas personalkostnaderna bli 4,2 mnkr högre än budgeterat, medan köp av "
            "verksamhet överskrider budget med 3,5 mnkr och intäkterna blir 0,9 mnkr högre än beräknat.",
            C(
                "Personalkostnader",
                "4,2 mnkr",
                "-",
                note="Three kostnadsslag in one sentence, the deficit explained again by verksamhet below: three "
                "items with the same text, no reasons given.",
                also=(
                    C("Köp av verksamhet", "3,5 mnkr", "-"),
                    C("Intäkter", "0,9 mnkr", "+"),
                ),
            ),
        ),
        table,
        HP(
            "Individ- och familjeomsorg (−3,9 mnkr)",
            "Kostnaderna för placeringar av barn och unga på HVB och i konsulentstödda familjehem fortsätter att öka. "
            "Under sommaren tillkom tre placeringar som inte fanns med i aprilprognosen.",
            C(
                "Individ- och familjeomsorg",
                "−3,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A heading with the amount in brackets.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd −2 250 tkr",
            "Utbetalningarna har ökat sedan årsskiftet. Fler hushåll har varit arbetslösa längre och flera personer "
            "har gått från etableringsersättning till försörjningsstöd.",
            C("Ekonomiskt bistånd", "−2 250 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Äldreomsorg", 3),
        P(
            "Särskilt boende och hemtjänst visar underskott på 2,1 respektive 1,4 mnkr. På Tallbackens boende har två "
            "avdelningar haft hög sjukfrånvaro som täckts med timvikarier och övertid, medan antalet beviljade "
            "hemtjänsttimmar har ökat med nästan tio procent.",
            C(
                "Särskilt boende",
                "2,1",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                unit="mnkr",
                note="A 'respektive' pair, each with its own cause: two items with the same text.",
                also=(C("Hemtjänst", "1,4 mnkr", "-", "volymer"),),
            ),
        ),
        HP(
            "LSS och socialpsykiatri +1 100 tkr",
            "Ett nytt boende enligt LSS öppnade först i augusti i stället för i mars, vilket ger lägre "
            "personalkostnader än budgeterat.",
            C("LSS och socialpsykiatri", "+1 100 tkr", "+", "periodisering"),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Inom förvaltningsledningen har två tjänster som verksamhetsutvecklare varit vakanta under året.",
            C(
                "Nämnd och förvaltningsledning",
                "1 750",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P("Verksamheten bedöms hålla budget.", BP("Hälso- och sjukvård")),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,8 mnkr för inventarier och trygghetslarm bedöms förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med bland annat översyn av schemaläggningen inom särskilt "
            "boende och utökad egen öppenvård för barn och unga. Åtgärderna beräknas minska kostnaderna med drygt "
            "två miljoner kronor på helår.",
            A(None, "drygt två miljoner kronor", "bemanning", "kopt_verksamhet", value=2_000_000),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen var 9,4 procent under perioden, jämfört med 8,1 procent samma period "
            "2024.",
            O("Äldreomsorg", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="lycksele-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lycksele",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Lycksele kommun"},
        style=style,
        blocks=blocks,
    )
