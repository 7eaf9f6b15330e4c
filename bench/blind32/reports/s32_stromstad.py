"""Strömstads kommun, Kommunfullmäktige, tjänsteskrivelse: redovisning av partistöd 2025 och utbetalning 2026.

A document that is no budget follow-up at all: the kommunledningsförvaltning's proposal that kommunfullmäktige
accept the parties' reports on how they used the 2025 partistöd and pay out the 2026 support. Full of amounts
and budget words: the rule for the support (a decision formula), the total cost that "ryms inom den budget"
that fullmäktige set aside (a financing statement), a party that has not reported "Det beror på att …", the
amount held back, a party that used "9 400 kronor mer än det stöd" it received (about someone else), the
increase against 2025 and the financing of the decision: seven `other` items and no cause. The decision
proposal, the legal background and the table per party are unlabelled. Liberation Sans 10.5 pt.

The place is real; every figure, event and unit name is invented, and so are the two local parties that
the events concern (Kustpartiet, Landsbygdslistan).
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("STRÖMSTADS KOMMUN  Kommunledningsförvaltningen", "Tjänsteskrivelse 2026-01-27"),
        footer=lambda n, m: ("Dnr KS/2026-0031", "Kommunfullmäktige 2026-02-19", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Partistöd 2026, kronor",
        header=(("Parti", "Mandat", "Grundstöd", "Mandatstöd", "Summa"),),
        rows=(
            ("Socialdemokraterna", "9", "24 000", "103 500", "127 500"),
            ("Moderaterna", "7", "24 000", "80 500", "104 500"),
            ("Sverigedemokraterna", "6", "24 000", "69 000", "93 000"),
            ("Centerpartiet", "4", "24 000", "46 000", "70 000"),
            ("Kustpartiet", "2", "24 000", "23 000", "47 000"),
            ("Liberalerna", "2", "24 000", "23 000", "47 000"),
            ("Vänsterpartiet", "2", "24 000", "23 000", "47 000"),
            ("Landsbygdslistan", "2", "24 000", "23 000", "47 000"),
            ("Miljöpartiet", "1", "24 000", "11 500", "35 500"),
            ("Totalt", "35", "216 000", "402 500", "618 500"),
        ),
        widths=(150.0, 56.0, 76.0, 80.0, 76.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Redovisning av partistöd 2025 och utbetalning av partistöd 2026",
            size=15,
            font="arial-bold",
            after=8,
        ),
        H("Förslag till beslut", 2),
        P(
            "Kommunfullmäktige beslutar att godkänna partiernas redovisningar av partistöd för 2025, att betala ut "
            "partistöd för 2026 enligt bilagd fördelning och att hålla inne utbetalningen till Kustpartiet till "
            "dess att redovisning har lämnats."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt 4 kap. 29–31 §§ kommunallagen får kommuner ge ekonomiskt stöd till de politiska partier som är "
            "representerade i fullmäktige. Partierna ska varje år lämna en skriftlig redovisning som visar att stödet "
            "har använts för att stärka deras ställning i den kommunala demokratin, tillsammans med ett "
            "granskningsintyg."
        ),
        P(
            "Enligt kommunens regler för partistöd utgår ett grundstöd på 24 000 kronor per parti och år samt ett "
            "mandatstöd på 11 500 kronor per mandat i kommunfullmäktige.",
            O(None, note="The rule for the support: a decision formula."),
        ),
        H("Ärendet", 2),
        P(
            "Samtliga partier utom ett har lämnat redovisning och granskningsintyg för 2025 inom föreskriven tid, "
            "det vill säga senast den 30 juni. Redovisningarna har granskats av kommunledningsförvaltningen."
        ),
        P(
            "Kustpartiet har inte lämnat in någon redovisning för 2025. Det beror på att partiets kassör "
            "avgick under hösten och att uppdraget ännu inte har återbesatts.",
            O("Kustpartiet", note="A missing report explained with 'beror på': about someone else."),
        ),
        P(
            "Utbetalningen till Kustpartiet, 47 000 kronor, hålls därför inne tills redovisning och "
            "granskningsintyg har kommit in.",
            O("Kustpartiet", note="An amount held back: other."),
        ),
        P(
            "Landsbygdslistan har under 2025 använt 9 400 kronor mer än det stöd de erhöll, vilket partiet har "
            "finansierat med egna medel.",
            O("Landsbygdslistan", note="A party spending more than its support: not a budget deviation."),
        ),
        table,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Den totala kostnaden för partistödet 2026 beräknas till 618 500 kronor, vilket ryms inom den budget på "
            "650 000 kronor som kommunfullmäktige avsatt.",
            O(
                None,
                note="A cost that fits the budget set aside: a financing statement, no deviation reported.",
            ),
        ),
        P(
            "Jämfört med 2025 ökar det sammanlagda partistödet med 7 875 kronor, eftersom mandatstödet räknades upp "
            "från 11 275 till 11 500 kronor.",
            O(None, note="Against the previous year."),
        ),
        P(
            "Beslutet finansieras inom kommunfullmäktiges egen budget för 2026 och påverkar inte kommunens "
            "resultat.",
            O(None, note="Financing of the decision."),
        ),
        H("Beslutsunderlag", 2),
        P("Partiernas redovisningar av partistöd 2025, bilaga 1. Fördelning av partistöd 2026, bilaga 2."),
        P("Linnea Strand, kommunsekreterare    Anders Holm, ekonomichef", size=9.5),
    ]
    return ReportSpec(
        file="stromstad-kf-partistod-2026.pdf",
        report={
            "municipality": "Strömstad",
            "committee": ["Kommunfullmäktige", "Kommunstyrelsen"],
            "period": ["2025", "2026"],
            "report_type": "partistöd",
        },
        metadata={
            "title": "Redovisning av partistöd 2025 och utbetalning av partistöd 2026",
            "author": "Strömstads kommun",
        },
        style=style,
        blocks=blocks,
    )
