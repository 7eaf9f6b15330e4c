"""Fagersta kommun, Socialnämnden, tertialrapport 1 2026 (januari–april), elderly care and social services.

A social committee's tertial report in tkr and mnkr, DejaVu Sans 10 pt, footer with the nämnd's meeting in
May: the period "1,9 mnkr högre än periodens budget" (negative) and the full year's "underskott på 6,2 mnkr
mot tilldelad ram" in two sentences, the forecast change since February with its cause, three kostnadsslag
in one sentence ("4,6 respektive 2,9 mnkr", "medan intäkterna blir 1,3 mnkr högre", three items), a
verksamhet table with U+2212 minus signs, then headings that carry the verksamhet and amount ("Hemtjänst
−2 800 tkr", "Hälso- och sjukvård +600 tkr") with a paragraph each, so the deficit is explained twice;
actions as bullets under a heading (two with effects), a risk about grants and sick leave against last year
(others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("FAGERSTA KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Socialnämnden 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14 200", "4 520", "13 900", "300"),
            ("Hemtjänst", "88 400", "31 050", "91 200", "−2 800"),
            ("Särskilt boende", "121 600", "41 300", "123 500", "−1 900"),
            ("Hälso- och sjukvård", "32 800", "10 480", "32 200", "600"),
            ("Funktionsstöd", "71 300", "24 610", "72 700", "−1 400"),
            ("Individ- och familjeomsorg", "38 900", "14 420", "40 700", "−1 800"),
            ("Ekonomiskt bistånd", "16 500", "5 100", "15 700", "800"),
            ("Summa", "383 700", "131 480", "389 900", "−6 200"),
        ),
        widths=(160.0, 70.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar efter april ett utfall som är 1,9 mnkr högre än periodens budget.",
                C(
                    None,
                    "1,9 mnkr",
                    "-",
                    note="Net cost above the period's budget: a negative period deviation.",
                ),
            ),
            (
                "Prognosen för helåret är ett underskott på 6,2 mnkr mot tilldelad ram.",
                C(None, "6,2 mnkr", "-"),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,5 mnkr, till största delen beroende på "
            "två nya placeringar inom individ- och familjeomsorgen.",
            F(None, "1,5 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Per kostnadsslag förklaras underskottet av personalkostnader och köp av verksamhet, som överstiger "
            "budget med 4,6 respektive 2,9 mnkr, medan intäkterna blir 1,3 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "4,6",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items, no reasons given here.",
                also=(C("Köp av verksamhet", "2,9 mnkr", "-"), C("Intäkter", "1,3 mnkr", "+")),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst −2 800 tkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 11 procent jämfört med budgeterad volym. Därtill har "
            "sjukfrånvaron bland undersköterskorna i centrala området lett till ökade kostnader för timvikarier "
            "och övertid.",
            C("Hemtjänst", "−2 800 tkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Särskilt boende −1 900 tkr",
            "Underskottet beror på att korttidsenheten Björkbacken har haft en högre beläggning än planerat och att "
            "två tjänster som nattsjuksköterska, som inte har gått att rekrytera, har bemannats med "
            "hyrsjuksköterskor.",
            C("Särskilt boende", "−1 900 tkr", "-", "volymer", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Hälso- och sjukvård +600 tkr",
            "Lägre kostnader för förbrukningsmaterial och inkontinensartiklar efter den nya upphandlingen ger ett "
            "överskott.",
            C("Hälso- och sjukvård", "+600 tkr", "+", "material_hjalpmedel"),
        ),
        HP(
            "Funktionsstöd −1 400 tkr",
            "Ett nytt ärende med personlig assistans där Försäkringskassan har avslagit ansökan om "
            "assistansersättning innebär att kommunen står för hela kostnaden.",
            C("Funktionsstöd", "−1 400 tkr", "-", "ersattning_fk"),
        ),
        HP(
            "Individ- och familjeomsorg −1 800 tkr",
            "Två placeringar av ungdomar på HVB-hem sedan februari förklarar avvikelsen. Placeringarna bedöms pågå "
            "under hela året.",
            C("Individ- och familjeomsorg", "−1 800 tkr", "-", "kopt_verksamhet"),
        ),
        HP(
            "Ekonomiskt bistånd +800 tkr",
            "Färre hushåll än budgeterat har behövt försörjningsstöd, vilket hänger samman med att fler deltagare "
            "har gått vidare till arbete via arbetsmarknadsenheten.",
            C("Ekonomiskt bistånd", "+800 tkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        HP(
            "Nämnd och administration +300 tkr",
            "En vakant controllertjänst under januari–mars ger ett mindre överskott.",
            C("Nämnd och administration", "+300 tkr", "+", "vakanser"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Översyn av hemtjänstens planering och ruttoptimering, beräknad effekt 700 tkr under året.",
                "Restriktivitet vid inhyrning av sjuksköterskor, beräknad effekt 400 tkr.",
                "Hemtagning av en placering till öppenvård i egen regi under hösten.",
            ),
            labels=(
                A("Hemtjänst", "700 tkr", "bemanning"),
                A("Särskilt boende", "400 tkr", "inhyrd_personal"),
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
            glyph="–",
        ),
        H("Risker och personal", 2),
        P(
            "Nämnden har ännu inte fått besked om de riktade statsbidrag som tidigare år har finansierat delar av "
            "äldreomsorgens kompetenssatsning, och det är osäkert om de aviseras under året.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
        P(
            "Sjukfrånvaron i förvaltningen var 9,1 procent under perioden, jämfört med 8,4 procent under samma "
            "period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="fagersta-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Fagersta",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Fagersta kommun"},
        style=style,
        blocks=blocks,
    )
