"""Orust kommun, Barn- och utbildningsnämnden, uppföljning av intern kontroll 2025.

Not a budget follow-up: the school committee's report on its internal-control plan, dated in January 2026,
full of amounts, "beror på", "avvikelser" (control deviations), "mer än" and "högre än": school transport
invoices checked against the contract (overcharging, with "beror på"), interkommunal ersättning invoiced
late, a state grant to be paid back "knappt 1,2 miljoner kronor" because the conditions were not met,
purchases outside agreements against last year, salary supplements, a mention of the socialnämnd's shared
costs (a statement about someone else) and the cost of the control work "ryms inom förvaltningens ram" (a
financing statement). Seven `other` items and no causes; the decision proposal, the background, the control
table and next year's proposals are unlabelled. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Internal control, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Orust kommun", "Tjänsteskrivelse 2026-01-22"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2026/0009", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollmoment i internkontrollplanen 2025",
        header=(("Kontrollmoment", "Metod", "Resultat"),),
        rows=(
            ("Fakturor för skolskjuts", "Stickprov, 60 fakturor", "Avvikelser"),
            ("Interkommunal ersättning", "Registerkontroll", "Avvikelser"),
            ("Redovisning av statsbidrag", "Genomgång av rekvisitioner", "Avvikelser"),
            ("Inköp utanför avtal", "Leverantörsanalys", "Avvikelser"),
            ("Lönetillägg", "Stickprov, 40 tillägg", "Avvikelser"),
            ("Delegationsbeslut", "Genomgång", "Utan anmärkning"),
        ),
        widths=(170.0, 160.0, 100.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av intern kontroll 2025", size=18, font="sans-bold", after=4),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen 2025 och uppdrar åt "
            "förvaltningschefen att återkomma med en redovisning av vidtagna åtgärder senast i juni 2026."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden antar varje år en plan för intern kontroll utifrån en risk- och väsentlighetsanalys. Planen "
            "för 2025 omfattade sex kontrollmoment. Fem av dem visade avvikelser som redovisas nedan."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        H("Fakturor för skolskjuts", 3),
        P(
            "Av 60 granskade fakturor avvek 9 från avtalets priser. Entreprenören har fakturerat sammanlagt 138 000 "
            "kronor mer än avtalet medger, vilket beror på att en äldre prislista har använts sedan augusti. "
            "Beloppet har krediterats.",
            O("Fakturor för skolskjuts", note=NOT_BUDGET + " Overcharging against a contract, not a budget."),
        ),
        H("Interkommunal ersättning", 3),
        P(
            "Ersättningar för elever i andra kommuners skolor om 1 640 000 kronor fakturerades först i december "
            "för höstterminen. Förseningen beror på att elevregistret inte uppdaterades efter sommaren.",
            O("Interkommunal ersättning", note=NOT_BUDGET),
        ),
        H("Redovisning av statsbidrag", 3),
        P(
            "Villkoren för statsbidraget för lågstadiesatsningen uppfylldes inte på en av skolorna, och knappt "
            "1,2 miljoner kronor behöver betalas tillbaka till Skolverket. Det beror på att personaltätheten "
            "sjönk under våren när två tjänster stod vakanta.",
            O(
                "Redovisning av statsbidrag",
                "statsbidrag",
                note=NOT_BUDGET + " A repayment with 'beror på', no budget deviation reported.",
            ),
        ),
        H("Inköp utanför avtal", 3),
        P(
            "Inköpen av läromedel utanför avtal uppgick till 412 000 kronor, vilket är 96 000 kronor högre än 2024.",
            O("Inköp utanför avtal", note=NOT_BUDGET + " Against the previous year."),
        ),
        H("Lönetillägg", 3),
        P(
            "Stickprovet visade att fyra tillägg om sammanlagt tjugotvå tusen kronor i månaden saknade beslut. "
            "Avvikelsen beror på att rutinen för tidsbegränsade tillägg inte följts vid rektorsbytet på en skola.",
            O("Lönetillägg", note=NOT_BUDGET + " 'Avvikelsen' is a control deviation."),
        ),
        H("Delegationsbeslut", 3),
        P("Samtliga granskade delegationsbeslut var korrekt anmälda till nämnden."),
        H("Övrigt", 2),
        P(
            "Kostnaderna för elevhälsans gemensamma insatser med socialnämnden har varit högre än socialnämnden "
            "räknat med, vilket hanteras i socialnämndens egen uppföljning.",
            O(
                "Socialnämnden",
                direction="-",
                note="A statement about another committee's costs: other.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Arbetet med den interna kontrollen har genomförts av förvaltningens controller och ryms inom "
            "förvaltningens ram. Återbetalningen av statsbidraget belastar 2026.",
            O(None, note=NOT_BUDGET + " A financing statement."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollerna av skolskjutsfakturor och statsbidrag upprepas 2026 och att "
            "ett nytt moment om hantering av elevdatorer läggs till."
        ),
    ]
    return ReportSpec(
        file="orust-bun-uppfoljning-internkontroll-2025.pdf",
        report={
            "municipality": "Orust",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av intern kontroll 2025", "author": "Orust kommun"},
        style=style,
        blocks=blocks,
    )
