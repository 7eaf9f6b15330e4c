"""Region Uppsala, Regionstyrelsen, månadsuppföljning mars 2026 (the whole region, health care first).

A region's month report in Liberation Sans 9.5 pt whose result table per styrelse is pasted as an image
(every amount that counts is in the prose), footer with the regionstyrelse's meeting in April: the period
"96 miljoner kronor sämre än budget för perioden" and the full year "35 miljoner kronor, att jämföra med det
budgeterade resultatet på 260 miljoner kronor" (225 never written out) as two paragraphs; plain headings per
styrelse: the hospitals' board "ett underskott om 286 miljoner kronor" followed by two hospitals "−241
respektive −45 miljoner kronor" (their own items), primary care "beräknas gå 38 miljoner kronor över budget"
with a drug-cost percentage that is not the amount, transport "ett överskott på 22 miljoner kronor", culture
that "bedöms hålla budget" (boilerplate), the regionstyrelse's own activities with reasons only (amount null:
the image has no text layer) and the finance function "+61 miljoner kronor, varav" (one item); staff costs
against last year (other), a forecast change with a "varav", an action with its effect and investments "190
miljoner kronor lägre än budget".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


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
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Region Uppsala", "Månadsuppföljning mars 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-04-22", "RS 2026-00187", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per styrelse och nämnd, miljoner kronor",
        header=(("Styrelse/nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Sjukhusstyrelsen", "−9 842", "−10 128", "−286"),
            ("Primärvårdsstyrelsen", "−3 215", "−3 253", "−38"),
            ("Trafik- och samhällsutvecklingsnämnden", "−1 402", "−1 380", "+22"),
            ("Kultur- och bildningsnämnden", "−318", "−318", "0"),
            ("Regionstyrelsen", "−1 096", "−1 080", "+16"),
            ("Finansförvaltningen", "16 133", "16 194", "+61"),
            ("Region Uppsala", "260", "35", "−225"),
        ),
        widths=(200.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.9, 0.9, 0.9),
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=19, font="arial-bold", after=2),
        Title("Regionstyrelsen – samlad uppföljning för Region Uppsala", size=12, font="arial", after=12),
        H("Resultat och prognos", 1),
        P(
            "Region Uppsalas resultat för januari–mars uppgår till −142 miljoner kronor, vilket är 96 miljoner kronor "
            "sämre än budget för perioden.",
            C(
                None,
                "96 miljoner kronor",
                "-",
                note="The period's deviation; the result level is not the amount.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 35 miljoner kronor, att jämföra med det budgeterade "
            "resultatet på 260 miljoner kronor.",
            C(
                None,
                "35 miljoner kronor, att jämföra med det budgeterade resultatet på 260 miljoner kronor",
                "-",
                value=225_000_000,
                note="The full year's shortfall of 225 miljoner kronor, never written out: the computed value.",
            ),
        ),
        table,
        H("Styrelser och nämnder", 2),
        H("Sjukhusstyrelsen", 3),
        PS(
            (
                "Sjukhusstyrelsens prognos är ett underskott om 286 miljoner kronor. Kostnaderna för inhyrda "
                "sjuksköterskor och läkare ligger kvar på en hög nivå och den vård som köps utanför länet ökar.",
                C("Sjukhusstyrelsen", "286 miljoner kronor", "-", "inhyrd_personal", "kopt_verksamhet"),
            ),
            (
                "Akademiska sjukhuset och Lasarettet i Enköping står för −241 respektive −45 miljoner kronor av "
                "underskottet.",
                C(
                    "Akademiska sjukhuset",
                    "−241",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph, a 'respektive' pair: their own items.",
                    also=(C("Lasarettet i Enköping", "−45 miljoner kronor", "-"),),
                ),
            ),
        ),
        H("Primärvårdsstyrelsen", 3),
        P(
            "Primärvården beräknas gå 38 miljoner kronor över budget. Läkemedelskostnaderna inom förmånen har ökat "
            "med 7 procent, och listningen vid privata vårdcentraler har ökat mer än beräknat, vilket höjer "
            "ersättningen i vårdvalet.",
            C(
                "Primärvårdsstyrelsen",
                "38 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                "kopt_verksamhet",
                note="Drugs are material_hjalpmedel; the percentage is not the amount.",
            ),
        ),
        H("Trafik- och samhällsutvecklingsnämnden", 3),
        P(
            "Nämnden räknar med ett överskott på 22 miljoner kronor. Biljettintäkterna i kollektivtrafiken blir högre "
            "än budgeterat samtidigt som dieselpriset har varit lägre.",
            C(
                "Trafik- och samhällsutvecklingsnämnden",
                "22 miljoner kronor",
                "+",
                "avgifter_intakter",
                "prisokningar",
            ),
        ),
        H("Kultur- och bildningsnämnden", 3),
        P("Nämnden bedöms hålla budget.", BP("Kultur- och bildningsnämnden")),
        H("Regionstyrelsens egen verksamhet", 3),
        P(
            "Här prognostiseras ett överskott, främst på grund av vakanser inom regionkontoret och att den centrala "
            "utvecklingsreserven ännu inte har tagits i anspråk.",
            C(
                "Regionstyrelsen",
                None,
                "+",
                "vakanser",
                "reserver",
                note="Reasons only, the row's amount only in the pasted image: amount null.",
            ),
        ),
        H("Finansförvaltningen", 3),
        P(
            "Finansförvaltningen prognostiserar +61 miljoner kronor, varav 44 miljoner kronor avser högre "
            "skatteintäkter och 17 miljoner kronor ett bättre finansnetto.",
            C(
                "Finansförvaltningen",
                "+61 miljoner kronor",
                "+",
                note="A finance item with 'varav' parts: the total.",
            ),
        ),
        H("Personalkostnader", 2),
        P(
            "Personalkostnaderna har ökat med 5,2 procent jämfört med samma period 2025, vilket främst beror på "
            "lönerevisionen och fler anställda inom akutsjukvården.",
            O(None, "lonekostnader", note="Against the previous year: other."),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februari har helårsprognosen försämrats med 48 miljoner kronor, varav 30 miljoner kronor "
            "avser Akademiska sjukhuset.",
            F(None, "48 miljoner kronor", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusstyrelsen har beslutat om ett stopp för inhyrd personal på vårdavdelningarna från den 1 maj, "
            "vilket beräknas minska kostnaderna med 35 miljoner kronor under året.",
            A("Sjukhusstyrelsen", "35 miljoner kronor", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för året är 1 480 miljoner kronor, 190 miljoner kronor lägre än budget, främst "
            "till följd av förseningar i ombyggnaden av en vårdbyggnad vid Akademiska sjukhuset.",
            C(
                "Investeringar",
                "190 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-rs-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Regionstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Regionstyrelsen", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
