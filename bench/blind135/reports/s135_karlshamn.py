"""Karlshamns kommun, Omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care and LSS committee's interim report with the nämnd's meeting date in September in the footer:
the period "5,3 miljoner kronor sämre än periodiserad budget" and the full year's "underskott på 7,9 miljoner
kronor" as two sentences (two causes); a verksamhet table in tkr with en-dash deficits ("–4 100"); headings
that carry the verksamhet and amount ("Hemtjänst –4 100 tkr", "Hälso- och sjukvård +400 tkr", "Korttidsvistelse
±0 tkr" over "bedöms gå jämnt ut", boilerplate), one with a part "cirka 1,2 mnkr" for hired nurses inside
its paragraph (the heading's amount holds); a reason-only run-in paragraph (the row's "750"); personnel costs
and revenue in one sentence ("överstiga budget med 9,6 mnkr, medan verksamhetens intäkter blir 1,7 mnkr
högre", two items); a state grant used in full (other); investments "Av … 2,4 mnkr … beräknas 1,1 mnkr
användas" (1,3 mnkr never written out); the change since April, an action with its effect and a risk.
DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Karlshamns kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Omsorgsnämndens sammanträde 2025-09-24", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet (tkr)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "17 650", "750"),
            ("Hemtjänst", "142 300", "146 400", "–4 100"),
            ("Särskilt boende", "231 800", "236 050", "–4 250"),
            ("Hälso- och sjukvård", "61 200", "60 800", "400"),
            ("LSS", "118 900", "119 600", "–700"),
            ("Korttidsvistelse", "24 100", "24 100", "0"),
            ("Summa", "596 700", "604 600", "–7 900"),
        ),
        widths=(180.0, 84.0, 84.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="sans-bold", after=2),
        Title("Omsorgsnämnden, Karlshamns kommun", size=12, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Omsorgsnämnden redovisar för perioden januari–augusti ett resultat som är 5,3 miljoner kronor sämre "
                "än periodiserad budget.",
                C(None, "5,3 miljoner kronor", "-", note="The period in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett underskott på 7,9 miljoner kronor.",
                C(
                    None,
                    "7,9 miljoner kronor",
                    "-",
                    note="The full year in the next sentence: a cause of its own.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst –4 100 tkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan årsskiftet, samtidigt som ersättningen "
            "per timme i budgeten inte har räknats upp i samma takt. Korttidsfrånvaron har dessutom lett till höga "
            "kostnader för timvikarier.",
            C("Hemtjänst", "–4 100 tkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Särskilt boende –4 250 tkr",
            "Två avdelningar på Ekbackens boende har öppnats tidigare än planerat för att möta kön, vilket ger "
            "personalkostnader som inte fanns med i budgeten. Av underskottet avser cirka 1,2 mnkr inhyrda "
            "sjuksköterskor under sommaren.",
            C(
                "Särskilt boende",
                "–4 250 tkr",
                "-",
                "periodisering",
                "volymer",
                "inhyrd_personal",
                note="The heading carries the amount; 'cirka 1,2 mnkr' is a part.",
            ),
        ),
        HP(
            "Hälso- och sjukvård +400 tkr",
            "Överskottet förklaras av vakanta tjänster som arbetsterapeut och fysioterapeut under våren.",
            C("Hälso- och sjukvård", "+400 tkr", "+", "vakanser"),
        ),
        HP(
            "LSS –700 tkr",
            "Ett nytt ärende med omfattande behov i daglig verksamhet har tillkommit under sommaren.",
            C("LSS", "–700 tkr", "-", "volymer"),
        ),
        HP(
            "Korttidsvistelse ±0 tkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Korttidsvistelse"),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Lägre kostnader för utbildning och konsulter än budgeterat ger ett mindre överskott.",
            C(
                "Nämnd och förvaltningsledning",
                "750",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the table row's amount.",
            ),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Sett till kostnadsslag är det personalkostnaderna som avviker mest: de beräknas överstiga budget med "
            "9,6 mnkr, medan verksamhetens intäkter blir 1,7 mnkr högre än budgeterat tack vare högre "
            "omvårdnadsavgifter.",
            C(
                "Personalkostnader",
                "9,6 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items with the same text.",
                also=(C("Verksamhetens intäkter", "1,7 mnkr", "+", "avgifter_intakter"),),
            ),
        ),
        P(
            "Statsbidraget för äldreomsorgens bemanning, 3,8 mnkr, har rekvirerats i sin helhet och ingår i "
            "prognosen.",
            O(None, "statsbidrag", note="A grant used in full, no deviation: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 2,4 mnkr för inventarier och trygghetslarm beräknas 1,1 mnkr "
            "användas under året. Upphandlingen av nya digitala larm har överklagats.",
            C(
                "Investeringar",
                "2,4 mnkr",
                "+",
                "it_digitalisering",
                "periodisering",
                value=1.3e6,
                note="An under-spend never written out (2,4 − 1,1): the computed value, the amount text as written.",
            ),
        ),
        H("Prognosförändring och åtgärder", 2),
        P(
            "Prognosen har försämrats med 2,6 mnkr jämfört med aprilprognosen, i huvudsak inom särskilt boende.",
            F(None, "2,6 mnkr", "-"),
        ),
        P(
            "Förvaltningen har infört centralt godkännande av alla vikarieanställningar och ser över nattbemanningen "
            "på särskilt boende. Åtgärderna beräknas ge en effekt på 1,5 mnkr under resterande del av året.",
            A(None, "1,5 mnkr", "vikarier", "bemanning"),
        ),
        P(
            "Det finns en risk att kostnaderna för utskrivningsklara patienter från regionen ökar under hösten om "
            "korttidsplatserna inte räcker till.",
            O("Korttidsvistelse", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="karlshamn-on-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Omsorgsnämnden", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
