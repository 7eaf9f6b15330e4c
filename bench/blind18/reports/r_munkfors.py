"""Munkfors kommun, Kommunstyrelsen, tjänsteskrivelse: fördelning av föreningsbidrag 2026.

Not a budget follow-up: a cover letter proposing how the year's grants to local associations are shared
out, Liberation Sans Narrow 10 pt, dated in February. It is full of amounts and budget words: the grant
budget ("anslaget") against last year, applications that "överstiger anslaget med 265 tkr" with "Skillnaden
beror främst på", a per-visit rate "oförändrat mot 2025" and visits down 6 percent "vilket beror på", a
premises grant cut by 18 tkr with "eftersom", a running grant below the amount applied for, investment
grants refused because "anslaget inte räcker", and "Förslaget ryms inom budgeterat anslag" with last year's
payments. Seven `other` items and no causes; the decision proposal, the summary, the table and the child-rights
paragraph are unlabelled.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A grant allocation, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(76.0, 84.0, 76.0, 76.0),
        header=lambda n, m: ("MUNKFORS KOMMUN", "Tjänsteskrivelse 2026-02-16"),
        footer=lambda n, m: ("Kultur- och fritidsenheten", "Dnr KS 2026/0027", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    grants = Table(
        caption="Ansökt och föreslaget belopp per bidragsform 2026, tkr",
        header=(("Bidragsform", "Ansökt", "Förslag"),),
        rows=(
            ("Aktivitetsstöd", "505", "505"),
            ("Lokalbidrag", "412", "412"),
            ("Driftbidrag för anläggningar", "350", "265"),
            ("Bidrag till studieförbund", "118", "118"),
            ("Investeringsbidrag", "180", "0"),
            ("Arrangemangsbidrag", "20", "20"),
            ("Summa", "1 585", "1 320"),
        ),
        widths=(200.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Fördelning av föreningsbidrag 2026", size=18, font="narrow-bold", after=4),
        Title("Kommunstyrelsen", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen fördelar föreningsbidrag för 2026 enligt bilaga 1."),
        H("Sammanfattning", 2),
        P(
            "Kultur- och fritidsenheten har gått igenom de ansökningar om föreningsbidrag som kom in till och med den "
            "31 januari 2026. Förslaget följer de riktlinjer för föreningsbidrag som kommunfullmäktige antog 2023."
        ),
        H("Ärendet", 2),
        P(
            "Anslaget för föreningsbidrag i budget 2026 är 1 320 tkr, vilket är 60 tkr mer än 2025. Höjningen "
            "finansierar det nya bidraget till föreningar som driver verksamhet för äldre.",
            O(None, note=NOT_BUDGET + " The grant budget against last year's."),
        ),
        P(
            "De inkomna ansökningarna uppgår till 1 585 tkr och överstiger därmed anslaget med 265 tkr. Skillnaden "
            "beror främst på att Munkfors ishockeyklubb ansöker om driftbidrag för den nya ispisten vid "
            "idrottsplatsen.",
            O(
                None,
                note=NOT_BUDGET
                + " Applications 'överstiger anslaget … beror på': a planning figure, no outcome "
                "against budget.",
            ),
        ),
        grants,
        H("Aktivitetsstöd", 3),
        P(
            "Aktivitetsstödet betalas ut med 28 kronor per deltagartillfälle, oförändrat mot 2025. Antalet redovisade "
            "deltagartillfällen minskade med 6 procent under 2025, vilket beror på att två föreningar har lagt ned "
            "sin ungdomsverksamhet.",
            O("Aktivitetsstöd", "volymer", note=NOT_BUDGET + " A rate and a volume against last year."),
        ),
        H("Lokalbidrag", 3),
        P(
            "Lokalbidraget till föreningar som äger sina anläggningar föreslås bli 412 tkr, en minskning med 18 tkr, "
            "eftersom en bygdegårdsförening i Ransäter har sålt sin lokal till kommunen.",
            O("Lokalbidrag", note=NOT_BUDGET),
        ),
        H("Driftbidrag för anläggningar", 3),
        P(
            "Ishockeyklubben föreslås få 160 tkr av ansökta 245 tkr i driftbidrag för ispisten, i avvaktan på en "
            "utvärdering av anläggningens kostnader efter den första säsongen.",
            O("Driftbidrag för anläggningar", note=NOT_BUDGET),
        ),
        H("Investeringsbidrag", 3),
        P(
            "Fyra ansökningar om investeringsbidrag på sammanlagt 180 tkr föreslås avslås, eftersom anslaget inte "
            "räcker till dem.",
            O("Investeringsbidrag", note=NOT_BUDGET),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget ryms inom budgeterat anslag för 2026. Under 2025 betalades 1 236 tkr ut i föreningsbidrag.",
            O(
                None,
                note=NOT_BUDGET + " A financing statement and last year's payments, not an 'i balans' cause.",
            ),
        ),
        H("Barnrättsperspektiv", 2),
        P(
            "Aktivitetsstödet går till verksamhet för barn och unga mellan 7 och 20 år. Förslaget bedöms inte "
            "försämra förutsättningarna för barns och ungas fritid i kommunen."
        ),
    ]
    return ReportSpec(
        file="munkfors-ks-fordelning-foreningsbidrag-2026.pdf",
        report={
            "municipality": "Munkfors",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "bidragsfördelning",
        },
        metadata={"title": "Fördelning av föreningsbidrag 2026", "author": "Munkfors kommun"},
        style=style,
        blocks=blocks,
    )
