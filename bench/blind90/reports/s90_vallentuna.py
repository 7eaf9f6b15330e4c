"""Vallentuna kommun, Socialnämnden, delårsrapport augusti 2025.

A social committee's interim report (Liberation Serif, so no semicolons), footer with the nämnd's meeting
date in September: one paragraph with the period's deficit and the full year's "underskott mot budget på 9,8
mnkr" in one sentence and the reasons in the next (one item, the full year's amount); two kostnadsslag in one
sentence ("8,7 mnkr över budget", "medan personalkostnaderna ligger 1,4 mnkr under budget"); a table in tkr
whose deficits are in brackets ("(5 400)"); then two columns of headings, some carrying the amount in
brackets ("Barn och unga (5,4 mnkr)", the deficit sign only in the brackets), one plain heading whose
paragraph gives reasons only (the row's "(1 300)"), one whose paragraph gives "Underskottet om 2 350 tkr",
a surplus "+1,0 mnkr" with a sick-leave level in its own sentence (other), a surplus for a vacant post;
the change since April; actions as bullets; investments "förbrukas fullt ut" (boilerplate) and a court
risk (other). 9 scored causes. Liberation Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Vallentuna kommun", "Socialnämnden"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Socialnämnden 2025-09-23, § 96", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (negativ avvikelse inom parentes)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "8 400", "7 950", "450"),
            ("Barn och unga", "48 200", "53 600", "(5 400)"),
            ("Vuxna", "31 500", "33 700", "(2 200)"),
            ("Försörjningsstöd", "14 000", "15 300", "(1 300)"),
            ("Funktionsstöd", "96 800", "99 150", "(2 350)"),
            ("Vård och omsorg", "182 300", "181 300", "1 000"),
            ("Summa", "381 200", "391 000", "(9 800)"),
        ),
        widths=(170.0, 84.0, 84.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Socialnämnden redovisar för perioden januari–augusti ett underskott på 6,1 mnkr och prognostiserar "
            "för helåret ett underskott mot budget på 9,8 mnkr. Underskottet beror framför allt på kostnader för "
            "placeringar av barn och unga och på fler personer med beslut enligt LSS.",
            C(
                None,
                "9,8 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Sett per kostnadsslag är det köp av verksamhet som avviker mest, 8,7 mnkr över budget, medan "
            "personalkostnaderna ligger 1,4 mnkr under budget till följd av vakanta tjänster.",
            C(
                "Köp av verksamhet",
                "8,7 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; the first gives no reason of its own.",
                also=(C("Personalkostnader", "1,4 mnkr", "+", "vakanser"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Barn och unga (5,4 mnkr)",
            "Kostnaderna för placeringar på HVB och i konsulentstödda familjehem överstiger budget. Antalet "
            "placerade barn har ökat under året och flera placeringar har fått förlängas.",
            C(
                "Barn och unga",
                "5,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the amount, the deficit only in the brackets.",
            ),
        ),
        HP(
            "Vuxna (2,2 mnkr)",
            "Fler beslut om vård enligt LVM har inneburit köp av behandlingsplatser som inte ryms i budget.",
            C("Vuxna", "2,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Försörjningsstöd",
            "Fler hushåll än beräknat är beroende av försörjningsstöd, främst efter att etableringstiden har löpt "
            "ut för flera familjer.",
            C(
                "Försörjningsstöd",
                "(1 300)",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason-only paragraph: the row's cell.",
            ),
        ),
        HP(
            "Funktionsstöd",
            "Underskottet om 2 350 tkr förklaras av att Försäkringskassan har dragit in assistansersättningen för "
            "två brukare, så att kommunen bär hela kostnaden. Dessutom öppnade den nya gruppbostaden två månader "
            "tidigare än planerat.",
            C("Funktionsstöd", "2 350 tkr", "-", "ersattning_fk", "periodisering"),
        ),
        Para(
            (
                (
                    "Överskottet beror på att färre hemtjänsttimmar har utförts än budgeterat och att statsbidraget "
                    "för äldreomsorgens bemanning blev högre än väntat.",
                    C("Vård och omsorg", "+1,0 mnkr", "+", "volymer", "statsbidrag"),
                ),
                (
                    "Sjukfrånvaron i särskilt boende är fortsatt hög, 9,4 procent.",
                    O("Vård och omsorg", "sjukfranvaro", note="A sick-leave level: a supporting figure."),
                ),
            ),
            head="Vård och omsorg +1,0 mnkr",
        ),
        HP(
            "Nämnd och administration",
            "Ett överskott på 450 tkr uppstår eftersom tjänsten som verksamhetsutvecklare har varit vakant sedan "
            "mars.",
            C("Nämnd och administration", "450 tkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan april", 2),
        P(
            "Jämfört med aprilprognosen har underskottet ökat med 3,6 mnkr, i sin helhet inom verksamheten Barn "
            "och unga.",
            F(None, "3,6 mnkr", "-"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Översyn av samtliga pågående placeringar, med sikte på hemflytt eller insatser i öppenvård.",
                "Rekrytering av två egna familjehemssekreterare, som beräknas minska kostnaden för konsulentstödda "
                "familjehem med 0,8 mnkr under 2026.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Barn och unga", "0,8 mnkr", "kopt_verksamhet"),
            ),
            glyph="•",
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 1,2 mnkr för inventarier och larm beräknas förbrukas fullt ut.",
            BP("Investeringar", note="Investments that are used in full: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Två ärenden om assistansersättning prövas i förvaltningsrätten. Om kommunen inte får rätt kan "
            "kostnaderna öka med ytterligare cirka 1,5 mnkr under hösten.",
            O("Funktionsstöd", "ersattning_fk", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="vallentuna-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Socialnämnden", "author": "Vallentuna kommun"},
        style=style,
        blocks=blocks,
    )
