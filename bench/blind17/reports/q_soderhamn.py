"""Söderhamns kommun, Socialnämnden, månadsrapport november 2025.

A social committee's month report, footer with the nämnd's meeting date in December: the full-year deficit
with a share of the net budget ("motsvarar 2,7 procent", not the amount) and the change since October with its
cause in the next sentence; a reading note and a kostnadsslag table in tkr whose deviation is forecast minus
budget with revenue as negative figures, so a positive figure is worse than budget and "−4 850" on the
revenue row is better (the prose decides the direction); reason-only comments per kostnadsslag that take their
row's cell (revenue higher than budgeted from grants, personnel over budget from sick leave and hourly
substitutes, premises lower after a unit closed); then verksamheter under headings that carry the verdict and
amount ("Individ- och familjeomsorg, underskott 9,2 mnkr"), one with last year's household count inside the
cause paragraph, one whose paragraph ends with a sub-area "håller sin budget" (boilerplate), a delayed opening
and a vacancy; an action with its effect "omkring 3 mnkr på helår" and a risk with a monthly cost per
placement (other). 9 scored causes. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

ROW = "Reasons only: the kostnadsslag row's cell (tkr, forecast minus budget, positive = worse)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("SÖDERHAMNS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: (
            "Socialnämnden 2025-12-16, ärende 5",
            "Månadsrapport november 2025",
            f"{n} ({m})",
        ),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "−96 400", "−90 100", "−101 250", "−4 850"),
            ("Personalkostnader", "312 800", "288 400", "315 950", "3 150"),
            ("Köp av verksamhet", "148 300", "146 800", "160 900", "12 600"),
            ("Ekonomiskt bistånd", "41 500", "40 300", "44 200", "2 700"),
            ("Lokalkostnader", "38 900", "35 000", "38 100", "−800"),
            ("Övriga kostnader", "29 600", "26 600", "29 400", "−200"),
            ("Nettokostnad", "474 700", "447 000", "487 300", "12 600"),
        ),
        widths=(130.0, 70.0, 74.0, 70.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="cond-bold", after=2),
        Title("Socialnämnden", size=12, font="cond", after=14),
        H("Sammanfattande bedömning", 2),
        PS(
            (
                "Socialnämnden prognostiserar för 2025 ett underskott på 12,6 mnkr, vilket motsvarar 2,7 procent av "
                "nettobudgeten.",
                C(None, "12,6 mnkr", "-", note="The share of the net budget is not the amount."),
            ),
            (
                "Underskottet har minskat med 1,1 mnkr sedan oktober, framför allt eftersom två placeringar av "
                "ungdomar har kunnat avslutas tidigare än planerat.",
                F(None, "1,1 mnkr", "+", "kopt_verksamhet"),
            ),
        ),
        P(
            "Avvikelsen i tabellen beräknas som prognos minus budget, och intäkterna redovisas med negativt "
            "tecken. Ett positivt tal innebär alltså att kostnaden blir högre, eller intäkten lägre, än budgeterat.",
            size=8.5,
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Intäkterna blir högre än budgeterat. Ersättningen från Migrationsverket för ensamkommande har inte "
            "minskat i den takt som förutsattes, och statsbidraget för stärkt bemanning inom den sociala barn- och "
            "ungdomsvården betalades ut med ett högre belopp än väntat.",
            C(
                "Intäkter",
                "−4 850",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note=ROW + " The negative cell means more revenue: positive.",
            ),
        ),
        P(
            "Personalkostnaderna överstiger budget. Sjukfrånvaron inom hemtjänsten har legat kring elva procent "
            "under hösten, och korttidsfrånvaron har till stor del ersatts med timavlönade vikarier.",
            C(
                "Personalkostnader",
                "3 150",
                "-",
                "sjukfranvaro",
                "vikarier",
                unit="tkr",
                table=True,
                note=ROW + " 'Elva procent' is a sick-leave rate.",
            ),
        ),
        P(
            "Lokalkostnaderna blir lägre än budgeterat sedan korttidsboendet på Granbacken avvecklades och "
            "hyresavtalet kunde sägas upp i förtid.",
            C("Lokalkostnader", "−800", "+", "lokaler", "omstallning", unit="tkr", table=True, note=ROW),
        ),
        H("Verksamheternas prognoser", 2),
        HP(
            "Individ- och familjeomsorg, underskott 9,2 mnkr",
            "Kostnaderna för placeringar av barn och unga i HVB och familjehem fortsätter att öka. Under hösten har "
            "tre syskongrupper placerats i konsulentstödda familjehem, och två ungdomar vårdas enligt LVU på "
            "Statens institutionsstyrelses särskilda ungdomshem.",
            C(
                "Individ- och familjeomsorg",
                "9,2 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A heading that carries the verdict and the amount.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd, underskott 2,7 mnkr",
            "Antalet hushåll med försörjningsstöd var i genomsnitt 412 per månad, att jämföra med 371 under 2024. "
            "Fler personer än tidigare har lämnat etableringsprogrammet utan egen försörjning.",
            C(
                "Ekonomiskt bistånd",
                "2,7 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Household counts against last year inside the cause paragraph are the reason, not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Hemtjänsten har utfört sex procent fler timmar än budgeterat, och sjukfrånvaron har krävt "
                    "vikarier i större utsträckning än tidigare år.",
                    C(
                        "Äldreomsorg",
                        "3,4 mnkr",
                        "-",
                        "volymer",
                        "sjukfranvaro",
                        "vikarier",
                        note="The heading carries the amount; the paragraph ends with a sub-area in balance (its "
                        "own boilerplate item).",
                    ),
                ),
                ("Särskilt boende håller sin budget.", BP("Särskilt boende")),
            ),
            head="Äldreomsorg, underskott 3,4 mnkr",
        ),
        HP(
            "Funktionsstöd, överskott 1,9 mnkr",
            "Det nya boendet enligt LSS i Ljusne öppnar först i februari 2026, och de personalkostnader som var "
            "budgeterade för hösten behövs därmed inte.",
            C("Funktionsstöd", "1,9 mnkr", "+", "periodisering", note="A delayed opening: timing."),
        ),
        HP(
            "Nämnd och förvaltningsledning, överskott 0,8 mnkr",
            "Förklaras av en vakant avdelningschefstjänst under större delen av året.",
            C("Nämnd och förvaltningsledning", "0,8 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen fortsätter arbetet med att ersätta konsulentstödda familjehem med egna. Målet är sex "
            "nya egna familjehem under 2026, vilket beräknas sänka kostnaderna med omkring 3 mnkr på helår.",
            A("Individ- och familjeomsorg", "omkring 3 mnkr", "kopt_verksamhet"),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "Prognosen förutsätter att inga ytterligare placeringar görs under december. Varje ny "
            "institutionsplacering kostar i genomsnitt 120 000 kronor per månad.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk with a monthly cost: other."),
        ),
    ]
    return ReportSpec(
        file="soderhamn-sn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Söderhamn",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Socialnämnden", "author": "Söderhamns kommun"},
        style=style,
        blocks=blocks,
    )
