"""Helsingborgs stad, Skol- och fritidsnämnden, månadsrapport maj 2026 (education).

A school and leisure committee's month report, footer with the nämnd's meeting date in June: the full year
"en budgetavvikelse på -14,6 mnkr" beside a share of the frame in percent, a change since April with its
cause; a table with April's deviation beside May's; headings that carry the area and amount in brackets
with "+" and U+2212 ("Grundskola (−12,4 mnkr)") over short paragraphs, one of them with a risk sentence
(other), one with two parts of the heading's total in the text, reason-only paragraphs whose amount is the
heading's; two action bullets under a generic heading (one with an effect), investments "3,5 mnkr under
budget" after a level, and sick leave against last year with "beror på" (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad | Skol- och fritidsförvaltningen", ""),
        footer=lambda n, m: ("Månadsrapport maj 2026", "Skol- och fritidsnämnden 2026-06-16", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse maj", "Avvikelse april"),),
        rows=(
            ("Förskola", "812,0", "808,8", "3,2", "3,0"),
            ("Grundskola", "1 905,3", "1 917,7", "−12,4", "−11,1"),
            ("Anpassad grundskola", "96,4", "98,5", "−2,1", "−1,9"),
            ("Fritid", "88,0", "87,6", "0,4", "0,4"),
            ("Skolskjuts och måltider", "142,7", "147,6", "−4,9", "−4,3"),
            ("Central administration", "64,1", "62,9", "1,2", "1,6"),
            ("Totalt", "3 108,5", "3 123,1", "−14,6", "−12,3"),
        ),
        widths=(150.0, 66.0, 66.0, 80.0, 84.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="cond-bold", after=2),
        Title("Skol- och fritidsnämnden", size=13, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Skol- och fritidsnämnden prognostiserar för helåret en budgetavvikelse på -14,6 mnkr, vilket motsvarar "
            "0,5 procent av nämndens budgetram.",
            C(None, "-14,6 mnkr", "-", note="A share of the frame in percent is not the amount."),
        ),
        P(
            "Prognosen är 2,3 mnkr sämre än i april. Försämringen beror på att fler elever än väntat har beviljats "
            "tilläggsbelopp.",
            F(None, "2,3 mnkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola (+3,2 mnkr)",
            "Förskolan redovisar ett överskott eftersom barnantalet i Drottninghög och på Söder har minskat mer än "
            "vad som antogs i budgeten, och två avdelningar har stängts.",
            C("Förskola", "+3,2 mnkr", "+", "volymer", "omstallning"),
        ),
        Para(
            (
                (
                    "Grundskolans underskott förklaras av tilläggsbelopp för elever i behov av särskilt stöd, som "
                    "har ökat kraftigt, samt av att skolpengen till fristående skolor räknas upp mer än vad som "
                    "budgeterats.",
                    C("Grundskola", "−12,4 mnkr", "-", "volymer", "kopt_verksamhet"),
                ),
                (
                    "Det finns en risk att underskottet ökar ytterligare om statsbidraget för likvärdig skola sänks "
                    "till hösten.",
                    O("Grundskola", "statsbidrag", note="A risk in the cause's paragraph: other."),
                ),
            ),
            head="Grundskola (−12,4 mnkr)",
            head_level=3,
        ),
        HP(
            "Anpassad grundskola (−2,1 mnkr)",
            "Fler elever har placerats i anpassad grundskola under våren än vad som budgeterats, vilket kräver ökad "
            "personaltäthet.",
            C("Anpassad grundskola", "−2,1 mnkr", "-", "volymer", "bemanning"),
        ),
        HP(
            "Fritid (+0,4 mnkr)",
            "Fritidsgårdarna har haft vakanta tjänster under vintern.",
            C("Fritid", "+0,4 mnkr", "+", "vakanser", note="Reasons only: the heading's amount."),
        ),
        HP(
            "Skolskjuts och måltider (−4,9 mnkr)",
            "Livsmedelspriserna har fortsatt att stiga och det nya skolskjutsavtalet som började gälla i januari är "
            "dyrare än det tidigare. Av underskottet avser 2,8 mnkr livsmedel och 2,1 mnkr skolskjuts.",
            C(
                "Skolskjuts och måltider",
                "−4,9 mnkr",
                "-",
                "prisokningar",
                note="Two parts of the heading's total in the text: one item with the total.",
            ),
        ),
        HP(
            "Central administration (+1,2 mnkr)",
            "Lägre kostnader för konsulter och en vakant controllertjänst ger ett överskott.",
            C("Central administration", "+1,2 mnkr", "+", "inhyrd_personal", "vakanser"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster på skolorna från den 1 juni.",
                "Översyn av organisationen inom anpassad grundskola, med en beräknad effekt på 1,5 mnkr under "
                "hösten.",
            ),
            labels=(
                A(None, None, "vakanser"),
                A("Anpassad grundskola", "1,5 mnkr", "omstallning"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för inventarier och utrustning är 18,5 mnkr, 3,5 mnkr under budget, eftersom "
            "inflyttningen i Kvistofta skola har skjutits upp till januari 2027.",
            C("Investeringar", "3,5 mnkr", "+", "periodisering", note="A level before the deviation."),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron bland medarbetarna var 6,1 procent i maj, vilket är 0,4 procentenheter lägre än i maj "
            "2025. Minskningen beror främst på färre dagar med korttidsfrånvaro.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-sfn-manadsrapport-2026-05.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Skol- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Skol- och fritidsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
