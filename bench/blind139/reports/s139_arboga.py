"""Arboga kommun, Barn- och utbildningsnämnden, tertialrapport januari–april 2026.

A school committee's tertial report in tkr with deficits in brackets ("(3 600)"), footer with the nämnd's
meeting date in May: the period "1 150 tkr lägre än periodiserad budget" (a net cost under budget, positive)
and the full year "ett underskott på 3 800 tkr" in two sentences, the period's timing reason in a paragraph
of its own (amount null); headings that carry the verksamhet and amount with a sign ("Förskola +1 200 tkr",
"Grundskola −3 600 tkr"); a plain heading over a reason-only paragraph (the row's "(700)"); "ett underskott
om 1,9 mnkr" and "ett överskott på 0,7 mnkr" in mnkr beside a tkr table; an unused central buffer "om 500
tkr" (reserver); skolskjuts that "håller budget" (boilerplate); the change since March, an action with its
effect, a risk "upp till 1,0 mnkr" and children against last year (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Arboga kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "96 400", "31 100", "95 200", "1 200"),
            ("Grundskola inkl. fritidshem", "188 300", "64 900", "191 900", "(3 600)"),
            ("Anpassad grundskola", "14 800", "5 200", "15 500", "(700)"),
            ("Gymnasieskola", "71 900", "24 600", "73 800", "(1 900)"),
            ("Vuxenutbildning", "18 200", "5 700", "17 500", "700"),
            ("Skolskjuts", "9 600", "3 100", "9 600", "0"),
            ("Nämnd och förvaltningsledning", "12 500", "3 800", "12 000", "500"),
            ("Summa", "411 700", "138 400", "415 500", "(3 800)"),
        ),
        widths=(170.0, 68.0, 74.0, 68.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden redovisar efter april ett utfall som är 1 150 tkr lägre än "
                "periodiserad budget.",
                C(
                    None,
                    "1 150 tkr",
                    "+",
                    note="A net cost under the periodised budget: a positive period deviation.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott på 3 800 tkr.",
                C(None, "3 800 tkr", "-", note="The full year in a sentence of its own: its own item."),
            ),
        ),
        P(
            "Att perioden ser bättre ut än helåret förklaras främst av att statsbidraget för mindre barngrupper "
            "har betalats ut i förskott för hela läsåret, medan kostnaderna fördelas jämnt över året.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i mars har helårsprognosen försämrats med 1,1 mnkr, främst inom grundskolan.",
            F(None, "1,1 mnkr", "-"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +1 200 tkr",
            "Barnantalet har under våren varit lägre än budgeterat, framför allt i de centrala förskolorna, och "
            "två tjänster har inte återbesatts efter pensionsavgångar.",
            C("Förskola", "+1 200 tkr", "+", "volymer", "vakanser"),
        ),
        HP(
            "Grundskola −3 600 tkr",
            "Fler elever än tidigare har behov av särskilt stöd och elevassistent, och kostnaden för elever som "
            "går i fristående skolor och i andra kommuner ökar. Interkommunala ersättningar står för ungefär "
            "hälften av underskottet.",
            C(
                "Grundskola inkl. fritidshem",
                "−3 600 tkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Interkommunal ersättning is kopt_verksamhet; 'ungefär hälften' is a share, not an amount.",
            ),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Två nya elever med omfattande behov har skrivits in under våren, vilket kräver förstärkt bemanning i "
            "träningsskolans grupp.",
            C(
                "Anpassad grundskola",
                "(700)",
                "-",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell as printed.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan visar en prognos med ett underskott om 1,9 mnkr. Fler elever än beräknat har sökt "
            "program som inte erbjuds i Arboga, och priserna i samverkansavtalet med grannkommunerna har räknats "
            "upp mer än budgeten förutsatte.",
            C("Gymnasieskola", "1,9 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen beräknas göra ett överskott på 0,7 mnkr tack vare högre statsbidrag för regional "
            "yrkesvux än vad som budgeterats.",
            C("Vuxenutbildning", "0,7 mnkr", "+", "statsbidrag"),
        ),
        H("Skolskjuts", 3),
        P("Skolskjutsverksamheten håller budget.", BP("Skolskjuts")),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Den centrala bufferten om 500 tkr bedöms inte behöva tas i anspråk under året, vilket ger motsvarande "
            "överskott.",
            C("Nämnd och förvaltningsledning", "500 tkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utanför undervisningen, vilket "
            "beräknas minska kostnaderna med 600 tkr under resten av året.",
            A(None, "600 tkr", "vakanser"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare elever med stora stödbehov flyttar till kommunen under hösten, "
            "vilket kan öka grundskolans kostnader med upp till 1,0 mnkr.",
            O("Grundskola inkl. fritidshem", "volymer", amount="1,0 mnkr", note="A risk: other."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet inskrivna barn i förskolan var 612 i april, 24 färre än i april 2025, vilket beror på färre "
            "födda barn.",
            O("Förskola", "volymer", note="Children against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="arboga-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
