"""Arbogaåns vattenförbund, Styrelsen, ekonomisk uppföljning per 30 juni 2026.

A water-protection association's half-year follow-up in tkr with U+2212 and "+" signs, footer with the
styrelse's meeting date in August: the period's result "212 tkr, att jämföra med ett periodiserat budgeterat
resultat på 95 tkr" (117 never written out) and the full year "ett underskott mot budget på 140 tkr" in two
sentences, the change since April with no cause; the members' fees that "följer budget" (boilerplate); a
kostnadsslag table; sampling "190 tkr dyrare än budgeterat" (laboratory prices and PFAS analyses), a
consultant report bought cheaper with no amount (the row's "+80"), biological surveys "60 tkr mer än
planerat" after high water; equity covering the deficit and sampling coverage (others) and an action with
"cirka 150 tkr per år". DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(74.0, 80.0, 74.0, 74.0),
        header=lambda n, m: ("Arbogaåns vattenförbund", ""),
        footer=lambda n, m: ("Styrelsemöte 2026-08-27", "Ekonomisk uppföljning januari–juni 2026", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos 2026, tkr",
        header=(("", "Budget 2026", "Utfall jan–jun", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "1 860", "930", "1 860", "0"),
            ("Provtagning och analyser", "−1 120", "−490", "−1 310", "−190"),
            ("Konsulter och rapportering", "−380", "−120", "−300", "+80"),
            ("Biologiska undersökningar", "−240", "−60", "−300", "−60"),
            ("Administration", "−120", "−48", "−90", "+30"),
            ("Resultat", "0", "212", "−140", "−140"),
        ),
        widths=(150.0, 70.0, 72.0, 70.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–juni 2026", size=17, font="cond-bold", after=2),
        Title("Arbogaåns vattenförbund", size=12, font="cond", after=12),
        H("Resultat", 2),
        PS(
            (
                "Förbundets resultat per 30 juni är 212 tkr, att jämföra med ett periodiserat budgeterat resultat på "
                "95 tkr.",
                C(
                    None,
                    "212 tkr, att jämföra med ett periodiserat budgeterat resultat på 95 tkr",
                    "+",
                    value=117_000,
                    note="The period's deviation of 117 tkr, never written out: the computed value.",
                ),
            ),
            (
                "För helåret beräknas ett underskott mot budget på 140 tkr.",
                C(None, "140 tkr", "-"),
            ),
            ("Prognosen är 40 tkr sämre än vid uppföljningen i april.", F(None, "40 tkr", "-")),
        ),
        P(
            "Medlemsavgifterna från kommunerna och verksamhetsutövarna följer budget.",
            BP("Medlemsavgifter"),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Provtagning och analyser blir 190 tkr dyrare än budgeterat, eftersom laboratoriet har höjt sina priser "
            "med 12 procent och PFAS-analyser har lagts till i programmet.",
            C(
                "Provtagning och analyser",
                "190 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="A percentage price rise is not the amount. PFAS analyses are ovrigt.",
            ),
        ),
        P(
            "Årsrapporten för 2025 upphandlades till ett lägre pris än tidigare år.",
            C(
                "Konsulter och rapportering",
                "+80",
                "+",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. A cheaper procurement: prisokningar.",
            ),
        ),
        P(
            "De biologiska undersökningarna kostar 60 tkr mer än planerat, då ett extra elfiske behövdes efter att "
            "vårens provfiske avbröts av högt vattenflöde.",
            C("Biologiska undersökningar", "60 tkr", "-", "ovrigt", note="High water: ovrigt."),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgår till 410 tkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Provtagningen har hittills utförts vid 22 av 24 planerade stationer.",
            O(None, note="Coverage of the sampling programme: other."),
        ),
        H("Förslag inför 2027", 2),
        P(
            "Styrelsen föreslår att provtagningsfrekvensen i biflödena minskas från tolv till sex gånger per år från "
            "2027, vilket minskar kostnaderna med cirka 150 tkr per år.",
            A("Provtagning och analyser", "cirka 150 tkr"),
        ),
    ]
    return ReportSpec(
        file="arbogaans-vattenforbund-ekonomisk-uppfoljning-2026-06.pdf",
        report={
            "municipality": ["Arbogaåns vattenförbund", "Arbogaåns Vattenförbund"],
            "committee": ["Styrelsen"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Ekonomisk uppföljning januari–juni 2026", "author": "Arbogaåns vattenförbund"},
        style=style,
        blocks=blocks,
    )
