"""Solna stad, Miljö- och hälsoskyddsnämnden, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all, set in DejaVu Sans, header with the letter
date in January and a diary number: a decision proposal, background and a control table (unlabelled), then
findings full of amounts, "beror på", "för lite", "mer än riktlinjens tak", "mindre än målet" and "ryms inom
nämndens budget": fees invoiced too low, invoices attested by the wrong person, representation above the
guideline, late-payment interest, inspection hours against a goal, another nämnd's deficit noted by the
auditors (a statement about someone else) and an external review financed within the budget. Seven `other`
items and no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Solna stad, Stadsbyggnadsförvaltningen", "2026-01-21 Dnr MHN 2026:14"),
        footer=lambda n, m: ("Miljö- och hälsoskyddsnämnden", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollmoment enligt internkontrollplan 2025",
        header=(("Kontrollmoment", "Stickprov", "Avvikelser", "Bedömning"),),
        rows=(
            ("Debitering av årlig tillsynsavgift", "420", "17", "Brister"),
            ("Attest av leverantörsfakturor", "60", "4", "Brister"),
            ("Representation", "12", "1", "Mindre brister"),
            ("Betalning i tid", "200", "9", "Mindre brister"),
            ("Debiterbar tid per inspektör", "14", "–", "Målet ej nått"),
        ),
        widths=(190.0, 70.0, 70.0, 96.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="sans-bold", after=2),
        Title("Miljö- och hälsoskyddsnämnden", size=12, font="sans", after=12),
        H("Förslag till beslut", 3),
        P(
            "Miljö- och hälsoskyddsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och ger "
            "förvaltningen i uppdrag att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 3),
        P(
            "Enligt kommunallagen ska nämnden se till att den interna kontrollen är tillräcklig. Kontrollerna har "
            "genomförts genom stickprov under hösten 2025 av förvaltningens controller och registrator."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        H("Debitering av tillsynsavgifter", 3),
        P(
            "Av 420 kontrollerade fakturor för årlig tillsynsavgift hade 17 fel belopp, sammanlagt 86 400 kronor för "
            "lite. Felen beror på att riskklassningen inte har uppdaterats i verksamhetssystemet efter nya "
            "inspektionsbesök.",
            O(
                None,
                "avgifter_intakter",
                note="A control finding on fees invoiced too low, with 'beror på': not a budget deviation.",
            ),
        ),
        H("Attest", 3),
        P(
            "Kontrollen visade att 4 av 60 leverantörsfakturor, till ett värde av 212 000 kronor, hade attesterats "
            "av fel person. Avvikelsen beror på att attestförteckningen inte uppdaterades efter omorganisationen i "
            "mars.",
            O(None, note="A control 'avvikelse', not against a budget."),
        ),
        H("Representation", 3),
        P(
            "Kostnaderna för representation uppgick till 31 500 kronor, vilket är mer än riktlinjens tak på 25 000 "
            "kronor per år. Det beror på nämndens studieresa till Köpenhamn i september.",
            O(None, note="Against a guideline, not a budget."),
        ),
        H("Betalning i tid", 3),
        P(
            "Förvaltningen betalade 4 700 kronor i dröjsmålsränta under året, vilket beror på att fakturor från "
            "laboratoriet blev liggande under semestern.",
            O(None, note="Late-payment interest: a control finding."),
        ),
        H("Debiterbar tid", 3),
        P(
            "Debiterad tid för tillsyn per inspektör var i genomsnitt 610 timmar, mindre än målet på 700 timmar, "
            "vilket beror på vakanser och introduktion av nya medarbetare.",
            O(None, "vakanser", note="A goal not met: other."),
        ),
        H("Övriga iakttagelser", 2),
        P(
            "Stadens revisorer noterade i sin granskning att tekniska nämnden redovisade ett underskott mot budget, "
            "men den granskningen omfattade inte miljö- och hälsoskyddsnämnden.",
            O(None, note="A statement about someone else (another nämnd's deficit, no amount)."),
        ),
        P(
            "Kostnaden för den externa granskningen av livsmedelskontrollen, 145 000 kronor, ryms inom nämndens "
            "budget för 2025.",
            O(None, note="A financing statement: no deviation reported."),
        ),
        H("Förslag till kontrollmoment 2026", 3),
        P(
            "Förvaltningen föreslår att kontrollerna av debitering och attest upprepas 2026 och att en ny kontroll "
            "av avgifter för tillfälliga livsmedelsverksamheter läggs till."
        ),
    ]
    return ReportSpec(
        file="solna-mhn-uppfoljning-internkontroll-2025.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2025", "2026-01"],
            "report_type": "internkontroll",
        },
        metadata={
            "title": "Uppföljning av internkontrollplan 2025 Miljö- och hälsoskyddsnämnden",
            "author": "Solna stad",
        },
        style=style,
        blocks=blocks,
    )
