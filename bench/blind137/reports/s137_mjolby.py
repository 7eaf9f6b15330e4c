"""Mjölby kommun, Samhällsbyggnadsnämnden, tertialrapport 1 2026.

A technical committee's tertial report in tkr, footer with the nämnd's meeting date in May: the full year
"en negativ budgetavvikelse på 3,2 miljoner kronor" with its reasons in the same paragraph, a kostnadsslag
table with trailing minus signs ("4 800-") and a reading note, bold run-in kostnadsslag ending in a full stop
("Köp av tjänster." "blir 4,8 mnkr högre", "Intäkterna överstiger budget med 2,5 mnkr"), then headings that
carry the verksamhet and amount with a hyphen-minus or "±" ("Gata och trafik -3 400 tkr", "Administration ±0
tkr" over "bedöms gå jämnt ut"), so the deficit is explained twice; a risk sentence inside a cause paragraph
(its own item); investments "64,0 mnkr och prognosen till 52,5 mnkr" (11,5 never written out) and an
overrun "1,8 mnkr mer än budgeterat"; an action with its effect and winter costs against last year with
"beror på" (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Mjölby kommun", "Tertialrapport 1 2026 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget helår", "Utfall jan–apr", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Intäkter", "96 400", "33 100", "98 900", "2 500"),
            ("Personalkostnader", "71 200-", "22 800-", "69 900-", "1 300"),
            ("Köp av tjänster", "58 600-", "24 300-", "63 400-", "4 800-"),
            ("Lokal- och energikostnader", "44 300-", "16 900-", "46 500-", "2 200-"),
            ("Kapitaltjänstkostnader", "38 900-", "12 700-", "38 900-", "0"),
            ("Övriga kostnader", "12 100-", "3 800-", "12 100-", "0"),
            ("Nettokostnad", "128 700-", "47 400-", "131 900-", "3 200-"),
        ),
        widths=(140.0, 78.0, 88.0, 82.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="serif-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="serif", after=12),
        H("Samlad bedömning", 2),
        P(
            "Nämndens helårsprognos visar en negativ budgetavvikelse på 3,2 miljoner kronor. Det är främst den "
            "snörika vintern och kostnaderna för fastigheternas energi som gör att prognosen inte ryms inom ramen.",
            C(None, "3,2 miljoner kronor", "-", "ovrigt", "prisokningar"),
        ),
        table,
        P("Avvikelse: minustecken efter beloppet anger ett sämre utfall än budget.", size=8.5),
        H("Kostnadsslag", 2),
        LP(
            "Köp av tjänster.",
            "Kostnaden för köpta tjänster blir 4,8 mnkr högre än budgeterat, nästan helt till följd av "
            "vinterväghållningen som utförs av entreprenörer.",
            C(
                "Köp av tjänster",
                "4,8 mnkr",
                "-",
                "ovrigt",
                note="Winter road maintenance after heavy snow: ovrigt.",
            ),
        ),
        LP(
            "Intäkter.",
            "Intäkterna överstiger budget med 2,5 mnkr, främst genom bygglovsavgifter och planavgifter.",
            C("Intäkter", "2,5 mnkr", "+", "avgifter_intakter"),
        ),
        H("Verksamheter", 2),
        HP(
            "Gata och trafik -3 400 tkr",
            "Vintern var den snörikaste sedan 2010, och plogning och sandning i januari och februari har redan "
            "förbrukat hela årets budget för vinterväghållning. Till detta kommer högre priser i det nya driftavtalet "
            "för gatubelysningen.",
            C(
                "Gata och trafik",
                "-3 400 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Heading with hyphen-minus.",
            ),
        ),
        HP(
            "Park och natur +400 tkr",
            "En vakant tjänst som parkingenjör och en senare start för de säsongsanställda ger ett överskott.",
            C("Park och natur", "+400 tkr", "+", "vakanser", "periodisering"),
        ),
        Para(
            (
                (
                    "Fastighetsavdelningens underskott förklaras av högre kostnader för el och fjärrvärme än "
                    "budgeterat och av akuta reparationer efter en vattenläcka i en av förskolorna.",
                    C(
                        "Fastighet",
                        "-1 900 tkr",
                        "-",
                        "prisokningar",
                        "ovrigt",
                        note="The heading carries the amount; a water leak is ovrigt.",
                    ),
                ),
                (
                    "Det finns en risk att ytterligare fuktskador upptäcks när renoveringen av förskolan påbörjas.",
                    O("Fastighet", note="A risk sentence inside a cause paragraph: its own item."),
                ),
            ),
            head="Fastighet -1 900 tkr",
            head_level=3,
        ),
        HP(
            "Bygglov och plan +1 700 tkr",
            "Ansökningarna om bygglov har varit fler än väntat under våren, bland annat för det nya "
            "verksamhetsområdet vid motorvägen, och två detaljplaner har debiterats byggherrarna tidigare än "
            "planerat.",
            C("Bygglov och plan", "+1 700 tkr", "+", "avgifter_intakter", "volymer", "periodisering"),
        ),
        HP(
            "Administration ±0 tkr",
            "Administrationen bedöms gå jämnt ut.",
            BP("Administration"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten uppgår till 64,0 mnkr och prognosen till 52,5 mnkr, främst eftersom "
                "ombyggnaden av busstorget skjuts till 2027 i väntan på Trafikverkets beslut.",
                C(
                    "Investeringar",
                    "64,0 mnkr och prognosen till 52,5 mnkr",
                    "+",
                    "periodisering",
                    value=11_500_000,
                    note="An under-spend of 11,5 mnkr never written out: the computed value.",
                ),
            ),
            (
                "Beläggningsprogrammet för gator kostar däremot 1,8 mnkr mer än budgeterat på grund av högre "
                "asfaltpriser.",
                C(
                    "Beläggningsprogram",
                    "1,8 mnkr",
                    "-",
                    "prisokningar",
                    note="An investment project's overrun.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp delar av parkunderhållet och att inte tillsätta en vakant tjänst som "
            "trafikplanerare under 2026, vilket beräknas minska kostnaderna med 0,9 mnkr.",
            A(None, "0,9 mnkr", "vakanser"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaden för vinterväghållning var 9,1 mnkr under januari–april, mer än dubbelt så mycket som "
            "samma period 2025, vilket beror på det stora antalet snödagar.",
            O("Gata och trafik", "ovrigt", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="mjolby-sbn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Samhällsbyggnadsnämnden", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )
