"""Karlskrona kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report set in Times (Liberation Serif), footer with the nämnd's meeting date in
May: one paragraph with the period "2,7 miljoner kronor mer än periodens budget" (net cost, negative), the
full year "ett underskott på 9,6 miljoner kronor" and the period's reason apart (amount null), three items;
a verksamhet table in tkr whose deficits are in brackets ("(5 800)"); bold run-in verksamheter ending in a
full stop, in varied shapes: "Prognosen visar ett underskott på 5,8 miljoner kronor", a reason-only deficit
(the row's "(2 150)"), "väntas bli 3,65 mnkr högre än budget" in a sentence about ekonomiskt bistånd, an
"Överskott 800 tkr" opening a sentence, "beräknas kosta 0,7 mnkr mindre än budgeterat" and a reason-only
surplus (the row's "500"); the change since March with its cause, two actions (one with an effect), the
investments that "beräknas användas fullt ut" (boilerplate) a risk with reports of concern against last year and sick leave
against last year (others).
9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell (tkr, a deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun – Socialnämnden", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-27", "", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "5 820", "17 900", "500"),
            ("Barn och familj", "142 300", "50 960", "148 100", "(5 800)"),
            ("Vuxen och missbruk", "61 200", "21 450", "63 350", "(2 150)"),
            ("Försörjningsstöd", "88 500", "31 240", "92 150", "(3 650)"),
            ("Mottagning och utredning", "24 600", "8 100", "23 800", "800"),
            ("Boende och stöd", "35 000", "11 300", "34 300", "700"),
            ("Summa", "370 000", "128 870", "379 600", "(9 600)"),
        ),
        widths=(150.0, 68.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="times-bold", after=2),
        Title("Socialnämnden, januari–april", size=13, font="times-italic", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämndens nettokostnader för januari–april uppgår till 154,2 miljoner kronor, vilket är 2,7 "
                "miljoner kronor mer än periodens budget.",
                C(None, "2,7 miljoner kronor", "-", note="The period: net cost above the period's budget."),
            ),
            (
                "För helåret prognostiseras ett underskott på 9,6 miljoner kronor.",
                C(None, "9,6 miljoner kronor", "-", note="The full year in a sentence of its own."),
            ),
            (
                "Periodens underskott beror i huvudsak på att kostnaderna för placeringar har legat på en hög nivå "
                "sedan januari.",
                C(
                    None,
                    None,
                    "-",
                    "kopt_verksamhet",
                    note="The period deficit's reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Barn och familj.",
            "Prognosen visar ett underskott på 5,8 miljoner kronor. Antalet placerade barn och unga har ökat från 41 "
            "till 49 sedan årsskiftet, och två placeringar på särskilda ungdomshem har blivit längre än beräknat.",
            C("Barn och familj", "5,8 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxen och missbruk.",
            "Kostnaderna för köpt vård enligt LVM och för skyddat boende för våldsutsatta är högre än budgeterat.",
            C("Vuxen och missbruk", "(2 150)", "-", "kopt_verksamhet", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Försörjningsstöd.",
            "Utbetalningarna av ekonomiskt bistånd väntas bli 3,65 mnkr högre än budget. Fler hushåll är beroende "
            "av bistånd under längre tid, främst hushåll där någon har ohälsa men saknar ersättning från "
            "Försäkringskassan.",
            C(
                "Försörjningsstöd",
                "3,65 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Försäkringskassan is named as a missing income of the households, not the nämnd's: no "
                "ersattning_fk.",
            ),
        ),
        LP(
            "Mottagning och utredning.",
            "Överskott 800 tkr, eftersom två tjänster som socialsekreterare har stått vakanta sedan januari.",
            C("Mottagning och utredning", "800 tkr", "+", "vakanser"),
        ),
        LP(
            "Boende och stöd.",
            "Verksamheten beräknas kosta 0,7 mnkr mindre än budgeterat, främst för att nämnden har sagt upp "
            "hyresavtalet för ett stödboende i Nättraby som inte längre behövs.",
            C("Boende och stöd", "0,7 mnkr", "+", "lokaler"),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Budgeten för kompetensutveckling och konferenser kommer inte att förbrukas fullt ut.",
            C(
                "Nämnd och förvaltningsledning",
                "500",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell. Training costs fit no tag: ovrigt.",
            ),
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i mars har helårsprognosen försämrats med 1,8 miljoner kronor. Försämringen avser "
            "placeringar inom Barn och familj.",
            F(None, "1,8 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har förstärkt arbetet med hemmaplanslösningar och öppenvård för att minska behovet av "
                "externa placeringar.",
                A("Barn och familj", None, "kopt_verksamhet"),
            ),
            (
                "Ett samverkansavtal med arbetsmarknadsförvaltningen om att fler personer med försörjningsstöd ska "
                "erbjudas arbetsmarknadsinsatser beräknas minska kostnaderna med 1,2 miljoner kronor under hösten.",
                A("Försörjningsstöd", "1,2 miljoner kronor", "ekonomiskt_bistand"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,5 miljoner kronor för inventarier och IT-utrustning beräknas användas "
            "fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare placeringar tillkommer under hösten, eftersom antalet orosanmälningar "
            "har ökat med 12 procent jämfört med samma period 2025.",
            O("Barn och familj", "volymer", note="A risk with a volume against last year: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent under perioden, vilket är 0,6 procentenheter lägre än under motsvarande "
            "period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
