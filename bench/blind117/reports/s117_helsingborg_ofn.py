"""Helsingborgs stad, Överförmyndarnämnden, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all, set in Liberation Serif (Times metrics)
10.5 pt, footer with a diarienummer and the letter date in February: a decision proposal and background
(unlabelled), a control table (unlabelled), then the controls' results full of amounts and "beror på":
fees calculated with the wrong percentage, årsräkningar against the year before, the cost of compensation to
ställföreträdare against 2024, its financing within the frame, withdrawals without consent, attestation
("Avvikelsen beror på", a control deviation) and the audit's remark on the socialnämnd's overrun (a statement
about someone else): seven `other` items and no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

CONTROL = "An internal-control finding: no budget deviation, other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad", "Överförmyndarnämnden"),
        footer=lambda n, m: ("Dnr ÖFN 2026/14", "2026-02-11", f"{n} ({m})"),
        header_size=8.0,
    )
    controls = Table(
        caption="Tabell 1. Kontrollmoment i internkontrollplanen 2025",
        header=(("Kontrollmoment", "Omfattning", "Avvikelser"),),
        rows=(
            ("Arvoden till ställföreträdare", "60 beslut", "4"),
            ("Granskning av årsräkningar", "2 318 räkningar", "212"),
            ("Uttag från spärrade konton", "45 akter", "3"),
            ("Attest av fakturor", "120 fakturor", "3"),
        ),
        widths=(200.0, 120.0, 80.0),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=18, font="times-bold", after=3),
        Title("Överförmyndarnämnden", size=12, font="times", after=14),
        H("Förslag till beslut", 2),
        P("Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen för 2025."),
        H("Bakgrund", 2),
        P(
            "Nämnden antog internkontrollplanen för 2025 i december 2024. Planen omfattar fyra kontrollmoment som "
            "har valts ut efter en risk- och väsentlighetsanalys. Kontrollerna har genomförts av förvaltningens "
            "handläggare och controller under hösten."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        P(
            "Arvoden till ställföreträdare: stickprov på 60 arvodesbeslut visade att fyra beslut, sammanlagt 31 400 "
            "kronor, hade beräknats med fel procentsats av prisbasbeloppet. Felen beror på att en äldre "
            "beräkningsmall fortfarande användes på en av enheterna.",
            O(None, note=CONTROL),
        ),
        P(
            "Granskning av årsräkningar: 2 318 årsräkningar kom in under 2025, vilket är 164 fler än året innan. "
            "Att 212 räkningar granskades först efter den 1 oktober beror på vakanser bland granskarna under våren.",
            O(None, note="Volumes against the previous year and a control finding: other."),
        ),
        P(
            "Den del av ersättningen till ställföreträdare som betalas av staden uppgick till 9,8 miljoner kronor, "
            "vilket är 0,6 miljoner kronor mer än 2024. Ökningen beror på fler ensamkommande barn med särskilt "
            "förordnad vårdnadshavare.",
            O(None, note="A cost against the previous year, not the budget: other."),
        ),
        P(
            "Kostnaderna finansieras inom nämndens ram och redovisas närmare i nämndens verksamhetsberättelse för "
            "2025.",
            O(None, note="A financing statement with no deviation reported: other."),
        ),
        P(
            "Uttag från spärrade konton: kontrollen omfattade 45 akter med sammanlagt 38,2 miljoner kronor i "
            "förvaltade tillgångar. I tre akter saknades överförmyndarens samtycke till uttag på sammanlagt 412 000 "
            "kronor, vilket beror på att bankerna inte har kontrollerat spärrarna.",
            O(None, note=CONTROL),
        ),
        P(
            "Attest av fakturor: av 120 granskade fakturor saknade tre korrekt attest. Avvikelsen beror på att en "
            "ersättare för ordinarie attestant inte var registrerad i ekonomisystemet.",
            O(None, note="A control deviation ('Avvikelsen beror på'), not a budget deviation: other."),
        ),
        P(
            "Stadsrevisionen har i sin granskning av socialnämnden noterat att kostnaderna för gode män till "
            "ensamkommande barn där överstiger budget med 1,2 miljoner kronor. Överförmyndarnämnden har lämnat "
            "underlag till den granskningen.",
            O(None, note="A statement about another committee's budget: other."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av arvoden behålls och att en ny kontroll av handläggningstider "
            "för ansökningar om god man läggs till. Kontrollen av attest utgår och ersätts av stadens gemensamma "
            "kontroll."
        ),
    ]
    return ReportSpec(
        file="helsingborg-ofn-uppfoljning-internkontroll-2025.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Överförmyndarnämnden"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={"title": "Uppföljning av internkontrollplan 2025", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
