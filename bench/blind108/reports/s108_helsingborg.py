"""Helsingborgs stad, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in mnkr with en dashes as minus signs, footer with the nämnd's meeting
date in September: the period "−22,7 mnkr jämfört med budget", the full year "ett underskott på 31,0 mnkr"
and the change since the tertial report with its cause in three sentences; a table with the tertial report's
deviation beside the current one; personnel costs and purchased services in one sentence ("2,1 mnkr lägre än
budget, medan köp av verksamhet överskrider budget med 29,8 mnkr", two items); then two columns of headings
that carry the area and the amount after a colon ("Barn och familj: –18,5 mnkr"), one paragraph with a
volume against last year (other), and two areas as a "respektive" pair under a generic heading; two actions
as bullets, one with its effect, and a grant application (other). DejaVu Serif 9.5 pt with DejaVu Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Helsingborgs stad – Socialnämnden", "Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Barn och familj", "286,4", "304,9", "–18,5", "–11,0"),
            ("Vuxen", "118,2", "124,4", "–6,2", "–4,5"),
            ("Försörjningsstöd", "171,0", "180,8", "–9,8", "–7,0"),
            ("Socialpsykiatri", "64,7", "63,3", "1,4", "0,5"),
            ("Mottagning och utredning", "42,9", "42,0", "0,9", "0,3"),
            ("Ledning och administration", "38,8", "37,6", "1,2", "0,2"),
            ("Totalt", "722,0", "753,0", "–31,0", "–21,5"),
        ),
        widths=(150.0, 70.0, 70.0, 74.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämndens resultat för perioden januari–augusti är –22,7 mnkr jämfört med budget.",
                C(None, "–22,7 mnkr", "-", note="The period against budget."),
            ),
            (
                "Helårsprognosen är ett underskott på 31,0 mnkr.",
                C(None, "31,0 mnkr", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Jämfört med tertialrapporten har prognosen försämrats med 9,5 mnkr, främst på grund av fler "
                "placeringar av barn och unga under sommaren.",
                F(None, "9,5 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        P(
            "Per kostnadsslag är personalkostnaderna 2,1 mnkr lägre än budget, medan köp av verksamhet "
            "överskrider budget med 29,8 mnkr.",
            C(
                "Personalkostnader",
                "2,1 mnkr",
                "+",
                note="Two kostnadsslag in one sentence: two items. Naming an account group gives no tag.",
                also=(C("Köp av verksamhet", "29,8 mnkr", "-"),),
            ),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Barn och familj: –18,5 mnkr",
            "Kostnaderna för placeringar i HVB och familjehem överstiger budget. Under perioden har i snitt 14 "
            "fler barn och unga varit placerade än budgeterat, flera av dem på HVB med hög bemanning.",
            C("Barn och familj", "–18,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Vuxen: –6,2 mnkr",
            "Underskottet kommer från köpta platser på behandlingshem för vuxna med missbruk samt från skyddat "
            "boende för våldsutsatta, där behovet har ökat.",
            C("Vuxen", "–6,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        Para(
            (
                (
                    "Utbetalningarna av ekonomiskt bistånd har ökat till följd av fler hushåll med långvarigt "
                    "behov av stöd.",
                    C("Försörjningsstöd", "–9,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                ),
                (
                    "Antalet hushåll är 6 procent fler än i augusti 2024.",
                    O("Försörjningsstöd", note="A volume against the previous year: other."),
                ),
            ),
            head="Försörjningsstöd: –9,8 mnkr",
            head_level=3,
        ),
        HP(
            "Socialpsykiatri: +1,4 mnkr",
            "Två tjänster som boendestödjare har varit vakanta, och intäkterna från andra kommuner för platser på "
            "det egna stödboendet har ökat.",
            C("Socialpsykiatri", "+1,4 mnkr", "+", "vakanser", "avgifter_intakter"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Mottagning och utredning samt ledning och administration visar överskott på 0,9 respektive 1,2 mnkr, "
            "i huvudsak till följd av vakanser.",
            C(
                "Mottagning och utredning",
                "0,9",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair: two items, the unit written once.",
                also=(C("Ledning och administration", "1,2 mnkr", "+", "vakanser"),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            (
                "Samtliga nya placeringar prövas i en placeringsgrupp innan beslut fattas.",
                "Hemmaplanslösningarna byggs ut med ett nytt öppenvårdsteam från oktober, vilket beräknas minska "
                "kostnaderna med 3,0 mnkr på helårsbasis.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Barn och familj", "3,0 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har ansökt om statsbidrag för att stärka den sociala barn- och ungdomsvården. Om ansökan "
            "beviljas kan underskottet minska med upp till 2 mnkr.",
            O(None, "statsbidrag", note="A possible grant: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
