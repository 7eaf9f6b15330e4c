"""Bohuskustens vattenvårdsförbund, Styrelsen, verksamhetsberättelse 2025.

A joint water-management body's year-end report, DejaVu Serif 10 pt with sans headings, footer with the
årsmöte's date in April: the result "Avvikelsen mot budget är därmed −134 tkr" after the result and the
budgeted result in the same paragraph; a table with a thin rule under every row, revenue and costs in one
column with deficits in "−"; a paragraph for each post in varied shapes (sampling and analyses "överskred
budget med 260 tkr" with a price percentage that is not the amount, grant revenue "162 tkr högre än
budgeterat", a reason-only consultant saving taking the row's "+78", administration "kostade 51 tkr mer än
budgeterat"), member fees "i nivå med budget" (boilerplate) and a row with no comment; an action with its
yearly effect, the equity and next year's fee decision (others). 5 scored causes.

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Bohuskustens vattenvårdsförbund", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Föredras vid årsmötet 2026-04-22", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, tkr",
        header=(("Post", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "3 420", "3 420", "0"),
            ("Projektbidrag", "350", "512", "+162"),
            ("Provtagning och analyser", "−2 650", "−2 910", "−260"),
            ("Konsulter och rapportering", "−780", "−702", "+78"),
            ("Administration", "−340", "−391", "−51"),
            ("Övrigt (möten, hemsida)", "−50", "−113", "−63"),
            ("Årets resultat", "−50", "−184", "−134"),
        ),
        widths=(180.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({6}),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Bohuskustens vattenvårdsförbund", size=12.5, font="serif-italic", after=12),
        H("Verksamheten under året", 2),
        P(
            "Förbundet har under 2025 genomfört det samordnade kontrollprogrammet för kustvattnet mellan "
            "Brofjorden och Hakefjorden, med provtagning vid 28 stationer. Årets rapport om kustvattnets tillstånd "
            "presenterades för medlemmarna i november."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för 2025 blev ett underskott på 184 tkr, att jämföra med ett budgeterat underskott "
            "på 50 tkr. Avvikelsen mot budget är därmed −134 tkr.",
            C(
                None,
                "−134 tkr",
                "-",
                note="The result, the budgeted result and the deviation in one paragraph: one item, the deviation.",
            ),
        ),
        table,
        P(
            "Kostnaderna för provtagning och analyser överskred budget med 260 tkr. Det beror på att laboratoriets "
            "priser höjdes med 9 procent från den 1 april och på extra provtagning av miljögifter i sediment "
            "utanför Stenungsund.",
            C(
                "Provtagning och analyser",
                "260 tkr",
                "-",
                "prisokningar",
                "volymer",
                note="The price percentage is not the amount; extra sampling is volymer.",
            ),
        ),
        P(
            "Bidragsintäkterna blev 162 tkr högre än budgeterat, eftersom förbundet beviljades ett bidrag från "
            "länsstyrelsen för kartläggning av ålgräsängar.",
            C(
                "Projektbidrag",
                "162 tkr",
                "+",
                "statsbidrag",
                note="A grant from the länsstyrelse: statsbidrag.",
            ),
        ),
        P(
            "Kostnaden för konsulter och rapportering blev lägre än budget, då årsrapporten skrevs av förbundets egen "
            "sekreterare.",
            C(
                "Konsulter och rapportering",
                "+78",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        P(
            "Administrationen kostade 51 tkr mer än budgeterat. Merkostnaden avser bytet av ekonomisystem och högre "
            "arvoden till revisorerna.",
            C("Administration", "51 tkr", "-", "it_digitalisering", "ovrigt", note="Audit fees: ovrigt."),
        ),
        P(
            "Medlemsavgifterna blev i nivå med budget.",
            BP("Medlemsavgifter"),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att upphandla analystjänster tillsammans med ett angränsande vattenvårdsförbund "
            "från 2026, vilket väntas sänka analyskostnaderna med cirka 150 tkr per år.",
            A("Provtagning och analyser", "cirka 150 tkr", "prisokningar"),
        ),
        H("Eget kapital och avgifter", 2),
        P(
            "Förbundets eget kapital uppgår efter årets underskott till 612 tkr, vilket motsvarar drygt två månaders "
            "kostnader.",
            O(None, "reserver", note="Equity."),
        ),
        P(
            "Årsmötet 2025 beslutade att medlemsavgifterna för 2026 höjs med 4 procent.",
            O("Medlemsavgifter", note="A fee decision for next year: other."),
        ),
    ]
    return ReportSpec(
        file="bohuskustens-vattenvardsforbund-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Bohuskustens vattenvårdsförbund", "Bohuskustens Vattenvårdsförbund", "BVVF"],
            "committee": ["Styrelsen", "Förbundsstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025", "author": "Bohuskustens vattenvårdsförbund"},
        style=style,
        blocks=blocks,
    )
