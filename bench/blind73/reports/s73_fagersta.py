"""Fagersta kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

Not a budget follow-up: the kommunstyrelse's report on its internal-control plan, dated in March 2026, full
of amounts, "beror på", "överskrider" and "avvikelse" in other senses: mobile subscriptions against last year
("140 tkr mer än 2024"), a cash-box difference "som beror på", pool cars whose mileage "överskrider" the
agreement, salary payments made in error and recovered, framework-agreement loyalty with a share and an
amount, a mention of the tekniska nämnd's vehicle deficit with no amount (a statement about someone else), and
the cost of the control work and its financing. Seven `other` items and no cause; the decision proposal, the
background, the control table and next year's proposals are unlabelled. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "Internal control, not a budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(74.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Fagersta kommun", "Kommunledningsförvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-03-04", "KS 2026/041", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Sammanställning av kontrollmoment 2025",
        header=(("Kontrollmoment", "Metod", "Resultat"),),
        rows=(
            ("Mobilabonnemang", "Registerkontroll", "Brister"),
            ("Kontantkassor", "Inventering", "Brister"),
            ("Bilpoolens fordon", "Körjournaler", "Brister"),
            ("Löneutbetalningar", "Stickprov", "Brister"),
            ("Avtalstrohet", "Leverantörsreskontra", "Delvis brister"),
            ("Ekonomisk uppföljning", "Dokumentgranskning", "Utan anmärkning"),
        ),
        widths=(160.0, 140.0, 110.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="narrow-bold", after=4),
        Title("Kommunstyrelsen", size=12.5, font="narrow", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen 2025 och uppdrar åt "
            "kommundirektören att redovisa vidtagna åtgärder senast i september 2026."
        ),
        H("Ärendet", 2),
        P(
            "Enligt reglementet för intern kontroll ska kommunstyrelsen varje år följa upp den plan som antogs för "
            "föregående år. Planen för 2025 innehöll sex kontrollmoment som valdes utifrån en riskanalys i "
            "kommunledningsgruppen. Fem av momenten visade brister."
        ),
        controls,
        H("Iakttagelser", 2),
        H("Mobilabonnemang", 3),
        P(
            "Kommunens kostnader för mobilabonnemang uppgick till 1,2 mnkr under 2025, vilket är 140 tkr mer än "
            "2024. Ökningen beror på att 61 abonnemang fortfarande var aktiva efter att användaren hade slutat sin "
            "anställning.",
            O("Mobilabonnemang", note=NOT_BUDGET + " Costs against the previous year."),
        ),
        H("Kontantkassor", 3),
        P(
            "Vid inventeringen av de nio kontantkassorna fanns en differens på 3 800 kronor i kassan på "
            "fritidsgården, som beror på att kvitton saknades för inköp till sommarlovsaktiviteter.",
            O("Kontantkassor", note=NOT_BUDGET + " A cash difference with 'som beror på'."),
        ),
        H("Bilpoolens fordon", 3),
        P(
            "Körsträckan för sex av bilpoolens leasade fordon överskrider den avtalade körsträckan med sammanlagt "
            "21 000 kilometer. Överskridandet kan leda till en tilläggsdebitering på cirka 45 tkr när avtalen "
            "löper ut.",
            O(
                "Bilpoolens fordon",
                "material_hjalpmedel",
                note=NOT_BUDGET + " 'Överskrider' a lease's mileage.",
            ),
        ),
        H("Löneutbetalningar", 3),
        P(
            "Stickprovet omfattade 150 löneutbetalningar. I fyra fall hade ob-tillägg betalats ut två gånger, "
            "sammanlagt 27 400 kronor, vilket beror på en felaktig rapportering i schemasystemet. Beloppen har "
            "återkrävts.",
            O("Löneutbetalningar", note=NOT_BUDGET),
        ),
        H("Avtalstrohet", 3),
        P(
            "Av kommunens inköp av förbrukningsmaterial på 6,8 mnkr gjordes 88 procent hos avtalade leverantörer. "
            "Avvikelsen mot målet om 95 procent motsvarar cirka 480 tkr och beror främst på inköp i "
            "lokala butiker inom hemtjänsten.",
            O(
                "Avtalstrohet",
                note=NOT_BUDGET
                + " 'Avvikelsen mot målet' is a deviation from a loyalty target, not the budget.",
            ),
        ),
        H("Ekonomisk uppföljning", 3),
        P(
            "Samtliga nämnder har lämnat månadsuppföljningar enligt tidplanen. Tekniska nämnden har under året "
            "rapporterat ett underskott för fordonsverksamheten, som har behandlats i nämndens egna rapporter och "
            "inte ingår i denna kontroll.",
            O(
                "Tekniska nämnden",
                direction="-",
                note="A statement about another committee's deficit, with no amount: other.",
            ),
        ),
        H("Kostnader och finansiering", 2),
        P(
            "Arbetet med internkontrollen har utförts av kommunledningsförvaltningens controllers och har inte "
            "medfört några externa kostnader. Översynen av mobilabonnemangen beräknas minska kostnaderna med "
            "cirka 100 tkr per år från 2026.",
            O(None, note=NOT_BUDGET + " The cost of the work and a saving from the review."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollerna av mobilabonnemang och avtalstrohet upprepas under 2026 och att "
            "ett nytt moment om hantering av bidrag till föreningar läggs till."
        ),
    ]
    return ReportSpec(
        file="fagersta-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Fagersta",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Fagersta kommun"},
        style=style,
        blocks=blocks,
    )
