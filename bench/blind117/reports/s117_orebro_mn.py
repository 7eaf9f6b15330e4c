"""Örebro kommun, Miljönämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

An environmental committee's tjänsteskrivelse, set in DejaVu Serif Condensed 10 pt, footer with the nämnd's
meeting date in April and an ärendenummer: a decision proposal (unlabelled), the full year "underskott om 650
tkr" with a percentage of the budget that is not the amount, the reasons in a paragraph of their own (amount
null), headings with hyphen-minus and plus that carry the area and the amount ("Livsmedel -420 tkr"), a
paragraph with "180 000 kronor" that restates the heading's amount in kronor, a licence rise "12 procent" and
a part "290 tkr" under "Gemensamt -360 tkr"; the period "95 tkr bättre än periodiserad budget" with its reason,
"Prognosen är oförändrad jämfört med februari." (a boilerplate forecast change), an action with its effect and
a request for compensation (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BF, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Örebro kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Miljönämnden 2026-04-16", "Ärendenummer: MN 2026-00231", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per mars 2026 – Miljönämnden", size=16, font="serif-cond-bold", after=12
        ),
        H("Förslag till beslut", 2),
        P("Miljönämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        P(
            "Miljönämnden prognostiserar ett underskott om 650 tkr för 2026, motsvarande 1,1 procent av nämndens "
            "budget.",
            C(None, "650 tkr", "-", note="The percentage of the budget is not the amount."),
        ),
        P(
            "Prognosen beror främst på lägre intäkter från livsmedelskontrollen än budgeterat och på dyrare licenser "
            "för ärendehanteringssystemet.",
            C(
                None,
                None,
                "-",
                "avgifter_intakter",
                "it_digitalisering",
                "prisokningar",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        H("Ärendet", 2),
        HP(
            "Livsmedel -420 tkr",
            "Intäkterna från den årliga kontrollavgiften blir lägre än budgeterat, eftersom 38 restauranger i "
            "centrum har stängt eller bytt ägare sedan hösten och ännu inte har registrerats på nytt.",
            C("Livsmedel", "-420 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Miljöskydd +310 tkr",
            "Två tjänster som miljöinspektör var vakanta under januari och februari, vilket ger ett överskott. "
            "Rekryteringen är klar och tjänsterna tillsätts i april.",
            C("Miljöskydd", "+310 tkr", "+", "vakanser"),
        ),
        HP(
            "Hälsoskydd -180 tkr",
            "Kostnaden för extern provtagning av badvatten och inomhusmiljö i skolor blir 180 000 kronor högre än "
            "budget till följd av nya analyskrav.",
            C("Hälsoskydd", "-180 tkr", "-", "ovrigt", note="The heading's amount, restated in kronor."),
        ),
        HP(
            "Gemensamt -360 tkr",
            "Licenserna för ärendehanteringssystemet har räknats upp med 12 procent, vilket ger en kostnad som "
            "överstiger budget med 290 tkr. Resterande del avser en höjd internhyra för kontorslokalerna.",
            C(
                "Gemensamt",
                "-360 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "lokaler",
                note="290 tkr is a part and 12 procent a rate: the heading's amount.",
            ),
        ),
        P(
            "Utfallet för januari–mars är 95 tkr bättre än periodiserad budget. Det beror på vakanserna inom "
            "miljöskydd.",
            C(None, "95 tkr", "+", "vakanser", note="The period with its reason: one item."),
        ),
        P(
            "Prognosen är oförändrad jämfört med februari.",
            BF(None),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en tillfällig anställningsprövning för administrativa tjänster, vilket "
            "beräknas ge 200 tkr lägre kostnader under året.",
            A(None, "200 tkr", "bemanning"),
        ),
        P(
            "Nämnden avser att begära att kommunstyrelsen kompenserar för licenshöjningen, som gäller samtliga "
            "nämnder som använder systemet.",
            O("Gemensamt", note="A request for financing: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet har inga ekonomiska konsekvenser i sig."),
    ]
    return ReportSpec(
        file="orebro-mn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Miljönämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026 Miljönämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
