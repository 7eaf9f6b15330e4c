"""Lunds kommun, Miljönämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A small environmental committee's tjänsteskrivelse in Liberation Sans Narrow, dated in April for the period
to March: a decision proposal (unlabelled), the full year "ett överskott på 850 tkr", a table in tkr whose
deficits carry a trailing minus ("400-"), then bold run-in posts with a colon in varied shapes: fees "400 tkr
lägre än budgeterat" (revenue under budget: negative), personnel "1 300 tkr lägre än budget" with the
vacancy reason in a second sentence (one item), consultants "kostar 300 tkr mer än budgeterat", an air-quality
station "250 tkr över budget", an unbudgeted grant "400 tkr", a reason-only administration post (the row's
"100"), premises that "följer budget" (boilerplate); the change since February with its cause, an action
without an effect and a risk (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("Lunds kommun, Miljöförvaltningen", "Tjänsteskrivelse 2026-04-09"),
        footer=lambda n, m: ("Dnr MN 2026/0094", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per post, tkr",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Avgifter livsmedelskontroll", "9 800", "9 400", "400-"),
            ("Bidrag", "0", "400", "400"),
            ("Personalkostnader", "-31 200", "-29 900", "1 300"),
            ("Konsulter", "-200", "-500", "300-"),
            ("Luftmätningar", "-650", "-900", "250-"),
            ("Nämndadministration", "-1 450", "-1 350", "100"),
            ("Lokaler", "-3 100", "-3 100", "0"),
            ("Summa", "-26 800", "-25 950", "850"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="narrow-bold", after=3),
        Title("Miljönämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Miljönämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Miljönämnden prognostiserar ett överskott på 850 tkr för helåret 2026.",
            C(None, "850 tkr", "+"),
        ),
        table,
        H("Avvikelser per post", 2),
        LP(
            "Avgifter:",
            "Intäkterna från timavgifter för livsmedelskontroll beräknas bli 400 tkr lägre än budgeterat, eftersom "
            "färre extra kontroller har behövts under våren.",
            C(
                "Avgifter livsmedelskontroll",
                "400 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue under budget: negative.",
            ),
        ),
        LP(
            "Personal:",
            "Personalkostnaderna blir 1 300 tkr lägre än budget. Tre inspektörstjänster har varit vakanta under "
            "vintern och rekryteringen har tagit längre tid än beräknat.",
            C(
                "Personalkostnader",
                "1 300 tkr",
                "+",
                "vakanser",
                note="Amount and reason in two sentences: one item.",
            ),
        ),
        LP(
            "Konsulter:",
            "För att hinna med den planerade tillsynen har nämnden anlitat konsulter, vilket kostar 300 tkr mer än "
            "budgeterat.",
            C("Konsulter", "300 tkr", "-", "inhyrd_personal"),
        ),
        LP(
            "Luftmätningar:",
            "Den nya mätstationen för partiklar krävde kalibrering av en extern leverantör, och kostnaden hamnar "
            "250 tkr över budget.",
            C("Luftmätningar", "250 tkr", "-", "material_hjalpmedel"),
        ),
        LP(
            "Bidrag:",
            "Nämnden har fått ett statligt bidrag på 400 tkr för inventering av förorenade områden, som inte "
            "fanns med i budgeten.",
            C("Bidrag", "400 tkr", "+", "statsbidrag"),
        ),
        LP(
            "Nämndadministration:",
            "Färre sammanträden än planerat ger lägre kostnader för arvoden.",
            C(
                "Nämndadministration",
                "100",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason-only post: the table row's cell. Members' fees are ovrigt.",
            ),
        ),
        LP("Lokaler:", "Lokalkostnaderna följer budget.", BP("Lokaler")),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Jämfört med februari har prognosen förbättrats med 300 tkr, eftersom ytterligare en tjänst har blivit "
            "vakant.",
            F(None, "300 tkr", "+", "vakanser"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen prioriterar om tillsynsplanen så att de mest riskfyllda objekten besöks först.",
            A(None, None, "bemanning"),
        ),
        P(
            "Om rekryteringarna blir klara tidigare än väntat minskar överskottet.",
            O("Personalkostnader", "vakanser", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="lund-mn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Miljönämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026 Miljönämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
