"""Helsingborgs stad, Arbetsmarknadsnämnden, månadsrapport mars 2026.

A labour-market committee's month report, header with the förvaltning, footer with the date it was sent in
April: the full year "ett underskott på 9,5 mnkr i förhållande till budget", the period "en negativ
avvikelse på 2,8 mnkr mot periodiserad budget" and the change since February without a cause (a forecast
change) in three sentences; a table per verksamhet in mnkr with deficits in brackets ("(11,8)"); en-dash
bullets under a generic heading ("Kommentarer till avvikelserna") in varied shapes: "kostnaderna ligger 11,8
mnkr över budget" after a colon, a reason-only surplus (the row's "1,6"), "kostar mer än planerat, 0,9 mnkr",
"ger 0,7 mnkr i överskott", "håller sig 0,4 mnkr under budget", a dash-separated "vakans på ekonomfunktionen,
+0,5 mnkr"; investments "Av nämndens investeringsbudget på 3,0 mnkr beräknas endast 1,2 mnkr användas" (1,8
never written out); an action with its full-year effect, households against 2025 and a risk (others).
Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


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
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Arbetsmarknadsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Utskickad 2026-04-16", f"{n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr (negativ avvikelse inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "262,4", "274,2", "(11,8)"),
            ("Arbetsmarknadsinsatser", "118,9", "117,3", "1,6"),
            ("Vuxenutbildning", "96,5", "97,4", "(0,9)"),
            ("Svenska för invandrare", "58,2", "57,5", "0,7"),
            ("Mottagning och etablering", "24,6", "24,2", "0,4"),
            ("Nämnd och administration", "31,8", "31,3", "0,5"),
            ("Summa", "592,4", "601,9", "(9,5)"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Ekonomiskt bistånd: kostnaderna ligger 11,8 mnkr över budget för helåret. Antalet hushåll har ökat "
            "sedan hösten, och fler har försörjningsstöd under längre tid på grund av den svaga arbetsmarknaden.",
            "Arbetsmarknadsinsatser visar ett överskott. Flera platser i Jobbstarten har stått tomma i väntan på "
            "anvisningar, och lönekostnaderna för feriearbeten har ännu inte börjat belasta verksamheten.",
            "Vuxenutbildningen kostar mer än planerat, 0,9 mnkr, eftersom köpen av yrkesutbildning från externa "
            "anordnare har ökat.",
            "Svenska för invandrare: ett lägre elevantal än budgeterat ger 0,7 mnkr i överskott.",
            "Mottagning och etablering håller sig 0,4 mnkr under budget tack vare ett högre statsbidrag för "
            "mottagandet av nyanlända än beräknat.",
            "Nämnd och administration – vakans på ekonomfunktionen, +0,5 mnkr.",
        ),
        labels=(
            C("Ekonomiskt bistånd", "11,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            C(
                "Arbetsmarknadsinsatser",
                "1,6",
                "+",
                "volymer",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
            C("Vuxenutbildning", "0,9 mnkr", "-", "kopt_verksamhet"),
            C("Svenska för invandrare", "0,7 mnkr", "+", "volymer"),
            C("Mottagning och etablering", "0,4 mnkr", "+", "statsbidrag"),
            C("Nämnd och administration", "+0,5 mnkr", "+", "vakanser"),
        ),
        glyph="–",
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="arial-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Arbetsmarknadsnämnden beräknas för helåret göra ett underskott på 9,5 mnkr i förhållande till "
                "budget.",
                C(None, "9,5 mnkr", "-"),
            ),
            (
                "Utfallet efter mars visar en negativ avvikelse på 2,8 mnkr mot periodiserad budget.",
                C(None, "2,8 mnkr", "-", note="The period."),
            ),
            (
                "Det är 1,2 mnkr sämre än prognosen i februari.",
                F(None, "1,2 mnkr", "-", note="No cause named."),
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 3),
        bullets,
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en handlingsplan med tätare uppföljning av hushåll med långvarigt "
            "försörjningsstöd, med målet att minska kostnaderna med 3 mnkr på helårsbasis.",
            A("Ekonomiskt bistånd", "3 mnkr", "ekonomiskt_bistand"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 3,0 mnkr beräknas endast 1,2 mnkr användas, då ombyggnaden av "
            "lokalerna för vuxenutbildningen har skjutits upp.",
            C(
                "Investeringar",
                "3,0 mnkr beräknas endast 1,2 mnkr",
                "+",
                "periodisering",
                value=1_800_000,
                note="Investment under-spending of 1,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Volymer och omvärld", 2),
        P(
            "Antalet hushåll med ekonomiskt bistånd i mars var 2 318, vilket är 146 fler än i mars 2025.",
            O("Ekonomiskt bistånd", "volymer", note="Households against the previous year."),
        ),
        P(
            "Om arbetslösheten fortsätter att stiga under året kan underskottet för ekonomiskt bistånd bli större än "
            "i nuvarande prognos.",
            O("Ekonomiskt bistånd", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-amn-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Arbetsmarknadsnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
