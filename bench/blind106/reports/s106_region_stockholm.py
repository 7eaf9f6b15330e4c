"""Region Stockholm, Tillväxt- och regionplanenämnden, delårsrapport januari–augusti 2025.

A small regional committee's interim report in "miljoner kronor", footer with the nämnd's meeting date in
October: one paragraph with the period "4,1 miljoner kronor bättre än periodens budget" and, in the next
sentence, the full year's "överskott mot budget på 2,5 miljoner kronor" (two causes), the period's timing
reason in a paragraph of its own (amount null); a result table by account group with U+2212 minus signs and
period and full-year columns; two columns of bold run-in account groups ending in a full stop: EU funding
that makes revenue "3,5 miljoner kronor högre än budget", staff costs that "hamnar 1,7 miljoner kronor under
budget", consultants that "överskrider budget med 4,6 miljoner kronor", "Avvikelsen är liten, +0,9 miljoner
kronor" and "bedöms hålla budget" (boilerplate although the row says 1,0); the change since the tertial
report, an action with a full-year effect, cost growth against last year and an uncertainty (others).
Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("REGION STOCKHOLM", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Tillväxt- och regionplanenämnden", "2025-10-07", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultaträkning, miljoner kronor",
        header=(
            ("", "Utfall", "Budget", "Prognos", "Budget", "Avvikelse"),
            ("", "jan–aug", "jan–aug", "helår", "helår", "helår"),
        ),
        rows=(
            ("Verksamhetens intäkter", "41,2", "38,0", "58,0", "54,5", "3,5"),
            ("Regionanslag", "118,0", "118,0", "177,0", "177,0", "0,0"),
            ("Personalkostnader", "−64,1", "−66,9", "−99,8", "−101,5", "1,7"),
            ("Konsulttjänster", "−21,4", "−18,2", "−34,6", "−30,0", "−4,6"),
            ("Bidrag och projektmedel", "−53,4", "−54,2", "−78,1", "−79,0", "0,9"),
            ("Övriga kostnader", "−13,5", "−14,0", "−20,0", "−21,0", "1,0"),
            ("Resultat", "6,8", "2,7", "2,5", "0,0", "2,5"),
        ),
        widths=(150.0, 56.0, 56.0, 56.0, 56.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Tillväxt- och regionplanenämnden", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        Para(
            (
                (
                    "Nämndens resultat för perioden uppgår till 6,8 miljoner kronor, vilket är 4,1 miljoner kronor "
                    "bättre än periodens budget.",
                    C(None, "4,1 miljoner kronor", "+", note="The period, in a sentence of its own."),
                ),
                (
                    "För helåret prognostiseras ett överskott mot budget på 2,5 miljoner kronor.",
                    C(
                        None,
                        "2,5 miljoner kronor",
                        "+",
                        note="The full year, in the next sentence: its own item.",
                    ),
                ),
            )
        ),
        P(
            "Periodens överskott beror främst på att flera projekt som finansieras med regionala utvecklingsmedel "
            "har kommit igång senare än planerat, och kostnaderna förskjuts därför till hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason, apart from its amount: amount null.",
            ),
        ),
        table,
        H("Kommentarer till resultatet", 2),
        Columns(2),
        LP(
            "Verksamhetens intäkter.",
            "Intäkterna blir 3,5 miljoner kronor högre än budget, eftersom EU-finansieringen av projektet Gröna "
            "godsflöden i Stockholmsregionen beviljades med en högre andel än beräknat.",
            C(
                "Verksamhetens intäkter",
                "3,5 miljoner kronor",
                "+",
                "statsbidrag",
                note="EU project funding is an external grant: statsbidrag.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Vakanta tjänster inom regionplaneringen och längre rekryteringstider än väntat gör att "
            "personalkostnaderna hamnar 1,7 miljoner kronor under budget.",
            C("Personalkostnader", "1,7 miljoner kronor", "+", "vakanser"),
        ),
        LP(
            "Konsulttjänster.",
            "Kostnaderna för konsulter överskrider budget med 4,6 miljoner kronor. Konsulter har tagits in för att "
            "ersätta vakanta tjänster och för det fördjupade arbetet med den regionala utvecklingsplanen.",
            C("Konsulttjänster", "4,6 miljoner kronor", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Bidrag och projektmedel.",
            "Avvikelsen är liten, +0,9 miljoner kronor, och beror på att två beviljade projekt har avslutats i "
            "förtid.",
            C("Bidrag och projektmedel", "+0,9 miljoner kronor", "+", "ovrigt"),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader bedöms hålla budget för helåret.",
            BP("Övriga kostnader", note="Boilerplate although the row says 1,0."),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring jämfört med tertialrapport 1", 2),
        P(
            "Jämfört med prognosen i tertialrapport 1 har helårsprognosen förbättrats med 1,2 miljoner kronor till "
            "följd av den högre EU-finansieringen.",
            F(None, "1,2 miljoner kronor", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska beroendet av konsulter har förvaltningen påbörjat rekryteringen av fyra analytiker, "
            "vilket på helårsbasis beräknas sänka konsultkostnaderna med 3,0 miljoner kronor.",
            A("Konsulttjänster", "3,0 miljoner kronor", "inhyrd_personal"),
        ),
        H("Kostnadsutveckling", 2),
        P(
            "Nämndens bruttokostnader är 3,2 procent högre än under samma period 2024, främst på grund av det "
            "utökade uppdraget inom kompetensförsörjning.",
            O(None, note="Cost growth against the previous year."),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Det finns en osäkerhet kring statens medfinansiering av länsplanen för regional transportinfrastruktur, "
            "som kan påverka nämndens kostnader under 2026.",
            O(None, note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-trn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Tillväxt- och regionplanenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Tillväxt- och regionplanenämnden",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
