"""Trelleborgs kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in "miljoner kronor" and "mnkr", footer with the date the minutes were
checked in September: the period "6,2 miljoner kronor sämre än periodens budget" and the full year "ett
underskott på 11,5 miljoner kronor" in two sentences, the change since the tertial report with its cause; a
table whose deficits are in brackets ("(7,4)"), declared in the caption; bold run-in verksamhetsområden
ending in a full stop ("Barn och familj."): the largest deficit as an apposition ("det största underskottet,
7,4 miljoner kronor"), a reason-only deficit (the row's "(3,1)"), bistånd that "blir 2,8 mnkr högre än
budgeterat", two sub-areas as a "respektive" pair of surpluses with their own reasons, "följer budget", a
surplus "uppstår eftersom"; personnel costs "1,9 mnkr över budget för perioden" (the deficit explained by
kostnadsslag too); an action with its effect, a risk, and investments "0,8 mnkr av budgeterade 2,0 mnkr" (1,2
never written out). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("TRELLEBORGS KOMMUN", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Socialnämnden", "Justerad 2025-09-24", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, mnkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "24,6", "23,9", "0,7"),
            ("Barn och familj", "118,2", "125,6", "(7,4)"),
            ("Vuxen och missbruk", "64,0", "67,1", "(3,1)"),
            ("Ekonomiskt bistånd", "71,5", "74,3", "(2,8)"),
            ("Funktionsstöd", "212,4", "211,3", "1,1"),
            ("Arbetsmarknad", "31,8", "31,8", "0,0"),
            ("Summa", "522,5", "534,0", "(11,5)"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="serif", after=12),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Socialnämnden redovisar efter augusti ett utfall som är 6,2 miljoner kronor sämre än periodens "
                    "budget.",
                    C(None, "6,2 miljoner kronor", "-", note="The period, a sentence of its own."),
                ),
                (
                    "Helårsprognosen visar ett underskott på 11,5 miljoner kronor.",
                    C(None, "11,5 miljoner kronor", "-", note="The full year, a sentence of its own."),
                ),
            )
        ),
        P(
            "Prognosen har försämrats med 3,0 miljoner kronor sedan tertialrapporten, vilket främst beror på nya "
            "placeringar av ungdomar enligt LVU.",
            F(None, "3,0 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Barn och familj.",
            "Verksamhetsområdet har det största underskottet, 7,4 miljoner kronor. Antalet placerade barn och unga "
            "i HVB och familjehem har ökat under året, och flera placeringar har behövt göras akut via "
            "konsulentstödda familjehem.",
            C("Barn och familj", "7,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxen och missbruk.",
            "Kostnaderna för köpt vård enligt LVM och för skyddat boende överstiger budget. Samtidigt har två "
            "socialsekreterartjänster varit vakanta, vilket dämpar underskottet något.",
            C(
                "Vuxen och missbruk",
                "(3,1)",
                "-",
                "kopt_verksamhet",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell as printed, brackets for a deficit.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd blir 2,8 mnkr högre än budgeterat. Fler hushåll har varit "
            "arbetslösa länge utan rätt till ersättning från a-kassan, och hyresnivåerna har höjts.",
            C(
                "Ekonomiskt bistånd",
                "2,8 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                "prisokningar",
                note="Higher rents for the households are prisokningar.",
            ),
        ),
        LP(
            "Funktionsstöd.",
            "Personlig assistans och daglig verksamhet visar överskott på 0,6 respektive 0,5 mnkr. "
            "Försäkringskassan har beviljat assistansersättning för fler timmar än väntat, och daglig verksamhet "
            "har haft lägre kostnader för resor.",
            C(
                "Personlig assistans",
                "0,6",
                "+",
                "ersattning_fk",
                unit="mnkr",
                note="Two sub-areas as a 'respektive' pair, each with its own reason: two items.",
                also=(C("Daglig verksamhet", "0,5 mnkr", "+", "ovrigt", note="Lower travel costs: ovrigt."),),
            ),
        ),
        LP("Arbetsmarknad.", "Verksamheten följer budget.", BP("Arbetsmarknad")),
        LP(
            "Nämnd och ledning.",
            "Ett överskott på 0,7 mnkr uppstår eftersom kostnaderna för konsulter och utbildning blir lägre än "
            "planerat.",
            C("Nämnd och ledning", "0,7 mnkr", "+", "inhyrd_personal"),
        ),
        H("Personalkostnader", 2),
        P(
            "Personalkostnaderna ligger 1,9 mnkr över budget för perioden, främst på grund av inhyrda "
            "socialsekreterare inom barn och familj.",
            C(
                "Personalkostnader",
                "1,9 mnkr",
                "-",
                "inhyrd_personal",
                note="The deficit explained by kostnadsslag too: an item of its own.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att utöka rekryteringen av familjehem i egen regi och att "
            "avveckla de inhyrda socialsekreterarna under hösten. Effekten beräknas till 1,5 miljoner kronor under "
            "resten av året.",
            A("Barn och familj", "1,5 miljoner kronor", "kopt_verksamhet", "inhyrd_personal"),
        ),
        P(
            "Det finns en risk att ytterligare placeringar blir nödvändiga under hösten, vilket skulle försämra "
            "prognosen.",
            O("Barn och familj", "kopt_verksamhet", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar för helåret beräknas uppgå till 0,8 mnkr av budgeterade 2,0 mnkr. Inköpet av nya larm till "
            "boendena inom funktionsstöd har försenats och görs först 2026.",
            C(
                "Investeringar",
                "0,8 mnkr av budgeterade 2,0 mnkr",
                "+",
                "periodisering",
                value=1_200_000,
                note="Investment under-spending of 1,2 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="trelleborg-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Socialnämnden",
            "author": "Trelleborgs kommun",
        },
        style=style,
        blocks=blocks,
    )
