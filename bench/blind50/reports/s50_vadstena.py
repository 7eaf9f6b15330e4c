"""Vadstena kommun, Socialnämnden, delårsrapport januari–augusti 2025 (elderly care).

An elderly-care interim report in DejaVu Sans 10 pt with U+2212 minus signs and "mkr": the period's
"underskott på 2,6 mkr" and the full year's "4,4 mkr" with a percentage of the frame in two sentences (two
items), two kostnadsslag in one sentence ("med 3,8 mkr och köp av verksamhet med 1,7 mkr", two items) and
revenue that "bidrar positivt med 1,1 mkr" in the next sentence; a kostnadsslag table pasted as an image;
the change since April without a cause; then two columns of headings with the amount in brackets
("Hemtjänst (−3,4 mkr)"), with a sick-leave percentage and a payment-responsibility cost that are not the
amount, so the deficit is explained twice; two actions in bullets, investments that "bedöms förbrukas
helt" (boilerplate) and staff numbers against last year (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Vadstena kommun – Socialnämnden", "Delårsrapport 2025"),
        footer=lambda n, m: ("Fastställd av socialnämnden 2025-09-23", "", str(n)),
        header_size=7.5,
    )
    image = Table(
        caption="Helårsprognos per kostnadsslag, mkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "−38,2", "−39,3", "1,1"),
            ("Personalkostnader", "168,4", "172,2", "−3,8"),
            ("Köp av verksamhet", "22,5", "24,2", "−1,7"),
            ("Övriga kostnader", "41,6", "41,6", "0,0"),
            ("Nettokostnad", "194,3", "198,7", "−4,4"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({4}),
        rules=True,
        shade=(0.9, 0.93, 0.88),
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden – vård och omsorg", size=12, font="sans", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Socialnämnden redovisar ett underskott på 2,6 mkr för perioden januari–augusti.",
                C(None, "2,6 mkr", "-", note="The period."),
            ),
            (
                "Prognosen för helåret är ett underskott på 4,4 mkr, vilket motsvarar 1,9 procent av nämndens "
                "budgetram.",
                C(None, "4,4 mkr", "-", note="The full year; the percentage is not the amount."),
            ),
        ),
        PS(
            (
                "Personalkostnaderna överstiger budget med 3,8 mkr och köp av verksamhet med 1,7 mkr.",
                C(
                    "Personalkostnader",
                    "3,8 mkr",
                    "-",
                    note="Two kostnadsslag in one sentence: two items, no reasons.",
                    also=(C("Köp av verksamhet", "1,7 mkr", "-"),),
                ),
            ),
            (
                "Intäkterna, främst riktade statsbidrag, bidrar positivt med 1,1 mkr.",
                C("Intäkter", "1,1 mkr", "+", "statsbidrag"),
            ),
        ),
        image,
        P(
            "Jämfört med aprilprognosen har underskottet ökat med 1,2 mkr.",
            F(None, "1,2 mkr", "-"),
        ),
        H("Verksamhetsområden", 2),
        Columns(2),
        HP(
            "Hemtjänst (−3,4 mkr)",
            "Antalet beviljade hemtjänsttimmar har ökat med 11 procent sedan årsskiftet. För att klara ökningen "
            "har verksamheten använt timvikarier och mertid i stor omfattning.",
            C("Hemtjänst", "−3,4 mkr", "-", "volymer", "vikarier", "overtid", note=HEAD),
        ),
        HP(
            "Särskilt boende (−1,6 mkr)",
            "Sjukfrånvaron bland undersköterskorna på Solbackens äldreboende har legat på 11,2 procent under "
            "perioden. Nattbemanningen har dessutom förstärkts på en avdelning med hög vårdtyngd.",
            C(
                "Särskilt boende",
                "−1,6 mkr",
                "-",
                "sjukfranvaro",
                "bemanning",
                note=HEAD + " The sick-leave percentage is not the amount.",
            ),
        ),
        HP(
            "Hälso- och sjukvård (+0,9 mkr)",
            "Två sjukskötersketjänster har varit vakanta under våren, och kostnaderna för hjälpmedel har blivit "
            "lägre än budgeterat.",
            C("Hälso- och sjukvård", "+0,9 mkr", "+", "vakanser", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Korttidsvård (−0,8 mkr)",
            "Fler utskrivningsklara patienter från sjukhusen har behövt korttidsplats, vilket har krävt extra "
            "bemanning. Kostnaden för betalningsansvar till regionen uppgår hittills till 0,3 mkr.",
            C(
                "Korttidsvård",
                "−0,8 mkr",
                "-",
                "volymer",
                "bemanning",
                note=HEAD + " The 0,3 mkr payment responsibility is a part.",
            ),
        ),
        HP(
            "Biståndshandläggning och administration (+0,5 mkr)",
            "Överskottet beror på lägre kostnader för utbildning och resor.",
            C(
                "Biståndshandläggning och administration",
                "+0,5 mkr",
                "+",
                "ovrigt",
                note=HEAD + " Training and travel: ovrigt.",
            ),
        ),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            (
                "Översyn av hemtjänstens planering och ruttoptimering från oktober.",
                "Riktade insatser för att minska sjukfrånvaron på Solbacken, med en förväntad besparing på 250 tkr "
                "under hösten.",
            ),
            labels=(
                A("Hemtjänst", None, "bemanning"),
                A("Särskilt boende", "250 tkr", "sjukfranvaro"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 1,5 mkr för larm och taklyftar följer plan och bedöms förbrukas helt.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Antalet årsarbetare har ökat med nio jämfört med augusti 2024, främst inom hemtjänsten.",
            O(None, note="Staff numbers against last year."),
        ),
    ]
    return ReportSpec(
        file="vadstena-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vadstena",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Vadstena kommun"},
        style=style,
        blocks=blocks,
    )
