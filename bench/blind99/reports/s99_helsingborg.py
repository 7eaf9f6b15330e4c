"""Helsingborgs stad, Miljönämnden, tjänsteskrivelse om ekonomisk uppföljning efter mars 2026.

An environmental committee's cover letter dated in April for the period to March, with a decision proposal and
background (unlabelled): the full year "ett överskott på 0,6 mnkr", the period "ett underskott mot
periodiserad budget på 0,9 mnkr" with its timing reason in the same sentence; then headings that carry the
kostnadsslag and amount with a hyphen-minus ("Intäkter -1,4 mnkr", "Personalkostnader +1,6 mnkr", "Övriga
kostnader +0,3 mnkr") over reason paragraphs, lower depreciation "100 000 kronor lägre" in whole kronor under a
plain heading, premises "i nivå med budget" (boilerplate), "Prognosen är oförändrad jämfört med februari"
(boilerplate forecast change), investments "0,3 mnkr lägre än budget", an action with its effect on revenue
and a risk (other). DejaVu Sans 9 pt with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(14.0, 11.0, 9.5),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad, Miljöförvaltningen", "Tjänsteskrivelse 2026-04-09"),
        footer=lambda n, m: ("Dnr 2026-000214", "", f"{n} ({m})"),
        header_size=7.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning efter mars 2026", size=16, font="serif-bold", after=10),
        H("Förslag till beslut", 2),
        P("Miljönämnden godkänner förvaltningens ekonomiska uppföljning efter mars 2026."),
        H("Sammanfattning", 2),
        P(
            "Miljönämndens prognos för helåret är ett överskott på 0,6 mnkr.",
            C(None, "0,6 mnkr", "+"),
        ),
        P(
            "Utfallet för januari–mars visar ett underskott mot periodiserad budget på 0,9 mnkr, vilket främst "
            "beror på att årsavgifterna för tillsyn faktureras först i april.",
            C(None, "0,9 mnkr", "-", "periodisering", "avgifter_intakter"),
        ),
        P(
            "Prognosen är oförändrad jämfört med februari.",
            BF(None),
        ),
        H("Ärendet", 2),
        P(
            "Nämnden ska enligt stadens anvisningar följa upp ekonomin varje månad utom januari och juli. Nedan "
            "redovisas prognosen per kostnadsslag."
        ),
        HP(
            "Intäkter -1,4 mnkr",
            "Avgiftsintäkterna blir lägre än budgeterat. Färre debiterbara tillsynstimmar än planerat inom "
            "livsmedelskontrollen, till följd av vakanta inspektörstjänster, förklarar största delen.",
            C("Intäkter", "-1,4 mnkr", "-", "avgifter_intakter", "vakanser"),
        ),
        HP(
            "Personalkostnader +1,6 mnkr",
            "Fyra tjänster som miljö- och livsmedelsinspektör har varit vakanta under perioden. Rekryteringsläget "
            "är svårt och tjänsterna bedöms inte vara tillsatta förrän efter sommaren.",
            C("Personalkostnader", "+1,6 mnkr", "+", "vakanser"),
        ),
        HP(
            "Övriga kostnader +0,3 mnkr",
            "Kostnaderna för konsulttjänster vid handläggning av miljöfarlig verksamhet blir lägre än budgeterat.",
            C("Övriga kostnader", "+0,3 mnkr", "+", "inhyrd_personal"),
        ),
        H("Kapitalkostnader", 3),
        P(
            "Avskrivningarna blir 100 000 kronor lägre än budgeterat, eftersom inköpet av ett nytt mätinstrument "
            "för buller har skjutits fram.",
            C("Kapitalkostnader", "100 000 kronor", "+", "periodisering"),
        ),
        H("Lokaler", 3),
        P("Lokalkostnaderna är i nivå med budget.", BP("Lokaler")),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 0,5 mnkr, 0,3 mnkr lägre än budget, då inköpet av ny bullermätutrustning "
            "skjuts till 2027.",
            C("Investeringar", "0,3 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska intäktsbortfallet prioriteras planerade kontroller av livsmedelsanläggningar med hög "
            "riskklass under våren. Det beräknas ge 0,3 mnkr i ökade avgiftsintäkter.",
            A("Intäkter", "0,3 mnkr", "avgifter_intakter"),
        ),
        H("Risker", 2),
        P(
            "Den nya livsmedelskontrollförordningen kan innebära att avgiftsmodellen måste ändras under året, vilket "
            "gör intäktsprognosen osäker.",
            O("Intäkter", note="A risk."),
        ),
        P("Carina Ek, förvaltningschef", size=8.5),
    ]
    return ReportSpec(
        file="helsingborg-mn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Miljönämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning efter mars 2026 – Miljönämnden",
            "author": "Helsingborgs stad",
        },
        style=style,
        blocks=blocks,
    )
