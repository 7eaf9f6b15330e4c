"""Vetlanda kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report whose footer carries the adoption date in February and
whose result table is pasted as an image (every amount in the prose): the result "ett överskott på 1 420
tkr mot budget" and the outcome against the interim forecast "820 tkr bättre" in two sentences (a cause and a
forecast change); plain headings per verksamhet: "drygt en halv miljon kronor" and "knappt trehundratusen
kronor" in words, a reason-only deficit whose amount lives only in the image (amount null), "ett överskott på
490 tkr" with energy costs and rental income, "visar +230 tkr", "hölls inom budget" (boilerplate, the image
says 100); investments "Resterande 0,9 mnkr" with a delay; library visits against 2024 with "beror på"
(other) and an action without an amount. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = (
    "The table is an image: the amount lives only in the picture, so a reason-only passage has amount null."
)


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Vetlanda kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-24 § 12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "3 950", "3 720", "230"),
            ("Bibliotek", "10 840", "10 310", "530"),
            ("Kulturskola", "7 260", "7 480", "-220"),
            ("Fritidsgårdar", "4 900", "4 610", "290"),
            ("Idrotts- och fritidsanläggningar", "16 700", "16 210", "490"),
            ("Föreningsbidrag", "5 400", "5 300", "100"),
            ("Summa", "49 050", "47 630", "1 420"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="sans", after=14),
        H("Ekonomiskt utfall", 1),
        PS(
            (
                "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 1 420 tkr mot budget.",
                C(None, "1 420 tkr", "+"),
            ),
            (
                "Jämfört med prognosen i delårsrapporten, som visade ett överskott på 600 tkr, blev utfallet alltså "
                "820 tkr bättre.",
                F(None, "820 tkr", "+", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        table,
        H("Bibliotek", 3),
        P(
            "Biblioteken lämnar ett överskott på drygt en halv miljon kronor. Förklaringen är att tjänsten som "
            "bibliotekschef var vakant under våren och att inköpen av medier blev lägre efter bytet av leverantör.",
            C(
                "Bibliotek",
                "drygt en halv miljon kronor",
                "+",
                "vakanser",
                value=500_000,
                note="An amount in words: the stated figure (the image shows 530).",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan gick med underskott. Det beror på att fler elever än beräknat fick plats från kön efter "
            "att terminsavgiften sänktes, vilket krävde fler lärartimmar.",
            C("Kulturskola", None, "-", "volymer", "avgifter_intakter", note=IMAGE),
        ),
        H("Idrotts- och fritidsanläggningar", 3),
        P(
            "Anläggningarna redovisar ett överskott på 490 tkr. Isen i ishallen lades senare än vanligt i höstas och "
            "energikostnaderna blev därmed lägre, samtidigt som intäkterna från uthyrning ökade.",
            C(
                "Idrotts- och fritidsanläggningar",
                "490 tkr",
                "+",
                "prisokningar",
                "avgifter_intakter",
                note="Energy costs: prisokningar, as in the earlier sets.",
            ),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Fritidsgårdarna hade ett överskott på knappt trehundratusen kronor, eftersom en av gårdarna höll stängt "
            "i sex veckor efter en vattenskada.",
            C(
                "Fritidsgårdar",
                "knappt trehundratusen kronor",
                "+",
                "ovrigt",
                value=300_000,
                note="An amount in words. A closure after water damage is ovrigt.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration visar +230 tkr, till följd av färre sammanträden än planerat.",
            C("Nämnd och administration", "+230 tkr", "+", "ovrigt", note="Members' fees: ovrigt."),
        ),
        H("Föreningsbidrag", 3),
        P("Föreningsbidragen hölls inom budget.", BP("Föreningsbidrag")),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 2,8 mnkr har 1,9 mnkr använts. Resterande 0,9 mnkr avser "
            "konstgräsplanen vid idrottsplatsen, som har skjutits till 2026 och begärs överförd till nästa år.",
            C("Investeringar", "0,9 mnkr", "+", "periodisering"),
        ),
        H("Verksamhet och framtid", 2),
        P(
            "Antalet besök på biblioteken ökade med elva procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna.",
            O("Bibliotek", note="Visits against the previous year with 'beror på': other."),
        ),
        P(
            "Inför 2026 ser nämnden över kulturskolans avgifter och gruppstorlekar.",
            A("Kulturskola", None, "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="vetlanda-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Vetlanda kommun",
        },
        style=style,
        blocks=blocks,
    )
