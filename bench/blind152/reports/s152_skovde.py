"""Skövde kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026.

An elderly-care and disability committee's tertial report in DejaVu Sans Condensed with U+2212 minus signs,
footer with the nämnd's meeting date in May: the full year "13,5 mkr mer än tilldelat" after a forecast level
and a frame, the period "3,9 mkr högre än periodiserad budget" (negative) in the next paragraph, the change
since February whose amount is never written out (null), net cost growth against 2025 (other), personnel
costs and fee revenue in one sentence ("samtidigt som", two items), then a result table whose last column is
each row's comment: reason-only comments (the row's "−9,4", "−3,2", "4,4", "1,1"), a comment that names its
own amount with a "varav" part ("Ett underskott på 6,8 mkr, varav 2,9 mkr"), a row with no comment and the
sum row; investments "2,7 mkr under budget", actions as bullets (one with its effect) and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Skövde kommun", "Tertialrapport 1 2026 – Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "312,6", "322,0", "−9,4"),
                "Antalet beviljade hemtjänsttimmar har ökat med 7 procent, och den höga sjukfrånvaron har lett till "
                "mycket övertid.",
                C(
                    "Hemtjänst",
                    "−9,4",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    unit="mkr",
                    table=True,
                    note="A comment with reasons only: its row's deviation cell.",
                ),
            ),
            (
                ("Särskilt boende", "421,3", "428,1", "−6,8"),
                "Ett underskott på 6,8 mkr, varav 2,9 mkr avser nattbemanningen på Lövåsens vård- och omsorgsboende "
                "som fick förstärkas efter en tillsyn.",
                C(
                    "Särskilt boende",
                    "6,8 mkr",
                    "-",
                    "bemanning",
                    note="The comment names its own amount, 'varav' a part.",
                ),
            ),
            (
                ("Hälso- och sjukvård", "98,7", "101,9", "−3,2"),
                "Hyrsjuksköterskor under sommaren och högre kostnader för hjälpmedel.",
                C(
                    "Hälso- och sjukvård",
                    "−3,2",
                    "-",
                    "inhyrd_personal",
                    "material_hjalpmedel",
                    unit="mkr",
                    table=True,
                ),
            ),
            (
                ("Funktionsstöd", "236,0", "231,6", "4,4"),
                "Två nya gruppbostäder öppnar senare än planerat, och ersättningen från Försäkringskassan för "
                "assistans blir högre än väntat.",
                C("Funktionsstöd", "4,4", "+", "periodisering", "ersattning_fk", unit="mkr", table=True),
            ),
            (
                ("Myndighet och bistånd", "41,2", "40,1", "1,1"),
                "Vakanta biståndshandläggartjänster under första tertialet.",
                C("Myndighet och bistånd", "1,1", "+", "vakanser", unit="mkr", table=True),
            ),
            (("Nämnd och administration", "78,1", "77,7", "0,4"), "", None),
            (("Summa", "1 187,9", "1 201,4", "−13,5"), "", None),
        ),
        widths=(118.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="cond", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Nämnden prognostiserar för 2026 nettokostnader på 1 201,4 mkr mot en budgetram på 1 187,9 mkr, det vill "
            "säga 13,5 mkr mer än tilldelat.",
            C(
                None,
                "13,5 mkr",
                "-",
                note="A forecast level and a frame before the deviation: the deviation is the amount.",
            ),
        ),
        PS(
            (
                "Utfallet till och med april är 3,9 mkr högre än periodiserad budget.",
                C(None, "3,9 mkr", "-", note="The period's net cost above the periodised budget: negative."),
            ),
            (
                "I februari prognostiserades ett underskott på 16,0 mkr. Att prognosen nu är bättre förklaras av att "
                "nämnden har fått ta del av det riktade statsbidraget för äldreomsorgen och att inhyrningen av "
                "sjuksköterskor kunde avslutas i mars.",
                F(
                    None,
                    None,
                    "+",
                    "statsbidrag",
                    "inhyrd_personal",
                    note="The change (2,5 mkr) is never written out, and 16,0 is last forecast's level: null.",
                ),
            ),
        ),
        P(
            "Nettokostnaden för januari–april är 5,2 procent högre än samma period 2025, vilket främst beror på fler "
            "brukare i hemtjänsten och löneökningar.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        P(
            "Personalkostnaderna beräknas överskrida budget med 11,9 mkr, samtidigt som intäkterna från "
            "omvårdnadsavgifter blir 2,4 mkr högre än budgeterat efter höjningen av avgiftstaket.",
            C(
                "Personalkostnader",
                "11,9 mkr",
                "-",
                note="Two kostnadsslag in one sentence: two items. Personnel costs with no reason: no tag.",
                also=(C("Omvårdnadsavgifter", "2,4 mkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 6,3 mkr, vilket är 2,7 mkr under budget. Inköpet av nya trygghetslarm till "
            "hemtjänsten har skjutits till 2027.",
            C("Investeringar", "2,7 mkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Övertidsstopp i hemtjänsten från och med maj, med en beräknad effekt på 1,2 mkr under året.",
                "Ny modell för planering av nattbemanningen på särskilt boende.",
            ),
            labels=(
                A("Hemtjänst", "1,2 mkr", "overtid"),
                A("Särskilt boende", None, "bemanning"),
            ),
            glyph="–",
        ),
        H("Risker", 2),
        P(
            "Volymerna inom hemtjänsten bedöms fortsätta öka under hösten. Om ökningstakten håller i sig kan "
            "underskottet bli större än prognosen.",
            O("Hemtjänst", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="skovde-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
