"""Nyköpings kommun, Samhällsbyggnadsnämnden, månadsrapport mars 2026.

A technical committee's month report in Arial Narrow metrics, footer with the print date in April: the full
year "ett negativt resultat om 2 100 tkr jämfört med budget" and, in the next sentence, the period "900 tkr
sämre än periodens budget" with its cause, "Prognosen är oförändrad" (boilerplate); a table whose last column
is each row's comment (hyphen-minus in the cells): reason-only comments take their row's cell ("-2 600",
"350", "400", "650"), one comment names its own amount ("cirka 850 tkr"), "Ingen avvikelse." (boilerplate) and
one row without a comment (unlabelled); investments "budgeten är 74,0 mnkr, och prognosen är att 52,5 mnkr
används" (21,5 never written out) and a project "1,8 mnkr dyrare än projektbudgeten"; an action and a
weather risk. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, Para, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 74.0, 62.0, 70.0),
        header=lambda n, m: ("Nyköpings kommun", "Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Utskriven 2026-04-14", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (("Nämnd och ledning", "6 200", "6 200", "0"), "Ingen avvikelse.", BP("Nämnd och ledning")),
            (
                ("Gata och trafik", "48 500", "51 100", "-2 600"),
                "Snöröjning och halkbekämpning i januari och februari överstiger helårets budget för "
                "vinterväghållning.",
                C(
                    "Gata och trafik",
                    "-2 600",
                    "-",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Snow is ovrigt.",
                ),
            ),
            (
                ("Park och natur", "14 300", "13 950", "350"),
                "Vakant tjänst som parkingenjör sedan januari.",
                C("Park och natur", "350", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bygglov", "1 800", "2 650", "-850"),
                "Färre ansökningar om bygglov för nybyggnation ger lägre avgiftsintäkter än budgeterat, cirka "
                "850 tkr.",
                C(
                    "Bygglov",
                    "cirka 850 tkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Miljö och hälsoskydd", "9 700", "9 300", "400"),
                "Högre intäkter från tillsynsavgifter efter den nya taxan.",
                C("Miljö och hälsoskydd", "400", "+", "avgifter_intakter", unit="tkr", table=True, note=ROW),
            ),
            (("Plan och exploatering", "7 100", "7 150", "-50"), "", None),
            (
                ("Mark och skog", "1 200", "550", "650"),
                "Större virkesförsäljning än planerat efter gallring i Stadsskogen.",
                C("Mark och skog", "650", "+", "avgifter_intakter", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "88 800", "90 900", "-2 100"), "", None),
        ),
        widths=(112.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="narrow-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="narrow", after=12),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Samhällsbyggnadsnämnden prognostiserar för 2026 ett negativt resultat om 2 100 tkr jämfört "
                    "med budget.",
                    C(None, "2 100 tkr", "-", note="The full year, a sentence of its own."),
                ),
                (
                    "Till och med mars är utfallet 900 tkr sämre än periodens budget, vilket främst förklaras av "
                    "vinterns snöröjning.",
                    C(None, "900 tkr", "-", "ovrigt", note="The period with its cause: snow is ovrigt."),
                ),
            )
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        H("Avvikelser per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten är 74,0 mnkr, och prognosen är att 52,5 mnkr används under året. Projektet "
            "Cykelstråk Västra länken har senarelagts ett år eftersom detaljplanen har överklagats.",
            C(
                "Investeringar",
                "74,0 mnkr, och prognosen är att 52,5 mnkr",
                "+",
                "periodisering",
                value=21_500_000,
                note="Investment under-spending of 21,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Ny pendlarparkering Norr blir 1,8 mnkr dyrare än projektbudgeten, eftersom förorenade massor "
            "påträffades vid schaktningen.",
            C(
                "Ny pendlarparkering Norr",
                "1,8 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun: contaminated soil is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att begränsa underskottet skjuter förvaltningen upp delar av beläggningsprogrammet till 2027, "
            "vilket minskar årets kostnader med 1 000 tkr.",
            A("Gata och trafik", "1 000 tkr"),
        ),
        H("Risker", 2),
        P(
            "Om vårvintern blir lika snörik som januari och februari kan kostnaderna för vinterväghållning öka med "
            "ytterligare 1,5 mnkr.",
            O("Gata och trafik", "ovrigt", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="nykoping-sbn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Nyköping",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Samhällsbyggnadsnämnden", "author": "Nyköpings kommun"},
        style=style,
        blocks=blocks,
    )
