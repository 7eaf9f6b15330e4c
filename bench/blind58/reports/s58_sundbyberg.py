"""Sundbybergs stad, Förskolenämnden, bokslut 2025 (preschool, year end).

A preschool committee's year-end report in mnkr, DejaVu Sans Condensed 10 pt, footer with the letter's date in
February: the result "ett överskott mot budget på 4,2 mnkr" with a percentage of the frame and the frame that
are not the amount, personnel costs "5,1 mnkr lägre än budget, medan köp av verksamhet blev 2,0 mnkr dyrare"
(two items, so the surplus is explained twice), the outcome against the October forecast with its cause, net
cost growth against 2024 with "beror på" (other); the result table pasted as an image, so every amount lives
in the prose; two columns of headings with the amount after a colon ("Kommunala förskolor: +3,0 mnkr",
"Bidrag till fristående förskolor: −1,6 mnkr") and "Pedagogisk omsorg: ±0 mnkr" over "följer budget"
(boilerplate); investments "förbrukats fullt ut" (boilerplate); an action and a cost per child against 2024
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

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
        gutter=20.0,
        header=lambda n, m: ("Sundbybergs stad", "Förskolenämnden"),
        footer=lambda n, m: ("Bokslut 2025", "2026-02-10", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunala förskolor", "402,6", "399,6", "+3,0"),
            ("Bidrag till fristående förskolor", "151,3", "152,9", "−1,6"),
            ("Pedagogisk omsorg", "8,4", "8,4", "0,0"),
            ("Lokaler", "38,2", "36,3", "+1,9"),
            ("Gemensamt och ledning", "18,0", "17,1", "+0,9"),
            ("Summa", "618,5", "614,3", "+4,2"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Bokslut 2025 med verksamhetsberättelse", size=18, font="cond-bold", after=2),
        Title("Förskolenämnden", size=12.5, font="cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Förskolenämnden redovisar ett överskott mot budget på 4,2 mnkr för 2025, vilket motsvarar 0,7 "
                "procent av nämndens budgetram på 618,5 mnkr.",
                C(None, "4,2 mnkr", "+", note="The percentage and the frame are not the amount."),
            ),
            (
                "Personalkostnaderna blev 5,1 mnkr lägre än budget, medan köp av verksamhet blev 2,0 mnkr dyrare.",
                C(
                    "Personalkostnader",
                    "5,1 mnkr",
                    "+",
                    note="Two kostnadsslag in one sentence: two items, no tags (naming an account group).",
                    also=(C("Köp av verksamhet", "2,0 mnkr", "-"),),
                ),
            ),
        ),
        P(
            "Överskottet är 1,4 mnkr större än i prognosen per oktober, framför allt eftersom barnantalet sjönk "
            "ytterligare under hösten.",
            F(None, "1,4 mnkr", "+", "volymer"),
        ),
        P(
            "Nettokostnaden ökade med 2,3 procent jämfört med 2024, vilket beror på löneökningar och den nya "
            "förskolan i Ursvik.",
            O(None, "lonekostnader", "lokaler", note="Cost growth against the previous year: other."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Kommunala förskolor: +3,0 mnkr",
            "Antalet inskrivna barn i de kommunala förskolorna var i genomsnitt 140 färre än budgeterat. "
            "Verksamheten har anpassat bemanningen, men minskningen kom snabbare än organisationen hann ställa om.",
            C("Kommunala förskolor", "+3,0 mnkr", "+", "volymer", "bemanning"),
        ),
        HP(
            "Bidrag till fristående förskolor: −1,6 mnkr",
            "Fler familjer än beräknat har valt fristående förskolor, och bidragen blir därför högre än budget.",
            C("Bidrag till fristående förskolor", "−1,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Pedagogisk omsorg: ±0 mnkr",
            "Verksamheten följer budget.",
            BP("Pedagogisk omsorg"),
        ),
        HP(
            "Lokaler: +1,9 mnkr",
            "Två avdelningar i Hallonbergen har avvecklats och lokalerna har lämnats tillbaka till fastighetsägaren. "
            "Hyran för den nya förskolan i Ursvik blev dessutom lägre det första året.",
            C("Lokaler", "+1,9 mnkr", "+", "lokaler", "omstallning"),
        ),
        HP(
            "Gemensamt och ledning: +0,9 mnkr",
            "Överskottet kommer från vakanta tjänster på förvaltningskontoret och från lägre kostnader för det nya "
            "barnregistret, vars införande har skjutits till 2026.",
            C("Gemensamt och ledning", "+0,9 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P("Nämndens investeringsbudget på 6,0 mnkr har förbrukats fullt ut.", BP("Investeringar")),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att slå samman ytterligare fyra avdelningar under våren 2026, vilket beräknas minska "
            "kostnaderna med 2,4 mnkr.",
            A(None, "2,4 mnkr", "omstallning"),
        ),
        H("Nyckeltal", 2),
        P(
            "Kostnaden per inskrivet barn i kommunal förskola blev 164 300 kronor, 3 100 kronor högre än 2024.",
            O(None, note="A cost per child against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-fsn-bokslut-2025.pdf",
        report={
            "municipality": "Sundbyberg",
            "committee": ["Förskolenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Förskolenämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
