"""Gislaveds kommun, Kultur- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's first tertial report, footer with the nämnd's meeting date in May: the
full year "pekar mot ett underskott på 1 350 tkr i förhållande till tilldelad ram", the period "0,9 mnkr
lägre än periodiserad budget" with its invoicing reason in the same sentence; a table in tkr with deficits in
brackets ("(1 400)", "(450)"); plain headings where the area is the subject ("Idrottsanläggningarna
beräknas kosta 1,4 mnkr mer än budgeterat") with three causes, a reason-only deficit (the row's "(450)"), a
vacancy and its surplus in two sentences ("Det ger ett överskott på 250 tkr för året"), "ger +250 tkr", two
areas that "följer budget" (two boilerplate items); investments "bedöms användas fullt ut" (boilerplate) and
a project that "kostade 0,6 mnkr mer än projektbudgeten"; an action with its effect, library loans against
last year with "beror på" and a risk (others). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Gislaveds kommun", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Kultur- och fritidsnämnden 2026-05-20", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr. Underskott inom parentes.",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6 850", "2 180", "6 600", "250"),
            ("Bibliotek", "14 300", "4 920", "14 750", "(450)"),
            ("Kulturverksamhet", "8 900", "2 750", "8 900", "0"),
            ("Fritidsgårdar och ungdom", "9 600", "3 010", "9 350", "250"),
            ("Idrottsanläggningar", "24 700", "9 120", "26 100", "(1 400)"),
            ("Föreningsstöd", "7 200", "3 900", "7 200", "0"),
            ("Summa", "71 550", "25 880", "72 900", "(1 350)"),
        ),
        widths=(150.0, 70.0, 76.0, 70.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Nämndens helårsprognos efter april pekar mot ett underskott på 1 350 tkr i förhållande till tilldelad "
            "ram.",
            C(None, "1 350 tkr", "-"),
        ),
        P(
            "Utfallet för januari–april är 0,9 mnkr lägre än periodiserad budget, vilket till stor del beror på att "
            "internhyran för idrottshallarna ännu inte har fakturerats för mars och april.",
            C(
                None,
                "0,9 mnkr",
                "+",
                "lokaler",
                "periodisering",
                note="A net cost under the period's budget: positive, a timing reason.",
            ),
        ),
        table,
        H("Idrottsanläggningar", 3),
        P(
            "Idrottsanläggningarna beräknas kosta 1,4 mnkr mer än budgeterat. Ishallen i Gislaved har haft högre "
            "elkostnader än väntat, och simhallen i Anderstorp var stängd i tre veckor efter ett vattenläckage, "
            "vilket gav lägre intäkter från entréer och simskola.",
            C(
                "Idrottsanläggningar",
                "1,4 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                "avgifter_intakter",
                note="Electricity costs are prisokningar, a leak closing the pool ovrigt.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteken redovisar ett underskott, eftersom avtalet för e-böcker och databaser har blivit dyrare och "
            "meröppet på Reftele bibliotek har krävt ett nytt passersystem.",
            C(
                "Bibliotek",
                "(450)",
                "-",
                "prisokningar",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed (a deficit in brackets).",
            ),
        ),
        H("Fritidsgårdar och ungdom", 3),
        P(
            "Fritidsgården i Smålandsstenar har haft en vakant tjänst som fritidsledare sedan februari. Det ger ett "
            "överskott på 250 tkr för året.",
            C(
                "Fritidsgårdar och ungdom",
                "250 tkr",
                "+",
                "vakanser",
                note="The reason first, the amount after.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Lägre kostnader för nämndens arvoden och för konsultstöd i lokalutredningen ger +250 tkr.",
            C(
                "Nämnd och administration",
                "+250 tkr",
                "+",
                "ovrigt",
                "inhyrd_personal",
                note="Nämnd members' fees are ovrigt, consultants inhyrd_personal.",
            ),
        ),
        H("Kulturverksamhet och föreningsstöd", 3),
        P(
            "Kulturverksamheten och föreningsstödet följer budget.",
            BP("Kulturverksamhet", also=(BP("Föreningsstöd"),)),
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten på 5,2 mnkr bedöms användas fullt ut.", BP("Investeringar")),
        P(
            "Den nya konstgräsplanen vid Lövåsvallen blev klar i april och kostade 0,6 mnkr mer än projektbudgeten, "
            "främst på grund av dyrare dränering och granulat än i kalkylen.",
            C(
                "Konstgräsplan Lövåsvallen",
                "0,6 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har kortat säsongen på ishallen med två veckor och sänker temperaturen i simhallen under "
            "sommaren. Det beräknas minska kostnaderna med 300 tkr i år.",
            A("Idrottsanläggningar", "300 tkr", "prisokningar"),
        ),
        H("Verksamhet och risker", 2),
        P(
            "Antalet utlån på biblioteken ökade med 7 procent jämfört med första tertialet 2025, vilket beror på att "
            "fler skolklasser besöker biblioteken.",
            O("Bibliotek", "volymer", note="Loans against the previous year: other."),
        ),
        P(
            "Elpriset under hösten är osäkert och kan påverka prognosen för idrottsanläggningarna.",
            O("Idrottsanläggningar", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="gislaved-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Gislaved",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Gislaveds kommun"},
        style=style,
        blocks=blocks,
    )
