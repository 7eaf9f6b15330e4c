"""Medelpads Räddningstjänstförbund (kommunalförbund), Direktionen, årsredovisning 2025.

A fire and rescue kommunalförbund's annual report in tkr and mnkr, footer with the direktion's meeting date in
March: the year's result against a zero budget in two sentences of one paragraph ("utfallet blev 1 920 tkr
bättre än planerat"), the result's main reason in a paragraph of its own whose only figure is a part (amount
null), the outcome against the interim forecast after a forecast level (a forecast change); the balanskrav
and a proposed transfer to the resultatutjämningsreserv (others); a running table where costs are negative
and the deviation is utfall minus budget; under plain headings: revenue "överträffade budget med 1 750 tkr"
with a one-off refund, personnel costs "1 480 tkr högre än budgeterat" with overtime and on-call pay at a
large fire and a dearer pay round for the part-time firefighters, vehicles with a reason only (the table's
"770"), premises and other costs "understeg budget med 180 respektive 700 tkr" with a reason each (two items,
the same text); investments "11,2 mnkr mot budgeterade 16,0 mnkr" (4,8 mnkr never written out); the members'
announced contributions for 2027 (other) and automatic alarms against last year (other). 8 scored causes.
DejaVu Serif Condensed 10 pt with DejaVu Sans Condensed headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Medelpads Räddningstjänstförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Direktionen 2026-03-26 § 12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (avvikelse = utfall − budget)",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag Sundsvall", "118 600", "118 600", "0"),
            ("Medlemsbidrag Timrå", "38 200", "38 200", "0"),
            ("Övriga intäkter", "14 000", "15 750", "1 750"),
            ("Personalkostnader", "−139 500", "−140 980", "−1 480"),
            ("Lokalkostnader", "−14 800", "−14 620", "180"),
            ("Fordon och materiel", "−9 600", "−8 830", "770"),
            ("Övriga kostnader", "−6 900", "−6 200", "700"),
            ("Årets resultat", "0", "1 920", "1 920"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=22, font="cond-bold", after=2),
        Title("Medelpads Räddningstjänstförbund", size=13, font="cond", after=16),
        H("Förvaltningsberättelse", 1),
        H("Året i korthet", 2),
        P(
            "Förbundet genomförde 2 310 räddningsinsatser under året. Sommaren var lugn med få skogsbränder, men "
            "storbranden i ett industriområde i Timrå i mars krävde insatser under fyra dygn."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundet redovisar ett resultat för 2025 på 1 920 tkr. Budgeten var ett nollresultat, vilket betyder "
            "att utfallet blev 1 920 tkr bättre än planerat.",
            C(
                None,
                "1 920 tkr",
                "+",
                note="The result against a zero budget: two sentences, one item; the amount is the one compared.",
            ),
        ),
        P(
            "Det positiva resultatet förklaras till stor del av en engångsvis återbetalning av försäkringspremier från "
            "AFA Försäkring på 1 150 tkr.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The result's reason in a paragraph of its own; 1 150 tkr is a part of it: amount null. A "
                "one-off refund is periodisering.",
            ),
        ),
        P(
            "Prognosen i delårsrapporten pekade på ett resultat på 0,4 mnkr, så utfallet är 1,5 mnkr bättre än den "
            "bedömningen.",
            F(None, "1,5 mnkr", "+", note="The outcome against the interim forecast; 0,4 mnkr is a level."),
        ),
        H("Balanskravsutredning", 2),
        P(
            "Efter justering för realisationsvinster vid försäljningen av två äldre tankbilar blir "
            "balanskravsresultatet 1 640 tkr. Förbundet uppfyller därmed balanskravet.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Direktionen föreslår att 1 000 tkr av resultatet avsätts till resultatutjämningsreserven.",
            O(None, "reserver", note="A reserve transfer."),
        ),
        H("Driftredovisning", 2),
        table,
        H("Intäkter", 3),
        P(
            "Övriga intäkter överträffade budget med 1 750 tkr. I detta ingår återbetalningen från AFA Försäkring, "
            "men även fler uppdrag inom brandskyddsutbildning för företag.",
            C("Övriga intäkter", "1 750 tkr", "+", "periodisering", "avgifter_intakter"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna blev 1 480 tkr högre än budgeterat. Den största delen är övertid och "
            "beredskapsersättning i samband med storbranden i Timrå, men även löneöversynen för "
            "räddningspersonal i beredskap blev dyrare än förväntat.",
            C(
                "Personalkostnader",
                "1 480 tkr",
                "-",
                "overtid",
                "ovrigt",
                "lonekostnader",
                note="A large fire is ovrigt; the pay round is lonekostnader.",
            ),
        ),
        H("Fordon och materiel", 3),
        P(
            "Kostnaderna för reparationer och drivmedel blev lägre än beräknat, eftersom två nya släckbilar "
            "levererades i januari och ersatte fordon med stora underhållsbehov.",
            C(
                "Fordon och materiel",
                "770",
                "+",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reason only: the table cell.",
            ),
        ),
        H("Lokaler och övriga kostnader", 3),
        P(
            "Lokalkostnaderna och övriga kostnader understeg budget med 180 respektive 700 tkr. Hyresavtalet för "
            "stationen i Kovland omförhandlades, och utbildningen av heltidsstyrkan i höjdräddning sköts upp till "
            "2026.",
            C(
                "Lokalkostnader",
                "180",
                "+",
                "lokaler",
                unit="tkr",
                note="A 'respektive' pair, with a reason each in the next sentence: two items, the same text.",
                also=(C("Övriga kostnader", "700 tkr", "+", "periodisering"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 11,2 mnkr mot budgeterade 16,0 mnkr. En ny räddningsbåt för Indalsälven "
            "har beställts men levereras först under 2026.",
            C(
                "Investeringar",
                "11,2 mnkr mot budgeterade 16,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_800_000,
                note="Investment under-spending of 4,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Förväntad utveckling", 2),
        P(
            "Medlemskommunerna har aviserat att medlemsbidragen för 2027 inte kan räknas upp fullt ut med index, "
            "vilket kräver besparingar på cirka 2 mnkr.",
            O(None, note="Outlook: other."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet automatlarm ökade med 14 procent jämfört med 2024, vilket beror på fler anslutna larm i de nya "
            "bostadsområdena i Sundsvall.",
            O(None, "volymer", note="Alarms against the previous year."),
        ),
    ]
    return ReportSpec(
        file="medelpads-raddningstjanstforbund-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Medelpads Räddningstjänstförbund",
                "Kommunalförbundet Medelpads Räddningstjänstförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Medelpads Räddningstjänstförbund",
            "author": "Medelpads Räddningstjänstförbund",
        },
        style=style,
        blocks=blocks,
    )
