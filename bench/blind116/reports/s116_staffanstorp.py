"""Staffanstorps kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in September: the
full year "ett negativt resultat om 4,6 mnkr i förhållande till budget" with a percentage of the frame in
the next sentence (not the amount), the period "i nivå med den periodiserade budgeten" (boilerplate); a
kostnadsslag table whose deviation column uses a trailing minus ("2 200-"); bold run-in kostnadsslag ending
in a full stop with reason-only rows (the cells "1 400" and "2 200-"), "ligger 3,6 mnkr över budget", "ger
ett underskott om 0,8 mnkr", "600 tkr lägre kostnader än budgeterat"; then two columns of headings that carry
the verksamhet and amount ("Grundskola −5,1 mnkr"), so the deficit is explained twice; an action without
amount, investments "1,2 mnkr lägre än budget" and sick leave against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("STAFFANSTORPS KOMMUN", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-18", "Delårsrapport 2025", f"{n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "38 900", "40 300", "1 400"),
            ("Personalkostnader", "-412 000", "-415 600", "3 600-"),
            ("Lokalkostnader", "-88 500", "-89 300", "800-"),
            ("Köp av verksamhet", "-96 200", "-98 400", "2 200-"),
            ("Övriga kostnader", "-41 800", "-41 200", "600"),
            ("Summa", "-599 600", "-604 200", "4 600-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport 2025", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk analys", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar för 2025 ett negativt resultat om 4,6 mnkr i förhållande "
            "till budget. Prognosen motsvarar 0,8 procent av nämndens ram.",
            C(None, "4,6 mnkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Utfallet per augusti ligger i nivå med den periodiserade budgeten.",
            BP(None, note="The period in balance."),
        ),
        table,
        LP(
            "Intäkter.",
            "Riktade statsbidrag för mindre barngrupper i förskolan och fler anställda i lågstadiet blev högre än "
            "budgeterat.",
            C(
                "Intäkter",
                "1 400",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Kostnaderna ligger 3,6 mnkr över budget. Fler elever med behov av särskilt stöd har krävt extra "
            "resurspersonal, och kostnaden för vikarier vid sjukfrånvaro har varit hög under våren.",
            C("Personalkostnader", "3,6 mnkr", "-", "volymer", "vikarier", "sjukfranvaro"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för tillfälliga paviljonger under ombyggnaden av en skola i Hjärup ger ett underskott om 0,8 "
            "mnkr.",
            C("Lokalkostnader", "0,8 mnkr", "-", "lokaler"),
        ),
        LP(
            "Köp av verksamhet.",
            "Fler barn och elever än budgeterat går i fristående förskolor och skolor i grannkommunerna, vilket gör "
            "att köpen av verksamhet blir dyrare än budget.",
            C(
                "Köp av verksamhet",
                "2 200-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with a trailing minus.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Inköpen av läromedel och inventarier har hållits tillbaka, och posten visar därför 600 tkr lägre "
            "kostnader än budgeterat.",
            C("Övriga kostnader", "600 tkr", "+", "material_hjalpmedel"),
        ),
        H("Verksamheternas ekonomi", 2),
        Columns(2),
        HP(
            "Förskola +1,8 mnkr",
            "Färre barn än beräknat i de kommunala förskolorna, främst i centralorten, ger ett överskott.",
            C("Förskola", "+1,8 mnkr", "+", "volymer"),
        ),
        HP(
            "Grundskola −5,1 mnkr",
            "Grundskolans underskott beror på fler elever i behov av särskilt stöd och ett nytt avtal för "
            "skolskjuts med högre priser.",
            C("Grundskola", "−5,1 mnkr", "-", "volymer", "prisokningar"),
        ),
        HP(
            "Gymnasieskola −2,0 mnkr",
            "Interkommunala ersättningar till Lund och Malmö ökar när fler elever väljer program där.",
            C(
                "Gymnasieskola",
                "−2,0 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        HP(
            "Central förvaltning +0,7 mnkr",
            "Överskottet förklaras av vakanser inom elevhälsans ledning.",
            C("Central förvaltning", "+0,7 mnkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om restriktivitet vid nyanställningar inom grundskolan under hösten.",
            A("Grundskola", None, "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 6,3 mnkr, vilket är 1,2 mnkr lägre än budget, eftersom inköpen av möbler till "
            "den nya förskolan skjuts till 2026.",
            C("Investeringar", "1,2 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron har minskat till 6,1 procent från 6,9 procent under samma period föregående år.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="staffanstorp-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Staffanstorp",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Barn- och utbildningsnämnden",
            "author": "Staffanstorps kommun",
        },
        style=style,
        blocks=blocks,
    )
