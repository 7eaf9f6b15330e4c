"""Haninge kommun, Gymnasie- och vuxenutbildningsnämnden, månadsrapport maj 2026.

An education committee's month report whose result table is pasted as an image (its figures are not in the
text layer), with a footer carrying the letter date in June: the period's surplus and the full year's deficit
in one sentence (the full year's is the amount), the period surplus's reason in a paragraph of its own
(amount null); then headings that carry the area and amount with U+2212 minus ("Gymnasieskolan −4,6 mnkr",
"Vuxenutbildning +2,4 mnkr", "Nämnd och förvaltning ±0 mnkr" over "Prognosen följer budget", boilerplate), a
plain heading over an amount in words ("drygt en halv miljon kronor"), a plain heading over a reason-only
deficit whose amount lives only in the image (amount null); a change since April with its cause, an action
with its effect, investments "förbrukas fullt ut" (boilerplate) and a pupil count against last year (other).
DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("HANINGE KOMMUN", "Gymnasie- och vuxenutbildningsnämnden"),
        footer=lambda n, m: ("Datum 2026-06-08", "Dnr GVN 2026/118", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Utfall jan–maj", "Prognos", "Avvikelse"),),
        rows=(
            ("Gymnasieskolan", "412,0", "176,8", "416,6", "−4,6"),
            ("Anpassad gymnasieskola", "38,2", "16,4", "39,3", "−1,1"),
            ("Introduktionsprogram", "29,5", "11,9", "28,7", "0,8"),
            ("Vuxenutbildning", "61,8", "24,1", "59,4", "2,4"),
            ("Svenska för invandrare", "24,3", "9,6", "23,7", "0,6"),
            ("Gemensamma kostnader", "18,9", "8,7", "20,8", "−1,9"),
            ("Nämnd och förvaltning", "15,1", "6,2", "15,1", "0,0"),
            ("Summa", "599,8", "253,7", "603,6", "−3,8"),
        ),
        widths=(150.0, 62.0, 78.0, 62.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=19, font="cond-bold", after=2),
        Title("Gymnasie- och vuxenutbildningsnämnden", size=12, font="cond", after=14),
        H("Sammanfattning", 2),
        P(
            "Nämnden redovisar för januari–maj ett överskott på 1,2 mnkr mot periodiserad budget och "
            "prognostiserar för helåret ett underskott på 3,8 mnkr.",
            C(
                None,
                "3,8 mnkr",
                "-",
                note="The period's surplus and the full year's deficit in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Periodens överskott förklaras av att statsbidraget för regional yrkesinriktad vuxenutbildning har "
            "betalats ut i förskott för hela året.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason apart from its amount: amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gymnasieskolan −4,6 mnkr",
            "Kostnaderna för interkommunala ersättningar ökar, då fler elever än beräknat har valt skolor i andra "
            "kommuner och fristående gymnasieskolor. Samtidigt har nämndens egna skolor fått färre sökande till "
            "de yrkesinriktade programmen.",
            C("Gymnasieskolan", "−4,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Anpassad gymnasieskola −1,1 mnkr",
            "Tre nya elever med omfattande behov av stöd och elevassistent har tillkommit under våren, vilket inte "
            "fanns med i budgeten.",
            C("Anpassad gymnasieskola", "−1,1 mnkr", "-", "volymer"),
        ),
        HP(
            "Introduktionsprogram +0,8 mnkr",
            "Antalet elever på språkintroduktion är lägre än budgeterat.",
            C("Introduktionsprogram", "+0,8 mnkr", "+", "volymer"),
        ),
        HP(
            "Vuxenutbildning +2,4 mnkr",
            "Statsbidraget för yrkesvux blir högre än budgeterat, och kostnaderna för köpt utbildning hos externa "
            "anordnare minskar när fler kurser ges i egen regi.",
            C("Vuxenutbildning", "+2,4 mnkr", "+", "statsbidrag", "kopt_verksamhet"),
        ),
        H("Svenska för invandrare", 3),
        P(
            "Verksamheten beräknas kosta drygt en halv miljon kronor mindre än budgeterat, eftersom antalet "
            "studerande har minskat sedan hösten.",
            C(
                "Svenska för invandrare",
                "drygt en halv miljon kronor",
                "+",
                "volymer",
                value=500_000,
                note="An amount in words under a plain heading (the image shows 0,6).",
            ),
        ),
        H("Gemensamma kostnader", 3),
        P(
            "Hyran för de tillfälliga paviljongerna vid Sandbergsgymnasiet överstiger budget, eftersom avtalet "
            "har förlängts med ett år i väntan på den nya skolbyggnaden.",
            C(
                "Gemensamma kostnader",
                None,
                "-",
                "lokaler",
                note="A reason-only deficit whose amount lives only in the image table: amount null.",
            ),
        ),
        HP(
            "Nämnd och förvaltning ±0 mnkr",
            "Prognosen följer budget.",
            BP("Nämnd och förvaltning"),
        ),
        H("Förändring jämfört med föregående prognos", 2),
        P(
            "Prognosen är 0,9 mnkr sämre än i april, vilket beror på de tillkommande eleverna i anpassad "
            "gymnasieskola.",
            F(None, "0,9 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utanför undervisningen. Åtgärden "
            "beräknas minska kostnaderna med 1,0 mnkr under 2026.",
            A(None, "1,0 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 2,5 mnkr för inventarier och utrustning till yrkesprogrammen bedöms förbrukas "
            "fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Elever", 2),
        P(
            "I maj var 2 930 elever folkbokförda i Haninge inskrivna i gymnasieskolan, 85 fler än i maj 2025.",
            O("Gymnasieskolan", "volymer", note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-gvn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Gymnasie- och vuxenutbildningsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Gymnasie- och vuxenutbildningsnämnden",
            "author": "Haninge kommun",
        },
        style=style,
        blocks=blocks,
    )
