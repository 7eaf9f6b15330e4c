"""Kungälvs kommun, Omsorgsnämnden, tertialrapport 1 2026.

An elderly-care and disability committee's tertial report in "mkr", footer with the nämnd's meeting date in
May: the full year "ett underskott på 10,0 mkr" with a percentage beside it and the period "nettokostnaden
3,9 mkr högre än den periodiserade budgeten" (negative) in two paragraphs; three kostnadsslag in one
sentence ("7,6 respektive 4,8 mkr", "medan intäkterna blir 2,4 mkr högre"); a table in mkr with en dashes as
minus signs ("–6,2"); then two columns of plain headings with the amount in the first sentence in varied
shapes ("går mot ett underskott på 6,2 mkr", "kostar mer än planerat, sammanlagt 3,4 mkr", "Inom
funktionsstöd blir kostnaderna 2,5 mkr högre än budget"), a reason-only surplus (the row's "1,1"), a
"bedöms hålla budget" sentence for a sub-area (boilerplate) and two areas as a "respektive" pair under a
generic heading; the change since February without a reason; two actions as bullets and a risk (other) come
before the columns. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Kungälvs kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Omsorgsnämnden 2026-05-21, § 48", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "214,0", "220,2", "–6,2"),
            ("Särskilt boende", "312,5", "315,9", "–3,4"),
            ("Hälso- och sjukvård", "96,3", "95,2", "1,1"),
            ("Funktionsstöd", "188,7", "191,2", "–2,5"),
            ("Myndighet och bistånd", "24,8", "24,4", "0,4"),
            ("Nämnd och ledning", "21,7", "21,1", "0,6"),
            ("Totalt", "858,0", "868,0", "–10,0"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Omsorgsnämnden, januari–april", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Omsorgsnämnden prognostiserar ett underskott på 10,0 mkr för helåret 2026, vilket motsvarar 1,2 "
            "procent av nettobudgeten.",
            C(None, "10,0 mkr", "-", note="The full year; the percentage is not the amount."),
        ),
        P(
            "Efter april är nettokostnaden 3,9 mkr högre än den periodiserade budgeten.",
            C(
                None,
                "3,9 mkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        Para(
            (
                (
                    "Tre kostnadsslag står för huvuddelen av avvikelsen: personalkostnaderna och köp av "
                    "verksamhet överstiger budget med 7,6 respektive 4,8 mkr, medan intäkterna blir 2,4 mkr högre "
                    "än budgeterat.",
                    C(
                        "Personalkostnader",
                        "7,6",
                        "-",
                        unit="mkr",
                        note="Three kostnadsslag in one sentence: three items, same text; no reasons, no tags.",
                        also=(
                            C("Köp av verksamhet", "4,8 mkr", "-"),
                            C("Intäkter", "2,4 mkr", "+"),
                        ),
                    ),
                ),
            )
        ),
        table,
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 2,7 mkr, främst inom hemtjänsten.",
            F(None, "2,7 mkr", "-", note="An area named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Ett nytt system för ruttplanering införs i hemtjänsten under hösten, med en beräknad effekt på "
                "1,5 mkr på helår.",
                "Inga nya avtal med bemanningsföretag tecknas från och med juni.",
            ),
            labels=(
                A("Hemtjänst", "1,5 mkr", "bemanning"),
                A("Hälso- och sjukvård", None, "inhyrd_personal"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det råder osäkerhet kring det nya avtalet för köpta platser inom funktionsstöd, som kan fördyra "
            "helåret med ytterligare 1–2 mkr.",
            O("Funktionsstöd", note="A risk."),
        ),
        H("Verksamheternas kommentarer", 2),
        Columns(2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten går mot ett underskott på 6,2 mkr. De beviljade timmarna har ökat med nästan 9 procent "
            "sedan budgeten lades, och sjukfrånvaron i grupperna i Ytterby och Kode har krävt mycket övertid.",
            C("Hemtjänst", "6,2 mkr", "-", "volymer", "sjukfranvaro", "overtid"),
        ),
        H("Särskilt boende", 3),
        P(
            "Särskilt boende kostar mer än planerat, sammanlagt 3,4 mkr. Nattbemanningen har förstärkts på två "
            "enheter, och livsmedelspriserna har fortsatt att stiga.",
            C("Särskilt boende", "3,4 mkr", "-", "bemanning", "prisokningar"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Vakanta sjukskötersketjänster ger ett överskott, trots att en del av passen har fått täckas med "
            "sjuksköterskor från bemanningsföretag.",
            C(
                "Hälso- och sjukvård",
                "1,1",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="mkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Funktionsstöd", 3),
        Para(
            (
                (
                    "Inom funktionsstöd blir kostnaderna 2,5 mkr högre än budget, framför allt för köpta platser i "
                    "bostad med särskild service för två unga vuxna.",
                    C("Funktionsstöd", "2,5 mkr", "-", "kopt_verksamhet"),
                ),
                ("Personlig assistans bedöms hålla budget.", BP("Personlig assistans")),
            )
        ),
        H("Övriga verksamheter", 3),
        Para(
            (
                (
                    "Myndighet och bistånd samt nämnd och ledning visar små överskott, 0,4 respektive 0,6 mkr, "
                    "till följd av lägre kostnader för utbildning och resor.",
                    C(
                        "Myndighet och bistånd",
                        "0,4",
                        "+",
                        "ovrigt",
                        unit="mkr",
                        note="A 'respektive' pair under a generic heading: two items; training and travel are ovrigt.",
                        also=(C("Nämnd och ledning", "0,6 mkr", "+", "ovrigt"),),
                    ),
                ),
            )
        ),
    ]
    return ReportSpec(
        file="kungalv-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Kungälv",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omsorgsnämnden", "author": "Kungälvs kommun"},
        style=style,
        blocks=blocks,
    )
