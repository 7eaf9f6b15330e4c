"""Osby kommun, Omsorgsnämnden, månadsrapport oktober 2025.

An elderly-care and disability committee's month report in Liberation Sans Narrow 10 pt, with the letter date
in November in the footer: the full year "ett underskott på –5,4 mnkr (–4,8 mnkr i september)" (the bracket is
last month's), the accumulated period "4,1 mnkr sämre än budget" in a sentence of its own; a table with en-dash
minus signs and September's deviation; bullets under a generic heading ("Kommentarer till avvikelserna") in
varied shapes: a run-in area with a colon and reasons only (the row's "–3,1"), "överskrider budget med 2,6
mnkr" with a percentage that is not the amount, "visar ett överskott om 0,9 mnkr", "negativ avvikelse 1,2 mnkr"
after a colon, "bidrar positivt med 0,6 mnkr"; the change since September with no cause; two actions, one with
an effect; equity that may not cover the deficit (other) and investments used in full (boilerplate). 7 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Osby kommun", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Datum 2025-11-11", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse sep"),),
        rows=(
            ("Särskilt boende", "112,6", "115,7", "–3,1", "–3,0"),
            ("Hemtjänst", "74,3", "76,9", "–2,6", "–2,0"),
            ("Hemsjukvård", "31,8", "30,9", "0,9", "0,9"),
            ("Funktionsstöd (LSS)", "58,0", "59,2", "–1,2", "–1,2"),
            ("Myndighet och ledning", "17,5", "16,9", "0,6", "0,5"),
            ("Summa", "294,2", "299,6", "–5,4", "–4,8"),
        ),
        widths=(150.0, 62.0, 62.0, 66.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="narrow-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Omsorgsnämndens prognos för helåret visar ett underskott på –5,4 mnkr (–4,8 mnkr i september).",
            C(None, "–5,4 mnkr", "-", note="September's figure in brackets is not the amount."),
        ),
        P(
            "Ackumulerat till och med oktober är utfallet 4,1 mnkr sämre än budget.",
            C(None, "4,1 mnkr", "-", note="The period in a sentence of its own."),
        ),
        P(
            "Jämfört med september har prognosen försämrats med 0,6 mnkr.",
            F(None, "0,6 mnkr", "-", note="A forecast change with no cause."),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Särskilt boende: Sjukfrånvaron har legat högt under hösten, och korttidsfrånvaron har täckts med "
                "övertid och timvikarier. Därtill har livsmedelskostnaderna ökat.",
                "Hemtjänsten överskrider budget med 2,6 mnkr. De beviljade timmarna har ökat med 9 procent sedan "
                "januari, och restiderna har blivit längre sedan två hemtjänstgrupper slogs ihop.",
                "Hemsjukvård visar ett överskott om 0,9 mnkr, främst till följd av att en sjuksköterskas och en "
                "arbetsterapeuts tjänster har varit vakanta.",
                "Funktionsstöd: negativ avvikelse 1,2 mnkr, då ett köp av extern korttidsvistelse för ett barn inte "
                "var känt vid budgeteringen.",
                "Myndighet och ledning bidrar positivt med 0,6 mnkr genom lägre kostnader för verksamhetssystemet än "
                "beräknat.",
            ),
            labels=(
                C(
                    "Särskilt boende",
                    "–3,1",
                    "-",
                    "sjukfranvaro",
                    "overtid",
                    "vikarier",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note="A reason-only bullet: the row's deviation cell.",
                ),
                C(
                    "Hemtjänst",
                    "2,6 mnkr",
                    "-",
                    "volymer",
                    "omstallning",
                    note="The 9 percent is a volume, not the amount; merged groups are omstallning.",
                ),
                C("Hemsjukvård", "0,9 mnkr", "+", "vakanser"),
                C("Funktionsstöd", "1,2 mnkr", "-", "kopt_verksamhet"),
                C("Myndighet och ledning", "0,6 mnkr", "+", "it_digitalisering"),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Övertid inom särskilt boende beviljas från november endast av enhetschef.",
                A("Särskilt boende", None, "overtid"),
            ),
            (
                "En översyn av scheman och körlistor i hemtjänsten väntas ge en effekt om 0,4 mnkr under "
                "november–december.",
                A("Hemtjänst", "0,4 mnkr", "bemanning"),
            ),
        ),
        H("Eget kapital och investeringar", 2),
        P(
            "Nämnden har ett eget kapital på 3,0 mnkr, som enligt kommunens regler för resultatöverföring inte får "
            "användas för att täcka årets underskott.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Investeringsbudgeten på 1,5 mnkr för inventarier och larm beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
    ]
    return ReportSpec(
        file="osby-on-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Omsorgsnämnden", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
