"""Skaraborgs Kommunalförbund, Direktionen, delårsrapport januari–juni 2026.

A regional cooperation kommunalförbund's half-year report whose footer carries the direktion's meeting date
in August: the period's result and the periodised budgeted result as two levels in one sentence (1 490 tkr
never written out), the full year's "överskott på 620 tkr" against a budget "satt till ett nollresultat" in
the next sentence (one item); a kostnadsslag table in tkr where costs carry minus signs and a positive
deviation is better; bold run-in kostnadsslag: project revenue and project costs that are both "2,7 mnkr
lägre än budget" with no net effect (two items, opposite directions), sold services "550 tkr mer i intäkter
än budgeterat", personnel costs "drygt en miljon under budget" (in words), other costs with consultants
and "Avvikelsen uppgår till –980 tkr." in a sentence of its own, and membership fees and premises that
"följer budget" (boilerplate); the change since April with its cause; an action with its effect for the year
and the full year; equity with an earmarked part (other). 7 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Skaraborgs Kommunalförbund", "Delårsrapport 2026"),
        footer=lambda n, m: ("Direktionen 2026-08-28", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, helår 2026, tkr (positiv avvikelse = bättre än budget)",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "21 300", "21 300", "0"),
            ("Projektintäkter", "14 800", "12 100", "−2 700"),
            ("Försålda tjänster", "3 900", "4 450", "550"),
            ("Personalkostnader", "−19 700", "−18 650", "1 050"),
            ("Projektkostnader", "−14 800", "−12 100", "2 700"),
            ("Lokaler", "−1 650", "−1 650", "0"),
            ("Övriga kostnader", "−3 850", "−4 830", "−980"),
            ("Resultat", "0", "620", "620"),
        ),
        widths=(160.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport 1 januari – 30 juni 2026", size=18, font="sans-bold", after=2),
        Title("Skaraborgs Kommunalförbund", size=12, font="sans", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet är medlemskommunernas gemensamma organ för regional utveckling, kompetensförsörjning och "
            "samverkan inom välfärd och samhällsbyggnad. Verksamheten finansieras med medlemsavgifter, projektmedel "
            "och avgifter för köpta tjänster."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Resultatet för perioden uppgår till 1 840 tkr, att jämföra med ett periodiserat budgeterat resultat på "
            "350 tkr.",
            C(
                None,
                "1 840 tkr, att jämföra med ett periodiserat budgeterat resultat på 350 tkr",
                "+",
                value=1_490_000,
                note="The period's result against the periodised budgeted result, 1 490 tkr never written out: "
                "the computed value.",
            ),
        ),
        P(
            "För helåret prognostiseras ett överskott på 620 tkr. Förbundets budget för 2026 är satt till ett "
            "nollresultat.",
            C(None, "620 tkr", "+", note="A surplus against a zero budget is the deviation."),
        ),
        P(
            "Jämfört med prognosen i april är helårsprognosen 380 tkr högre, vilket i sin helhet beror på de ökade "
            "intäkterna från upphandlingsstödet.",
            F(None, "380 tkr", "+", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer", 2),
        LP(
            "Projektintäkter och projektkostnader.",
            "Det regionala projektet för kompetensförsörjning inom vård och omsorg har kommit i gång långsammare än "
            "planerat. Både intäkter och kostnader blir därför 2,7 mnkr lägre än budget, men nettoeffekten på "
            "resultatet är noll.",
            C(
                "Projektintäkter",
                "2,7 mnkr",
                "-",
                "periodisering",
                note="Revenue and costs both 2,7 mnkr under budget with no net effect: two items, revenue under "
                "budget negative, costs under budget positive.",
                also=(C("Projektkostnader", "2,7 mnkr", "+", "periodisering"),),
            ),
        ),
        LP(
            "Försålda tjänster.",
            "Fler medlemskommuner än väntat har köpt förbundets upphandlingsstöd, vilket ger 550 tkr mer i intäkter "
            "än budgeterat.",
            C("Försålda tjänster", "550 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader.",
            "Två tjänster som utvecklingsledare har varit vakanta sedan februari och tillsätts först i september. "
            "Personalkostnaderna beräknas därmed hamna drygt en miljon under budget.",
            C(
                "Personalkostnader",
                "drygt en miljon",
                "+",
                "vakanser",
                value=1_000_000,
                note="The amount in words: the stated figure (the row's 1 050 is within half a unit).",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Här ingår konsultstöd för förbundets nya webbplattform och för den gemensamma e-tjänsteportalen, som "
            "inte fanns med i budgeten. Avvikelsen uppgår till –980 tkr.",
            C(
                "Övriga kostnader",
                "–980 tkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note="The amount in the last sentence. Consultants without a vacancy are inhyrd_personal.",
            ),
        ),
        LP(
            "Medlemsavgifter och lokaler.",
            "Båda följer budget.",
            BP("Medlemsavgifter och lokaler"),
        ),
        H("Åtgärder", 2),
        P(
            "Kansliet har sagt upp avtalet för ett av de två kontorsrum som hyrs i Skövde från den 1 oktober. "
            "Besparingen beräknas till 60 tkr för 2026 och 240 tkr på helår.",
            A("Lokaler", "60 tkr", "lokaler", note="The effect for this year is the amount."),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets eget kapital uppgick den 30 juni till 11,2 mnkr, varav 4,0 mnkr är öronmärkta för den "
            "regionala utvecklingsfonden.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="skaraborgs-kommunalforbund-delarsrapport-2026-06.pdf",
        report={
            "municipality": ["Skaraborgs Kommunalförbund", "Skaraborgs kommunalförbund"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-06"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–juni 2026", "author": "Skaraborgs Kommunalförbund"},
        style=style,
        blocks=blocks,
    )
