"""Region Halland, Regionala utvecklingsnämnden, delårsrapport augusti 2025.

A region's development committee's interim report (public transport, business, infrastructure, skills) in
"miljoner kronor" and "mnkr", DejaVu Sans 9.5 pt, footer with the nämnd's meeting date in September: the
period's result and the full year's surplus against budget in one sentence (the full year's amount), the
period's higher level explained in the next sentence (a cause with amount null), the change since April
without a cause, personnel costs for the period "1,2 mnkr lägre än budget"; a table whose deficits are in brackets ("(4,6)"); then two columns mixing headings that carry
the area and amount ("Kollektivtrafik −4,6 mnkr", "Kompetensförsörjning +4,5 mnkr") with plain headings over
"Verksamheten beräknas göra ett överskott på 3,8 miljoner kronor", a reason-only paragraph (the row's "2,9")
and the area after "För" with an undistributed reserve as the reason (reserver); an action with its effect,
travel against last year and a dispute (others). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("bold", "bold", "bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Region Halland", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Regionala utvecklingsnämnden", "2025-09-25", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr (negativ avvikelse inom parentes)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kollektivtrafik", "742,5", "747,1", "(4,6)"),
            ("Näringsliv och innovation", "61,8", "58,0", "3,8"),
            ("Infrastruktur och samhällsplanering", "24,3", "21,4", "2,9"),
            ("Kompetensförsörjning", "38,6", "34,1", "4,5"),
            ("Nämnd och ledning", "15,2", "12,8", "2,4"),
            ("Summa", "882,4", "873,4", "9,0"),
        ),
        widths=(190.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="bold", after=2),
        Title("Regionala utvecklingsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens resultat för januari–augusti är +14,2 miljoner kronor, och helårsprognosen pekar på ett "
            "överskott mot budget om 9,0 miljoner kronor.",
            C(
                None,
                "9,0 miljoner kronor",
                "+",
                note="The period and the full year in one sentence: the full year.",
            ),
        ),
        P(
            "Periodens överskott är högre än helårsprognosen eftersom kostnaderna för sommarens extra trafik till "
            "kusten faktureras först i september.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Prognosen har förbättrats med 3,1 mnkr sedan delårsprognosen i april, framför allt inom näringsliv och "
            "innovation.",
            F(None, "3,1 mnkr", "+", note="Naming the area is no cause: no tag."),
        ),
        P(
            "Personalkostnaderna är 1,2 mnkr lägre än budget för perioden, till följd av vakanser och föräldraledigheter "
            "på förvaltningen.",
            C("Personalkostnader", "1,2 mnkr", "+", "vakanser", note="A kostnadsslag for the period."),
        ),
        table,
        H("Verksamhetsområdenas avvikelser", 2),
        Columns(2),
        HP(
            "Kollektivtrafik −4,6 mnkr",
            "Biljettintäkterna har ökat långsammare än väntat efter prishöjningen i januari, samtidigt som "
            "indexuppräkningen av trafikavtalen blev högre än budgeterat.",
            C("Kollektivtrafik", "−4,6 mnkr", "-", "avgifter_intakter", "prisokningar", note=HEAD),
        ),
        H("Näringsliv och innovation", 3),
        P(
            "Verksamheten beräknas göra ett överskott på 3,8 miljoner kronor, eftersom projektmedel till två "
            "innovationsprojekt inte kommer att betalas ut förrän 2026.",
            C("Näringsliv och innovation", "3,8 miljoner kronor", "+", "periodisering"),
        ),
        H("Infrastruktur och samhällsplanering", 3),
        P(
            "Medfinansieringen av en ny pendelparkering längs väg 153 har senarelagts, då Trafikverket har skjutit "
            "upp sin del av projektet.",
            C(
                "Infrastruktur och samhällsplanering",
                "2,9",
                "+",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        HP(
            "Kompetensförsörjning +4,5 mnkr",
            "Överskottet förklaras av två vakanta tjänster som projektledare och av att en planerad utlysning har "
            "flyttats till nästa år.",
            C("Kompetensförsörjning", "+4,5 mnkr", "+", "vakanser", "periodisering", note=HEAD),
        ),
        H("Nämnd och ledning", 3),
        P(
            "För nämnd och ledning beräknas ett överskott om 2,4 miljoner kronor, som i sin helhet förklaras av den "
            "ofördelade utvecklingsreserven.",
            C(
                "Nämnd och ledning",
                "2,4 miljoner kronor",
                "+",
                "reserver",
                note="An undistributed reserve: reserver.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett Hallandstrafiken i uppdrag att se över turutbudet på linjer med lågt resande, med en "
            "beräknad effekt på 1,5 miljoner kronor på helårsbasis.",
            A("Kollektivtrafik", "1,5 miljoner kronor"),
        ),
        H("Omvärld och osäkerheter", 2),
        P(
            "Resandet med den regionala busstrafiken har ökat med 4 procent jämfört med samma period 2024.",
            O("Kollektivtrafik", note="Travel against the previous year: other."),
        ),
        P(
            "En osäkerhet i prognosen är den pågående tvisten med en trafikentreprenör om ersättning för inställda "
            "turer under vintern.",
            O("Kollektivtrafik", note="An uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-run-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Regionala utvecklingsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Regionala utvecklingsnämnden",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
