"""Uppsala kommun, Överförmyndarnämnden, uppföljning av internkontrollplan 2025.

An internal-control report that is no budget follow-up at all, in DejaVu Serif Condensed 10 pt with a header
carrying the letter date in January 2026: a decision proposal and a control table (unlabelled), then one
paragraph per control full of amounts, "beror på", "för mycket" and "högre än 2024": the review of annual
accounts with a vacancy as the reason a target was missed, fee decisions where "23 400 kronor för mycket
betalades ut" (a control deviation), the fees the kommun pays against the previous year with "beror på",
withdrawals from guarded accounts, training with a cancelled session, an audit finding about the
socialnämnd whose costs for gode män "översteg budget med 0,8 miljoner kronor" (a statement about someone
else) and the external review's cost that "ryms inom nämndens budget" (a financing statement): seven `other`
items and no cause.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-cond-bold"),
        margins=(72.0, 82.0, 68.0, 74.0),
        header=lambda n, m: ("Uppsala kommun, Överförmyndarförvaltningen", "Tjänsteskrivelse 2026-01-22"),
        footer=lambda n, m: ("Diarienummer ÖFN-2026-00017", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    controls = Table(
        caption="Tabell 1. Kontrollmoment enligt internkontrollplanen 2025",
        header=(("Kontrollmoment", "Frekvens", "Antal kontroller", "Resultat"),),
        rows=(
            ("Granskning av årsräkningar", "Löpande", "1 840", "Delvis uppfyllt"),
            ("Arvoden till ställföreträdare", "Halvår", "60", "Avvikelse"),
            ("Uttag från spärrade konton", "Kvartal", "40", "Utan anmärkning"),
            ("Utbildning av ställföreträdare", "Helår", "1", "Delvis uppfyllt"),
        ),
        widths=(190.0, 70.0, 90.0, 100.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="sans-bold", after=2),
        Title("Överförmyndarnämnden", size=12, font="serif-cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Överförmyndarnämnden godkänner uppföljningen av internkontrollplanen för 2025 och beslutar att "
            "kontrollen av arvodesbeslut ska ingå även i 2026 års plan."
        ),
        H("Sammanfattning", 2),
        P(
            "Nämnden har under 2025 genomfört fyra kontrollmoment. Ett moment visar avvikelser och två har delvis "
            "uppfyllts. Inga av avvikelserna bedöms som allvarliga."
        ),
        controls,
        H("Resultat per kontrollmoment", 2),
        LP(
            "Granskning av årsräkningar.",
            "Av 1 840 inkomna årsräkningar hade 96 procent granskats vid utgången av oktober. Att målet på 100 "
            "procent inte nåddes beror på att två handläggartjänster var vakanta under hösten.",
            O("Granskning av årsräkningar", "vakanser", note="A target missed, with 'beror på': other."),
        ),
        LP(
            "Arvoden till ställföreträdare.",
            "Kontrollen av 60 slumpvis valda arvodesbeslut visade att fyra beslut avvek från riktlinjen, vilket "
            "sammanlagt innebar att 23 400 kronor för mycket betalades ut. Avvikelsen beror på att fel timarvode "
            "tillämpades efter indexuppräkningen.",
            O("Arvoden till ställföreträdare", note="A control deviation, not a deviation from budget."),
        ),
        P(
            "Kostnaden för de arvoden som kommunen betalar när huvudmannen saknar egna medel blev 1,2 miljoner "
            "kronor högre än 2024, vilket beror på fler ärenden med personer som har stora skulder.",
            O("Arvoden till ställföreträdare", "volymer", note="Against the previous year, not the budget."),
        ),
        LP(
            "Uttag från spärrade konton.",
            "Samtliga 40 kontrollerade uttag över 50 000 kronor hade godkänts av överförmyndaren innan de gjordes.",
            O("Uttag från spärrade konton"),
        ),
        LP(
            "Utbildning av ställföreträdare.",
            "Antalet deltagare var 140 mot planerade 200, vilket beror på att ett av höstens utbildningstillfällen "
            "ställdes in.",
            O("Utbildning av ställföreträdare"),
        ),
        H("Övriga iakttagelser", 2),
        P(
            "Kommunens revisorer har i sin granskning av socialnämnden noterat att socialnämndens kostnader för "
            "gode män för ensamkommande barn översteg budget med 0,8 miljoner kronor under 2025.",
            O("Socialnämnden", note="An audit finding about another committee: other."),
        ),
        P(
            "Kostnaden för den externa granskningen av arvodesbesluten, 85 000 kronor, ryms inom nämndens budget "
            "för konsulttjänster.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        P(
            "Förvaltningen föreslår att kontrollen av arvodesbeslut och granskningen av årsräkningar finns kvar i "
            "planen och att ett nytt moment om handläggningstider för nya ärenden läggs till."
        ),
    ]
    return ReportSpec(
        file="uppsala-ofn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Överförmyndarnämnden"],
            "period": ["2025"],
            "report_type": "internkontroll",
        },
        metadata={
            "title": "Uppföljning av internkontrollplan 2025 Överförmyndarnämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
