"""Arkivcentrum Örebro län (kommunalförbund), Förbundsdirektionen, ekonomisk uppföljning januari–juni 2026.

A small archive kommunalförbund's half-year follow-up in DejaVu Sans 9.5 pt, footer with the direktion's
meeting date in August: the period's result "268 tkr bättre än det periodiserade budgeterade resultatet"
between two levels and the full year's "−180 tkr mot ett budgeterat nollresultat" in two sentences; a
kostnadsslag table in tkr with a minus in front and a U+2212 column for the full year; bold run-in kostnadsslag
ending in a full stop: the members' fees "följer budget" (boilerplate), commission revenue "240 tkr högre än
budgeterat", personnel costs "överstiger budget med 310 tkr" after two reasons, a reason-only premises row
(the row's "−150"), e-archive licences "60 tkr dyrare än budgeterat", other costs "ett överskott om 100 tkr";
equity covering the deficit (other), an action with "cirka 90 tkr" and reading-room visits against 2025 with
"beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Arkivcentrum Örebro län", "Kommunalförbund"),
        footer=lambda n, m: ("Förbundsdirektionen 2026-08-27", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, tkr",
        header=(("", "Budget jan–jun", "Utfall jan–jun", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "4 350", "4 350", "8 700", "8 700", "0"),
            ("Uppdragsintäkter", "600", "820", "1 200", "1 440", "240"),
            ("Personalkostnader", "-3 110", "-3 240", "-6 220", "-6 530", "−310"),
            ("Lokalkostnader", "-1 050", "-1 120", "-2 100", "-2 250", "−150"),
            ("IT och e-arkiv", "-310", "-330", "-620", "-680", "−60"),
            ("Övriga kostnader", "-336", "-68", "-960", "-860", "100"),
            ("Resultat", "144", "412", "0", "-180", "−180"),
        ),
        widths=(112.0, 68.0, 68.0, 62.0, 66.0, 58.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–juni 2026", size=17, font="sans-bold", after=2),
        Title("Arkivcentrum Örebro län", size=12, font="sans", after=12),
        H("Resultat", 2),
        PS(
            (
                "Förbundets resultat för första halvåret är 412 tkr, vilket är 268 tkr bättre än det periodiserade "
                "budgeterade resultatet på 144 tkr.",
                C(None, "268 tkr", "+", note="The period between two levels: the deviation is the amount."),
            ),
            (
                "För helåret prognostiseras ett resultat på −180 tkr mot ett budgeterat nollresultat.",
                C(None, "−180 tkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP("Medlemsavgifter.", "Avgifterna från medlemmarna följer budget.", BP("Medlemsavgifter")),
        LP(
            "Uppdragsintäkter.",
            "Intäkterna från skanningsuppdrag åt medlemmarna blir 240 tkr högre än budgeterat, eftersom två "
            "kommuner har beställt digitalisering av äldre bygglovsakter.",
            C("Uppdragsintäkter", "240 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader.",
            "En arkivarie har anställts på visstid för att klara uppdragen, och lönerevisionen blev högre än "
            "budgeterat. Sammantaget överstiger personalkostnaderna budget med 310 tkr.",
            C("Personalkostnader", "310 tkr", "-", "lonekostnader", "volymer"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för magasinet har räknats upp med index och blir därmed högre än i budget.",
            C(
                "Lokalkostnader",
                "−150",
                "-",
                "lokaler",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "IT och e-arkiv.",
            "Licensen för e-arkivet blir 60 tkr dyrare än budgeterat efter leverantörens prishöjning.",
            C("IT och e-arkiv", "60 tkr", "-", "it_digitalisering", "prisokningar"),
        ),
        LP(
            "Övriga kostnader.",
            "Lägre kostnader för konservering och transporter ger ett överskott om 100 tkr.",
            C("Övriga kostnader", "100 tkr", "+"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick till 1 950 tkr vid årsskiftet och räcker för att täcka det "
            "prognostiserade underskottet.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte återbesätta en administrativ tjänst vid en pensionsavgång i oktober, "
            "vilket ger en besparing på cirka 90 tkr i år.",
            A("Personalkostnader", "cirka 90 tkr", "vakanser"),
        ),
        H("Verksamhet", 2),
        P(
            "Forskarsalen hade 640 besök under första halvåret, 15 procent fler än samma period 2025, vilket beror på "
            "den nya kursen i släktforskning.",
            O(None, "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="arkivcentrum-orebro-lan-ekonomisk-uppfoljning-2026-06.pdf",
        report={
            "municipality": ["Arkivcentrum Örebro län", "Kommunalförbundet Arkivcentrum Örebro län"],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–juni 2026 Arkivcentrum Örebro län",
            "author": "Arkivcentrum Örebro län",
        },
        style=style,
        blocks=blocks,
    )
