"""Kungsörs kommun, Vård- och omsorgsnämnden, ekonomisk lägesrapport oktober 2025.

An elderly-care and disability committee's situation report in mkr, footer with the nämnd's meeting date in
November and a diarienummer: the full year as "ett resultat på −5,9 mkr" beside a percentage of the frame, the
change since August "0,7 mkr bättre" with its causes, three kostnadsslag in one sentence without reasons
("överskrider budget med 4,6 mkr och köp av verksamhet med 1,8 mkr, medan intäkterna blir 2,2 mkr högre",
three items, no tags); the verksamhet table pasted as an image (no text layer); headings that carry the
verksamhet and the amount in brackets ("Hemtjänst (−3,9 mkr)") over paragraphs with reasons only, one with two
parts ("1,6 mkr mer än egen personal", "ett överskott på 0,5 mkr") that are not the heading's net amount;
investments "beräknas användas fullt ut" (boilerplate), an action with its full-year effect and the number
of home-care users against last year with "beror på" (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("KUNGSÖRS KOMMUN", "Ekonomisk lägesrapport per oktober 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-11-19", "Dnr VON 2025/88", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6,4", "6,1", "+0,3"),
            ("Hemtjänst", "58,2", "62,1", "−3,9"),
            ("Särskilt boende", "96,5", "97,9", "−1,4"),
            ("Hälso- och sjukvård", "24,8", "25,9", "−1,1"),
            ("Funktionsstöd LSS", "47,3", "46,8", "+0,5"),
            ("Daglig verksamhet", "12,6", "12,9", "−0,3"),
            ("Totalt", "245,8", "251,7", "−5,9"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk lägesrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Vård- och omsorgsnämnden prognostiserar ett resultat på −5,9 mkr för 2025, vilket motsvarar 2,3 procent "
            "av nämndens ram.",
            C(
                None,
                "−5,9 mkr",
                "-",
                note="The nämnd's result against its frame; the percentage is not the amount.",
            ),
        ),
        P(
            "Prognosen är 0,7 mkr bättre än i augusti, eftersom sjukfrånvaron har minskat under hösten och behovet "
            "av vikarier därmed blivit mindre.",
            F(None, "0,7 mkr", "+", "sjukfranvaro", "vikarier"),
        ),
        P(
            "Personalkostnaderna överskrider budget med 4,6 mkr och köp av verksamhet med 1,8 mkr, medan intäkterna "
            "blir 2,2 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "4,6 mkr",
                "-",
                note="Three kostnadsslag in one sentence, no reasons: three items, no tags.",
                also=(
                    C("Köp av verksamhet", "1,8 mkr", "-"),
                    C("Intäkter", "2,2 mkr", "+"),
                ),
            ),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        HP(
            "Hemtjänst (−3,9 mkr)",
            "Antalet beviljade hemtjänsttimmar har ökat med 14 procent sedan årsskiftet, främst i Valskog och på "
            "landsbygden runt Kungsör. Ökningen har mötts med timanställda och övertid.",
            C(
                "Hemtjänst",
                "−3,9 mkr",
                "-",
                "volymer",
                "vikarier",
                "overtid",
                note="The heading carries the amount in brackets; the percentage is a volume.",
            ),
        ),
        HP(
            "Särskilt boende (−1,4 mkr)",
            "Kostnaderna för livsmedel och förbrukningsmaterial har ökat mer än budgeten medger, och nattbemanningen "
            "på Lindgårdens demensboende har förstärkts efter en tillsyn.",
            C("Särskilt boende", "−1,4 mkr", "-", "prisokningar", "material_hjalpmedel", "bemanning"),
        ),
        HP(
            "Hälso- och sjukvård (−1,1 mkr)",
            "Två sjukskötersketjänster har under sommaren bemannats med hyrsjuksköterskor, vilket har kostat 1,6 mkr "
            "mer än egen personal. Vakanta arbetsterapeuttjänster har samtidigt gett ett överskott på 0,5 mkr.",
            C(
                "Hälso- och sjukvård",
                "−1,1 mkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="Two parts in the prose (1,6 and 0,5 mkr): the heading's net amount is the amount.",
            ),
        ),
        HP(
            "Funktionsstöd LSS (+0,5 mkr)",
            "Ett gruppboende får lägre kostnader än planerat eftersom en brukare har flyttat till annan kommun.",
            C("Funktionsstöd LSS", "+0,5 mkr", "+", "volymer"),
        ),
        HP(
            "Daglig verksamhet (−0,3 mkr)",
            "Avvikelsen avser högre kostnader för resor till och från verksamheten sedan taxan för färdtjänst höjdes "
            "i juli.",
            C("Daglig verksamhet", "−0,3 mkr", "-", "prisokningar"),
        ),
        HP(
            "Nämnd och administration (+0,3 mkr)",
            "Överskottet beror på lägre kostnader för arvoden, eftersom nämnden har haft färre sammanträden.",
            C("Nämnd och administration", "+0,3 mkr", "+", "ovrigt", note="Members' fees: ovrigt."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 2,4 mkr för inventarier och trygghetslarm beräknas användas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett nytt schemaläggningsverktyg i hemtjänsten som väntas minska övertiden. "
            "Effekten bedöms till 0,4 mkr på helår men märks först 2026.",
            A("Hemtjänst", "0,4 mkr", "bemanning", "overtid"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet personer med hemtjänst var 312 i oktober, 27 fler än i oktober 2024, vilket främst beror på "
            "fler äldre över 85 år.",
            O("Hemtjänst", "volymer", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="kungsor-von-ekonomisk-lagesrapport-2025-10.pdf",
        report={
            "municipality": "Kungsör",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport oktober 2025", "author": "Kungsörs kommun"},
        style=style,
        blocks=blocks,
    )
