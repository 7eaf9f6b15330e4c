"""Västerås stad, Förskolenämnden, månadsuppföljning november 2025.

A preschool committee's month report in tkr and mnkr with en dashes as minus signs, footer with the nämnd's
meeting date in December: the period "3,9 mnkr sämre än periodiserad budget" and the full year "–4,4 mnkr
jämfört med budget" in two sentences, the change since October with its cause, a table with November's and
October's deviation side by side (revenue as a negative budget line), then headings with the amount after a
colon ("Förskolepeng kommunala förskolor: –7,4 mnkr"), one repeating its amount in the prose and one with a
count of decisions that is not the amount, parental fees above budget (positive), investments whose whole
frame "beräknas användas fullt ut" (boilerplate), an action and an uncertainty (other). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("VÄSTERÅS STAD", "Förskoleförvaltningen"),
        footer=lambda n, m: ("Förskolenämnden 2025-12-10, ärende 7", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per område, tkr",
        header=(("Område", "Budget", "Prognos", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Nämnd och förvaltning", "21 300", "20 500", "800", "700"),
            ("Förskolepeng kommunala förskolor", "812 400", "819 800", "–7 400", "–7 900"),
            ("Förskolepeng fristående förskolor", "398 200", "396 100", "2 100", "1 900"),
            ("Pedagogisk omsorg", "14 600", "14 100", "500", "500"),
            ("Tilläggsbelopp", "38 900", "40 900", "–2 000", "–2 200"),
            ("Föräldraavgifter", "–76 000", "–77 600", "1 600", "1 600"),
            ("Summa", "1 209 400", "1 213 800", "–4 400", "–5 400"),
        ),
        widths=(168.0, 64.0, 64.0, 82.0, 82.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="cond-bold", after=2),
        Title("Förskolenämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Utfallet för januari–november är 3,9 mnkr sämre än periodiserad budget.",
                C(None, "3,9 mnkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "Förskolenämnden beräknar ett resultat för 2025 på –4,4 mnkr jämfört med budget.",
                C(None, "–4,4 mnkr", "-"),
            ),
        ),
        P(
            "Det är en förbättring med 1,0 mnkr sedan oktober, som främst beror på att färre ansökningar om "
            "tilläggsbelopp har beviljats än vad som antogs i förra prognosen.",
            F(None, "1,0 mnkr", "+", "volymer"),
        ),
        table,
        H("Kommentarer", 2),
        HP(
            "Förskolepeng kommunala förskolor: –7,4 mnkr",
            "Fler barn än budgeterat går i de kommunala förskolorna, särskilt i Skultuna och på Öster Mälarstrand, "
            "och barnen har i genomsnitt längre vistelsetid. Det ger en högre förskolepeng till utförarna.",
            C(
                "Förskolepeng kommunala förskolor",
                "–7,4 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Förskolepeng paid to the providers: kopt_verksamhet.",
            ),
        ),
        HP(
            "Förskolepeng fristående förskolor: +2,1 mnkr",
            "Två fristående förskolor i Bäckby har stängt under året, och de barn som flyttat har i huvudsak fått "
            "plats i kommunal regi.",
            C("Förskolepeng fristående förskolor", "+2,1 mnkr", "+", "volymer"),
        ),
        HP(
            "Tilläggsbelopp: –2,0 mnkr",
            "Kostnaden för tilläggsbelopp till barn i behov av särskilt stöd överstiger budget. Antalet beviljade "
            "tilläggsbelopp har ökat från 118 till 136 sedan årsskiftet.",
            C(
                "Tilläggsbelopp",
                "–2,0 mnkr",
                "-",
                "volymer",
                note="The count of decisions is not the amount.",
            ),
        ),
        HP(
            "Föräldraavgifter: +1,6 mnkr",
            "Intäkterna från föräldraavgifterna blir högre än budget, eftersom fler hushåll betalar full avgift sedan "
            "maxtaxan räknades upp i januari.",
            C("Föräldraavgifter", "+1,6 mnkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Nämnd och förvaltning: +0,8 mnkr",
            "En vakant utvecklartjänst och lägre kostnader för konsulter förklarar överskottet.",
            C("Nämnd och förvaltning", "+0,8 mnkr", "+", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Pedagogisk omsorg: +0,5 mnkr",
            "Verksamheten ligger 0,5 mnkr under budget då en dagbarnvårdare har gått i pension och inte ersatts.",
            C(
                "Pedagogisk omsorg",
                "+0,5 mnkr",
                "+",
                "vakanser",
                note="The amount in the heading and the prose.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 12 mnkr för inventarier i nya förskolor beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har tillsammans med utförarna tagit fram en plan för att anpassa antalet avdelningar till "
            "barnantalet under våren 2026.",
            A(None, None, "omstallning"),
        ),
        P(
            "En osäkerhet är den statliga maxtaxan för 2026, där beslut väntas först i december.",
            O(None, note="An uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-fsn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Förskolenämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Förskolenämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
