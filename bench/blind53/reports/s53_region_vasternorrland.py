"""Region Västernorrland, Regionala utvecklingsnämnden, tertialrapport 1 2026.

A region's regional-development committee (public transport, culture, business development, folk high
schools) in "miljoner kronor" and mnkr with U+2212 minus signs, footer with the nämnd's meeting date in May and
a diarienummer: the period "4,2 miljoner kronor bättre än budget" in a paragraph of its own, then the full
year's "underskott på 9 miljoner kronor mot budget" and the period surplus's timing reason in the next
sentence (two causes, the second with amount null); a shaded table with the period's and the full year's
columns; headings that carry the verksamhet and amount ("Kollektivtrafik −11,5 mnkr"), where the public
transport paragraph has an index percentage that is not the amount and a ticket-revenue sub-area "3,1 mnkr
över budget" in a sentence of its own (its own item); "Kultur ±0,0 mnkr" over "bedöms följa budget"
(boilerplate); the change since February with its cause; an action "5 mnkr per år"; investments "29 miljoner
kronor lägre än budget" after two levels; travel against last year (other). DejaVu Serif Condensed 9.5 pt
with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Västernorrland", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Regionala utvecklingsnämnden 2026-05-21", "RUN/2026:118", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, mnkr",
        header=(
            (
                "Verksamhet",
                "Utfall jan–apr",
                "Budget jan–apr",
                "Budget 2026",
                "Prognos 2026",
                "Avvikelse helår",
            ),
        ),
        rows=(
            ("Kollektivtrafik", "214,6", "210,3", "612,0", "623,5", "−11,5"),
            ("Kultur", "33,2", "39,6", "118,4", "118,4", "0,0"),
            ("Regional utveckling", "25,0", "27,4", "86,9", "85,4", "1,5"),
            ("Folkhögskolor", "7,6", "7,0", "21,3", "21,8", "−0,5"),
            ("Nämnd och kansli", "4,4", "4,7", "14,2", "12,7", "1,5"),
            ("Summa", "284,8", "289,0", "852,8", "861,8", "−9,0"),
        ),
        widths=(118.0, 66.0, 68.0, 64.0, 64.0, 76.0),
        bold_rows=frozenset({5}),
        size=8.5,
        shade=(0.85, 0.9, 0.88),
        grid=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Regionala utvecklingsnämnden", size=12, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Regionala utvecklingsnämnden redovisar efter april ett ackumulerat resultat som är 4,2 miljoner kronor "
            "bättre än budget.",
            C(None, "4,2 miljoner kronor", "+", note="The period against budget in a paragraph of its own."),
        ),
        Para(
            (
                (
                    "Helårsprognosen är ett underskott på 9 miljoner kronor mot budget, där kollektivtrafiken står för "
                    "det största underskottet.",
                    C(None, "9 miljoner kronor", "-"),
                ),
                (
                    "Periodens överskott är till största delen en tidsförskjutning, eftersom verksamhetsbidragen till "
                    "länets kulturinstitutioner betalas ut under andra halvåret.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's reason, apart from its amount: a cause with amount null.",
                    ),
                ),
            )
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Para(
            (
                (
                    "Kostnaderna för den upphandlade busstrafiken har ökat mer än budgeterat. Indexuppräkningen av "
                    "trafikavtalen blev 6,8 procent mot budgeterade 3,5 procent, och ersättningen för skolkort från "
                    "kommunerna blir lägre när färre elever reser.",
                    C(
                        "Kollektivtrafik",
                        "−11,5 mnkr",
                        "-",
                        "prisokningar",
                        "avgifter_intakter",
                        "volymer",
                        note="The heading carries the amount; the index percentages are not the amount.",
                    ),
                ),
                (
                    "Biljettintäkterna ligger däremot 3,1 mnkr över budget tack vare fler resenärer i regionaltrafiken "
                    "längs kusten.",
                    C(
                        "Biljettintäkter",
                        "3,1 mnkr",
                        "+",
                        "avgifter_intakter",
                        "volymer",
                        note="A sub-area with its own amount inside the public transport paragraph.",
                    ),
                ),
            ),
            head="Kollektivtrafik −11,5 mnkr",
            head_level=3,
        ),
        HP(
            "Regional utveckling +1,5 mnkr",
            "Två projekt inom näringslivsutveckling har startat senare än planerat, och regionens medfinansiering "
            "betalas därför ut först 2027.",
            C("Regional utveckling", "+1,5 mnkr", "+", "periodisering"),
        ),
        HP(
            "Folkhögskolor −0,5 mnkr",
            "Folkhögskolorna har fått ett lägre statsbidrag från Folkbildningsrådet än beräknat, eftersom antalet "
            "deltagarveckor blev färre än planerat under hösten 2025.",
            C("Folkhögskolor", "−0,5 mnkr", "-", "statsbidrag", "volymer"),
        ),
        HP(
            "Nämnd och kansli +1,5 mnkr",
            "Två handläggartjänster har varit vakanta sedan årsskiftet och rekryteringen har dragit ut på tiden.",
            C("Nämnd och kansli", "+1,5 mnkr", "+", "vakanser"),
        ),
        HP(
            "Kultur ±0,0 mnkr",
            "Kulturverksamheten bedöms följa budget för helåret.",
            BP("Kultur"),
        ),
        H("Förändring jämfört med föregående prognos", 2),
        P(
            "Prognosen är 2,5 miljoner kronor sämre än i februari, eftersom trafikavtalens indexuppräkning blev känd "
            "först i mars.",
            F(None, "2,5 miljoner kronor", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden ger förvaltningen i uppdrag att ta fram förslag på trafikförändringar till tidtabellsskiftet i "
            "december med en besparing om 5 mnkr per år.",
            A("Kollektivtrafik", "5 mnkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 48 miljoner kronor avser främst nya regionbussar. Leveransen av elbussarna är "
            "försenad, och prognosen för året är 19 miljoner kronor, det vill säga 29 miljoner kronor lägre än "
            "budget.",
            C("Investeringar", "29 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Verksamhet", 2),
        P(
            "Resandet med kollektivtrafiken har ökat med 4 procent jämfört med samma period 2025.",
            O("Kollektivtrafik", "volymer", note="Travel against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vasternorrland-run-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Västernorrland",
            "committee": ["Regionala utvecklingsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Regionala utvecklingsnämnden",
            "author": "Region Västernorrland",
        },
        style=style,
        blocks=blocks,
    )
