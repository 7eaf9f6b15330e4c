"""Oskarshamns kommun, Omsorgsnämnden, tertialrapport januari–april 2026.

An elderly-care and disability committee's tertial report in mkr, footer with the meeting date in May: the
period "2,9 mkr högre än den periodiserade budgeten" (net cost, negative) and the full year "negativ avvikelse om
8,7 mkr" with a percentage of the frame (two sentences, two items); a kostnadsslag table with U+2212 minus
signs, three kostnadsslag in one sentence ("9,9 respektive 3,3 mkr, medan intäkterna blir 3,2 mkr högre") and a
reason-only surplus (the row's "+1,3"); then two columns of headings with the amount after a colon ("Hemtjänst:
−4,6 mkr") with a sick-leave percentage, a volume percentage and a part ("3,6 mkr för året") that are not the
amount, so the deficit is explained twice; two actions in one paragraph, the change since February with only an
area (no cause tag), investments "bedöms användas i sin helhet" (boilerplate) and a volume against last year
(other). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Oskarshamns kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Omsorgsnämnden 2026-05-20", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, mkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "98,4", "101,6", "+3,2"),
            ("Personalkostnader", "412,0", "421,9", "−9,9"),
            ("Köp av verksamhet", "38,5", "41,8", "−3,3"),
            ("Lokalkostnader", "46,2", "46,2", "0,0"),
            ("Övriga kostnader", "29,8", "28,5", "+1,3"),
            ("Nettokostnad", "428,1", "436,8", "−8,7"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=18, font="narrow-bold", after=3),
        Title("Omsorgsnämnden", size=13, font="narrow", after=14),
        H("Ekonomi", 1),
        PS(
            (
                "Omsorgsnämnden redovisar för perioden ett utfall som är 2,9 mkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "2,9 mkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation.",
                ),
            ),
            (
                "För helåret prognostiseras en negativ avvikelse om 8,7 mkr, motsvarande 1,6 procent av nämndens "
                "budgetram.",
                C(
                    None,
                    "8,7 mkr",
                    "-",
                    note="The full year in its own sentence; the percentage is not the amount.",
                ),
            ),
        ),
        table,
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 9,9 respektive 3,3 mkr, medan intäkterna "
            "blir 3,2 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "9,9",
                "-",
                unit="mkr",
                note="Three kostnadsslag in one sentence, no reasons: three items, no tags.",
                also=(C("Köp av verksamhet", "3,3 mkr", "-"), C("Intäkter", "3,2 mkr", "+")),
            ),
        ),
        P(
            "Övriga kostnader beräknas bli lägre än budget, framför allt för förbrukningsmaterial och arbetskläder.",
            C(
                "Övriga kostnader",
                "+1,3",
                "+",
                "material_hjalpmedel",
                unit="mkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Hemtjänst: −4,6 mkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan december. Sjukfrånvaron har legat på 11 "
            "procent, och korttidsfrånvaron har till stor del täckts med övertid och timanställda.",
            C(
                "Hemtjänst",
                "−4,6 mkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "overtid",
                "vikarier",
                note=HEAD + " The percentages are not the amount.",
            ),
        ),
        HP(
            "Särskilt boende: −3,8 mkr",
            "Två avdelningar på Lindgårdens äldreboende har haft förhöjd bemanning för boende med omfattande behov av "
            "tillsyn. Nattbemanningen har inte kunnat anpassas till budgeterad nivå.",
            C("Särskilt boende", "−3,8 mkr", "-", "bemanning", note=HEAD),
        ),
        HP(
            "Funktionsstöd: −2,9 mkr",
            "Köp av externa LSS-platser för två nya ungdomar har tillkommit under våren, med en sammanlagd kostnad på "
            "3,6 mkr för året. Den egna dagliga verksamheten redovisar samtidigt ett mindre överskott.",
            C(
                "Funktionsstöd",
                "−2,9 mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note=HEAD + " The 3,6 mkr is a gross part, offset by a surplus.",
            ),
        ),
        HP(
            "Hälso- och sjukvård: +1,4 mkr",
            "Vakanta sjukskötersketjänster ger ett överskott, trots att en del pass har bemannats med "
            "hyrsjuksköterskor.",
            C("Hälso- och sjukvård", "+1,4 mkr", "+", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Ledning och gemensamt: +1,2 mkr",
            "Statsbidraget för äldreomsorgslyftet har blivit högre än budgeterat.",
            C("Ledning och gemensamt", "+1,2 mkr", "+", "statsbidrag", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnden har beslutat om en handlingsplan med en schemaöversyn i hemtjänsten och ett tak för övertid, "
                "som beräknas ge 2,5 mkr i lägre kostnader under resten av året.",
                A("Hemtjänst", "2,5 mkr", "bemanning", "overtid"),
            ),
            (
                "Därutöver prövas varje ny extern placering inom funktionsstöd av förvaltningschefen.",
                A("Funktionsstöd", None, "kopt_verksamhet"),
            ),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februariprognosen har avvikelsen ökat med 1,9 mkr, främst inom funktionsstöd.",
            F(None, "1,9 mkr", "-", note="Only an area is named: no tag."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 5,4 mkr för larm, sängar och taklyftar bedöms användas i sin helhet.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Volymer", 2),
        P(
            "Antalet brukare i hemtjänsten var 612 i april, vilket är 38 fler än i april 2025.",
            O("Hemtjänst", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport januari–april 2026 Omsorgsnämnden",
            "author": "Oskarshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
