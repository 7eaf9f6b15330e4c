"""Region Stockholm, Fastighets- och servicenämnden, månadsrapport september 2025.

A region's property and service committee's month report in "miljoner kronor" whose result table is pasted as
an image (every amount in the prose), footer with the nämnd's meeting date in October: the full year "46
miljoner kronor sämre än det budgeterade nollresultatet" and the period "18 miljoner kronor sämre än budget för
perioden" in two paragraphs; plain headings per area with the area as subject ("Hyresintäkterna blir 31
miljoner kronor lägre än budgeterat"), after "Inom" ("Inom energiområdet … 14 miljoner kronor lägre"), the
amount after the reasons ("beräknas överskrida budget med 22 miljoner kronor"), an amount in words with a
"varav" part ("åtta miljoner kronor, varav tre miljoner kronor avser övertid"), interest and depreciation in
one sentence (two items, "lägre" and "högre"), a small surplus and "Övriga intäkter följer budget"
(boilerplate); the change since August with its cause, investments "320 miljoner kronor lägre än
investeringsbudgeten" after two levels, an action without an amount and a risk (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


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
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Region Stockholm", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Fastighets- och servicenämnden 2025-10-21", "FSN 2025-0318", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, prognos 2025, miljoner kronor",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hyresintäkter", "6 412", "6 381", "−31"),
            ("Övriga intäkter", "1 208", "1 208", "0"),
            ("Fastighetsdrift", "−2 164", "−2 186", "−22"),
            ("Energi", "−612", "−598", "+14"),
            ("Service och logistik", "−1 076", "−1 084", "−8"),
            ("Ledning och gemensamt", "−188", "−186", "+2"),
            ("Avskrivningar", "−2 340", "−2 347", "−7"),
            ("Räntekostnader", "−1 240", "−1 234", "+6"),
            ("Resultat", "0", "−46", "−46"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="arial-bold", after=2),
        Title("Fastighets- och servicenämnden", size=12.5, font="arial", after=12),
        H("Resultat", 2),
        P(
            "Nämnden prognostiserar för helåret ett resultat på −46 miljoner kronor, vilket är 46 miljoner kronor "
            "sämre än det budgeterade nollresultatet.",
            C(None, "46 miljoner kronor", "-"),
        ),
        P(
            "Resultatet för januari–september uppgår till −21 miljoner kronor, 18 miljoner kronor sämre än budget "
            "för perioden.",
            C(
                None,
                "18 miljoner kronor",
                "-",
                note="The period after its level: the difference is the amount.",
            ),
        ),
        table,
        H("Hyresintäkter", 3),
        P(
            "Hyresintäkterna blir 31 miljoner kronor lägre än budgeterat, eftersom inflyttningen i den nya "
            "vårdbyggnaden i Flemingsberg har försenats och två vårdavdelningar vid Sabbatsberg står tomma sedan "
            "våren.",
            C("Hyresintäkter", "31 miljoner kronor", "-", "avgifter_intakter", "lokaler", "periodisering"),
        ),
        P("Övriga intäkter följer budget.", BP("Övriga intäkter")),
        H("Energi", 3),
        P(
            "Inom energiområdet blir kostnaderna 14 miljoner kronor lägre än budget tack vare lägre elpriser under "
            "våren och sommaren.",
            C("Energi", "14 miljoner kronor", "+", "prisokningar"),
        ),
        H("Fastighetsdrift", 3),
        P(
            "Kostnaderna för underhåll och akuta reparationer har ökat. Vattenskadan i kulverten vid Danderyds "
            "sjukhus i mars och fler felanmälningar gör att fastighetsdriften beräknas överskrida budget med 22 "
            "miljoner kronor.",
            C("Fastighetsdrift", "22 miljoner kronor", "-", "ovrigt", note="The amount after the reasons."),
        ),
        H("Service och logistik", 3),
        P(
            "Service och logistik har fått fler uppdrag från sjukhusen men också högre personalkostnader än väntat. "
            "Sammantaget landar verksamheten i ett underskott om åtta miljoner kronor, varav tre miljoner kronor "
            "avser övertid under sommaren.",
            C(
                "Service och logistik",
                "åtta miljoner kronor",
                "-",
                "volymer",
                "overtid",
                value=8_000_000,
                note="An amount in words with a 'varav' part: one item with the total.",
            ),
        ),
        H("Kapitalkostnader och gemensamt", 3),
        P(
            "Räntekostnaderna blir 6 miljoner kronor lägre än budgeterat, medan avskrivningarna blir 7 miljoner "
            "kronor högre eftersom flera projekt har aktiverats tidigare än planerat.",
            C(
                "Räntekostnader",
                "6 miljoner kronor",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Avskrivningar", "7 miljoner kronor", "-", "periodisering"),),
            ),
        ),
        P(
            "Ledning och gemensamma funktioner visar ett mindre överskott på 2 miljoner kronor, främst till följd av "
            "vakanser.",
            C("Ledning och gemensamt", "2 miljoner kronor", "+", "vakanser"),
        ),
        H("Förändring jämfört med augusti", 2),
        P(
            "Jämfört med augustiprognosen har resultatet försämrats med 9 miljoner kronor, vilket förklaras av högre "
            "kostnader för akuta reparationer.",
            F(None, "9 miljoner kronor", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet för perioden är 1 264 miljoner kronor. För helåret prognostiseras 1 880 miljoner "
            "kronor, 320 miljoner kronor lägre än investeringsbudgeten, främst till följd av att ombyggnaden av "
            "akutmottagningen vid Södersjukhuset har försenats.",
            C("Investeringar", "320 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen undersöker möjligheten att hyra ut de tomställda lokalerna vid Sabbatsberg till externa "
            "hyresgäster från 2026.",
            A("Hyresintäkter", None, "lokaler"),
        ),
        P(
            "Det finns en risk att fler vårdverksamheter lämnar lokaler i förtid, vilket kan minska hyresintäkterna "
            "ytterligare under 2026.",
            O("Hyresintäkter", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-fsn-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Fastighets- och servicenämnden"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport september 2025 Fastighets- och servicenämnden",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
