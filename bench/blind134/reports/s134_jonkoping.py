"""Jönköpings kommun, Fritidsnämnden, tjänsteskrivelse om ekonomisk uppföljning efter februari 2026.

A leisure committee's cover letter dated in March with a dnr in the header: the decision proposal
(unlabelled), the full year "ett underskott mot budget på 3 150 tkr" with the areas named in the next sentence
(one item), the period "420 tkr under periodiserad budget" with a timing reason; headings that carry the area
and the amount with U+2212 and "+" ("Idrottsanläggningar −2 400 tkr"), a repair cost "cirka 700 tkr" inside the
first (a part), "Administration 0 tkr" over "bedöms gå jämnt ut" (boilerplate); investments "Av
investeringsbudgeten på 14,2 mnkr beräknas 9,8 mnkr användas" (4,4 never written out); an action with its
effect, a risk and net cost growth against 2025 with "beror på" (others). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: (
            "Jönköpings kommun  Fritidsförvaltningen",
            "Tjänsteskrivelse 2026-03-12  Dnr FRN 2026/41",
        ),
        footer=lambda n, m: ("", f"{n} (av {m})", ""),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning efter februari 2026", size=16, font="times-bold", after=4),
        Title("Fritidsnämnden", size=12, font="times", after=12),
        H("Förslag till beslut", 3),
        P(
            "Fritidsnämnden godkänner den ekonomiska uppföljningen efter februari 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 3),
        P(
            "Fritidsnämnden prognostiserar ett underskott mot budget på 3 150 tkr för 2026. Underskottet hänförs "
            "till idrottsanläggningarna och föreningsbidragen, medan fritidsgårdarna väntas lämna ett överskott.",
            C(None, "3 150 tkr", "-", note="Areas named without reasons: no tags."),
        ),
        P(
            "Utfallet för januari–februari ligger 420 tkr under periodiserad budget, vilket till stor del beror på "
            "att aktivitetsstödet till föreningarna betalas ut först i mars.",
            C(None, "420 tkr", "+", "periodisering", note="The period's deviation and its timing reason."),
        ),
        H("Ärendet", 2),
        HP(
            "Idrottsanläggningar −2 400 tkr",
            "Energikostnaderna för ishallarna blir högre än budgeterat efter det nya elavtalet, och ett haveri på "
            "kylaggregatet i Ekhagens ishall i januari kräver en reparation för cirka 700 tkr.",
            C(
                "Idrottsanläggningar",
                "−2 400 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The heading carries the amount; the repair's 700 tkr is a part. A breakdown is ovrigt.",
            ),
        ),
        HP(
            "Föreningsbidrag −1 600 tkr",
            "Fler föreningar än tidigare har sökt aktivitetsstöd, och nämnden beslutade i december om ett extra "
            "bidrag till ridklubbarna som inte ryms i ramen.",
            C(
                "Föreningsbidrag",
                "−1 600 tkr",
                "-",
                "volymer",
                "ovrigt",
                note="An extra grant decided: ovrigt.",
            ),
        ),
        HP(
            "Fritidsgårdar +650 tkr",
            "Två tjänster som fritidsledare har ännu inte tillsatts, vilket ger ett överskott.",
            C("Fritidsgårdar", "+650 tkr", "+", "vakanser"),
        ),
        HP(
            "Friluftsliv och badplatser +200 tkr",
            "Tillsynen av badplatserna har upphandlats till ett lägre pris än i det tidigare avtalet.",
            C(
                "Friluftsliv och badplatser",
                "+200 tkr",
                "+",
                "prisokningar",
                note="A cheaper contract: prisokningar.",
            ),
        ),
        HP(
            "Administration 0 tkr",
            "Administrationen bedöms gå jämnt ut.",
            BP("Administration"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,2 mnkr beräknas 9,8 mnkr användas under året. Den nya konstgräsplanen i "
            "Huskvarna skjuts till 2027 i väntan på besked om krav på granulatfria planer.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 14,2 mnkr beräknas 9,8 mnkr",
                "+",
                "periodisering",
                value=4_400_000,
                note="An under-spend of 4,4 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över öppettiderna i ishallarna under mars och april, vilket kan minska "
            "energikostnaderna med omkring 300 tkr.",
            A("Idrottsanläggningar", "omkring 300 tkr", "prisokningar"),
        ),
        H("Risker och jämförelse med föregående år", 2),
        P(
            "Kylaggregatet i Ekhagens ishall är 31 år gammalt och fler haverier under året kan inte uteslutas.",
            O("Idrottsanläggningar", note="A risk: other."),
        ),
        P(
            "Jämfört med samma period 2025 har nämndens nettokostnader ökat med 4,1 procent, vilket främst beror på "
            "de högre energipriserna.",
            O(None, "prisokningar", note="Growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-fn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Fritidsnämnden"],
            "period": ["2026-02", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning efter februari 2026 Fritidsnämnden",
            "author": "Jönköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
