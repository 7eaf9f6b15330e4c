"""Katrineholms kommun, Bygg- och miljönämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A small committee's tjänsteskrivelse dated in April for the period to March, in tkr and kronor: the decision
proposal and the background are unlabelled, the frame against last year with "beror på" (other), the full year "ett underskott på 650 tkr", building-permit
revenue "900 tkr lägre än budgeterat", inspection fees "180 000 kronor mer än budget" (whole kronor), a
vacancy covered by a consultant that "överskrider budget med 310 tkr", the survey unit's "överskott om 380
tkr"; a small table with hyphen-minus; "ligger i nivå med budget" (boilerplate), an action with no amount
and a risk (other). Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("KATRINEHOLMS KOMMUN", "Tjänsteskrivelse 2026-04-08"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Vår beteckning BMN/2026:57", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bygglov", "-1 240", "-2 140", "-900"),
            ("Miljö- och livsmedelstillsyn", "-4 870", "-4 690", "180"),
            ("Personal och konsulter", "-6 320", "-6 630", "-310"),
            ("Kart och mät", "-1 150", "-770", "380"),
            ("Administration", "-1 420", "-1 420", "0"),
            ("Summa", "-15 000", "-15 650", "-650"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="arial-bold", after=4),
        P("Ärende till Bygg- och miljönämnden"),
        H("Förslag till beslut", 2),
        P("Bygg- och miljönämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Ärendebeskrivning", 2),
        P(
            "Nämnden följer upp ekonomin per mars, juni och oktober. Detta är årets första prognos, och den bygger "
            "på utfallet för januari–mars."
        ),
        P(
            "Nämndens budgetram för 2026 är 15,0 mnkr, vilket är 0,4 mnkr mer än 2025 och beror på kompensation "
            "för löneökningar.",
            O(None, "lonekostnader", note="The frame against last year, with 'beror på': other."),
        ),
        H("Prognos för helåret", 2),
        P(
            "Bygg- och miljönämndens helårsprognos visar ett underskott på 650 tkr.",
            C(None, "650 tkr", "-"),
        ),
        P(
            "Intäkterna från bygglov blir 900 tkr lägre än budgeterat, eftersom antalet ansökningar om bygglov för "
            "nybyggnation fortsätter att minska.",
            C(
                "Bygglov",
                "900 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue under budget: negative.",
            ),
        ),
        P(
            "Tillsynsavgifterna inom miljö och livsmedel beräknas ge 180 000 kronor mer än budget tack vare den nya "
            "timtaxan.",
            C("Miljö- och livsmedelstillsyn", "180 000 kronor", "+", "avgifter_intakter"),
        ),
        P(
            "Personalkostnaderna överskrider budget med 310 tkr, då en vakant tjänst som miljöinspektör tills "
            "vidare har ersatts av en konsult.",
            C("Personal och konsulter", "310 tkr", "-", "vakanser", "inhyrd_personal"),
        ),
        P(
            "Kart- och mätenheten redovisar ett överskott om 380 tkr genom uppdrag åt Vingåkers kommun.",
            C("Kart och mät", "380 tkr", "+", "avgifter_intakter"),
        ),
        P("Administrationen ligger i nivå med budget.", BP("Administration")),
        table,
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att bygglovstaxan ses över inför 2027 så att den bättre motsvarar "
            "handläggningstiden.",
            A("Bygglov", None, "avgifter_intakter"),
        ),
        H("Risker", 2),
        P(
            "Om räntorna sjunker under året kan antalet bygglovsansökningar öka igen, vilket skulle förbättra "
            "prognosen.",
            O("Bygglov", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-bmn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Bygg- och miljönämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
