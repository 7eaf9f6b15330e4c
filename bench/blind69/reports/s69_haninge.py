"""Haninge kommun, Grundskolenämnden, tertialrapport 1 2026 (januari–april).

A school committee's tertial report in Liberation Sans 9.5 pt, footer with the nämnd's meeting date in May:
the full year "ett underskott på 11,8 mnkr, motsvarande 0,7 procent" (the percentage and the budget level
are not the amount) and the period "4,6 mnkr sämre än periodiserad budget" as two sentences of one
paragraph, then a change since February with its cause; a result table in tkr with hyphen-minus deficits
("-6 400"); headings that carry the area and the amount in mnkr with U+2212 ("Grundskola F–9 −6,4 mnkr"),
one with a "står för 4,1 mnkr" part that is not the amount; plain headings with "ett prognostiserat
underskott om 2 550 tkr", "bedöms överskrida budget", "ett överskott på 1,15 mnkr", a reason-only paragraph
(the row's "1 900") and an undistributed central post "För nämnd och förvaltningsledning prognostiseras ett
överskott, 1,3 mnkr"; two actions, one with its effect; a grant risk (other) and investments "9,5 mnkr mot
budgeterade 14,0 mnkr" (4,5 never written out).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


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
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Haninge kommun", "Tertialrapport 1 2026 – Grundskolenämnden"),
        footer=lambda n, m: ("Grundskolenämnden 2026-05-20", "Dnr GRN 2026/214", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38 200", "36 900", "1 300"),
            ("Grundskola F–9", "1 021 500", "1 027 900", "-6 400"),
            ("Skolpeng fristående huvudmän", "402 300", "407 100", "-4 800"),
            ("Anpassad grundskola", "86 400", "88 950", "-2 550"),
            ("Fritidshem", "96 800", "95 650", "1 150"),
            ("Skolskjuts", "31 200", "33 600", "-2 400"),
            ("Elevhälsa och modersmål", "35 600", "33 700", "1 900"),
            ("Summa", "1 712 000", "1 723 800", "-11 800"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.87, 0.91, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Grundskolenämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Grundskolenämndens prognos för helåret är ett underskott på 11,8 mnkr, motsvarande 0,7 procent av "
                "nämndens budget på 1 712 mnkr.",
                C(None, "11,8 mnkr", "-", note="The percentage and the budget level are not the amount."),
            ),
            (
                "Utfallet för januari–april är 4,6 mnkr sämre än periodiserad budget.",
                C(
                    None,
                    "4,6 mnkr",
                    "-",
                    note="The period's deviation in a sentence of its own: its own item.",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 3,2 mnkr, främst till följd av att fler "
            "elever än beräknat har valt fristående skolor.",
            F(None, "3,2 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Grundskola F–9 −6,4 mnkr",
            "Underskottet inom skolorna i egen regi förklaras av att flera enheter har fler lärare än elevunderlaget "
            "räcker till, samtidigt som intäkterna för elever från andra kommuner har minskat. Skolområde Öst står "
            "för 4,1 mnkr av underskottet.",
            C(
                "Grundskola F–9",
                "−6,4 mnkr",
                "-",
                "bemanning",
                "volymer",
                note="The heading carries the amount; the 4,1 mnkr of one school area is a part.",
            ),
        ),
        HP(
            "Skolpeng fristående huvudmän −4,8 mnkr",
            "Fler elever än budgeterat har valt fristående skolor, i genomsnitt 61 elever fler per månad under "
            "perioden.",
            C("Skolpeng fristående huvudmän", "−4,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Anpassad grundskola", 3),
        P(
            "Verksamheten redovisar ett prognostiserat underskott om 2 550 tkr. Två nya elever med omfattande behov "
            "av elevassistent har tillkommit sedan årsskiftet och kräver en-till-en-bemanning.",
            C("Anpassad grundskola", "2 550 tkr", "-", "volymer", "bemanning"),
        ),
        H("Skolskjuts", 3),
        P(
            "Kostnaden för skolskjuts bedöms överskrida budget med 2,4 mnkr. Den nya upphandlingen av taxiresor "
            "innebar ett högre pris per tur, och antalet elever med anpassad skolskjuts har ökat.",
            C("Skolskjuts", "2,4 mnkr", "-", "prisokningar", "volymer"),
        ),
        H("Fritidshem", 3),
        P(
            "Fritidshemmen visar ett överskott på 1,15 mnkr då färre barn än beräknat är inskrivna och vakanta "
            "tjänster inte har tillsatts.",
            C("Fritidshem", "1,15 mnkr", "+", "volymer", "vakanser"),
        ),
        H("Elevhälsa och modersmål", 3),
        P(
            "Elevhälsan har haft svårt att rekrytera skolpsykologer och två kuratorstjänster har varit vakanta under "
            "hela perioden.",
            C(
                "Elevhälsa och modersmål",
                "1 900",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "För nämnd och förvaltningsledning prognostiseras ett överskott, 1,3 mnkr, eftersom den centrala posten "
            "för kompetensutveckling ännu inte har fördelats ut till enheterna.",
            C(
                "Nämnd och förvaltningsledning",
                "1,3 mnkr",
                "+",
                "reserver",
                note="An undistributed central post.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Samtliga rektorer inom Skolområde Öst har fått i uppdrag att ta fram handlingsplaner för att anpassa "
            "bemanningen till elevantalet inför höstterminen. Effekten beräknas till 2,0 mnkr under 2026.",
            A("Grundskola F–9", "2,0 mnkr", "bemanning"),
        ),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utanför undervisningen.",
            A(None),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att statsbidraget för läromedel betalas ut på samma nivå som 2025. Om bidraget "
            "uteblir påverkas nämndens resultat med ytterligare cirka 3 mnkr.",
            O(None, "statsbidrag", note="A risk: other."),
        ),
        H("Investeringar", 2),
        P(
            "Efter april har 2,1 mnkr av investeringsbudgeten förbrukats. Helårsprognosen är 9,5 mnkr mot "
            "budgeterade 14,0 mnkr, då ombyggnaden av skolgården vid en av skolorna i Vendelsö har skjutits till "
            "2027.",
            C(
                "Investeringar",
                "Helårsprognosen är 9,5 mnkr mot budgeterade 14,0 mnkr",
                "+",
                "periodisering",
                value=4_500_000,
                note="Investment under-spending of 4,5 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="haninge-grn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Grundskolenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Grundskolenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
