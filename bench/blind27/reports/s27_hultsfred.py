"""Hultsfreds kommun, Socialnämnden, månadsuppföljning mars 2026.

A social committee's month report after the first quarter, in Arial Narrow: the period as a share of the
annual budget ("26,8 procent … mot riktvärdet 25,0 procent") that turns into "ett underskott på 2,3 mnkr för
perioden" in the same sentence (the percentages are not the amount), the full year as "Helårsprognosen är
ett underskott på 6,5 mnkr" with its main area, the change since February given only as February's level
(−5,1 mnkr, not the change: amount null); then a result table whose last column is each row's comment, in
mnkr with explicit signs: five comments with reasons only (the row's cell is the amount), one with a per-day
cost that is not the amount, one "Följer budget." (boilerplate) and a sum row with no comment; three actions
as bullets (one without effect, one "cirka 150 tkr", one "0,4 mnkr på helår") and a risk with a range
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the table's comment column: the row's Avvikelse cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="narrow",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Hultsfreds kommun", "Socialnämnden – Månadsuppföljning mars 2026"),
        footer=lambda n, m: ("Dnr SN 2026/41", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "8,2", "7,9", "+0,3"),
                "Vakant tjänst som verksamhetsutvecklare januari till april.",
                C("Nämnd och ledning", "+0,3", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Barn och familj", "31,5", "38,9", "−7,4"),
                "Fem nya placeringar på HVB sedan årsskiftet, varav tre med en dygnskostnad över 7 000 kr. "
                "Familjehemsvården ligger i nivå med budget.",
                C(
                    "Barn och familj",
                    "−7,4",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The per-day cost is a rate, not the amount.",
                ),
            ),
            (
                ("Vuxen och beroende", "12,6", "13,4", "−0,8"),
                "Köpt behandling enligt LVM under februari och mars.",
                C("Vuxen och beroende", "−0,8", "-", "kopt_verksamhet", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Ekonomiskt bistånd", "14,0", "15,1", "−1,1"),
                "Fler hushåll med långvarigt behov, framför allt personer som står långt från arbetsmarknaden.",
                C(
                    "Ekonomiskt bistånd",
                    "−1,1",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Äldreomsorg", "182,4", "179,9", "+2,5"),
                "Tolv platser på Hagelunda står tomma under ombyggnaden, vilket ger lägre personalkostnader. Det "
                "motverkas delvis av dyrare bemanningssjuksköterskor.",
                C(
                    "Äldreomsorg",
                    "+2,5",
                    "+",
                    "volymer",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Staffing-agency nurses pull the other way: inhyrd_personal.",
                ),
            ),
            (
                ("LSS", "46,7", "46,7", "0,0"),
                "Följer budget.",
                BP("LSS"),
            ),
            (("Summa", "295,4", "301,9", "−6,5"), "", None),
        ),
        widths=(118.0, 46.0, 48.0, 56.0),
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=17, font="narrow-bold", after=2),
        Title("Socialnämnden", size=12.5, font="narrow", after=12),
        H("Samlad bedömning", 2),
        P(
            "Efter första kvartalet har nämnden förbrukat 26,8 procent av årsbudgeten mot riktvärdet 25,0 procent, "
            "vilket motsvarar ett underskott på 2,3 mnkr för perioden.",
            C(None, "2,3 mnkr", "-", note="The period: percentages of the annual budget are not the amount."),
        ),
        P(
            "Helårsprognosen är ett underskott på 6,5 mnkr. Den största delen kommer från placeringar inom barn och "
            "familj, medan äldreomsorgen väntas lämna ett mindre överskott.",
            C(None, "6,5 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Prognosen har försämrats sedan februari, då den var −5,1 mnkr, främst på grund av två nya placeringar.",
            F(
                None,
                None,
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Only February's level is given (−5,1 mnkr); the change (1,4) is never written: amount null.",
            ),
        ),
        H("Resultat per verksamhet", 2),
        comments,
        H("Åtgärder", 2),
        P("Förvaltningen har vidtagit följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Hemmaplanslösningar prövas före varje ny placering inom barn och familj (effekten är inte beräknad).",
                "Inköpsstopp för förbrukningsinventarier i hela förvaltningen till och med juni, cirka 150 tkr.",
                "Översyn av schemat i nattpatrullen för att minska behovet av bemanningssjuksköterskor, 0,4 mnkr på "
                "helår.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A(None, "cirka 150 tkr", "material_hjalpmedel"),
                A("Äldreomsorg", "0,4 mnkr", "inhyrd_personal"),
            ),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Två ärenden inom barn och familj är under utredning och kan leda till placeringar under våren. Om så "
            "sker kan underskottet öka med ytterligare 1,5–2 mnkr.",
            O("Barn och familj", note="A risk with a range: other."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-sn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Socialnämnden", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
