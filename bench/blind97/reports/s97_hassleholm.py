"""Hässleholms kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (per april).

An education committee's tertial report, footer with the nämnd's meeting date in May: the period "3,1 mnkr
bättre än den periodiserade budgeten" and the full year's "underskott om 8,7 mnkr" in two sentences of one
paragraph (two causes), the period surplus's timing reason in a paragraph of its own (amount null), a table
per verksamhet in mnkr with U+2212 minus signs, then headings that carry the verksamhet and its amount
("Grundskola −4,6 mnkr") where one paragraph ends with an action, plain headings whose paragraph states the
amount ("visar ett överskott mot budget på 2,2 mnkr", "gå med ett plus om 0,9 mnkr"), bold run-in
verksamheter ending in a full stop with the amount last ("Prognosen är 1,8 mnkr sämre än budget"), a
reason-only paragraph (the row's "−1,4"), "bedöms hålla budget" (boilerplate), premises across the
verksamheter, the change since February, an action with its effect, investments "Prognosen är att 9,5 mnkr
används" of 14,0 (4,5 never written out) and sick leave against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Hässleholms kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: (
            "Barn- och utbildningsnämnden 2026-05-20",
            "Tertialrapport 1 2026",
            f"Sida {n} av {m}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "412,6", "414,2", "−1,6"),
            ("Grundskola", "698,4", "703,0", "−4,6"),
            ("Grundsärskola", "41,2", "43,6", "−2,4"),
            ("Gymnasieskola", "301,5", "299,3", "2,2"),
            ("Vuxenutbildning", "38,0", "37,1", "0,9"),
            ("Skolskjuts", "28,3", "30,1", "−1,8"),
            ("Central administration", "52,4", "53,8", "−1,4"),
            ("Nämnd- och styrelseverksamhet", "2,1", "2,1", "0,0"),
            ("Summa", "1 574,5", "1 583,2", "−8,7"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="body", after=14),
        H("Ekonomiskt resultat", 2),
        Para(
            (
                (
                    "Barn- och utbildningsnämnden redovisar per den 30 april ett utfall som är 3,1 mnkr bättre än "
                    "den periodiserade budgeten.",
                    C(
                        None,
                        "3,1 mnkr",
                        "+",
                        note="The period against the periodised budget: a cause of its own.",
                    ),
                ),
                (
                    "Helårsprognosen pekar däremot på ett underskott om 8,7 mnkr.",
                    C(None, "8,7 mnkr", "-", note="The full year, in a sentence of its own."),
                ),
            )
        ),
        P(
            "Periodens överskott förklaras till största delen av att statsbidraget för likvärdig skola har betalats "
            "ut tidigare än beräknat, medan motsvarande kostnader uppstår under hösten.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola −1,6 mnkr",
            "Antalet inskrivna barn är högre än vad resursfördelningen bygger på, framför allt i de norra "
            "delarna av kommunen där två nya avdelningar har öppnats under våren.",
            C("Förskola", "−1,6 mnkr", "-", "volymer", note=HEAD),
        ),
        Para(
            (
                (
                    "Grundskolan har fler elever med omfattande stödbehov än föregående läsår och har fått sätta in "
                    "extra personal i form av elevassistenter. Kostnaderna för interkommunala ersättningar till "
                    "fristående skolor och andra kommuner blir också högre än budgeterat.",
                    C("Grundskola", "−4,6 mnkr", "-", "volymer", "bemanning", "kopt_verksamhet", note=HEAD),
                ),
                (
                    "Rektorerna har fått i uppdrag att ta fram handlingsplaner för en budget i balans till den 1 juni.",
                    A("Grundskola", note="An action at the end of the cause's paragraph: its own item."),
                ),
            ),
            head="Grundskola −4,6 mnkr",
            head_level=3,
        ),
        HP(
            "Grundsärskola −2,4 mnkr",
            "Fler elever än budgeterat har mottagits i grundsärskolan och två elever går i annan kommuns "
            "verksamhet, vilket inte fanns med när budgeten lades.",
            C("Grundsärskola", "−2,4 mnkr", "-", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan visar ett överskott mot budget på 2,2 mnkr. Färre elever än beräknat har valt program "
            "hos andra huvudmän, och statsbidraget för lärlingsutbildning blev högre än budgeterat.",
            C("Gymnasieskola", "2,2 mnkr", "+", "volymer", "kopt_verksamhet", "statsbidrag"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Verksamheten beräknas gå med ett plus om 0,9 mnkr, eftersom flera tjänster inom SFI har stått vakanta "
            "under våren.",
            C("Vuxenutbildning", "0,9 mnkr", "+", "vakanser"),
        ),
        H("Övriga verksamheter", 3),
        LP(
            "Skolskjuts.",
            "Den nya avtalsperioden för skolskjutsar innebär högre priser per körd kilometer än i det tidigare "
            "avtalet. Prognosen är 1,8 mnkr sämre än budget.",
            C("Skolskjuts", "1,8 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Central administration.",
            "Kostnaderna för det nya elevhälsosystemet och licenserna för lärplattformen har inte rymts i "
            "budgeten.",
            C(
                "Central administration",
                "−1,4",
                "-",
                "it_digitalisering",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd- och styrelseverksamhet.",
            "Verksamheten bedöms hålla budget.",
            BP("Nämnd- och styrelseverksamhet"),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna blir totalt 1,1 mnkr högre än budgeterat, då paviljongerna vid en av skolorna behöver "
            "hyras ett år till i väntan på den nya skolbyggnaden.",
            C(
                "Lokalkostnader",
                "1,1 mnkr",
                "-",
                "lokaler",
                note="A kostnadsslag across the verksamheter: its own item beside the verksamheter's.",
            ),
        ),
        H("Jämfört med föregående prognos", 2),
        P(
            "Prognosen har försämrats med 2,3 mnkr sedan februari, främst till följd av fler elever i "
            "grundsärskolan.",
            F(None, "2,3 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen inför från och med maj en skärpt prövning av alla nyrekryteringar och av "
            "vikarieanskaffningen i de centrala funktionerna, vilket beräknas ge 1,5 mnkr lägre kostnader under "
            "resten av året.",
            A(None, "1,5 mnkr", "bemanning", "vikarier"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 14,0 mnkr har 3,2 mnkr använts. Prognosen är att 9,5 mnkr används under året "
            "eftersom inköpet av nya skolmöbler till F–6-skolorna skjuts till 2027.",
            C(
                "Investeringar",
                "9,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_500_000,
                note="Under-spending of 4,5 mnkr never written out: the computed value; furniture is "
                "material_hjalpmedel.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland medarbetarna var 6,8 procent under perioden, jämfört med 7,4 procent samma period "
            "2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Hässleholms kommun",
        },
        style=style,
        blocks=blocks,
    )
