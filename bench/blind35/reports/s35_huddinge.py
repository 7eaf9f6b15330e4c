"""Huddinge kommun, Grundskolenämnden, månadsrapport februari 2026.

A school committee's month report with en dashes as minus signs, footer with the nämnd's meeting date in
March: the period "6,8 mnkr bättre än den periodiserade budgeten" with its timing reason in the next sentence
(one item), the full year "ett underskott på 11,5 mnkr" beside a percentage of the frame and the frame itself
(not the amount), "Prognosen är oförändrad jämfört med januari" (boilerplate); a table per verksamhet with
en-dash deficits ("–7,9"); a heading that carries the area and amount ("Fristående och externa skolor –7,9
mnkr"), a plain heading over "beräknas överskrida budget med 4,2 mnkr" with an action in the same paragraph,
the area after "Inom" ("Inom anpassad grundskola blir kostnaderna 2,6 mnkr högre"), two areas as a
"respektive" pair with opposite signs and their reasons in the next sentence, a surplus amount set off by
commas and an undistributed reserve as its cause; an action with its effect, investments "38,0 mnkr mot
budgeterade 52,5 mnkr" (14,5 mnkr never written out) and pupils against last year (other). Liberation Sans
(Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "Grundskoleförvaltningen"),
        footer=lambda n, m: ("Grundskolenämnden 2026-03-18", "Dnr GSN-2026/214.19", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget helår", "Utfall jan–feb", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Fristående och externa skolor", "612,4", "104,8", "620,3", "–7,9"),
            ("Kommunala grundskolor", "1 021,7", "166,2", "1 025,9", "–4,2"),
            ("Anpassad grundskola", "88,3", "15,1", "90,9", "–2,6"),
            ("Skolskjuts", "31,6", "5,9", "32,9", "–1,3"),
            ("Modersmål och studiehandledning", "24,8", "3,7", "23,9", "0,9"),
            ("Central administration och nämnd", "133,2", "19,4", "129,6", "3,6"),
            ("Summa", "1 912,0", "315,1", "1 923,5", "–11,5"),
        ),
        widths=(176.0, 66.0, 72.0, 72.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=19, font="arial-bold", after=2),
        Title("Grundskolenämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Grundskolenämndens resultat för januari–februari är 6,8 mnkr bättre än den periodiserade budgeten. "
            "Överskottet är till stor del tillfälligt och beror på att fakturor för skolskjuts och skolmåltider "
            "för februari ännu inte har bokförts.",
            C(
                None,
                "6,8 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with its timing reason in the next sentence.",
            ),
        ),
        PS(
            (
                "Helårsprognosen pekar på ett underskott på 11,5 mnkr, motsvarande 0,6 procent av nämndens "
                "budgetram på 1 912 mnkr.",
                C(None, "11,5 mnkr", "-", note="The percentage and the frame are not the amount."),
            ),
            ("Prognosen är oförändrad jämfört med januari.", BF(None)),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        HP(
            "Fristående och externa skolor –7,9 mnkr",
            "Antalet elever i fristående skolor är 214 fler än vad budgeten bygger på, främst i årskurs 7–9. "
            "Samtidigt har kostnaden för elever som går i andra kommuners skolor ökat.",
            C(
                "Fristående och externa skolor",
                "–7,9 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The heading carries the area and its amount.",
            ),
        ),
        H("Kommunala grundskolor", 3),
        Para(
            (
                (
                    "De kommunala skolorna som helhet beräknas överskrida budget med 4,2 mnkr. Skolpengen minskar "
                    "när eleverna blir färre, men kostnaderna för personal och lokaler går inte att anpassa i samma "
                    "takt. Tre skolor har dessutom höga kostnader för vikarier till följd av sjukfrånvaro.",
                    C(
                        "Kommunala grundskolor",
                        "4,2 mnkr",
                        "-",
                        "volymer",
                        "lokaler",
                        "vikarier",
                        "sjukfranvaro",
                    ),
                ),
                (
                    "Rektorerna på de tre skolorna har tagit fram handlingsplaner som ska ge en budget i balans "
                    "till hösten.",
                    A("Kommunala grundskolor", note="An action in the same paragraph: its own item."),
                ),
            )
        ),
        H("Anpassad grundskola", 3),
        P(
            "Inom anpassad grundskola blir kostnaderna 2,6 mnkr högre än budgeterat, vilket beror på fler elever med "
            "omfattande behov av assistans och två nya placeringar i en extern verksamhet.",
            C(
                "Anpassad grundskola",
                "2,6 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The area after 'Inom'.",
            ),
        ),
        H("Skolskjuts samt modersmål och studiehandledning", 3),
        P(
            "Skolskjuts och modersmål och studiehandledning avviker med –1,3 respektive +0,9 mnkr. Det nya avtalet "
            "för skolskjuts är dyrare än det tidigare, medan färre elever än beräknat har haft rätt till "
            "studiehandledning på modersmålet.",
            C(
                "Skolskjuts",
                "–1,3",
                "-",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair with opposite signs, reasons in the next sentence: two items, same text.",
                also=(C("Modersmål och studiehandledning", "+0,9 mnkr", "+", "volymer"),),
            ),
        ),
        H("Central administration och nämnd", 3),
        P(
            "Överskottet inom central administration, 3,6 mnkr, förklaras av vakanta tjänster på "
            "förvaltningskontoret och av att nämndens ofördelade medel ännu inte har fördelats ut till skolorna.",
            C(
                "Central administration och nämnd",
                "3,6 mnkr",
                "+",
                "vakanser",
                "reserver",
                note="Undistributed funds as a reason: reserver.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utanför skolorna, vilket beräknas "
            "minska kostnaderna med 1,5 mnkr under året.",
            A(None, "1,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 38,0 mnkr mot budgeterade 52,5 mnkr. Inventarierna till den nya F–9-skolan i "
            "Vårby köps först 2027, eftersom inflyttningen har skjutits upp ett läsår.",
            C(
                "Investeringar",
                "38,0 mnkr mot budgeterade 52,5 mnkr",
                "+",
                "periodisering",
                value=14_500_000,
                note="Investment under-spending of 14,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Elever", 2),
        P(
            "I februari gick 14 260 elever i nämndens egna skolor, vilket är 180 färre än i februari 2025.",
            O("Kommunala grundskolor", "volymer", note="Pupils against the previous year."),
        ),
    ]
    return ReportSpec(
        file="huddinge-gsn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Grundskolenämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Grundskolenämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
