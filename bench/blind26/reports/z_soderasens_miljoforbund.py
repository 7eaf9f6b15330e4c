"""Söderåsens miljöförbund (kommunalförbund), Direktionen, årsredovisning 2025.

An environmental-inspection kommunalförbund's annual report in DejaVu Serif 9.5 pt, footer with the
direktion's adoption date in March: the result "+1 214 tkr" against a budgeted 300 tkr, then "914 tkr bättre
än budget" with the reasons in the same paragraph (one item); a summary income statement in tkr with the
previous year's outcome as the last column and costs as negative figures; bold run-in account groups with a
colon: "blev 860 tkr lägre än budget" (revenue lower: negative), "erhöll 620 tkr mer än budgeterat", an
amount between commas ("Överskottet, 1,4 mnkr, beror på vakanser."), and one with reasons only (the row's
"−256"); the result against 2024, balanskrav and equity (others); investments "270 tkr mindre än budgeterat"
after the invested level; goal fulfilment with a cause-like clause (other) and a fee decision with its
effect (action). 6 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Söderåsens miljöförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av direktionen 2026-03-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning i sammandrag, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Medlemsavgifter", "21 600", "21 600", "0", "20 900"),
            ("Avgifter och taxor", "9 800", "8 940", "−860", "9 150"),
            ("Statsbidrag och övriga intäkter", "400", "1 020", "620", "380"),
            ("Personalkostnader", "−25 300", "−23 910", "1 390", "−24 600"),
            ("Lokalkostnader", "−2 100", "−2 080", "20", "−2 040"),
            ("Övriga kostnader", "−4 100", "−4 356", "−256", "−4 210"),
            ("Årets resultat", "300", "1 214", "914", "−420"),
        ),
        widths=(160.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="sans-bold", after=2),
        Title("Söderåsens miljöförbund", size=12.5, font="serif", after=12),
        H("Förvaltningsberättelse", 1),
        H("Året i korthet", 2),
        P(
            "Förbundet utför tillsyn och prövning enligt miljöbalken och livsmedelslagstiftningen åt sina "
            "medlemskommuner. Under året genomfördes 1 380 tillsynsbesök, och arbetet med inventeringen av enskilda "
            "avlopp i de norra delarna av förbundets område avslutades."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Årets resultat blev +1 214 tkr, att jämföra med ett budgeterat resultat på 300 tkr. Resultatet är därmed "
            "914 tkr bättre än budget. Det positiva utfallet förklaras till största delen av att två "
            "inspektörstjänster var vakanta under stora delar av året, vilket mer än väl vägde upp att intäkterna från "
            "timavgifter för tillsyn blev lägre än beräknat.",
            C(
                None,
                "914 tkr",
                "+",
                "vakanser",
                "avgifter_intakter",
                note="The result and the budgeted result are levels; the deviation follows with its reasons.",
            ),
        ),
        table,
        LP(
            "Avgifter och taxor:",
            "Intäkterna från tillsyn och prövning blev 860 tkr lägre än budget. Färre anmälningar om enskilda avlopp "
            "och att den planerade livsmedelskontrollen inte hanns med under våren förklarar huvuddelen.",
            C(
                "Avgifter och taxor",
                "860 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue 'lägre än budget': negative.",
            ),
        ),
        LP(
            "Statsbidrag och övriga intäkter:",
            "Förbundet erhöll 620 tkr mer än budgeterat, i huvudsak ett riktat bidrag för inventering av enskilda "
            "avlopp.",
            C("Statsbidrag och övriga intäkter", "620 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Personalkostnader:",
            "Överskottet, 1,4 mnkr, beror på vakanser. Två miljöinspektörer slutade under våren och deras ersättare "
            "började först i oktober.",
            C("Personalkostnader", "1,4 mnkr", "+", "vakanser", note="The amount between commas."),
        ),
        LP(
            "Övriga kostnader:",
            "Kostnaderna för det nya verksamhetssystemet och för konsultstöd vid införandet överskred budget.",
            C(
                "Övriga kostnader",
                "−256",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        P(
            "Jämfört med 2024 förbättrades resultatet med 1,6 mnkr.",
            O(None, note="Against the previous year: other."),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet är 1 214 tkr. Det egna kapitalet uppgår efter årets resultat till 4,9 mnkr, vilket "
            "motsvarar ungefär två månaders kostnader.",
            O(None, "reserver", note="Balanskrav and equity: other."),
        ),
        H("Investeringar", 2),
        P(
            "Förbundet investerade 180 tkr i två mätinstrument för buller, vilket var 270 tkr mindre än budgeterat, "
            "eftersom inköpet av en ny tjänstebil sköts till 2026.",
            C(
                "Investeringar",
                "270 tkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; the invested 180 tkr is a level. A vehicle: material_hjalpmedel.",
            ),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Förbundet nådde fyra av sex verksamhetsmål. Målet att alla livsmedelsanläggningar ska få minst ett "
            "kontrollbesök under året nåddes inte, vilket hänger ihop med vakanserna under våren.",
            O(None, note="Goal fulfilment with a cause-like clause: other."),
        ),
        H("Förväntad utveckling", 2),
        P(
            "Direktionen har beslutat att höja timavgiften från 1 150 till 1 240 kronor från och med 2026, vilket "
            "beräknas ge cirka 0,7 mnkr i ökade intäkter.",
            A(None, "cirka 0,7 mnkr", "avgifter_intakter", note="A fee decision with its effect: an action."),
        ),
    ]
    return ReportSpec(
        file="soderasens-miljoforbund-arsredovisning-2025.pdf",
        report={
            "municipality": ["Söderåsens miljöförbund", "Kommunalförbundet Söderåsens miljöförbund"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Söderåsens miljöförbund",
            "author": "Söderåsens miljöförbund",
        },
        style=style,
        blocks=blocks,
    )
