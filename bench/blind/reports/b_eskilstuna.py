"""Eskilstuna kommun, Kultur- och fritidsnämnden, tjänsteskrivelse with the månadsuppföljning maj 2025.

A short cover letter: letterhead lines, "Förslag till beslut" (a decision formula, other), a summary
with the whole-committee forecast and a forecast change, a small table in tkr, then bold run-in areas
with deviations stated without the usual cue words ("Intäkterna väntas bli ungefär 1 500 tkr lägre
än budgeterat", "kommer inte att förbruka ca 900 tkr", "omkring 800 tkr, som inte ryms i budgeten"),
an "i balans" line, a measure with its effect and the standard "Ekonomiska konsekvenser" formula.
Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(78.0, 78.0, 72.0, 72.0),
        header=lambda n, m: ("ESKILSTUNA KOMMUN", f"{n} ({m})"),
        footer=lambda n, m: ("Kultur- och fritidsförvaltningen", "", "KFN/2025:214"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "12 600", "12 600", "0"),
            ("Bibliotek", "48 900", "48 900", "0"),
            ("Kulturskolan", "31 200", "30 900", "300"),
            ("Stadsbadet", "18 400", "19 900", "–1 500"),
            ("Idrottsanläggningar", "64 300", "65 100", "–800"),
            ("Föreningsstöd", "27 500", "26 600", "900"),
            ("Summa", "202 900", "204 000", "–1 100"),
        ),
        widths=(170.0, 76.0, 80.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        P("Tjänsteskrivelse", size=14),
        P("2025-06-11. Handläggare: Lina Berg, ekonom.", size=9),
        P("Kultur- och fritidsnämnden", size=9),
        Title("Månadsuppföljning maj 2025 för kultur- och fritidsnämnden", size=15, font="arial-bold"),
        H("Förslag till beslut", 2),
        P(
            "Kultur- och fritidsnämnden godkänner månadsuppföljningen för maj 2025 och lägger den till "
            "handlingarna.",
            O(None, note="Decision formula."),
        ),
        H("Sammanfattning", 2),
        P(
            "Kultur- och fritidsnämnden prognostiserar ett underskott på 1,1 mnkr för helåret 2025, framför "
            "allt till följd av lägre entréintäkter i Stadsbadet.",
            C(None, "1,1 mnkr", "-", "avgifter_intakter"),
        ),
        P(
            "Jämfört med aprilprognosen har prognosen försämrats med 0,4 mnkr.",
            F(None, "0,4 mnkr", "-"),
        ),
        H("Ärendet", 2),
        P(
            "Nämnden följer upp sin ekonomi varje månad utom januari och juli. Uppföljningen omfattar "
            "driftbudgeten; investeringarna följs upp i delårsrapporten."
        ),
        table,
        LP(
            "Stadsbadet.",
            "Entréavgifterna har hittills i år legat under budget. Besöksantalet har minskat efter "
            "prishöjningen i januari, och under mars var äventyrsbadet stängt i tre veckor för reparation av "
            "ventilationen. Intäkterna väntas bli ungefär 1 500 tkr lägre än budgeterat.",
            C(
                "Stadsbadet",
                "ungefär 1 500 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "ovrigt",
                note="No cue word; the amount closes the paragraph. Repair closure: ovrigt.",
            ),
        ),
        LP(
            "Föreningsstöd.",
            "Nämnden kommer inte att förbruka ca 900 tkr av anslaget för föreningsstöd. Färre föreningar än "
            "beräknat har ansökt om anläggningsbidrag.",
            C("Föreningsstöd", "ca 900 tkr", "+", "volymer"),
        ),
        LP(
            "Idrottsanläggningar.",
            "Skadegörelse på konstgräsplanen vid Norra idrottsplatsen har krävt reparationer för omkring 800 "
            "tkr, som inte ryms i budgeten.",
            C("Idrottsanläggningar", "omkring 800 tkr", "-", "ovrigt", note="Vandalism: ovrigt."),
        ),
        LP(
            "Kulturskolan.",
            "Ett överskott på 300 tkr beror på att statsbidraget för kulturskoleverksamhet blev högre än vad "
            "som antogs i budgeten.",
            C("Kulturskolan", "300 tkr", "+", "statsbidrag"),
        ),
        P(
            "Övriga verksamheter bedöms hålla sin budget.",
            BP("Övriga verksamheter"),
        ),
        P(
            "För att minska underskottet ses öppettiderna i Stadsbadet över inför hösten, och underhåll av "
            "idrottshallarna som inte är akut skjuts till 2026. Åtgärderna beräknas förbättra resultatet med "
            "ca 500 tkr.",
            A(None, "ca 500 tkr"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser för nämnden.",
            O(None, boilerplate=True, note="Standard formula of the cover letter."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-06-11. Månadsuppföljning maj 2025, kultur- och fritidsnämnden."),
        P("Lina Berg, ekonom. Jonas Ekholm, förvaltningschef.", size=10),
    ]
    return ReportSpec(
        file="eskilstuna-kfn-tjansteskrivelse-manadsuppfoljning-2025-05.pdf",
        report={
            "municipality": "Eskilstuna",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Månadsuppföljning maj 2025 Kultur- och fritidsnämnden",
            "author": "Eskilstuna kommun",
        },
        style=style,
        blocks=blocks,
    )
