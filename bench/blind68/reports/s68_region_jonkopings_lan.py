"""Region Jönköpings län, Nämnd för trafik, infrastruktur och miljö, delårsrapport per augusti 2025.

A region's public-transport committee's interim report in "miljoner kronor" and "mnkr", header with the
nämnd's meeting date in September: the period "+12,8 miljoner kronor jämfört med periodens budget", the full
year "ett underskott mot budget med 18,5 miljoner kronor" and the period's timing reason (amount null) in three
sentences; a table with en-dash minus; ticket and school-card revenue "14,0 respektive 3,2 miljoner kronor
lägre än budgeterat" (two items, shared cause); fuel index "överstiger budget med 9,4"; a run-in "Tågtrafiken:"
that "blir 6,0 mnkr lägre än budget" (cost lower: positive); a volume-driven "negativ avvikelse på 4,7 mnkr";
capital costs "6,8 mnkr lägre" from late buses; "följer budget" (boilerplate); investments "64 mnkr … en
budget på 96 mnkr" (32 never written out); a forecast change with no cause, an action with its yearly effect
and travel against last year (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("REGION JÖNKÖPINGS LÄN", "Nämnd för trafik, infrastruktur och miljö 2025-09-23"),
        footer=lambda n, m: ("Delårsrapport 2025", "Diarienummer RJL 2025/1906", f"{n}/{m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Helårsprognos, avvikelse mot budget, mnkr",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Biljettintäkter", "412,0", "398,0", "–14,0"),
            ("Skolkort", "96,5", "93,3", "–3,2"),
            ("Trafikavtal buss", "–868,2", "–877,6", "–9,4"),
            ("Tågtrafik", "–301,4", "–295,4", "6,0"),
            ("Färdtjänst och sjukresor", "–143,0", "–147,7", "–4,7"),
            ("Kapitalkostnader", "–58,9", "–52,1", "6,8"),
            ("Miljö och infrastruktur", "–38,6", "–38,6", "0,0"),
            ("Summa", "–901,6", "–920,1", "–18,5"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Nämnd för trafik, infrastruktur och miljö", size=12, font="narrow", after=12),
        H("Ekonomiskt resultat", 2),
        Para(
            (
                (
                    "Nämndens resultat per augusti är +12,8 miljoner kronor jämfört med periodens budget.",
                    C(None, "+12,8 miljoner kronor", "+", note="The period against budget."),
                ),
                (
                    "För helåret prognostiseras ett underskott mot budget med 18,5 miljoner kronor.",
                    C(None, "18,5 miljoner kronor", "-", note="The full year, a sentence of its own."),
                ),
                (
                    "Periodens överskott är i huvudsak en tidsförskjutning: kostnaderna för de nya trafikavtalen som "
                    "startade i augusti faller ut först under hösten.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason apart from its amount: amount null.",
                    ),
                ),
            )
        ),
        table,
        H("Avvikelser mot budget", 2),
        P(
            "Biljettintäkterna och intäkterna från skolkort blir 14,0 respektive 3,2 miljoner kronor lägre än "
            "budgeterat, eftersom resandet ännu inte har nått den nivå som budgeten bygger på.",
            C(
                "Biljettintäkter",
                "14,0",
                "-",
                "avgifter_intakter",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause: two items.",
                also=(C("Skolkort", "3,2 miljoner kronor", "-", "avgifter_intakter", "volymer"),),
            ),
        ),
        P(
            "Kostnaderna för busstrafiken överstiger budget med 9,4 miljoner kronor. Det beror på att "
            "indexuppräkningen i trafikavtalen, som följer priserna på diesel och HVO, blev högre än budgeterat.",
            C("Trafikavtal buss", "9,4 miljoner kronor", "-", "prisokningar"),
        ),
        LP(
            "Tågtrafiken:",
            "kostnaden blir 6,0 mnkr lägre än budget, eftersom avgångar ställdes in under banarbetena mellan Nässjö "
            "och Jönköping i juni och juli.",
            C("Tågtrafik", "6,0 mnkr", "+", "ovrigt", note="A lower cost: positive; track works are ovrigt."),
        ),
        P(
            "Antalet resor inom färdtjänst och sjukresor har ökat mer än beräknat, och prognosen visar en negativ "
            "avvikelse på 4,7 mnkr.",
            C("Färdtjänst och sjukresor", "4,7 mnkr", "-", "volymer"),
        ),
        P(
            "Kapitalkostnaderna blir 6,8 mnkr lägre än budgeterat, eftersom de nya elbussarna levereras senare än "
            "planerat.",
            C("Kapitalkostnader", "6,8 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        P(
            "Verksamheten inom miljö och infrastruktur följer budget.",
            BP("Miljö och infrastruktur"),
        ),
        H("Förändring mot tertialrapporten", 2),
        P(
            "Helårsprognosen är 3,5 miljoner kronor sämre än i tertialrapporten per april.",
            F(None, "3,5 miljoner kronor", "-", note="No cause given."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 64 mnkr för året, att jämföra med en budget på 96 mnkr. Leveransen "
            "av elva nya elbussar har försenats till 2026 på grund av brist på batterier hos tillverkaren.",
            C(
                "Investeringar",
                "64 mnkr för året, att jämföra med en budget på 96 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=32_000_000,
                note="Investment under-spending of 32 mnkr, never written out: the computed value. Buses are "
                "material_hjalpmedel.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett i uppdrag att se över turutbudet på landsbygdslinjer med lågt resande inför "
            "tidtabellsskiftet i december, med en beräknad besparing på 5 miljoner kronor per år.",
            A("Kollektivtrafik", "5 miljoner kronor"),
        ),
        H("Resande", 2),
        P(
            "Antalet resor i kollektivtrafiken under januari–augusti var 3,1 procent fler än samma period 2024.",
            O(None, "volymer", note="Travel against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-jonkopings-lan-tim-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Jönköpings län",
            "committee": [
                "Nämnd för trafik, infrastruktur och miljö",
                "Nämnden för trafik, infrastruktur och miljö",
            ],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Nämnd för trafik, infrastruktur och miljö",
            "author": "Region Jönköpings län",
        },
        style=style,
        blocks=blocks,
    )
