"""Lindesbergs kommun, Vård- och omsorgsnämnden, månadsuppföljning mars 2026.

An elderly- and disability-care month report in tkr and mnkr, Liberation Sans 10 pt, footer with the nämnd's
meeting date in April: the full year "ligger 9,4 mnkr över tilldelad ram" followed in the same paragraph by
February's deficit level (the change, 2,3 mnkr, never written: a forecast change with amount null); a
kostnadsslag table in tkr whose revenue row is negative ("−58 400") and whose deviation is budget − prognos;
bold run-in kostnadsslag with a full stop: "Överskridandet på 6,3 mnkr hänger framför allt samman med" with a
sick-leave percentage that is not the amount, a reason-only row (the table's "−3 500"), "1,5 mnkr lägre än
budgeterat" (Försäkringskassan) and a "0,8 respektive 1,1 mnkr i överskott" pair under one lead; then headings
that carry the verksamhet and amount ("Hemtjänst  –4,8 mnkr"), so the deficit is explained twice: a paragraph
with a cause and an action, a cross-reference "se ovan", a cause followed by a risk sentence (other) and an
unused buffer (reserver); an action "omkring 1,2 mnkr" and a financing statement (other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 76.0),
        header=lambda n, m: ("Lindesbergs kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: (
            "Månadsuppföljning mars 2026",
            "Vård- och omsorgsnämnden 2026-04-22",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos mars", "Avvikelse"),),
        rows=(
            ("Intäkter", "−58 400", "−56 900", "−1 500"),
            ("Personalkostnader", "312 600", "318 900", "−6 300"),
            ("Köp av verksamhet", "41 200", "44 700", "−3 500"),
            ("Lokalkostnader", "38 900", "38 100", "800"),
            ("Övriga kostnader", "27 500", "26 400", "1 100"),
            ("Nettokostnad", "361 800", "371 200", "−9 400"),
        ),
        widths=(150.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.91, 0.95),
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=20, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Nämnden redovisar efter mars en helårsprognos som ligger 9,4 mnkr över tilldelad ram.",
                    C(
                        None,
                        "9,4 mnkr",
                        "-",
                        note="'Över tilldelad ram': the forecast cost above the budget.",
                    ),
                ),
                (
                    "I februari var underskottet 7,1 mnkr, och ökningen förklaras av att två brukare med omfattande "
                    "omvårdnadsbehov har flyttat in på korttidsboendet Lärkan.",
                    F(
                        None,
                        None,
                        "-",
                        "volymer",
                        note="February's level (7,1) is not the change; the change (2,3 mnkr) is never written.",
                    ),
                ),
            )
        ),
        P("Avvikelse = budget minus prognos. Intäkter redovisas med negativt tecken.", size=9.0),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Personalkostnader.",
            "Överskridandet på 6,3 mnkr hänger framför allt samman med sjukfrånvaron i hemtjänsten, som under årets "
            "första kvartal har legat kring 11 procent, och med att semesterersättning har betalats ut vid ovanligt "
            "många avgångar.",
            C(
                "Personalkostnader",
                "6,3 mnkr",
                "-",
                "sjukfranvaro",
                "lonekostnader",
                note="The sick-leave percentage is not the amount; semesterersättning is lonekostnader.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Här syns kostnaderna för externt köpta platser i LSS-boende, där nämnden i dag köper fyra platser mot "
            "budgeterade två.",
            C(
                "Köp av verksamhet",
                "−3 500",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell; the counts of places are not amounts.",
            ),
        ),
        LP(
            "Intäkter.",
            "Intäkterna väntas bli 1,5 mnkr lägre än budgeterat, då ersättningen från Försäkringskassan för "
            "personlig assistans har minskat efter omprövning av två ärenden.",
            C("Intäkter", "1,5 mnkr", "-", "ersattning_fk"),
        ),
        LP(
            "Lokal- och övriga kostnader.",
            "Lägre hyra för Ågården efter en omförhandling och återhållsamhet med inköp av förbrukningsmaterial ger "
            "sammantaget 0,8 respektive 1,1 mnkr i överskott.",
            C(
                "Lokalkostnader",
                "0,8",
                "+",
                "lokaler",
                unit="mnkr",
                note="Two kostnadsslag under one run-in lead, a 'respektive' pair: two items, each with its own "
                "cause's tag.",
                also=(C("Övriga kostnader", "1,1 mnkr", "+", "material_hjalpmedel"),),
            ),
        ),
        H("Verksamhetsområden", 2),
        HP(
            "Hemtjänst  –4,8 mnkr",
            "Antalet beviljade timmar har ökat med drygt 6 procent sedan budgeten lades, och sjukfrånvaron gör att "
            "fler pass bemannas med timavlönade vikarier.",
            C(
                "Hemtjänst",
                "–4,8 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="The heading carries the area and amount; the percentage is not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Två avdelningar på Lindgården har haft dubbelbemanning nattetid sedan januari på grund av "
                    "brukare med stora omvårdnadsbehov.",
                    C("Särskilt boende", "–2,9 mnkr", "-", "bemanning", "volymer"),
                ),
                (
                    "Enheten ser över schemaläggningen för att kunna avveckla dubbelbemanningen från maj.",
                    A("Särskilt boende", None, "bemanning"),
                ),
            ),
            head="Särskilt boende  –2,9 mnkr",
        ),
        HP(
            "Funktionsstöd  –3,1 mnkr",
            "Köpta LSS-platser och minskad assistansersättning, se ovan.",
            C(
                "Funktionsstöd",
                "–3,1 mnkr",
                "-",
                "kopt_verksamhet",
                "ersattning_fk",
                note="A cross-reference only.",
            ),
        ),
        Para(
            (
                (
                    "Vakanta sjukskötersketjänster ger ett tillfälligt överskott.",
                    C("Hälso- och sjukvård", "+0,6 mnkr", "+", "vakanser"),
                ),
                (
                    "Kostnaderna för bemanningssjuksköterskor under sommaren är ännu inte inräknade i prognosen och "
                    "kan minska överskottet.",
                    O("Hälso- och sjukvård", "inhyrd_personal", note="A risk after the cause: its own item."),
                ),
            ),
            head="Hälso- och sjukvård  +0,6 mnkr",
        ),
        HP(
            "Ledning och gemensamt  +0,8 mnkr",
            "Nämndens buffert för oförutsedda kostnader har inte tagits i anspråk.",
            C("Ledning och gemensamt", "+0,8 mnkr", "+", "reserver", note="An unused buffer: reserver."),
        ),
        H("Åtgärder", 2),
        P(
            "Sedan den 1 mars ska alla vikariat som är längre än två veckor godkännas av verksamhetschef. Åtgärden "
            "beräknas minska personalkostnaderna med omkring 1,2 mnkr till årets slut.",
            A(None, "omkring 1,2 mnkr", "vikarier"),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och ett underskott vid årets slut belastar därför "
            "kommunens samlade resultat.",
            O(None, "reserver", note="A financing statement."),
        ),
    ]
    return ReportSpec(
        file="lindesberg-von-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Lindesberg",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning mars 2026 Vård- och omsorgsnämnden",
            "author": "Lindesbergs kommun",
        },
        style=style,
        blocks=blocks,
    )
