"""Katrineholms kommun, Service- och tekniknämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse set in Liberation Sans Narrow, dated in June for the period to May:
the full year "ett överskridande av budgetramen med 3,4 mnkr" and the period "1,2 mnkr sämre än periodiserad
budget" in sentences of their own (two causes); a table whose deviation column puts the minus after the
number ("1 900-"); headings that carry the verksamhet and amount after a colon ("Gata och park: –1 900 tkr"),
one paragraph with a risk sentence after the causes (its own `other` item), a price-index percentage and a
percentage over the budgeted price level that are not the amount, a part in whole kronor ("650 000 kronor")
under "–200 tkr", "bedöms gå jämnt ut" under a "0 tkr" heading (boilerplate); investments "8,3 mnkr mindre
än budget" with the delayed project in the same item and an overrun "1,4 mnkr dyrare än budgeterat" (its own
item); two actions, the change since March (a forecast change) and the decision proposal (unlabelled).
8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Katrineholms kommun", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Service- och teknikförvaltningen", "Dnr STN/2026:118", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår 2026 per verksamhet, tkr (minus = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "48 600", "50 500", "1 900-"),
            ("Kost", "62 300", "63 900", "1 600-"),
            ("Lokalvård", "31 800", "31 500", "300"),
            ("Fastighetsförvaltning", "24 100", "24 300", "200-"),
            ("Fordonsenheten", "2 400", "2 400", "0"),
            ("Summa", "169 200", "172 600", "3 400-"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=18, font="narrow-bold", after=2),
        Title("Service- och tekniknämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P("Service- och tekniknämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Ärendebeskrivning", 2),
        P(
            "Service- och tekniknämnden redovisar en prognos för helåret som innebär ett överskridande av "
            "budgetramen med 3,4 mnkr.",
            C(None, "3,4 mnkr", "-", note="The full year, in a sentence of its own."),
        ),
        P(
            "Utfallet till och med maj är 1,2 mnkr sämre än periodiserad budget.",
            C(None, "1,2 mnkr", "-", note="The period, in a paragraph of its own."),
        ),
        table,
        Para(
            (
                (
                    "Vinterväghållningen blev dyrare än budgeterat efter snöfallen i januari och februari, och "
                    "kostnaderna för att laga asfaltskador efter tjälen har varit höga. Entreprenadkostnaderna har "
                    "dessutom räknats upp med 4,8 procent enligt avtalens index.",
                    C(
                        "Gata och park",
                        "–1 900 tkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        note="The heading carries the amount; snow and frost damage are ovrigt, the index "
                        "percentage is not the amount.",
                    ),
                ),
                (
                    "Om hösten blir snörik finns risk för ett större underskott.",
                    O(
                        "Gata och park",
                        "ovrigt",
                        note="A risk sentence in the cause's paragraph: its own item.",
                    ),
                ),
            ),
            head="Gata och park: –1 900 tkr",
        ),
        HP(
            "Kost: –1 600 tkr",
            "Livsmedelspriserna har fortsatt att stiga och ligger i genomsnitt 6 procent över budgeterad nivå. "
            "Dessutom har antalet portioner till äldreomsorgen ökat sedan ett nytt boende öppnade i mars.",
            C("Kost", "–1 600 tkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Lokalvård: +300 tkr",
            "Överskottet förklaras av vakanta tjänster under våren som inte har ersatts med vikarier.",
            C("Lokalvård", "+300 tkr", "+", "vakanser"),
        ),
        HP(
            "Fastighetsförvaltning: –200 tkr",
            "Förvaltningen har haft kostnader på 650 000 kronor för en vattenskada i en av kommunens skolor, "
            "vilket delvis vägs upp av lägre elkostnader.",
            C(
                "Fastighetsförvaltning",
                "–200 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The whole-kronor figure is a part; water damage is ovrigt, electricity prisokningar.",
            ),
        ),
        HP("Fordonsenheten: 0 tkr", "Verksamheten bedöms gå jämnt ut.", BP("Fordonsenheten")),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Av nämndens investeringsbudget på 52,3 mnkr beräknas 44,0 mnkr förbrukas under året, vilket "
                    "är 8,3 mnkr mindre än budget. Den största delen av avvikelsen avser renoveringen av lekplatsen "
                    "i Stadsparken, som har senarelagts till 2027.",
                    C("Investeringar", "8,3 mnkr", "+", "periodisering"),
                ),
                (
                    "Gång- och cykelvägen längs Vingåkersvägen beräknas däremot bli 1,4 mnkr dyrare än "
                    "budgeterat, eftersom markarbetena blev mer omfattande än projekteringen visade.",
                    C(
                        "Gång- och cykelvägen längs Vingåkersvägen",
                        "1,4 mnkr",
                        "-",
                        "ovrigt",
                        note="An investment overrun in a sentence of its own: its own item.",
                    ),
                ),
            )
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har infört inköpsstopp för material och inventarier som inte är nödvändiga för "
                "verksamheten, med en beräknad effekt på 400 tkr.",
                A(None, "400 tkr", "material_hjalpmedel"),
            ),
            (
                "Kostenheten ser över menyerna för att minska andelen dyra livsmedel.",
                A("Kost", None, "prisokningar"),
            ),
        ),
        H("Förändring jämfört med föregående uppföljning", 2),
        P(
            "Prognosen är 0,9 mnkr sämre än vid uppföljningen i mars, vilket beror på att kostnaderna för "
            "vinterväghållningen blev högre än beräknat.",
            F(None, "0,9 mnkr", "-", "ovrigt"),
        ),
        P("Förvaltningschef, Service- och teknikförvaltningen. Controller, ekonomienheten."),
    ]
    return ReportSpec(
        file="katrineholm-stn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Service- och tekniknämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Service- och tekniknämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
