"""Västerviks kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (per april).

An education committee's tertial report in Liberation Sans (Arial) whose header carries the letter date in
May: the period and the full year in one sentence ("1,2 mnkr sämre än periodiserad budget och … ett underskott
på 3,9 mnkr", one item with the full year's amount), the change since February (a forecast change); a result
table pasted as an image (no text layer), then two columns of headings that carry the verksamhet and the
amount with en-dash minus signs and "+" ("Grundskola –2,6 mnkr", "Förskola +1,1 mnkr", "Grundsärskola 0,0
mnkr" over "bedöms hålla budget", boilerplate); personnel costs over budget for the period after a
lönerevision, targeted state grants "1,5 mnkr lägre än budgeterat", investments "Av investeringsramen om 12,0
mnkr beräknas 7,5 mnkr att nyttjas" (4,5 mnkr never written out); an action with its effect and the number of
children against last year (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Västerviks kommun | Barn- och utbildningsförvaltningen", "2026-05-12"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "168,4", "55,1", "167,3", "1,1"),
            ("Grundskola", "356,0", "121,7", "358,6", "–2,6"),
            ("Gymnasieskola", "142,5", "49,2", "144,4", "–1,9"),
            ("Grundsärskola", "21,3", "7,0", "21,3", "0,0"),
            ("Kulturskola", "9,8", "2,9", "9,4", "0,4"),
            ("Elevhälsa", "24,6", "8,6", "25,5", "–0,9"),
            ("Summa", "722,6", "244,5", "726,5", "–3,9"),
        ),
        widths=(130.0, 72.0, 80.0, 66.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt läge", 1),
        P(
            "Utfallet per april är 1,2 mnkr sämre än periodiserad budget och helårsprognosen visar ett underskott "
            "på 3,9 mnkr.",
            C(
                None,
                "3,9 mnkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 1,4 mnkr sedan februari, främst inom grundskolan.",
            F(None, "1,4 mnkr", "-"),
        ),
        image,
        Columns(2),
        HP(
            "Förskola +1,1 mnkr",
            "Färre barn än budgeterat är inskrivna i förskolan, vilket ger lägre personalkostnader. Överskottet "
            "motverkas delvis av högre livsmedelspriser.",
            C("Förskola", "+1,1 mnkr", "+", "volymer", "prisokningar"),
        ),
        HP(
            "Grundskola –2,6 mnkr",
            "Underskottet förklaras av fler elever med behov av tilläggsbelopp och av att resursskolan "
            "Kvarnbacken har förstärkts med tre elevassistenter.",
            C("Grundskola", "–2,6 mnkr", "-", "volymer", "bemanning"),
        ),
        HP(
            "Gymnasieskola –1,9 mnkr",
            "Interkommunala ersättningar till andra huvudmän blir högre eftersom fler ungdomar än planerat har "
            "valt program i Kalmar och Linköping.",
            C("Gymnasieskola", "–1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP("Grundsärskola 0,0 mnkr", "Verksamheten bedöms hålla budget.", BP("Grundsärskola")),
        HP(
            "Kulturskola +0,4 mnkr",
            "Två tjänster som instrumentlärare har stått vakanta sedan januari.",
            C("Kulturskola", "+0,4 mnkr", "+", "vakanser"),
        ),
        HP(
            "Elevhälsa –0,9 mnkr",
            "Det har inte gått att rekrytera skolpsykolog, och tjänsterna köps i stället från ett "
            "bemanningsföretag till en högre kostnad.",
            C("Elevhälsa", "–0,9 mnkr", "-", "vakanser", "inhyrd_personal"),
        ),
        PageBreak(),
        Columns(1),
        H("Personalkostnader och statsbidrag", 2),
        P(
            "Nämndens personalkostnader ligger 2,2 mnkr över budget för perioden, delvis på grund av att "
            "lönerevisionen blev högre än den kompensation nämnden fick i ramen.",
            C(
                "Personalkostnader",
                "2,2 mnkr",
                "-",
                "lonekostnader",
                note="An account group's deviation for the period, a cause of its own.",
            ),
        ),
        P(
            "Intäkterna från riktade statsbidrag beräknas bli 1,5 mnkr lägre än budgeterat, då statsbidraget för "
            "utökad undervisningstid har dragits in.",
            C("Riktade statsbidrag", "1,5 mnkr", "-", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen om 12,0 mnkr beräknas 7,5 mnkr att nyttjas under året. Inventarierna till den "
            "nya skolan i Gamleby köps först 2027.",
            C(
                "Investeringar",
                "7,5 mnkr",
                "+",
                "periodisering",
                value=4_500_000,
                note="An under-spend never written out: the computed 4,5 mnkr, the amount text as written.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid tillsättning av tjänster utanför undervisningen, vilket "
            "bedöms minska underskottet med 0,8 mnkr.",
            A(None, "0,8 mnkr", "bemanning"),
        ),
        H("Volymer", 2),
        P(
            "Antalet barn i förskolan var 1 041 i april, 38 färre än samma månad förra året.",
            O("Förskola", "volymer", note="Volumes against last year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Västerviks kommun",
        },
        style=style,
        blocks=blocks,
    )
