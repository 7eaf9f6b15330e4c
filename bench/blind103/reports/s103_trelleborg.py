"""Trelleborgs kommun, Kommunstyrelsen, uppföljning av kommunfullmäktiges uppdrag 2025.

A follow-up of the council's assignments to the kommunstyrelse and the nämnder, which is no budget follow-up
at all: a decision proposal, the background and a status table per assignment (unlabelled), then one
paragraph per assignment, full of amounts, "beror på", "lägre kostnader" and "mer i intäkter": a shared
kitchen organisation's possible saving, summer jobs financed within another nämnd's frame (about someone
else), an e-service whose money sits in the unallocated funds (a reserve statement), a sick-leave goal not
met with "beror på", new harbour fees' yearly effect, the ended rent for temporary pavilions and an audit
remark about the technical nämnd: seven `other` items and no cause. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NO_BUDGET = "No budget follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Trelleborgs kommun", "Kommunledningsförvaltningen 2026-03-04"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-25", "Dnr KS 2026/0188", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Status per uppdrag, 31 december 2025",
        header=(("Uppdrag", "Beslutat", "Ansvarig", "Status"),),
        rows=(
            ("Gemensam kostorganisation", "KF 2024-06-17", "KS", "Slutfört"),
            ("Fler feriejobb för ungdomar", "KF 2024-11-25", "AMN", "Slutfört"),
            ("E-tjänst för bygglov", "KF 2024-11-25", "SBN", "Försenat"),
            ("Sjukfrånvaro under 7 procent", "KF 2023-11-27", "KS", "Ej uppnått"),
            ("Avgifter i småbåtshamnarna", "KF 2025-02-24", "TN", "Slutfört"),
            ("Avveckling av paviljonger", "KF 2024-06-17", "UN", "Slutfört"),
            ("Energieffektivisering", "KF 2023-06-19", "TN", "Pågår"),
        ),
        widths=(190.0, 90.0, 70.0, 80.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljning av kommunfullmäktiges uppdrag 2025", size=17, font="sans-bold", after=12),
        H("Förslag till beslut", 3),
        P(
            "Kommunstyrelsen föreslår kommunfullmäktige att godkänna uppföljningen av uppdragen och att förklara "
            "uppdragen om kostorganisation, feriejobb, småbåtshamnar och paviljonger som slutförda."
        ),
        H("Bakgrund", 3),
        P(
            "Kommunfullmäktige ger i budget och i enskilda beslut uppdrag till kommunstyrelsen och nämnderna. "
            "Uppdragen följs upp en gång per år. Uppföljningen omfattar de sju uppdrag som var öppna vid "
            "utgången av 2024."
        ),
        table,
        H("Redovisning per uppdrag", 2),
        P(
            "Uppdraget att utreda en gemensam kostorganisation för förskola och skola har slutförts. Utredningen "
            "visar att en samordning kan ge lägre kostnader med omkring 3,5 mnkr per år från 2027, vilket beror på "
            "färre tillagningskök.",
            O("Kost", note="A possible saving from an inquiry, no budget deviation: other."),
        ),
        P(
            "Uppdraget om fler feriejobb för ungdomar har genomförts. 420 ungdomar fick sommarjobb 2025, 60 fler än "
            "2024. Kostnaden blev 5,9 mnkr och finansierades inom arbetsmarknadsnämndens ram.",
            O("Arbetsmarknadsnämnden", note="About another nämnd, a financing statement: other."),
        ),
        P(
            "Uppdraget att införa en e-tjänst för bygglov har försenats, vilket beror på att leverantören av "
            "verksamhetssystemet har bytts ut. Medel för införandet, 1,2 mnkr, finns avsatta bland kommunstyrelsens "
            "ofördelade medel och kan användas 2026.",
            O("Samhällsbyggnadsnämnden", "it_digitalisering", note="A delay and a reserve statement: other."),
        ),
        P(
            "Målet att sänka sjukfrånvaron i kommunens verksamheter till under 7 procent har inte nåtts. "
            "Sjukfrånvaron var 7,8 procent 2025, vilket beror på en ökad långtidssjukfrånvaro inom vård och omsorg.",
            O(None, "sjukfranvaro", note="A goal not met with 'beror på': other."),
        ),
        P(
            "Uppdraget att se över avgifterna för småbåtshamnarna i Trelleborg och Smygehuk har genomförts. De nya "
            "avgifterna från 2026 beräknas ge 650 tkr mer i intäkter per år än de tidigare avgifterna.",
            O(
                "Tekniska nämnden",
                "avgifter_intakter",
                note="A decision's yearly effect, not a deviation: other.",
            ),
        ),
        P(
            "Uppdraget att avveckla de tillfälliga paviljongerna vid Söderslättsgymnasiet är genomfört. Hyran för "
            "paviljongerna var 2,3 mnkr per år och upphörde i augusti 2025.",
            O("Utbildningsnämnden", "lokaler", note="A cost level, no budget comparison: other."),
        ),
        P(
            "Revisorerna har i sin granskning påpekat att tekniska nämnden inte har redovisat hur uppdraget om "
            "energieffektivisering har finansierats, vilket enligt nämnden beror på att investeringarna har "
            "hanterats inom den ordinarie underhållsbudgeten.",
            O("Tekniska nämnden", note="An audit remark about another nämnd: other."),
        ),
        H("Ekonomiska konsekvenser", 3),
        P("Beslutet medför inga ekonomiska konsekvenser."),
    ]
    return ReportSpec(
        file="trelleborg-ks-uppfoljning-uppdrag-2025.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2026-03"],
            "report_type": "uppdragsuppföljning",
        },
        metadata={"title": "Uppföljning av kommunfullmäktiges uppdrag 2025", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
