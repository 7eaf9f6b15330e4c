"""Örebro kommun, Funktionsstödsnämnden, månadsuppföljning oktober 2025.

A disability-support committee's month report in Liberation Sans Narrow 10 pt, footer with the förvaltning:
the full year "underskott på 21,5 mnkr (−19,8 mnkr i september)" (the bracket is last month's, not the amount)
and, in the next sentence, the change since September with its cause; two kostnadsslag as a "respektive" pair
and revenue after "medan" in one sentence (three items); a table whose deficits carry a minus separated by a
space ("- 12,4"); two columns of bold run-in verksamheter whose lead carries the amount ("Personlig assistans,
−12,4 mnkr."), one lead without an amount over a reason-only deficit (the row's "- 2,6"), a surplus explained
by an undistributed buffer "om 1,0 mnkr" that is a part; two actions as bullets, an uncertainty (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

LEAD = "The run-in lead carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Örebro kommun", "Funktionsstödsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning oktober 2025", "Funktionsstödsförvaltningen", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Personlig assistans", "318,0", "330,4", "- 12,4"),
            ("Boende LSS", "612,5", "619,3", "- 6,8"),
            ("Daglig verksamhet", "201,7", "199,8", "1,9"),
            ("Korttidsvistelse och avlösning", "88,2", "90,8", "- 2,6"),
            ("Socialpsykiatri", "143,6", "146,7", "- 3,1"),
            ("Myndighet och ledning", "64,0", "62,5", "1,5"),
            ("Summa", "1 428,0", "1 449,5", "- 21,5"),
        ),
        widths=(180.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.86, 0.9, 0.95),
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="narrow-bold", after=2),
        Title("Funktionsstödsnämnden", size=12, font="narrow", after=12),
        H("Ekonomisk prognos", 1),
        PS(
            (
                "Funktionsstödsnämnden prognostiserar ett underskott på 21,5 mnkr (−19,8 mnkr i september) för 2025.",
                C(None, "21,5 mnkr", "-", note="The bracket is last month's figure, not the amount."),
            ),
            (
                "Försämringen på 1,7 mnkr sedan september beror på att två nya ärenden om personlig assistans har "
                "tillkommit.",
                F("Personlig assistans", "1,7 mnkr", "-", "volymer"),
            ),
        ),
        P(
            "Personalkostnaderna och kostnaderna för köp av verksamhet överskrider budget med 14,2 respektive 9,0 "
            "mnkr, medan intäkterna blir 1,7 mnkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "14,2",
                "-",
                unit="mnkr",
                note="A 'respektive' pair and a third kostnadsslag after 'medan': three items, no reasons.",
                also=(
                    C("Köp av verksamhet", "9,0 mnkr", "-"),
                    C("Intäkter", "1,7 mnkr", "+"),
                ),
            ),
        ),
        table,
        H("Analys per verksamhet", 2),
        Columns(2),
        LP(
            "Personlig assistans, −12,4 mnkr.",
            "Försäkringskassan har dragit in assistansersättningen för flera brukare, som kommunen därmed bekostar i "
            "sin helhet. Dessutom har timkostnaden ökat efter det nya kollektivavtalet.",
            C("Personlig assistans", "−12,4 mnkr", "-", "ersattning_fk", "lonekostnader", note=LEAD),
        ),
        LP(
            "Boende LSS, −6,8 mnkr.",
            "Två externa platser har köpts i avvaktan på att gruppbostaden på Adolfsberg står klar, och "
            "nattbemanningen har förstärkts på tre boenden.",
            C("Boende LSS", "−6,8 mnkr", "-", "kopt_verksamhet", "bemanning", note=LEAD),
        ),
        LP(
            "Daglig verksamhet, +1,9 mnkr.",
            "Färre deltagare än beräknat och vakanta tjänster som arbetsledare ger ett överskott.",
            C("Daglig verksamhet", "+1,9 mnkr", "+", "volymer", "vakanser", note=LEAD),
        ),
        LP(
            "Korttidsvistelse och avlösning.",
            "Efterfrågan på korttidsvistelse för barn och unga är högre än vad budgeten rymmer.",
            C(
                "Korttidsvistelse och avlösning",
                "- 2,6",
                "-",
                "volymer",
                unit="mnkr",
                table=True,
                note="A lead without an amount, reason only: the table row's cell.",
            ),
        ),
        LP(
            "Socialpsykiatri, −3,1 mnkr.",
            "Kostnaderna för köpta boendeplatser överstiger budget, och sjukfrånvaron inom boendestödet har krävt "
            "timvikarier.",
            C("Socialpsykiatri", "−3,1 mnkr", "-", "kopt_verksamhet", "sjukfranvaro", "vikarier", note=LEAD),
        ),
        LP(
            "Myndighet och ledning, +1,5 mnkr.",
            "Överskottet beror på en ej fördelad buffert om 1,0 mnkr och en vakant tjänst som enhetschef.",
            C(
                "Myndighet och ledning",
                "+1,5 mnkr",
                "+",
                "reserver",
                "vakanser",
                note=LEAD + " The buffer of 1,0 mnkr is a part.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Omprövning av samtliga beslut om dubbelbemanning inom personlig assistans, beräknad effekt 2,0 mnkr "
                "på helår.",
                "Hemtagning av externa placeringar till egna boenden när gruppbostaden på Adolfsberg öppnar.",
            ),
            labels=(
                A("Personlig assistans", "2,0 mnkr", "bemanning"),
                A("Boende LSS", None, "kopt_verksamhet"),
            ),
            glyph="–",
        ),
        H("Osäkerheter", 2),
        P(
            "Osäkerheten i prognosen är stor eftersom flera ärenden om assistansersättning ligger för omprövning hos "
            "Försäkringskassan.",
            O("Personlig assistans", note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-fstn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Funktionsstödsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Funktionsstödsnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
