"""Räddningstjänsten Enköping-Håbo (kommunalförbund), Direktionen, tertialrapport 1 2026.

A rescue service kommunalförbund's first tertial report in tkr, footer with the direktion's meeting date in
May: the period's result "1 480 tkr, att jämföra med ett periodiserat budgeterat resultat på 620 tkr" (860
never written out) and the full year "ett underskott på 900 tkr mot budget" with its causes; a table by
kostnadsslag with deficits in brackets ("(450)"); headings that carry the area and amount after a colon
("Externa intäkter: +750 tkr", "Lokalkostnader: (450) tkr"), a heading whose paragraph ends in staff
"vakanser … övertid"; a bold run-in lead with the amount in mid-sentence ("blivit dyrare än beräknat, 800
tkr,"), a reason-only run-in lead (the row's "(750)"), "bedöms överstiga budget med 250 tkr" and "följer
budget" (boilerplate); investments whose year's outcome "beräknas bli 2,0 mnkr" against 7,5 (5,5 never written
out); an action without an amount; the members' contributions, equity with the deficit and a fire risk
(others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Enköping-Håbo", "Kommunalförbund"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "Dnr 2026/34", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2026, tkr",
        header=(("Post", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "80 200", "80 200", "0"),
            ("Externa intäkter", "6 200", "6 950", "750"),
            ("Personalkostnader", "62 100", "61 500", "600"),
            ("Lokalkostnader", "8 900", "9 350", "(450)"),
            ("Larm och ledning", "4 300", "5 100", "(800)"),
            ("Fordon och drivmedel", "3 800", "4 550", "(750)"),
            ("Övriga kostnader", "4 200", "4 450", "(250)"),
            ("Kapitalkostnader", "3 100", "3 100", "0"),
            ("Årets resultat", "0", "(900)", "(900)"),
        ),
        widths=(170.0, 84.0, 84.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Räddningstjänsten Enköping-Håbo", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för januari–april är 1 480 tkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 620 tkr.",
            C(
                None,
                "1 480 tkr, att jämföra med ett periodiserat budgeterat resultat på 620 tkr",
                "+",
                value=860_000,
                note="The period's result against a periodised budgeted result: the difference (860 tkr), never "
                "written out, is the amount.",
            ),
        ),
        P(
            "För helåret prognostiseras ett underskott på 900 tkr mot budget, främst beroende på höjda kostnader för "
            "larmoperatörer och drivmedel.",
            C(
                None,
                "900 tkr",
                "-",
                "prisokningar",
                "kopt_verksamhet",
                "material_hjalpmedel",
                note="Fuel is material_hjalpmedel; the alarm operators are a purchased service.",
            ),
        ),
        table,
        H("Kommentarer per post", 2),
        HP(
            "Externa intäkter: +750 tkr",
            "Intäkterna från obefogade automatiska brandlarm har blivit högre än budgeterat, liksom intäkterna från "
            "utbildningar i brandskydd för företag.",
            C("Externa intäkter", "+750 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Personalkostnader: +600 tkr",
            "Två heltidstjänster som brandman i Bålsta har varit vakanta sedan januari. Vakanserna har delvis täckts "
            "med deltidsbrandmän och övertid, vilket minskar överskottet.",
            C("Personalkostnader", "+600 tkr", "+", "vakanser", "overtid"),
        ),
        HP(
            "Lokalkostnader: (450) tkr",
            "Hyran för brandstationen i Enköping har räknats upp med ett högre index än förbundet budgeterade.",
            C(
                "Lokalkostnader",
                "(450) tkr",
                "-",
                "lokaler",
                "prisokningar",
                note="A deficit in brackets in a heading.",
            ),
        ),
        LP(
            "Larm och ledning.",
            "Avtalet om larmoperatörer och gemensam ledning har blivit dyrare än beräknat, 800 tkr, eftersom "
            "kostnaden fördelas efter invånarantal och Håbo har vuxit.",
            C("Larm och ledning", "800 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Fordon och drivmedel.",
            "Reparationerna av förbundets äldsta höjdfordon har blivit kostsamma, och dieselpriset ligger över "
            "budgetens antagande.",
            C(
                "Fordon och drivmedel",
                "(750)",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell in brackets.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Övriga kostnader bedöms överstiga budget med 250 tkr, till följd av utbildning av nya räddningsledare.",
            C(
                "Övriga kostnader",
                "250 tkr",
                "-",
                "ovrigt",
                note="Training of new incident commanders: ovrigt.",
            ),
        ),
        LP("Kapitalkostnader.", "Kapitalkostnaderna följer budget.", BP("Kapitalkostnader")),
        LP(
            "Medlemsbidrag.",
            "Medlemsbidragen för 2026 uppgår till 80,2 mnkr, varav Enköping står för 63 procent och Håbo för 37 "
            "procent.",
            O("Medlemsbidrag", note="The members' contributions: other."),
        ),
        H("Investeringar", 2),
        P(
            "Förbundets investeringsbudget för 2026 är 7,5 mnkr, varav 5,8 mnkr avser en ny tankbil. Leveransen av "
            "tankbilen är försenad till 2027, vilket gör att investeringsutfallet för året beräknas bli 2,0 mnkr.",
            C(
                "Investeringar",
                "2,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=5_500_000,
                note="An under-spend never written out (7,5 − 2,0 = 5,5 mnkr): the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att omförhandla hyresavtalet för stationen i Enköping "
            "och att pröva varje ersättningsrekrytering.",
            A(None, None, "lokaler"),
        ),
        H("Eget kapital och risker", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 4,2 mnkr. Ett underskott på 900 tkr för 2026 kan "
            "täckas av det egna kapitalet men innebär att balanskravet inte uppfylls.",
            O(None, "reserver", note="Equity and balanskrav: other."),
        ),
        P(
            "En torr sommar kan ge kostnader för skogsbränder som inte ingår i prognosen.",
            O(None, "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-enkoping-habo-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Enköping-Håbo",
                "Kommunalförbundet Räddningstjänsten Enköping-Håbo",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Räddningstjänsten Enköping-Håbo"},
        style=style,
        blocks=blocks,
    )
