"""Kommunalförbundet Medelpunkten, Förbundsdirektionen, delårsrapport januari–augusti 2025.

An assistive-devices kommunalförbund's interim report in DejaVu Sans Condensed, footer with the direktion's
meeting date in October: the period result "1 120 tkr bättre än periodiserad budget" after a level and the full
year "ett underskott på 450 tkr" after a level and a budgeted zero result, in two sentences; a kostnadsslag
table in tkr with en dashes as minus signs, then plain sentences whose subject is the kostnadsslag: rental
revenue "1,7 mnkr högre än budget", sales that "hamnar 850 tkr under budget", personnel costs "lägre än budgeterat"
with a reason and no amount (the row's "700"), purchases that "överstiger budget med 1 550 tkr", transport "450 tkr högre än beräknat",
premises that "följer budget" (boilerplate); "prognosen är oförändrad" (boilerplate forecast change), an action
"cirka 300 tkr", investments "beräknas användas fullt ut" (boilerplate), equity and loans against last year
(others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Kommunalförbundet Medelpunkten", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-10-03", "Sundsvall", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hyresintäkter hjälpmedel", "58 400", "60 100", "1 700"),
            ("Försäljning och tjänster", "12 300", "11 450", "–850"),
            ("Personalkostnader", "–31 900", "–31 200", "700"),
            ("Inköp av hjälpmedel och reservdelar", "–16 800", "–18 350", "–1 550"),
            ("Transporter", "–4 600", "–5 050", "–450"),
            ("Lokalkostnader", "–9 200", "–9 200", "0"),
            ("Avskrivningar och räntor", "–8 200", "–8 200", "0"),
            ("Resultat", "0", "–450", "–450"),
        ),
        widths=(180.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Kommunalförbundet Medelpunkten", size=12.5, font="cond", after=12),
        H("Förvaltningsberättelse", 2),
        P(
            "Medelpunkten köper in, lånar ut, anpassar och underhåller hjälpmedel åt medlemskommunerna. Under "
            "perioden har förbundet flyttat reparationsverkstaden till nya lokaler på Birsta."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för januari–augusti uppgår till 1 840 tkr, vilket är 1 120 tkr bättre än "
                "periodiserad budget.",
                C(None, "1 120 tkr", "+", note="The period after a result level."),
            ),
            (
                "För helåret prognostiseras ett resultat på –450 tkr mot ett budgeterat nollresultat, det vill säga "
                "ett underskott på 450 tkr.",
                C(None, "underskott på 450 tkr", "-", note="The full year against a budgeted zero result."),
            ),
            ("Jämfört med prognosen per april är prognosen oförändrad.", BF(None)),
        ),
        table,
        H("Kommentarer till prognosen", 3),
        P(
            "Hyresintäkterna blir 1,7 mnkr högre än budget, eftersom fler hjälpmedel än beräknat är utlånade, "
            "främst rullstolar och sängar till hemsjukvården.",
            C("Hyresintäkter hjälpmedel", "1,7 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        P(
            "Försäljningen av tjänster till medlemskommunerna, framför allt anpassningar och specialbeställningar, "
            "minskar och hamnar 850 tkr under budget.",
            C("Försäljning och tjänster", "850 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Personalkostnaderna blir lägre än budgeterat, eftersom två tjänster som hjälpmedelstekniker har varit "
            "vakanta under våren.",
            C(
                "Personalkostnader",
                "700",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Direction and reason, no amount: the row's cell.",
            ),
        ),
        P(
            "Inköpen av hjälpmedel och reservdelar överstiger budget med 1 550 tkr till följd av prisökningar hos "
            "leverantörerna och ett större behov av förflyttningshjälpmedel.",
            C(
                "Inköp av hjälpmedel och reservdelar",
                "1 550 tkr",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                "volymer",
            ),
        ),
        P(
            "Transportkostnaderna väntas bli 450 tkr högre än beräknat sedan det nya transportavtalet började gälla "
            "i mars.",
            C("Transporter", "450 tkr", "-", "prisokningar", note="A dearer contract: prisokningar."),
        ),
        P("Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att höja hyran för vissa hjälpmedelsgrupper från och med den 1 september, "
            "vilket beräknas ge cirka 300 tkr i ökade intäkter under hösten.",
            A(None, "cirka 300 tkr", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för hjälpmedel för uthyrning är 14,0 mnkr och beräknas användas fullt ut.",
            BP("Investeringar"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgår till 6,3 mnkr, och ett underskott för helåret kan täckas av detta.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Antalet utlånade hjälpmedel har ökat med 7 procent jämfört med augusti 2024, vilket beror på fler "
            "äldre med omfattande behov i ordinärt boende.",
            O(None, "volymer", note="A volume against the previous year."),
        ),
    ]
    return ReportSpec(
        file="medelpunkten-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Medelpunkten", "Kommunalförbundet Medelpunkten"],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Kommunalförbundet Medelpunkten",
            "author": "Kommunalförbundet Medelpunkten",
        },
        style=style,
        blocks=blocks,
    )
