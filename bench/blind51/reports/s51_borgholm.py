"""Borgholms kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report, mostly elderly care, adopted in February: the result "−6,4 mnkr jämfört
med budget", the outcome against the interim forecast with its cause (forecast change), net cost growth against
2024 (other); a table in tkr whose deficits are in brackets ("(3 840)") under a caption that says so; plain
headings where the area is the sentence's subject ("slutar 3,8 mnkr över budget", "överskred sin budget med 2,3
mnkr"), a reason-only deficit (the row's "(710)"), "ett överskott om en halv miljon" in words without
"kronor", "slutar i nivå med budget" beside a row of 70 (boilerplate), a sub-area pair inside one sentence
("1,3 mnkr högre än budget, medan ekonomiskt bistånd gav ett överskott på 740 tkr"), a run-in lead with the
amount after a colon ("Nämnd och administration: överskott 460 tkr."), investments "Av investeringsbudgeten
på 2,8 mnkr användes 1,9 mnkr" (0,9 never written out), an action for next year and sick leave against last
year (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("BORGHOLMS KOMMUN", "Socialnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Beslutad av socialnämnden 2026-02-24", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "8 420", "7 960", "460"),
            ("Särskilt boende", "98 300", "102 140", "(3 840)"),
            ("Hemtjänst", "61 700", "64 020", "(2 320)"),
            ("Hemsjukvård och rehabilitering", "27 900", "28 610", "(710)"),
            ("Korttidsvistelse", "9 600", "9 100", "500"),
            ("Funktionsstöd", "44 500", "44 430", "70"),
            ("Individ- och familjeomsorg", "38 800", "39 360", "(560)"),
            ("Summa", "289 220", "295 620", "(6 400)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=3),
        Title("Socialnämnden", size=13, font="cond", after=14),
        H("Viktiga händelser under året", 2),
        P(
            "Under året öppnade det nya trygghetsboendet Solbacken med 24 lägenheter och hemtjänsten i södra "
            "kommundelen flyttade till nya lokaler i Runsten. Arbetet med heltid som norm fortsatte."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden redovisar för 2025 ett resultat på −6,4 mnkr jämfört med budget.",
            C(None, "−6,4 mnkr", "-", note="The year's result against budget."),
        ),
        P(
            "Resultatet är 1,1 mnkr bättre än prognosen i delårsrapporten, bland annat tack vare att statsbidraget "
            "för äldreomsorgens bemanning betalades ut med ett högre belopp än väntat.",
            F(None, "1,1 mnkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
            O(None, note="Cost growth against last year: other."),
        ),
        table,
        H("Särskilt boende", 3),
        P(
            "Den största avvikelsen finns inom särskilt boende, som slutar 3,8 mnkr över budget. Sjukfrånvaron har "
            "legat högt under hela året och har till stor del täckts med timvikarier och övertid. Under sommaren "
            "tvingades verksamheten dessutom anlita bemanningsföretag för sjuksköterskor.",
            C(
                "Särskilt boende",
                "3,8 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "inhyrd_personal",
            ),
        ),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten överskred sin budget med 2,3 mnkr. Antalet utförda timmar ökade med 9 procent under året, "
            "främst i norra kommundelen där körsträckorna är långa.",
            C("Hemtjänst", "2,3 mnkr", "-", "volymer", note="The volume growth is the stated reason."),
        ),
        H("Hemsjukvård och rehabilitering", 3),
        P(
            "Kostnaderna för hjälpmedel, främst sängar och lyftar, blev högre än budgeterat.",
            C(
                "Hemsjukvård och rehabilitering",
                "(710)",
                "-",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell, in brackets as printed.",
            ),
        ),
        H("Korttidsvistelse", 3),
        P(
            "Korttidsvistelsen på Tallbacken hade lägre beläggning än planerat under våren och gav ett överskott "
            "om en halv miljon.",
            C("Korttidsvistelse", "en halv miljon", "+", "volymer", value=500_000, note="Amount in words."),
        ),
        H("Funktionsstöd", 3),
        P(
            "Verksamheten inom funktionsstöd slutar i nivå med budget.",
            BP("Funktionsstöd", note="'i nivå med budget' beside a row of 70: boilerplate."),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Inom individ- och familjeomsorgen blev kostnaderna för externa placeringar 1,3 mnkr högre än budget, "
            "medan ekonomiskt bistånd gav ett överskott på 740 tkr.",
            C(
                "Externa placeringar",
                "1,3 mnkr",
                "-",
                "kopt_verksamhet",
                note="Two sub-areas in one sentence: the first.",
                also=(
                    C(
                        "Ekonomiskt bistånd",
                        "740 tkr",
                        "+",
                        "ekonomiskt_bistand",
                        note="Two sub-areas in one sentence: the second.",
                    ),
                ),
            ),
        ),
        LP(
            "Nämnd och administration:",
            "överskott 460 tkr. En controllertjänst var vakant under hösten.",
            C("Nämnd och administration", "460 tkr", "+", "vakanser", note="Run-in area."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,8 mnkr användes 1,9 mnkr. Inköpet av nya digitala trygghetslarm har "
            "skjutits till 2026.",
            C(
                "Investeringar",
                "2,8 mnkr användes 1,9 mnkr",
                "+",
                "periodisering",
                value=900_000,
                note="Investment under-spending of 0,9 mnkr, never written out: the computed value.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för minskad sjukfrånvaro inom särskilt boende, med målet att "
            "sänka kostnaderna för vikarier och övertid med 1,5 mnkr under 2026.",
            A("Särskilt boende", "1,5 mnkr", "sjukfranvaro"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom äldreomsorgen var 9,8 procent, jämfört med 8,9 procent föregående år.",
            O(None, note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="borgholm-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Borgholm",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Borgholms kommun"},
        style=style,
        blocks=blocks,
    )
