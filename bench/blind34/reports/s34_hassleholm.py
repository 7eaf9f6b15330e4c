"""Hässleholms kommun, Barn- och utbildningsnämnden, protokollsutdrag: grundbelopp och interkommunal ersättning
2026.

A protocol extract with a decision on the grants per child and pupil to independent schools and the
interkommunal ersättning for 2026, which is no budget follow-up at all: full of amounts, "beror på", "mer än"
and "ryms inom den ram", with no deviation from a budget. Its seven labelled passages are all `other`: a grant
raised "från 78 420 kronor till 81 250 kronor" whose increase "beror på" the wage revision and premises, a
preschool grant "4 100 kronor mer än 2025" (a comparison with the previous year), the cost of pupils in other
kommuners' upper secondary schools "2,8 miljoner kronor mer än i år" (an estimate against this year), the
tilläggsbelopp granted in 2025, the decision formula (administration and VAT supplements), the financing
statement, and an independent provider's appeal "gäller 1,9 miljoner kronor och beror på" (about someone
else). The decision, the table of grants and the signatures are unlabelled. The document has no cause.
Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(80.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("HÄSSLEHOLMS KOMMUN", "PROTOKOLLSUTDRAG"),
        footer=lambda n, m: ("Justerandes sign", "Utdragsbestyrkande", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Grundbelopp 2026 per barn/elev och år, kronor (exklusive moms- och administrationspåslag)",
        header=(("Skolform", "2025", "2026"),),
        rows=(
            ("Förskola 1–3 år", "158 800", "162 900"),
            ("Förskola 4–5 år", "121 300", "124 600"),
            ("Fritidshem", "44 150", "45 480"),
            ("Förskoleklass", "64 900", "67 050"),
            ("Grundskola åk 1–3", "76 600", "79 300"),
            ("Grundskola åk 4–6", "78 420", "81 250"),
            ("Grundskola åk 7–9", "91 700", "94 850"),
        ),
        widths=(170.0, 80.0, 80.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Barn- och utbildningsnämnden", size=14, font="times-bold", after=2),
        P("Sammanträdesdatum 2025-11-20"),
        H("§ 142 Grundbelopp och interkommunal ersättning 2026", 2),
        P("Dnr BUN 2025/318"),
        H("Beslut", 3),
        P(
            "Barn- och utbildningsnämnden fastställer grundbelopp för fristående verksamheter och interkommunal "
            "ersättning för 2026 enligt bilaga 1."
        ),
        H("Sammanfattning av ärendet", 3),
        P(
            "Grundbeloppet per elev i grundskolans årskurs 4–6 höjs från 78 420 kronor till 81 250 kronor, en ökning "
            "med 3,6 procent. Ökningen beror på lönerevisionen och på högre kostnader för lokaler.",
            O(
                None,
                "lonekostnader",
                "lokaler",
                note="A grant for next year with 'beror på': no deviation from a budget.",
            ),
        ),
        P(
            "Grundbeloppet för förskola för barn 1–3 år blir 162 900 kronor per barn och år, vilket är 4 100 kronor "
            "mer än 2025. Skillnaden beror på att nämndens budget för förskolan har räknats upp med pris- och "
            "löneindex.",
            O(None, "prisokningar", note="A comparison with the previous year."),
        ),
        table,
        P(
            "Den interkommunala ersättningen för elever som går i gymnasieskola i andra kommuner beräknas kosta "
            "nämnden 96,3 miljoner kronor 2026, vilket är 2,8 miljoner kronor mer än i år, till följd av att fler "
            "elever väljer program i Kristianstad och Helsingborg.",
            O(
                None,
                "kopt_verksamhet",
                "volymer",
                note="A cost estimate against this year, not against a budget.",
            ),
        ),
        P(
            "Tilläggsbelopp för barn och elever med omfattande behov av särskilt stöd ingår inte i grundbeloppet och "
            "prövas individuellt. Under 2025 har tilläggsbelopp beviljats för 84 elever till en kostnad av 11,6 "
            "miljoner kronor.",
            O(None, note="Supporting figures."),
        ),
        P(
            "Grundbeloppet innehåller ett administrationspåslag på 3 procent och ett momspåslag på 6 procent, enligt "
            "skollagen och skolförordningen.",
            O(None, note="A decision formula."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Kostnaden för höjningen av grundbeloppen ryms inom den ram som kommunfullmäktige har beslutat för "
            "nämnden 2026.",
            O(None, note="A financing statement: no deviation reported."),
        ),
        H("Övrigt", 3),
        P(
            "Ett fristående förskoleföretag har överklagat 2025 års grundbelopp till förvaltningsrätten. "
            "Överklagandet gäller 1,9 miljoner kronor och beror på att bolaget anser att lokalkostnaderna har "
            "beräknats felaktigt.",
            O(None, note="A legal case brought by someone else: other."),
        ),
        H("Beslutsunderlag", 3),
        P("Tjänsteskrivelse 2025-11-04. Bilaga 1, Grundbelopp och interkommunal ersättning 2026."),
        H("Beslutet skickas till", 3),
        P("Fristående förskolor och skolor i kommunen, ekonomienheten."),
    ]
    return ReportSpec(
        file="hassleholm-bun-protokollsutdrag-grundbelopp-2026.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "protokollsutdrag",
        },
        metadata={
            "title": "Protokollsutdrag BUN 2025-11-20 § 142 Grundbelopp och interkommunal ersättning 2026",
            "author": "Hässleholms kommun",
        },
        style=style,
        blocks=blocks,
    )
