"""Lysekils kommun, Kommunstyrelsen, uppföljning av internkontrollplan 2025.

Not a budget follow-up: the kommunstyrelse's report on its internal-control plan, dated in February 2026,
full of amounts, "beror på", "avvikelse" (a control deviation, not a budget one), "mer än" and "högre än":
purchases outside framework agreements against last year, an attestation check, representation against
last year with "Avvikelsen från riktlinjen beror på", late-payment interest, salary supplements paid
without a decision, a check of the monthly budget follow-up that mentions the socialnämnd's deficit without
an amount (a statement about someone else), and the cost of an external audit and its financing. Seven `other`
items and no causes; the decision proposal, the background and the control list are unlabelled. Liberation
Sans Narrow 10 pt.

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
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Lysekils kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("Uppföljning av internkontrollplan 2025", "2026-02-11", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Ansvarig", "Resultat"),),
        rows=(
            ("Inköp utanför avtal", "Upphandlingsenheten", "Brister"),
            ("Attest av leverantörsfakturor", "Ekonomiavdelningen", "Brister"),
            ("Representation", "Kanslienheten", "Brister"),
            ("Dröjsmålsräntor", "Ekonomiavdelningen", "Brister"),
            ("Lönetillägg", "HR-avdelningen", "Brister"),
            ("Månatlig budgetuppföljning", "Ekonomiavdelningen", "Utan anmärkning"),
            ("Informationssäkerhet", "IT-enheten", "Utan anmärkning"),
        ),
        widths=(170.0, 130.0, 110.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="narrow-bold", after=4),
        Title("Kommunstyrelsen", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner uppföljningen av internkontrollplanen för 2025 och ger kommundirektören i "
            "uppdrag att åtgärda de brister som framkommit."
        ),
        H("Bakgrund", 2),
        P(
            "Kommunstyrelsen ska enligt kommunallagen se till att den interna kontrollen är tillräcklig. Varje år "
            "antas en internkontrollplan med kontrollmoment som väljs ut efter en risk- och väsentlighetsanalys. "
            "Planen för 2025 omfattade sju kontrollmoment, varav fem visade brister."
        ),
        controls,
        H("Resultat per kontrollmoment", 2),
        H("Inköp utanför avtal", 3),
        P(
            "Granskningen visar att 3,4 mnkr av kommunens inköp under 2025 gjordes utanför upphandlade avtal, vilket "
            "är 0,9 mnkr mer än 2024. Ökningen beror främst på direktupphandlingar av konsulttjänster inom "
            "samhällsbyggnadsförvaltningen.",
            O("Inköp utanför avtal", note=NOT_BUDGET + " Purchases against last year."),
        ),
        H("Attest av leverantörsfakturor", 3),
        P(
            "Kontrollen omfattade 120 fakturor om sammanlagt 8,7 mnkr. I sex fall saknades korrekt attest, vilket "
            "beror på att attestförteckningen inte uppdaterades efter omorganisationen i mars.",
            O("Attest av leverantörsfakturor", note=NOT_BUDGET),
        ),
        H("Representation", 3),
        P(
            "Kostnaderna för representation uppgick till 412 000 kronor, vilket är 18 procent högre än föregående år. "
            "I två fall saknades beslut om personalfest. Avvikelsen från riktlinjen beror på att riktlinjen inte var "
            "känd på två av enheterna.",
            O(
                "Representation",
                note=NOT_BUDGET + " 'Avvikelsen' is a deviation from a guideline, not the budget.",
            ),
        ),
        H("Dröjsmålsräntor", 3),
        P(
            "Kommunen betalade 46 000 kronor i dröjsmålsränta under året, mer än dubbelt så mycket som 2024. Det "
            "beror på att fakturor blev liggande under semesterperioden.",
            O("Dröjsmålsräntor", note=NOT_BUDGET),
        ),
        H("Lönetillägg", 3),
        P(
            "Stickprov visar att 23 tillägg om sammanlagt 184 000 kronor har betalats ut utan dokumenterat beslut, "
            "vilket beror på att beslutsblanketten inte använts konsekvent inom äldreomsorgen.",
            O("Lönetillägg", note=NOT_BUDGET),
        ),
        H("Månatlig budgetuppföljning", 3),
        P(
            "Samtliga nämnder har lämnat sina månadsprognoser i tid. Socialnämnden har under året redovisat ett "
            "underskott mot budget, vilket har hanterats i nämndens egna rapporter och inte ingår i denna "
            "granskning.",
            O(
                "Socialnämnden",
                direction="-",
                note="A statement about another committee's deficit, with no amount, in an internal-control report: "
                "other.",
            ),
        ),
        H("Informationssäkerhet", 3),
        P(
            "Kontrollen av behörigheter i ekonomisystemet visade inga brister. Samtliga användare med "
            "attesträtt hade aktuella behörigheter."
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Den externa granskningen av lönetilläggen kostade 95 000 kronor och har finansierats inom "
            "kommunledningskontorets ram. Åtgärderna för 2026 bedöms inte medföra några ytterligare kostnader.",
            O(None, note=NOT_BUDGET + " The cost of the audit and its financing."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollmomenten för inköp utanför avtal och lönetillägg upprepas under 2026, "
            "och att ett nytt moment om hantering av kontanta medel läggs till."
        ),
    ]
    return ReportSpec(
        file="lysekil-ks-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Lysekil",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Lysekils kommun"},
        style=style,
        blocks=blocks,
    )
