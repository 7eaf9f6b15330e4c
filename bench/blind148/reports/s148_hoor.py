"""Höörs kommun, Vård- och omsorgsnämnden, bokslut 2025.

An elderly-care committee's year-end report in tkr, footer with the adoption date in February: the result
"ett underskott mot budget på 6 870 tkr" with the areas named and a percentage of the budget, the outcome
against the August forecast with its cause (a forecast change whose first figure is the old forecast); a
table whose deficits carry a trailing minus ("5 750-") with a reading note; two kostnadsslag in one sentence
("överskred … med 4 310 tkr, medan köp av verksamhet blev 2 950 tkr dyrare"); bold run-in verksamheter ending
in a full stop: an amount at the end of the paragraph, "Här uppgår underskottet till 3 780 tkr" first, a
reason-only surplus (the row's "1 260"), two verksamheter as a "respektive" pair under one lead, "följer i
stort sett budget" beside a row of 430 (boilerplate); investments "2 400 tkr har använts till 1 150 tkr"
(1 250 never written out); an action with its effect, the ageing population and the financing of the
deficit (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 82.0, 66.0, 76.0),
        header=lambda n, m: ("Höörs kommun", "Vård- och omsorgsnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Antagen av vård- och omsorgsnämnden 2026-02-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 250", "13 390", "860"),
            ("Myndighet och bistånd", "9 870", "9 120", "750"),
            ("Hemtjänst", "98 400", "104 150", "5 750-"),
            ("Särskilt boende", "142 600", "146 380", "3 780-"),
            ("Korttidsvård och växelvård", "11 200", "11 840", "640-"),
            ("Hälso- och sjukvård", "38 900", "37 640", "1 260"),
            ("Dagverksamhet och anhörigstöd", "6 450", "6 020", "430"),
            ("Summa", "321 670", "328 540", "6 870-"),
        ),
        widths=(170.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="serif", after=14),
        H("Årets resultat", 2),
        P(
            "Vård- och omsorgsnämnden redovisar för 2025 ett underskott mot budget på 6 870 tkr, motsvarande 2,1 "
            "procent av nettobudgeten. Underskottet uppstod i huvudsak inom hemtjänsten och särskilt boende, medan "
            "myndighetsutövningen och hälso- och sjukvården gick med överskott.",
            C(None, "6 870 tkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett underskott på 5 200 tkr. Utfallet blev alltså 1 670 "
            "tkr sämre än prognosen, främst till följd av höga kostnader för köpt korttidsvård under november och "
            "december.",
            F(
                None,
                "1 670 tkr",
                "-",
                "kopt_verksamhet",
                note="The first figure is the old forecast, not the change.",
            ),
        ),
        P(
            "Sett till kostnadsslag överskred personalkostnaderna budget med 4 310 tkr, medan köp av verksamhet blev "
            "2 950 tkr dyrare än budgeterat.",
            C(
                "Personalkostnader",
                "4 310 tkr",
                "-",
                note="Two kostnadsslag in one sentence ('medan'): two items, no reasons.",
                also=(C("Köp av verksamhet", "2 950 tkr", "-"),),
            ),
        ),
        table,
        P("Avvikelse: minustecken efter beloppet anger underskott mot budget.", size=8.5),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst.",
            "Antalet beviljade hemtjänsttimmar ökade under året med drygt 11 procent, och verksamheten har haft "
            "svårt att anpassa bemanningen till de nya planeringarna. Resultatet blev 5 750 tkr sämre än budget.",
            C(
                "Hemtjänst",
                "5 750 tkr",
                "-",
                "volymer",
                "bemanning",
                note="The amount at the end of the paragraph.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Här uppgår underskottet till 3 780 tkr. Sjukfrånvaron bland undersköterskorna har legat högt, vilket "
            "krävt timvikarier och övertid, och en ny demensavdelning på Tallbacken öppnade två månader tidigare än "
            "budgeterat.",
            C("Särskilt boende", "3 780 tkr", "-", "sjukfranvaro", "vikarier", "overtid", "periodisering"),
        ),
        LP(
            "Korttidsvård.",
            "Fler utskrivningsklara patienter från sjukhusen har inneburit köp av korttidsplatser i Eslöv. "
            "Kostnaden för de köpta platserna blev 640 tkr högre än budgeterat.",
            C("Korttidsvård och växelvård", "640 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Överskottet beror på vakanta sjukskötersketjänster under våren och lägre kostnader för hjälpmedel än "
            "planerat.",
            C(
                "Hälso- och sjukvård",
                "1 260",
                "+",
                "vakanser",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        LP(
            "Myndighet och bistånd samt nämnd och förvaltningsledning.",
            "Båda verksamheterna visar överskott, 750 respektive 860 tkr, till följd av vakanta tjänster och lägre "
            "kostnader för utbildning.",
            C(
                "Myndighet och bistånd",
                "750",
                "+",
                "vakanser",
                unit="tkr",
                note="Two verksamheter under one lead as a 'respektive' pair.",
                also=(C("Nämnd och förvaltningsledning", "860 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Dagverksamhet och anhörigstöd.",
            "Verksamheten följer i stort sett budget.",
            BP("Dagverksamhet och anhörigstöd", note="430 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 2 400 tkr har använts till 1 150 tkr. Inköpet av ett nytt trygghetslarm för "
            "särskilt boende har flyttats till 2026.",
            C(
                "Investeringar",
                "2 400 tkr har använts till 1 150 tkr",
                "+",
                "periodisering",
                value=1_250_000,
                note="An under-spend of 1 250 tkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Nämnden beslutade i september om en handlingsplan med översyn av scheman inom hemtjänsten och stopp för "
            "nyrekrytering av administrativ personal. Effekten under 2025 bedöms till 900 tkr.",
            A("Hemtjänst", "900 tkr", "bemanning"),
        ),
        H("Framåtblick", 2),
        P(
            "Antalet invånare över 80 år i Höör ökar med cirka 4 procent per år, vilket innebär fortsatt ökande behov "
            "av hemtjänst och särskilt boende.",
            O(None, "volymer", note="Demography ahead: other."),
        ),
        P(
            "Nämndens underskott täcks av kommunens resultatutjämningsreserv enligt kommunfullmäktiges beslut.",
            O(None, "reserver", note="Financing of the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="hoor-von-bokslut-2025.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Vård- och omsorgsnämnden", "author": "Höörs kommun"},
        style=style,
        blocks=blocks,
    )
