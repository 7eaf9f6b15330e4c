"""Nacka kommun, Äldrenämnden, tertialbokslut 1 2026 (elderly care).

An elderly-care tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the full year's
"underskott på 5,1 miljoner kronor" (a percentage of the budget beside it) and the period "3,8 miljoner kronor
högre än periodiserad budget" (a net cost over the periodised budget: negative) in two sentences; a reading
note and a table per verksamhet whose deficits carry a trailing minus ("6 200-"); then headings that carry
the area and the amount in varied shapes ("Hemtjänst 6,2 mnkr sämre än budget", "Särskilt boende –4,1 mnkr",
"Korttidsboende +1,5 mnkr"), a heading without an amount over a reason-only surplus (the row's "2 200"),
consultants in a system roll-out, and "±0" over "bedöms hålla budget" (boilerplate); one table row (600) with
no comment gives nothing; the change since February located in one verksamhet; two action bullets (one with
its effect) and a comparison with other kommuner with "beror på" (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


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
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Nacka kommun", "Tertialbokslut 1 2026 – Äldrenämnden"),
        footer=lambda n, m: ("Äldrenämnden 2026-05-20", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltning", "24 800", "8 400", "23 900", "900"),
            ("Hemtjänst", "412 600", "145 900", "418 800", "6 200-"),
            ("Särskilt boende", "698 300", "231 300", "702 400", "4 100-"),
            ("Korttidsboende", "62 100", "19 800", "60 600", "1 500"),
            ("Dagverksamhet", "28 400", "8 100", "26 200", "2 200"),
            ("Biståndshandläggning", "31 500", "10 300", "31 500", "0"),
            ("Förebyggande insatser och träffpunkter", "14 900", "4 200", "14 300", "600"),
            ("Summa", "1 272 600", "428 000", "1 277 700", "5 100-"),
        ),
        widths=(165.0, 68.0, 80.0, 76.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialbokslut 1 2026", size=19, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Äldrenämnden prognostiserar ett underskott på 5,1 miljoner kronor för 2026, motsvarande 0,4 procent "
                "av nettobudgeten.",
                C(None, "5,1 miljoner kronor", "-", note="The full year, a percentage beside it."),
            ),
            (
                "Utfallet för januari–april är 3,8 miljoner kronor högre än periodiserad budget.",
                C(
                    None,
                    "3,8 miljoner kronor",
                    "-",
                    note="The period's net cost above the periodised budget: negative, its own item.",
                ),
            ),
        ),
        P("Negativa avvikelser anges med minustecken efter beloppet.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Hemtjänst 6,2 mnkr sämre än budget",
            "Antalet beviljade hemtjänsttimmar har ökat med nära 9 procent sedan i höstas, och andelen kunder med "
            "dubbelbemanning är högre än när budgeten lades. Ersättningen till utförarna räknades dessutom upp med "
            "3,1 procent från januari, mot budgeterade 2,4 procent.",
            C(
                "Hemtjänst",
                "6,2 mnkr",
                "-",
                "volymer",
                "bemanning",
                "prisokningar",
                note="The heading carries the amount; percentages in the text are not the amount.",
            ),
        ),
        HP(
            "Särskilt boende –4,1 mnkr",
            "Två av de kommunala boendena har haft höga kostnader för timvikarier och övertid under en period med "
            "hög sjukfrånvaro. Samtidigt har beläggningen på de köpta platserna varit högre än beräknat.",
            C(
                "Särskilt boende",
                "–4,1 mnkr",
                "-",
                "vikarier",
                "overtid",
                "sjukfranvaro",
                "kopt_verksamhet",
                "volymer",
            ),
        ),
        HP(
            "Korttidsboende +1,5 mnkr",
            "Överskottet förklaras av att färre personer har väntat på hemgång från sjukhus, så att ett av "
            "korttidsboendets våningsplan har kunnat hållas stängt sedan februari.",
            C("Korttidsboende", "+1,5 mnkr", "+", "volymer"),
        ),
        HP(
            "Dagverksamhet",
            "Dagverksamheten för personer med demenssjukdom har haft färre deltagare än planerat, och två tjänster "
            "har stått vakanta under våren. Det ger en positiv avvikelse.",
            C(
                "Dagverksamhet",
                "2 200",
                "+",
                "volymer",
                "vakanser",
                unit="tkr",
                table=True,
                note="A heading without an amount, reasons only: the table row's cell.",
            ),
        ),
        HP(
            "Nämnd och förvaltning +0,9 mnkr",
            "Kostnaderna för konsulter i införandet av det nya verksamhetssystemet blir lägre än budgeterat.",
            C("Nämnd och förvaltning", "+0,9 mnkr", "+", "inhyrd_personal", "it_digitalisering"),
        ),
        HP(
            "Biståndshandläggning ±0",
            "Verksamheten bedöms hålla budget.",
            BP("Biståndshandläggning"),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,8 miljoner kronor, helt inom hemtjänsten.",
            F(None, "1,8 miljoner kronor", "-", note="Located in one verksamhet, no reason: no tags."),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            items=(
                "Översyn av planeringen i den kommunala hemtjänsten för att minska andelen dubbelbemannade besök.",
                "Striktare prövning av köpta platser i särskilt boende, med en beräknad effekt om 1,2 mnkr under "
                "året.",
            ),
            labels=(
                A("Hemtjänst", None, "bemanning"),
                A("Särskilt boende", "1,2 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Jämförelser", 2),
        P(
            "Kostnaden för hemtjänst per invånare 80 år och äldre är fortsatt lägre än i jämförbara kommuner, vilket "
            "beror på en hög andel kunder med enbart serviceinsatser.",
            O("Hemtjänst", note="A comparison with other kommuner, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="nacka-an-tertialbokslut-2026-04.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Äldrenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialbokslut 1 2026 Äldrenämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
