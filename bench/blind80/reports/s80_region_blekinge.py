"""Region Blekinge, Regionala utvecklingsnämnden, delårsrapport januari–augusti 2025.

A region's regional-development committee's interim report (public transport, culture, regional growth),
footer with the nämnd's meeting date in October: the period "5,1 miljoner kronor sämre än budget" after a
result level and the full year "underskottet mot budget bli 9,0 miljoner kronor" in two sentences; a result
table pasted as an image (no text layer: every amount lives in the prose); public transport with its deficit
and reasons in one paragraph, then two sub-areas as a "respektive" pair of deficits ("−4,2 respektive −6,3
mnkr") and a sub-area "1,1 mnkr billigare än budgeterat" in the next paragraph; headings that carry the
verksamhet and amount ("Kultur +0,8 mnkr", "Nämnd och kansli −0,1 mnkr" over "hålla budget", boilerplate);
state money received above budget but deferred (other), an action with a full-year effect, investments "en
avvikelse på 15 mnkr" after the budget, outcome and forecast, travel against last year (other) and the change
since the tertial report. DejaVu Serif Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."
HEAD = "The heading carries the area and its amount."


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
        header=lambda n, m: ("Region Blekinge", "Delårsrapport 2025"),
        footer=lambda n, m: ("Regionala utvecklingsnämnden 2025-10-08", "Dnr 2025/01377", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, mnkr",
        header=(("Verksamhet", "Utfall jan–aug", "Avvikelse jan–aug", "Prognos avvikelse helår"),),
        rows=(
            ("Kollektivtrafik", "-402,3", "-7,9", "-11,6"),
            ("Kultur", "-38,1", "0,6", "0,8"),
            ("Regional utveckling", "-21,4", "1,5", "1,9"),
            ("Nämnd och kansli", "-6,2", "0,7", "-0,1"),
            ("Summa", "-468,0", "-5,1", "-9,0"),
        ),
        widths=(150.0, 80.0, 96.0, 120.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Regionala utvecklingsnämnden", size=12, font="serif-cond", after=12),
        H("Resultat och prognos", 2),
        Para(
            (
                (
                    "Regionala utvecklingsnämnden redovisar ett resultat för perioden på −468,0 miljoner kronor, "
                    "vilket är 5,1 miljoner kronor sämre än budget.",
                    C(
                        None,
                        "5,1 miljoner kronor",
                        "-",
                        note="The period after a result level: the deviation.",
                    ),
                ),
                (
                    "För helåret bedöms underskottet mot budget bli 9,0 miljoner kronor.",
                    C(None, "9,0 miljoner kronor", "-", note="The full year, a sentence of its own."),
                ),
            )
        ),
        table,
        H("Kollektivtrafik", 2),
        P(
            "Kollektivtrafiken prognostiserar en negativ avvikelse mot budget på 11,6 miljoner kronor för helåret. "
            "Underskottet beror främst på att indexuppräkningen av trafikavtalen för buss och tåg blev betydligt "
            "högre än budgeterat, men också på att resandet inte har ökat i den takt som budgeten förutsatte.",
            C("Kollektivtrafik", "11,6 miljoner kronor", "-", "prisokningar", "volymer", note=IMAGE),
        ),
        Para(
            (
                (
                    "Biljettintäkterna och kostnaderna för den regionala tågtrafiken avviker med −4,2 respektive "
                    "−6,3 mnkr mot budget.",
                    C(
                        "Biljettintäkter",
                        "−4,2",
                        "-",
                        unit="mnkr",
                        note="Two sub-areas as a 'respektive' pair: two items, no reasons in the sentence.",
                        also=(C("Regional tågtrafik", "−6,3 mnkr", "-"),),
                    ),
                ),
                (
                    "Färdtjänsten väntas däremot bli 1,1 mnkr billigare än budgeterat, eftersom antalet resor har "
                    "minskat.",
                    C("Färdtjänst", "1,1 mnkr", "+", "volymer"),
                ),
            )
        ),
        HP(
            "Kultur +0,8 mnkr",
            "Verksamhetsbidragen till länets studieförbund har betalats ut med ett lägre belopp efter att "
            "deltagartimmarna minskat, och en tjänst som kulturutvecklare har varit vakant under våren.",
            C("Kultur", "+0,8 mnkr", "+", "volymer", "vakanser", note=HEAD),
        ),
        HP(
            "Regional utveckling +1,9 mnkr",
            "Projektmedel för kompetensförsörjning har inte kunnat förbrukas i planerad takt eftersom två "
            "EU-projekt startade senare än beräknat. Medlen förväntas användas under 2026.",
            C("Regional utveckling", "+1,9 mnkr", "+", "periodisering", note=HEAD),
        ),
        HP(
            "Nämnd och kansli −0,1 mnkr",
            "Nämnd och kansli bedöms i stort sett hålla budget.",
            BP("Nämnd och kansli", note="'Hålla budget' under a heading of −0,1: boilerplate."),
        ),
        H("Statliga medel", 2),
        P(
            "Regionen har fått 2,4 miljoner kronor mer än budgeterat i statliga medel för regionalt "
            "tillväxtarbete, men eftersom medlen ska användas under 2026 har de periodiserats och påverkar inte "
            "resultatet.",
            O(None, "statsbidrag", note="Money received but deferred: no effect on the result, other."),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med tertialrapporten har helårsprognosen försämrats med 2,5 mnkr, då utfallet av "
            "indexuppräkningen för andra halvåret blev känt i juli.",
            F(None, "2,5 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har begärt att regionstyrelsen täcker kostnadsökningen för trafikavtalen och har gett "
            "förvaltningen i uppdrag att ta fram förslag på trafikneddragningar på linjer med lågt resande "
            "motsvarande 3 mnkr på helårsbasis.",
            A("Kollektivtrafik", "3 mnkr"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 46 mnkr avser främst nya bussar och laddinfrastruktur. Utfallet hittills "
            "är 12 mnkr och helårsprognosen 31 mnkr, vilket ger en avvikelse på 15 mnkr. Leveransen av elbussar "
            "har försenats till våren 2026.",
            C(
                "Investeringar",
                "15 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; vehicles are material_hjalpmedel.",
            ),
        ),
        H("Resande", 2),
        P(
            "Jämfört med januari–augusti 2024 har antalet resor med kollektivtrafiken ökat med 2,1 procent.",
            O("Kollektivtrafik", "volymer", note="Travel against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-blekinge-run-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Blekinge",
            "committee": ["Regionala utvecklingsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Regionala utvecklingsnämnden",
            "author": "Region Blekinge",
        },
        style=style,
        blocks=blocks,
    )
