"""Sundbybergs stad, Äldrenämnden, delårsrapport januari–augusti 2025.

An elderly-care interim report in DejaVu Serif, header with the stad and footer with the nämnd's September
meeting: the period "4,6 mkr sämre än periodiserad budget" and the full year "ett underskott på 7,2 mkr" in two
sentences with a percentage of the frame after them (unlabelled); a kostnadsslag table with a trailing minus
("6,1-"); three kostnadsslag in one sentence ("6,1 respektive 4,2 mkr", "medan intäkterna blir 1,6 mkr
högre"); the verksamhet table pasted as an image; two columns of bold run-in verksamheter ending in a full stop
("Hemtjänst.") with "Prognosen är −3,9 mkr.", a deficit followed by two boenden's "−2,9 respektive −1,9 mkr"
inside the same paragraph, "Ett överskott om 0,6 mkr", a reason-only surplus whose amount lives only in the
image (null) and "en halv miljon kronor" from undistributed funds; a forecast change, investments whose whole
frame "beräknas användas" (boilerplate), an action and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Sundbybergs stad", "Äldrenämnden – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Äldrenämndens sammanträde 2025-09-25", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    kostnadsslag = Table(
        caption="Prognos per kostnadsslag 2025, mkr (minus efter beloppet = underskott)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Intäkter", "96,4", "98,0", "1,6"),
            ("Personalkostnader", "412,8", "418,9", "6,1-"),
            ("Köp av verksamhet", "188,5", "192,7", "4,2-"),
            ("Lokalkostnader", "71,2", "70,4", "0,8"),
            ("Övriga kostnader", "39,9", "39,2", "0,7"),
            ("Nettokostnad", "616,0", "623,2", "7,2-"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    verksamhet = Table(
        caption="Prognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "168,2", "172,1", "−3,9"),
            ("Särskilt boende", "301,5", "306,3", "−4,8"),
            ("Hälso- och sjukvård", "62,4", "61,8", "+0,6"),
            ("Dagverksamhet", "14,1", "13,7", "+0,4"),
            ("Nämnd och förvaltning", "69,8", "69,3", "+0,5"),
            ("Summa", "616,0", "623,2", "−7,2"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Äldrenämnden", size=12, font="serif", after=12),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Äldrenämnden redovisar för perioden ett resultat som är 4,6 mkr sämre än periodiserad budget.",
                C(None, "4,6 mkr", "-", note="The period in a sentence of its own."),
            ),
            ("Helårsprognosen är ett underskott på 7,2 mkr.", C(None, "7,2 mkr", "-")),
            ("Det motsvarar 1,2 procent av nämndens budgetram.", None),
        ),
        kostnadsslag,
        P(
            "Personalkostnaderna och köp av verksamhet överskrider budget med 6,1 respektive 4,2 mkr, medan "
            "intäkterna blir 1,6 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "6,1",
                "-",
                unit="mkr",
                note="Three kostnadsslag in one sentence: three items with the same text.",
                also=(
                    C("Köp av verksamhet", "4,2 mkr", "-"),
                    C("Intäkter", "1,6 mkr", "+"),
                ),
            ),
        ),
        verksamhet,
        PageBreak(),
        H("Verksamheternas resultat", 2),
        Columns(2),
        LP(
            "Hemtjänst.",
            "Prognosen är −3,9 mkr. De beviljade timmarna har ökat med 9 procent sedan årsskiftet och fler "
            "brukare behöver dubbelbemanning.",
            C("Hemtjänst", "−3,9 mkr", "-", "volymer", "bemanning"),
        ),
        LP(
            "Särskilt boende.",
            "Verksamheten beräknas gå med ett underskott på 4,8 mkr. Sjuklönekostnader, timvikarier och köp av "
            "externa platser när egna platser saknats förklarar avvikelsen.",
            C("Särskilt boende", "4,8 mkr", "-", "sjukfranvaro", "vikarier", "kopt_verksamhet"),
            (
                "Av underskottet står Lötsjögården och Tulegatans vård- och omsorgsboende för −2,9 respektive −1,9 "
                "mkr.",
                C(
                    "Lötsjögården",
                    "−2,9",
                    "-",
                    unit="mkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Tulegatans vård- och omsorgsboende", "−1,9 mkr", "-"),),
                ),
            ),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Ett överskott om 0,6 mkr uppstår eftersom två sjukskötersketjänster har varit vakanta under våren.",
            C("Hälso- och sjukvård", "0,6 mkr", "+", "vakanser"),
        ),
        LP(
            "Dagverksamhet.",
            "Verksamheten visar ett positivt resultat mot budget till följd av lägre beläggning på "
            "dagverksamheten för personer med demenssjukdom.",
            C(
                "Dagverksamhet",
                None,
                "+",
                "volymer",
                note="Reason only, the amount only in the image table: null.",
            ),
        ),
        LP(
            "Nämnd och förvaltning.",
            "Överskottet, en halv miljon kronor, kommer från ofördelade medel för utvecklingsinsatser.",
            C("Nämnd och förvaltning", "en halv miljon kronor", "+", "reserver", value=500_000),
        ),
        PageBreak(),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 2,0 mkr sedan tertialrapporten, främst inom hemtjänsten.",
            F(None, "2,0 mkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,5 mkr beräknas hela beloppet användas under året.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för hemtjänsten med ny ruttplanering och en översyn av "
            "dubbelbemanningarna, som beräknas minska kostnaderna med 1,5 mkr i år.",
            A("Hemtjänst", "1,5 mkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom särskilt boende var 9,8 procent under perioden, vilket är högre än under samma "
            "period 2024.",
            O("Särskilt boende", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-aln-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Äldrenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Äldrenämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
