"""Enköpings kommun, Utbildningsnämnden, månadsuppföljning mars 2026.

A school committee's month report in DejaVu Sans 10 pt with en dashes as minus signs, footer with the nämnd's
meeting date in April: the full year "–4,6 mnkr (–3,9)" with last month's figure in brackets, the period "2,1
mnkr lägre än den periodiserade budgeten" (a net cost under budget: positive) with its timing reason in the
same sentence; the table per skolform pasted as an image (every amount in the prose); bold run-in "Förskolan:"
with "ett överskott på 2,0 mnkr", "För grundskolan väntas kostnaderna bli 3,8 mnkr högre än budget",
"drygt en miljon kronor" in words, "Gymnasieskolan visar –2,3 mnkr" with a cost and a revenue reason,
"beräknas hålla budget" (boilerplate), "Inom central administration och elevhälsa finns ett överskott"
(vacancies and an undistributed buffer), school meals "0,6 mnkr över budget"; the change since February;
investments "beräknas användas fullt ut" (boilerplate); two actions.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Enköpings kommun – Utbildningsförvaltningen", ""),
        footer=lambda n, m: ("Utbildningsnämnden 2026-04-22", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos mars", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Förskola", "312,5", "310,5", "2,0", "1,8"),
            ("Grundskola", "604,2", "608,0", "–3,8", "–3,2"),
            ("Anpassad grundskola", "38,4", "39,4", "–1,0", "–1,0"),
            ("Gymnasieskola", "241,7", "244,0", "–2,3", "–2,2"),
            ("Vuxenutbildning", "46,9", "46,9", "0,0", "0,0"),
            ("Skolmåltider", "58,3", "58,9", "–0,6", "–0,4"),
            ("Central administration och elevhälsa", "72,0", "70,9", "1,1", "1,1"),
            ("Summa", "1 374,0", "1 378,6", "–4,6", "–3,9"),
        ),
        widths=(178.0, 68.0, 70.0, 60.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="sans", after=12),
        H("Prognos och avvikelse", 2),
        P(
            "Nämnden prognostiserar ett resultat på –4,6 mnkr (–3,9) mot budget för 2026.",
            C(None, "–4,6 mnkr", "-", note="Last month's figure in brackets is not the amount."),
        ),
        P(
            "Efter mars är utfallet 2,1 mnkr lägre än den periodiserade budgeten, vilket främst förklaras av att "
            "statsbidraget för lärarlönelyftet har betalats ut tidigare än beräknat.",
            C(
                None,
                "2,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="A net cost under the periodised budget: positive.",
            ),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        LP(
            "Förskolan:",
            "Prognosen visar ett överskott på 2,0 mnkr. Barnantalet är lägre än budgeterat, framför allt i de "
            "centrala delarna av staden.",
            C("Förskola", "2,0 mnkr", "+", "volymer"),
        ),
        P(
            "För grundskolan väntas kostnaderna bli 3,8 mnkr högre än budget. Fler elever har behov av särskilt stöd "
            "och tilläggsbelopp, och det nya skolskjutsavtalet har blivit dyrare.",
            C("Grundskola", "3,8 mnkr", "-", "volymer", "prisokningar", note="Area after 'För'."),
        ),
        P(
            "Den anpassade grundskolan går med ett underskott på drygt en miljon kronor, en följd av två nya elever "
            "med omfattande behov.",
            C("Anpassad grundskola", "drygt en miljon kronor", "-", "volymer", value=1_000_000),
        ),
        P(
            "Gymnasieskolan visar –2,3 mnkr. Ersättningarna för elever som väljer skolor i andra kommuner överstiger "
            "budget, medan intäkterna för elever från grannkommunerna blir lägre än planerat.",
            C("Gymnasieskola", "–2,3 mnkr", "-", "kopt_verksamhet", "avgifter_intakter"),
        ),
        P("Vuxenutbildningen beräknas hålla budget.", BP("Vuxenutbildning")),
        P(
            "Inom central administration och elevhälsa finns ett överskott på 1,1 mnkr. Två tjänster som "
            "skolpsykolog är vakanta och förvaltningens centrala buffert är ännu inte fördelad.",
            C("Central administration och elevhälsa", "1,1 mnkr", "+", "vakanser", "reserver"),
        ),
        P(
            "Kostnaderna för skolmåltider hamnar 0,6 mnkr över budget till följd av högre livsmedelspriser.",
            C("Skolmåltider", "0,6 mnkr", "-", "prisokningar"),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har försämrats med 0,7 mnkr sedan februari, eftersom ytterligare elever har beviljats "
            "tilläggsbelopp i grundskolan.",
            F(None, "0,7 mnkr", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 6,5 mnkr beräknas användas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utanför undervisningen, vilket beräknas "
            "minska kostnaderna med 0,8 mnkr under året.",
            A(None, "0,8 mnkr"),
        ),
        P(
            "Rektorerna i grundskolan har fått i uppdrag att ta fram planer för en ekonomi i balans till hösten.",
            A("Grundskola"),
        ),
    ]
    return ReportSpec(
        file="enkoping-un-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Utbildningsnämnden", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
