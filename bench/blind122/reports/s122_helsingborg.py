"""Helsingborgs stad, Kulturnämnden, tertialrapport 1 2026 (per april).

A culture committee's tertial report in DejaVu Sans Condensed, its footer with the nämnd's meeting in May:
the period "2,4 miljoner kronor lägre än periodens budget" (a net cost under budget, positive), the timing
reason for the period surplus in a sentence of its own (amount null), the full year "ett underskott mot budget
på 1,1 miljoner kronor", "Prognosen är oförändrad jämfört med februari" (boilerplate forecast change); a
table in tkr with U+2212 minus signs and February's deviation beside April's; bullets under a generic heading
in varied shapes ("Bibliotek: +650 tkr." as a run-in with two reasons, a possessive "Museernas prognos är
−1 900 tkr", "Inom scenkonst och evenemang beräknas kostnaderna överstiga budget med 1 350 tkr", "håller
budget" (boilerplate), an undistributed reserve "redovisas som överskott" (reserver)); investments
"underskridas med 2,8 mnkr"; an action with its effect, library visits against last year and a rent risk
(others). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Kulturförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Kulturnämnden", "Sammanträde 2026-05-20", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos april", "Avvikelse april", "Avvikelse feb"),),
        rows=(
            ("Bibliotek", "71 800", "71 150", "650", "500"),
            ("Museer", "58 300", "60 200", "−1 900", "−1 700"),
            ("Scenkonst och evenemang", "44 600", "45 950", "−1 350", "−1 400"),
            ("Kulturstöd", "26 900", "26 900", "0", "0"),
            ("Nämndens reserv", "1 500", "0", "1 500", "1 500"),
            ("Summa", "203 100", "204 200", "−1 100", "−1 100"),
        ),
        widths=(140.0, 70.0, 76.0, 82.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Kulturnämnden", size=12, font="cond", after=14),
        H("Ekonomiskt resultat och prognos", 1),
        P(
            "Kulturnämndens utfall för januari–april är 2,4 miljoner kronor lägre än periodens budget.",
            C(None, "2,4 miljoner kronor", "+", note="A net cost under the period's budget: positive."),
        ),
        P(
            "Överskottet för perioden är till stor del en tidsfråga, eftersom flera evenemang och utställningar "
            "infaller under sommaren och hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott mot budget på 1,1 miljoner kronor.",
                C(None, "1,1 miljoner kronor", "-", note="The full year; the next sentence is its own item."),
            ),
            ("Prognosen är oförändrad jämfört med februari.", BF(None)),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Bibliotek: +650 tkr. Lägre kostnader för medieinköp efter ny upphandling samt en vakant tjänst "
                "som bibliotekarie.",
                "Museernas prognos är −1 900 tkr, främst till följd av att besöken och därmed entréintäkterna har "
                "varit färre än beräknat under vintern.",
                "Inom scenkonst och evenemang beräknas kostnaderna överstiga budget med 1 350 tkr. Skärpta "
                "säkerhetskrav vid stadsfestivalen ger högre kostnader för vakter och avspärrningar.",
                "Kulturstöd till föreningar håller budget.",
                "Nämndens gemensamma reserv på 1 500 tkr har inte fördelats och redovisas som överskott.",
            ),
            labels=(
                C(
                    "Bibliotek",
                    "+650 tkr",
                    "+",
                    "prisokningar",
                    "vakanser",
                    note="A cheaper contract: prisokningar.",
                ),
                C("Museer", "−1 900 tkr", "-", "volymer", "avgifter_intakter"),
                C(
                    "Scenkonst och evenemang",
                    "1 350 tkr",
                    "-",
                    "ovrigt",
                    note="Security requirements at a festival: ovrigt.",
                ),
                BP("Kulturstöd"),
                C("Nämndens reserv", "1 500 tkr", "+", "reserver"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 9,4 mnkr beräknas underskridas med 2,8 mnkr, eftersom upprustningen av "
            "scentekniken i Kulturhuset Hamnvik skjuts till 2027.",
            C("Investeringar", "2,8 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder, verksamhet och risker", 2),
        P(
            "Förvaltningen ser över öppettider och bemanning i museerna under hösten för att minska underskottet "
            "med cirka 500 tkr.",
            A("Museer", "cirka 500 tkr", "bemanning"),
        ),
        P(
            "Antalet besök på biblioteken var 8 procent högre än under januari–april 2025.",
            O("Bibliotek", "volymer", note="Visits against last year: other."),
        ),
        P(
            "Hyran för museimagasinet omförhandlas under hösten, och en högre hyresnivå från 2027 kan inte "
            "uteslutas.",
            O("Museer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-kn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kulturnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
