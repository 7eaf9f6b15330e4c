"""Kommunalförbundet Kalmarsundsregionens Renhållare (KSRR), Direktionen, tertialrapport 1 2026.

A waste-management kommunalförbund's tertial report in DejaVu Serif Condensed: the period's result and the
periodised budgeted result, then "vilket är 2 620 tkr bättre än budget" in one sentence and the full year's
"1 100 tkr lägre än budgeterat" beside a result level in the next, the period surplus's timing reason in a
paragraph of its own (amount null); a table where revenue is positive and costs negative, the deviation is
prognos − budget and a deficit is written with a minus sign and a space ("- 2 900"); bold run-in posts whose
lead carries the amount ("Avfallstaxor +1 700 tkr.", "Försäljning av material - 2 900 tkr."), personnel costs
"900 tkr lägre än budget" as the subject of a plain paragraph, transports "2,2 mnkr över budget" with an index
percentage that is not the amount, a reason-only post (the row's "1 400") and "följer budget" (boilerplate);
a change against the February forecast; an action with its effect; investments "5,4 mnkr lägre än budget"
after two levels; equity and the rule for returning surpluses (other). Footer with the direktion's meeting in
May.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

LEAD = "The run-in lead carries the post and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Kalmarsundsregionens Renhållare", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("KSRR – Direktionen 2026-05-28", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, tkr (avvikelse = prognos − budget)",
        header=(("Post", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Avfallstaxor", "182 400", "61 320", "184 100", "1 700"),
            ("Försäljning av material", "14 800", "3 710", "11 900", "- 2 900"),
            ("Personalkostnader", "-58 300", "-18 640", "-57 400", "900"),
            ("Transporter och entreprenader", "-72 600", "-23 950", "-74 800", "- 2 200"),
            ("Behandlingsavgifter", "-41 200", "-12 880", "-39 800", "1 400"),
            ("Övriga kostnader", "-22 100", "-5 690", "-22 100", "0"),
            ("Resultat", "3 000", "3 870", "1 900", "- 1 100"),
        ),
        widths=(150.0, 72.0, 76.0, 72.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-cond-bold", after=2),
        Title("Kommunalförbundet Kalmarsundsregionens Renhållare", size=12, font="serif-cond", after=12),
        H("Resultat och prognos", 2),
        PS(
            (
                "Förbundets resultat för januari–april uppgår till 3 870 tkr, att jämföra med ett periodiserat "
                "budgeterat resultat på 1 250 tkr, vilket är 2 620 tkr bättre än budget.",
                C(None, "2 620 tkr", "+", note="The period's deviation after two levels."),
            ),
            (
                "Prognosen för helåret är ett resultat på 1 900 tkr, 1 100 tkr lägre än budgeterat.",
                C(None, "1 100 tkr", "-"),
            ),
        ),
        P(
            "Att perioden visar ett överskott beror främst på att kostnaderna för sommarens extra tömningar hos "
            "fritidshus faller ut under juni–augusti.",
            C(None, None, "+", "periodisering", note="The period surplus's reason apart: amount null."),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Avfallstaxor +1 700 tkr.",
            "Antalet abonnemang har ökat mer än beräknat, framför allt i Mörbylånga kommun där många nya bostäder "
            "har färdigställts.",
            C("Avfallstaxor", "+1 700 tkr", "+", "volymer", "avgifter_intakter", note=LEAD),
        ),
        LP(
            "Försäljning av material - 2 900 tkr.",
            "Priserna på returpapper och metallskrot har sjunkit kraftigt under våren.",
            C("Försäljning av material", "- 2 900 tkr", "-", "avgifter_intakter", note=LEAD),
        ),
        P(
            "Personalkostnaderna blir 900 tkr lägre än budget, eftersom två chaufförstjänster har varit vakanta "
            "sedan januari.",
            C("Personalkostnader", "900 tkr", "+", "vakanser"),
        ),
        P(
            "Transporter och entreprenader beräknas gå 2,2 mnkr över budget. Det nya insamlingsavtalet för "
            "fyrfackskärl är indexuppräknat med 6,8 procent, och bränslekostnaderna har ökat.",
            C(
                "Transporter och entreprenader",
                "2,2 mnkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                note="The index percentage is not the amount; fuel is material_hjalpmedel.",
            ),
        ),
        LP(
            "Behandlingsavgifter.",
            "Lägre mängder restavfall till förbränning ger en positiv avvikelse.",
            C(
                "Behandlingsavgifter",
                "1 400",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row.",
            ),
        ),
        LP("Övriga kostnader.", "Posten följer budget.", BP("Övriga kostnader")),
        H("Förändring mot februariprognosen", 2),
        P(
            "Prognosen är 600 tkr sämre än den prognos som direktionen fick i februari, främst på grund av de "
            "sjunkande materialpriserna.",
            F(None, "600 tkr", "-", "avgifter_intakter"),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundet har påbörjat en omförhandling av avtalet för metallskrot och ser över möjligheten att "
            "samordna transporterna med ett grannförbund, med en bedömd effekt på 400 tkr under 2026.",
            A(None, "400 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 12,5 mnkr avser främst två nya sopbilar. Den ena bilen levereras först 2027, "
            "så investeringarna för året beräknas till 7,1 mnkr, 5,4 mnkr lägre än budget.",
            C("Investeringar", "5,4 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 18,6 mnkr. Enligt förbundsordningen ska "
            "överskott från taxekollektivet återföras till abonnenterna.",
            O(None, note="Equity and its rule: other."),
        ),
    ]
    return ReportSpec(
        file="kalmarsundsregionens-renhallare-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Kalmarsundsregionens Renhållare",
                "Kommunalförbundet Kalmarsundsregionens Renhållare",
                "KSRR",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026",
            "author": "Kommunalförbundet Kalmarsundsregionens Renhållare",
        },
        style=style,
        blocks=blocks,
    )
