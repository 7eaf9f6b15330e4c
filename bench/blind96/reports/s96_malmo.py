"""Malmö stad, Överförmyndarnämnden, uppföljningsrapport april 2026.

A small committee's tertial follow-up in mnkr, DejaVu Sans 9.5 pt, footer with the nämnd's meeting in May:
the full year "ett underskott om 3,8 mnkr" beside a percentage of the frame, the period "överstiger
periodiserad budget med 1,5 mnkr" in its own paragraph, a kostnadsslag table with U+2212 minus signs, then two
columns of bold run-in kostnadsslag ending in a full stop: fees to ställföreträdare with the amount in the
last sentence and a "respektive" split into gode män and förvaltare in the same paragraph (three items), "ger
ett överskott på 0,9 mnkr", "följer budget" (boilerplate), "vilket ger en negativ avvikelse på 0,8 mnkr" and
a reason-only row (the table's "−0,3"); the change since February without a cause, actions as bullets (one
with an effect) and a request for compensation (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Malmö stad", "Överförmyndarnämnden"),
        footer=lambda n, m: ("Uppföljningsrapport april 2026", "Överförmyndarnämnden 2026-05-21", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, mnkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Arvoden till ställföreträdare", "42,0", "45,6", "−3,6"),
            ("Personalkostnader", "38,5", "37,6", "0,9"),
            ("Lokaler", "6,2", "6,2", "0,0"),
            ("IT och digitalisering", "3,1", "3,9", "−0,8"),
            ("Övriga kostnader", "2,8", "3,1", "−0,3"),
            ("Summa", "92,6", "96,4", "−3,8"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        grid=True,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=18, font="sans-bold", after=2),
        Title("Överförmyndarnämnden", size=12, font="sans", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämnden prognostiserar ett underskott om 3,8 mnkr för helåret 2026, motsvarande 4,1 procent av "
            "budgetramen.",
            C(None, "3,8 mnkr", "-", note="A percentage of the frame beside the amount."),
        ),
        P(
            "Per april uppgår nettokostnaden till 31,4 mnkr, vilket överstiger periodiserad budget med 1,5 mnkr.",
            C(None, "1,5 mnkr", "-"),
        ),
        P(
            "Prognosen är 0,7 mnkr sämre än i februari.",
            F(None, "0,7 mnkr", "-", note="A change with no cause."),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        Columns(2),
        LP(
            "Arvoden till ställföreträdare.",
            "Antalet ärenden med god man eller förvaltare har ökat med 140 sedan årsskiftet, samtidigt som "
            "arvodena har räknats upp med prisbasbeloppet. Kostnaden beräknas bli 3,6 mnkr högre än budget.",
            C("Arvoden till ställföreträdare", "3,6 mnkr", "-", "volymer", "prisokningar"),
            (
                "Av underskottet avser 2,4 respektive 1,2 mnkr gode män och förvaltare.",
                C(
                    "Gode män",
                    "2,4",
                    "-",
                    unit="mnkr",
                    note="A 'respektive' split inside another area's paragraph: its own items.",
                    also=(C("Förvaltare", "1,2 mnkr", "-"),),
                ),
            ),
        ),
        LP(
            "Personalkostnader.",
            "Vakanser bland handläggarna under första kvartalet, då två medarbetare gick i pension och "
            "ersättarna började först i april, ger ett överskott på 0,9 mnkr.",
            C("Personalkostnader", "0,9 mnkr", "+", "vakanser"),
        ),
        LP("Lokaler.", "Lokalkostnaderna följer budget.", BP("Lokaler")),
        LP(
            "IT och digitalisering.",
            "Införandet av det nya ärendehanteringssystemet har blivit dyrare än planerat, främst genom fler "
            "konsulttimmar för datamigrering, vilket ger en negativ avvikelse på 0,8 mnkr.",
            C("IT och digitalisering", "0,8 mnkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        LP(
            "Övriga kostnader.",
            "Fler årsräkningar än tidigare år har krävt tolk och rekommenderade utskick.",
            C(
                "Övriga kostnader",
                "−0,3",
                "-",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            (
                "En större andel av de nya ärendena lämnas till yrkesförvaltare med fast arvode.",
                "Digital inlämning av årsräkningar införs från och med juni, med en beräknad besparing på 0,2 "
                "mnkr under året.",
            ),
            labels=(
                A("Arvoden till ställföreträdare", None),
                A("Övriga kostnader", "0,2 mnkr", "it_digitalisering"),
            ),
        ),
        H("Finansiering", 2),
        P(
            "Nämnden har begärt att kommunstyrelsen ska kompensera nämnden för ärendeökningen i samband med "
            "delårsrapporten per augusti.",
            O(None, note="A request for financing: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-ofn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Överförmyndarnämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Överförmyndarnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
