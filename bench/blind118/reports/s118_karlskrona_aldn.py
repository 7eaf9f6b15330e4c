"""Karlskrona kommun, Äldrenämnden, delårsrapport augusti 2025.

An elderly-care committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in
September: the period "6,2 mnkr högre än periodens budget" (a net cost: negative) and the full year "ett
underskott på 8,5 mnkr" with a percentage of the frame in two sentences, the change since April with its
cause; a kostnadsslag table whose deficits carry a trailing minus ("7 900-"), bold run-in kostnadsslag ending
in a full stop with reasons only (the rows' "7 900-", "2 600-", "500") and one with its own amount ("1,4
mnkr högre än budgeterat"); then a comment table per verksamhet whose comments give reasons (each takes its
row's cell, "−5,4"), one row with no comment, so the deficit is explained twice; an action with its effect,
investments that "beräknas användas fullt ut" (boilerplate) and sick leave against 2024 (other). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun", "Äldrenämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Äldrenämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    kostnadsslag = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "78 300", "79 700", "1 400"),
            ("Personalkostnader", "-742 600", "-750 500", "7 900-"),
            ("Köp av verksamhet", "-61 800", "-64 400", "2 600-"),
            ("Lokalkostnader", "-88 200", "-87 700", "500"),
            ("Övriga kostnader", "-45 100", "-45 000", "100"),
            ("Nettokostnad", "-859 400", "-867 900", "8 500-"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    verksamhet = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "241,3", "246,7", "−5,4"),
                "Antalet beviljade hemtjänsttimmar är 7 procent fler än i budgeten.",
                C(
                    "Hemtjänst",
                    "−5,4",
                    "-",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note="A comment gives the reason: the row's cell.",
                ),
            ),
            (
                ("Särskilt boende", "398,6", "402,2", "−3,6"),
                "Sjukfrånvaro och övertid på Ekbackens och Rosenholms vård- och omsorgsboenden.",
                C("Särskilt boende", "−3,6", "-", "sjukfranvaro", "overtid", unit="mnkr", table=True),
            ),
            (
                ("Korttidsvård", "52,4", "53,9", "−1,5"),
                "Köpta platser i grannkommuner när de egna platserna har varit fullbelagda.",
                C("Korttidsvård", "−1,5", "-", "kopt_verksamhet", "volymer", unit="mnkr", table=True),
            ),
            (
                ("Hemsjukvård", "96,8", "95,6", "1,2"),
                "Vakanta sjukskötersketjänster, bara delvis ersatta med sjuksköterskor från bemanningsföretag.",
                C(
                    "Hemsjukvård",
                    "1,2",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                ),
            ),
            (
                ("Dagverksamhet", "14,7", "14,3", "0,4"),
                "Lägre beläggning än planerat under sommaren.",
                C("Dagverksamhet", "0,4", "+", "volymer", unit="mnkr", table=True),
            ),
            (("Nämnd och administration", "55,6", "55,2", "0,4"), "", None),
            (("Summa", "859,4", "867,9", "−8,5"), "", None),
        ),
        widths=(120.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Äldrenämnden", size=12.5, font="cond", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Äldrenämnden redovisar per den 31 augusti ett utfall som är 6,2 mnkr högre än periodens budget.",
                C(
                    None,
                    "6,2 mnkr",
                    "-",
                    note="A net cost higher than the period's budget: a negative period deviation.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott på 8,5 mnkr, motsvarande 0,9 procent av nämndens budgetram.",
                C(None, "8,5 mnkr", "-", note="The percentage of the frame is not the amount."),
            ),
        ),
        P(
            "Jämfört med prognosen efter april har underskottet ökat med 2,3 mnkr, framför allt inom hemtjänsten där "
            "antalet beviljade timmar fortsätter att öka.",
            F(None, "2,3 mnkr", "-", "volymer"),
        ),
        kostnadsslag,
        LP(
            "Personalkostnader.",
            "Kostnaderna för övertid och timvikarier har varit höga, eftersom sjukfrånvaron under sommaren blev "
            "högre än planerat.",
            C(
                "Personalkostnader",
                "7 900-",
                "-",
                "overtid",
                "vikarier",
                "sjukfranvaro",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Fler beslut om korttidsplatser i andra kommuner och köpt hemtjänst under semesterperioden.",
            C("Köp av verksamhet", "2 600-", "-", "kopt_verksamhet", unit="tkr", table=True),
        ),
        LP(
            "Intäkter.",
            "Omvårdnadsavgifterna blir 1,4 mnkr högre än budgeterat sedan maxtaxan höjdes.",
            C("Intäkter", "1,4 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för det nya korttidsboendet på Hästö debiteras först från november.",
            C("Lokalkostnader", "500", "+", "lokaler", "periodisering", unit="tkr", table=True),
        ),
        H("Resultat per verksamhet", 2),
        P("Avvikelsen redovisas i mnkr, negativt tal innebär ett underskott mot budget.", size=9.0),
        verksamhet,
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att införa en ny ruttplanering i hemtjänsten, med en beräknad "
            "effekt på 0,8 mnkr under resten av året.",
            A("Hemtjänst", "0,8 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 3,0 mnkr för inventarier och trygghetslarm beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 9,1 procent under januari–augusti, vilket är lägre än under motsvarande period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-aldn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Äldrenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Äldrenämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
