"""Älvsbyns kommun, Socialnämnden, månadsuppföljning november 2025.

A social committee's month report in "miljoner kronor" with hyphen-minus table cells, footer with the
nämnd's meeting date in December: the full year "ett negativt resultat på 8,7 miljoner kronor" with a
percentage and the ram that are not the amount; the change since October with no reason; one sentence with
three verksamheter's deficits "4,9, 2,6 respektive 1,9 miljoner kronor" and a fourth area's surplus after
"medan" (four items, no tags); a table finer than the prose (the elderly care's 4,9 is split into two rows);
then two columns of bold run-in verksamheter with a full stop: a reason paragraph whose only amount is a part
("drygt 1 miljon kronor på årsbasis"; the amount is the table row's "-3,2"), "Underskottet på 1,7 miljoner
kronor hade varit större om inte" (a lower sick leave is a cause too), a reason-only paragraph (the table
row's "-2,6"), a gross figure "2,4 miljoner kronor högre än budget" followed by the net "Netto blir
underskottet 1,9 miljoner kronor" (the net is the amount), an area whose payments "motsvarar budget"
(boilerplate) and a reason-only surplus ("0,7" in the table); two actions and home-care clients against
last year (other). 10 scored causes. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

PART = "The passage's only amount is a part of the deviation: the table row's cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Älvsbyns kommun", "Socialnämnden – månadsuppföljning november 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-12-16", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Nämnd och administration", "14,2", "13,5", "0,7", "0,6"),
            ("Särskilt boende", "92,4", "95,6", "-3,2", "-3,4"),
            ("Hemtjänst", "58,8", "60,5", "-1,7", "-1,9"),
            ("Funktionshinderomsorg", "61,3", "63,9", "-2,6", "-2,7"),
            ("Individ- och familjeomsorg", "38,1", "40,0", "-1,9", "-1,9"),
            ("Ekonomiskt bistånd", "16,2", "16,2", "0,0", "0,0"),
            ("Totalt", "281,0", "289,7", "-8,7", "-9,3"),
        ),
        widths=(160.0, 66.0, 66.0, 72.0, 84.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=19, font="arial-bold", after=2),
        Title("Socialnämnden, Älvsbyns kommun", size=12, font="narrow", after=12),
        H("Helårsprognos", 2),
        P(
            "Socialnämnden prognostiserar ett negativt resultat på 8,7 miljoner kronor för helåret 2025, "
            "motsvarande 3,1 procent av nämndens budgetram på 281 miljoner kronor.",
            C(
                None,
                "8,7 miljoner kronor",
                "-",
                note="The percentage and the ram are not the amount.",
            ),
        ),
        P("Prognosen är 0,6 miljoner kronor bättre än i oktober.", F(None, "0,6 miljoner kronor", "+")),
        P(
            "Äldreomsorgen, funktionshinderomsorgen och individ- och familjeomsorgen beräknas gå med underskott på "
            "4,9, 2,6 respektive 1,9 miljoner kronor, medan nämnd och administration lämnar ett överskott på 0,7 "
            "miljoner kronor.",
            C(
                "Äldreomsorg",
                "4,9",
                "-",
                unit="mnkr",
                note="Three areas with 'respektive' amounts and a fourth after 'medan': four items, no reasons.",
                also=(
                    C("Funktionshinderomsorg", "2,6", "-", unit="mnkr"),
                    C("Individ- och familjeomsorg", "1,9 miljoner kronor", "-"),
                    C("Nämnd och administration", "0,7 miljoner kronor", "+"),
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Särskilt boende.",
            "Beläggningen på Kvarnbackens boende har legat på 100 procent hela hösten och två korttidsplatser har "
            "fått öppnas som permanenta platser. Nattbemanningen har förstärkts på demensenheten efter en händelse "
            "i augusti, vilket ensamt kostar drygt 1 miljon kronor på årsbasis.",
            C(
                "Särskilt boende",
                "-3,2",
                "-",
                "volymer",
                "bemanning",
                unit="mnkr",
                table=True,
                note=PART + " 'Drygt 1 miljon kronor på årsbasis' is the night staffing's share.",
            ),
        ),
        LP(
            "Hemtjänst.",
            "Antalet beviljade timmar har ökat med 9 procent sedan januari. Underskottet på 1,7 miljoner kronor hade "
            "varit större om inte sjukfrånvaron minskat under hösten.",
            C(
                "Hemtjänst",
                "1,7 miljoner kronor",
                "-",
                "volymer",
                "sjukfranvaro",
                note="A lower sick leave that dampens the deficit is a cause the passage gives.",
            ),
        ),
        LP(
            "Funktionshinderomsorg.",
            "Ett nytt LSS-boende med fyra lägenheter öppnade i september, tre månader tidigare än planerat. En brukare "
            "med omfattande behov har fått personlig assistans, där kommunen står för de första 20 timmarna i "
            "veckan.",
            C(
                "Funktionshinderomsorg",
                "-2,6",
                "-",
                "periodisering",
                "ersattning_fk",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Placeringar i familjehem och på HVB kostar 2,4 miljoner kronor mer än budget, vilket delvis vägs upp av "
            "att öppenvårdsinsatserna på hemmaplan kostar mindre än planerat. Netto blir underskottet 1,9 miljoner "
            "kronor.",
            C(
                "Individ- och familjeomsorg",
                "1,9 miljoner kronor",
                "-",
                "kopt_verksamhet",
                note="A gross part (2,4) and the net: the net is the area's deviation.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna motsvarar budget, trots att antalet hushåll med bistånd har ökat något.",
            BP("Ekonomiskt bistånd"),
        ),
        LP(
            "Nämnd och administration.",
            "Överskottet kommer från en controllertjänst som har stått vakant sedan sommaren.",
            C(
                "Nämnd och administration",
                "0,7",
                "+",
                "vakanser",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sedan oktober gäller anställningsstopp för administrativa tjänster, och all extra bemanning ska "
            "godkännas av enhetschef.",
            A(None, None, "bemanning"),
        ),
        P(
            "En genomlysning av hemtjänstens planering pågår tillsammans med en extern konsult och ska vara klar i "
            "februari.",
            A("Hemtjänst", None, "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst var 212 i november, att jämföra med 198 i november 2024.",
            O("Hemtjänst", "volymer", note="Clients against the previous year."),
        ),
    ]
    return ReportSpec(
        file="alvsbyn-sn-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Älvsbyn",
            "committee": ["Socialnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Socialnämnden", "author": "Älvsbyns kommun"},
        style=style,
        blocks=blocks,
    )
