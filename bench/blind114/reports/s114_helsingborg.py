"""Helsingborgs stad, Barn- och utbildningsnämnden, tertialrapport 1 2026.

An education committee's tertial report in DejaVu Serif, footer with the nämnd's meeting date in May: the
period "4,1 mnkr bättre än periodiserad budget", the full year "ett underskott på 8,5 mnkr, motsvarande 0,3
procent" and the period surplus's timing reason apart (amount null) in three sentences; a verksamhet table in
mnkr; headings that carry the verksamhet and a signed amount ("Grundskola −7,2 mnkr", "Förskola +3,6 mnkr",
"Fritidshem ±0,0 mnkr") over one short paragraph each, the paragraphs saying the direction in other words
("blir högre än budgeterat", "har varit vakanta", "bedöms gå jämnt ut": boilerplate); a risk about a grant
under the school heading; an action with its effect; investments "7 mnkr lägre än budgeterat".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-20", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "1 012,4", "331,9", "1 008,8", "+3,6"),
            ("Grundskola", "1 724,9", "571,0", "1 732,1", "−7,2"),
            ("Anpassad grundskola", "142,3", "49,5", "145,1", "−2,8"),
            ("Fritidshem", "231,0", "74,8", "231,0", "0,0"),
            ("Skolskjuts", "61,5", "21,7", "63,4", "−1,9"),
            ("Elevhälsa", "118,7", "37,2", "117,5", "+1,2"),
            ("Nämnd och förvaltningsledning", "96,2", "33,4", "97,6", "−1,4"),
            ("Summa", "3 387,0", "1 119,5", "3 395,5", "−8,5"),
        ),
        widths=(150.0, 66.0, 70.0, 66.0, 58.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Barn- och utbildningsnämnden redovisar efter april ett utfall som är 4,1 mnkr bättre än periodiserad "
                "budget.",
                C(None, "4,1 mnkr", "+", note="The period, in its own sentence."),
            ),
            (
                "För helåret prognostiseras ett underskott på 8,5 mnkr, motsvarande 0,3 procent av nämndens budget.",
                C(None, "8,5 mnkr", "-", note="The full year; the percentage is not the amount."),
            ),
            (
                "Överskottet för perioden förklaras främst av att kostnaderna för läromedel och kompetensutveckling "
                "till största delen uppstår under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: amount null.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +3,6 mnkr",
            "Antalet inskrivna barn är lägre än i budgeten, framför allt i Drottninghög och på Söder, och två "
            "avdelningar har därför slagits samman under våren.",
            C(
                "Förskola",
                "+3,6 mnkr",
                "+",
                "volymer",
                "omstallning",
                note="The heading carries area and amount.",
            ),
        ),
        HP(
            "Grundskola −7,2 mnkr",
            "Kostnaderna för grundskolan blir högre än budgeterat. Det beror på fler elever med behov av särskilt "
            "stöd, vilket kräver fler elevassistenter, och på att ersättningen till fristående skolor har räknats upp "
            "mer än nämnden har kompenserats för.",
            C("Grundskola", "−7,2 mnkr", "-", "volymer", "bemanning", "kopt_verksamhet"),
        ),
        P(
            "Prognosen förutsätter att statsbidraget för en likvärdig skola betalas ut på samma nivå som 2025. Om "
            "bidraget sänks kan underskottet öka med upp till 4 mnkr.",
            O("Grundskola", "statsbidrag", note="A risk under the heading: other."),
        ),
        HP(
            "Anpassad grundskola −2,8 mnkr",
            "Fler elever än väntat har skrivits in under läsåret, och två elever har placerats i en annan kommun med "
            "dyra specialistlösningar.",
            C("Anpassad grundskola", "−2,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Fritidshem ±0,0 mnkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Fritidshem"),
        ),
        HP(
            "Skolskjuts −1,9 mnkr",
            "Den nya upphandlingen av skolskjuts har gett högre priser per tur än det tidigare avtalet.",
            C("Skolskjuts", "−1,9 mnkr", "-", "prisokningar", note="A dearer contract: prisokningar."),
        ),
        HP(
            "Elevhälsa +1,2 mnkr",
            "Två skolpsykologtjänster och en kuratorstjänst har varit vakanta sedan årsskiftet.",
            C("Elevhälsa", "+1,2 mnkr", "+", "vakanser"),
        ),
        HP(
            "Nämnd och förvaltningsledning −1,4 mnkr",
            "Licenskostnaderna för den nya lärplattformen blev högre än budgeterat, och införandet har krävt extra "
            "utbildningsinsatser för personalen.",
            C("Nämnd och förvaltningsledning", "−1,4 mnkr", "-", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett stopp för nyanställning av elevassistenter till och med juni och ser över "
            "resursfördelningen till grundskolan, vilket beräknas minska kostnaderna med 1,5 mnkr i år.",
            A("Grundskola", "1,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 7 mnkr lägre än budgeterat, eftersom inredningen till den nya förskolan i "
            "Maria Park levereras först 2027.",
            C("Investeringar", "7 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Helsingborgs stad",
        },
        style=style,
        blocks=blocks,
    )
