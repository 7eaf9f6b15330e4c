"""Västra Götalandsregionen, Styrelsen för Kungälvs sjukhus, månadsrapport februari 2026.

A hospital board's month report in mnkr with U+2212 minus signs, footer with the board's meeting date in
March: the accumulated result "−8,4 mnkr (−3,9 mnkr i januari) mot ett budgeterat nollresultat" (last
month's figure in brackets), the full year's "underskott mot budget på 35 mnkr" with its reasons in the same
segment and "Den är oförändrad jämfört med januari" (boilerplate forecast change); personnel costs "2,7
procent över budget" (amount null) and drugs "överstiger budget med 1,9 mnkr" in one sentence (two items); a
table with February's and January's deviation and the full-year forecast; bold run-in verksamhetsområden with
a colon: "Prognosen är −19 mnkr." then three causes, a sentence that ends in "ett underskott på 8 mnkr för
helåret", a deficit with a "varav" part, "ett överskott om 2 mnkr", "bedöms hålla budget" and a reason-only
buffer (the row's "+1", reserver); hired staff against last year (other) and two actions. Liberation Sans
9.5 pt.

The region is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Kungälvs sjukhus – Månadsrapport februari 2026"),
        footer=lambda n, m: (
            "Styrelsen för Kungälvs sjukhus 2026-03-24",
            "Diarienummer KUS 2026-00031",
            f"{n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Ack. feb", "Ack. jan", "Helårsprognos"),),
        rows=(
            ("Medicinområdet", "−4,6", "−2,2", "−19"),
            ("Akutmottagningen", "−1,9", "−0,8", "−8"),
            ("Kirurgi och ortopedi", "−2,3", "−1,1", "−11"),
            ("Psykiatri", "+0,6", "+0,3", "+2"),
            ("Diagnostik", "+0,4", "+0,1", "0"),
            ("Gemensamt", "−0,6", "−0,2", "+1"),
            ("Summa", "−8,4", "−3,9", "−35"),
        ),
        widths=(170.0, 76.0, 76.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Kungälvs sjukhus", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Sjukhusets ackumulerade resultat efter februari är −8,4 mnkr (−3,9 mnkr i januari) mot ett budgeterat "
            "nollresultat.",
            C(None, "−8,4 mnkr", "-", note="The period; the bracketed figure is last month's."),
        ),
        PS(
            (
                "Prognosen för helåret är ett underskott mot budget på 35 mnkr. Underskottet beror främst på hyrläkare "
                "inom akutmottagningen och medicinområdet, högre kostnader för läkemedel och att produktionen av "
                "planerade operationer ännu inte har nått den nivå som budgeten förutsätter.",
                C(None, "35 mnkr", "-", "inhyrd_personal", "material_hjalpmedel", "volymer"),
            ),
            ("Den är oförändrad jämfört med januari.", BF(None)),
        ),
        P(
            "Personalkostnaderna, inklusive inhyrd personal, ligger 2,7 procent över budget för perioden, medan "
            "kostnaderna för läkemedel överstiger budget med 1,9 mnkr.",
            C(
                "Personalkostnader",
                None,
                "-",
                "inhyrd_personal",
                note="A percentage only and no table row for it: amount null. Two kostnadsslag in one sentence.",
                also=(C("Läkemedel", "1,9 mnkr", "-", "material_hjalpmedel"),),
            ),
        ),
        table,
        H("Verksamhetsområdenas analys", 2),
        LP(
            "Medicinområdet:",
            "Prognosen är −19 mnkr. Hyrläkare inom internmedicin, fler vårdplatser än planerat under influensatoppen "
            "i januari och höga kostnader för läkemedel inom onkologin förklarar underskottet.",
            C("Medicinområdet", "−19 mnkr", "-", "inhyrd_personal", "volymer", "material_hjalpmedel"),
        ),
        LP(
            "Akutmottagningen:",
            "Både bemanningen med hyrsjuksköterskor nattetid och det ökade antalet besök, 6 procent fler än samma "
            "period i fjol, bidrar till ett underskott på 8 mnkr för helåret.",
            C("Akutmottagningen", "8 mnkr", "-", "inhyrd_personal", "volymer"),
        ),
        LP(
            "Kirurgi och ortopedi:",
            "Området ligger efter i produktionen av planerade operationer, vilket innebär att ersättningen från "
            "hälso- och sjukvårdsnämnden blir lägre än budgeterat. Helårsprognosen är −11 mnkr, varav ungefär 4 mnkr "
            "avser uteblivna ersättningar för höftprotesoperationer.",
            C(
                "Kirurgi och ortopedi",
                "−11 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        LP(
            "Psykiatri:",
            "Psykiatrin beräknas få ett överskott om 2 mnkr, framför allt på grund av vakanta psykologtjänster.",
            C("Psykiatri", "2 mnkr", "+", "vakanser"),
        ),
        LP("Diagnostik:", "Verksamheten bedöms hålla budget.", BP("Diagnostik")),
        LP(
            "Gemensamt:",
            "Sjukhusledningens gemensamma kostnader blir lägre än budget, eftersom en del av den centrala bufferten "
            "inte behöver tas i anspråk.",
            C(
                "Gemensamt",
                "+1",
                "+",
                "reserver",
                unit="mnkr",
                table=True,
                note="Reason only: the row's full-year cell.",
            ),
        ),
        H("Personal", 2),
        P(
            "Kostnaderna för inhyrd personal uppgick till 6,2 mnkr under januari–februari, vilket är 1,4 mnkr mer än "
            "under samma period 2025.",
            O(None, "inhyrd_personal", note="Hired staff against the previous year: other."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Sjukhusets handlingsplan för en ekonomi i balans omfattar minskat beroende av hyrläkare genom egna "
                "rekryteringar av specialister i internmedicin, med en beräknad effekt på 6 mnkr under 2026.",
                A("Medicinområdet", "6 mnkr", "inhyrd_personal"),
            ),
            (
                "Dessutom har ett extra operationsprogram för höftprotesoperationer startat i mars.",
                A("Kirurgi och ortopedi", None, "volymer"),
            ),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-kungalvs-sjukhus-manadsrapport-2026-02.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Kungälvs sjukhus", "Kungälvs sjukhus"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Kungälvs sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
