"""Umeå kommun, Fritidsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A leisure committee's tjänsteskrivelse in mkr dated in April for the period to March, footer with the
letter's date: the decision proposal, a summary whose first sentence gives the full year "2,3 mkr sämre än
budget" with its reasons in the next, the change since February "en försämring med 0,5 mkr"; then
headings that carry the verksamhet, this month's amount and February's in brackets ("Bad och simhallar:
−1,8 mkr (−1,5 mkr)", the reading note says so), "Föreningsstöd: 0,0 mkr (0,0 mkr)" over "förbrukas
enligt budget" (boilerplate), a mild winter's artificial snow (ovrigt) and an unused buffer (reserver);
investments "cirka 9 mkr flyttas till 2027"; an action with "cirka 0,4 mkr" and the equity that would carry
a deficit (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("UMEÅ KOMMUN", f"Tjänsteskrivelse {n}({m})"),
        footer=lambda n, m: ("Fritidsförvaltningen", "2026-04-09", "Diarienr: FRN-2026/00041"),
        header_size=8.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="times-bold", after=2),
        Title("Ekonomisk uppföljning per mars 2026", size=13, font="times", after=12),
        H("Förslag till beslut", 2),
        P("Fritidsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        P(
            "Fritidsnämnden bedömer att årets resultat blir 2,3 mkr sämre än budget. Underskottet består av högre "
            "energikostnader i simhallarna och minskade intäkter från ishallarna, delvis motverkat av vakanser.",
            C(None, "2,3 mkr", "-", "prisokningar", "avgifter_intakter", "vakanser"),
        ),
        P(
            "I förhållande till prognosen i februari är detta en försämring med 0,5 mkr.",
            F(None, "0,5 mkr", "-"),
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Nedan redovisas avvikelserna mot budget per verksamhet. Belopp inom parentes anger prognosen i "
            "februari."
        ),
        HP(
            "Bad och simhallar: −1,8 mkr (−1,5 mkr)",
            "Elpriset och fjärrvärmen har blivit dyrare än budgeterat, och den största simhallen var stängd i tre "
            "veckor för reparation av reningsverket, vilket har minskat entréintäkterna.",
            C(
                "Bad och simhallar",
                "−1,8 mkr",
                "-",
                "prisokningar",
                "ovrigt",
                "avgifter_intakter",
                note="The bracket is February's forecast, not the amount; a repair closure is ovrigt.",
            ),
        ),
        HP(
            "Ishallar och arenor: −1,2 mkr (−1,2 mkr)",
            "Intäkterna från uthyrning av istider blir lägre än beräknat eftersom två föreningar har flyttat delar av "
            "sin verksamhet till en privat anläggning.",
            C("Ishallar och arenor", "−1,2 mkr", "-", "avgifter_intakter"),
        ),
        HP(
            "Fritidsgårdar: +0,4 mkr (+0,2 mkr)",
            "Två fritidsledartjänster har varit vakanta sedan januari.",
            C("Fritidsgårdar", "+0,4 mkr", "+", "vakanser"),
        ),
        HP(
            "Föreningsstöd: 0,0 mkr (0,0 mkr)",
            "Föreningsstödet förväntas förbrukas enligt budget.",
            BP("Föreningsstöd"),
        ),
        HP(
            "Friluftsliv och spår: −0,3 mkr (+0,1 mkr)",
            "Den milda vintern krävde konstsnö i elljusspåren under längre tid än normalt, vilket har gett högre "
            "kostnader för el och maskintimmar.",
            C("Friluftsliv och spår", "−0,3 mkr", "-", "ovrigt", note="Weather: ovrigt."),
        ),
        HP(
            "Ledning och administration: +0,6 mkr (+0,6 mkr)",
            "Den avsatta bufferten för oförutsedda kostnader har ännu inte tagits i anspråk och väntas ge ett "
            "överskott vid årets slut.",
            C("Ledning och administration", "+0,6 mkr", "+", "reserver"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 31 mkr för 2026 bedöms inte förbrukas fullt ut, utan cirka 9 mkr flyttas till "
            "2027 eftersom upphandlingen av den nya konstgräsplanen har fått göras om.",
            C("Investeringar", "cirka 9 mkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att öppettiderna i simhallarna minskas under sommaren, vilket bedöms spara cirka "
            "0,4 mkr.",
            A("Bad och simhallar", "cirka 0,4 mkr"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser i sig. Ett underskott vid årets slut belastar nämndens "
            "eget kapital, som uppgår till 3,1 mkr.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per mars 2026, bilaga 1. Investeringsuppföljning per mars 2026, bilaga 2."),
    ]
    return ReportSpec(
        file="umea-frn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Fritidsnämnden"],
            "period": ["2026-03", "2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
