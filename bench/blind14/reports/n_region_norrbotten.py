"""Region Norrbotten, Regionala utvecklingsnämnden, tertialrapport 2 2025 (januari–augusti).

A regional development committee's tertial report in "miljoner kronor" and mnkr, footer with the nämnd's
meeting date in September: the period's surplus "jämfört med budget" and the full year "en avvikelse på plus
3,0 miljoner kronor" in paragraphs of their own (two causes); the change since tertial 1 with its cause; a
table with both the period's and the full year's deviation per verksamhetsområde; then two columns of bold
run-in areas whose lead carries the full-year amount ("Kollektivtrafik –4,5 mnkr:"), with the sub-areas
färdtjänst and sjukresor inside as "−1,3 respektive −0,6 mnkr" (their own items), culture "+1,8 mnkr:",
folk high schools with a reason only (the table's full-year "+0,9"), regional development with the full
year in the lead and the period's "10,9 mnkr" in a sentence of its own (two items) and the nämnd's own
costs with a reason only ("+1,2"); investments "33 miljoner kronor av ramen inte tas i anspråk i år" after
the ram and the bus part as levels; an action with its effect, a risk with a range and trips against last
year (others). 11 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Reason only: the table's full-year deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Region Norrbotten", "Tertialrapport 2 2025 – Regionala utvecklingsnämnden"),
        footer=lambda n, m: ("Regionala utvecklingsnämnden 2025-09-24", "Dnr 00412-2025", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor (+ = bättre än budget)",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhetsområde", "helår", "helår", "jan–aug", "helår"),
        ),
        rows=(
            ("Kollektivtrafik", "612,0", "616,5", "−1,2", "−4,5"),
            ("Kultur", "98,5", "96,7", "+2,4", "+1,8"),
            ("Folkhögskolor", "41,2", "40,3", "+0,8", "+0,9"),
            ("Regional utveckling och näringsliv", "74,6", "71,0", "+10,9", "+3,6"),
            ("Nämnd och stab", "12,7", "11,5", "+1,7", "+1,2"),
            ("Summa", "839,0", "836,0", "+14,6", "+3,0"),
        ),
        widths=(176.0, 66.0, 66.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 – januari till augusti 2025", size=18, font="sans-bold", after=2),
        Title("Regionala utvecklingsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens resultat för perioden är ett överskott på 14,6 miljoner kronor jämfört med budget.",
            C(None, "14,6 miljoner kronor", "+", note="The period, a paragraph of its own."),
        ),
        P(
            "Helårsprognosen är en avvikelse på plus 3,0 miljoner kronor.",
            C(
                None,
                "3,0 miljoner kronor",
                "+",
                note="The full year, a paragraph of its own: 'plus' gives the sign.",
            ),
        ),
        P(
            "Prognosen har förbättrats med 2,2 miljoner kronor sedan tertial 1, främst för att biljettintäkterna i den "
            "regionala busstrafiken har ökat mer än väntat.",
            F(None, "2,2 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        LP(
            "Kollektivtrafik –4,5 mnkr:",
            "Dieselpriset och indexuppräkningen av trafikavtalen har gett högre kostnader än beräknat. "
            "Biljettintäkterna ökar, men inte tillräckligt för att täcka kostnadsökningen.",
            C(
                "Kollektivtrafik",
                "–4,5 mnkr",
                "-",
                "prisokningar",
                "avgifter_intakter",
                note="The run-in lead carries the area and the amount (en dash).",
            ),
            (
                "Inom området visar färdtjänst och sjukresor −1,3 respektive −0,6 mnkr, efter fler resor än "
                "budgeterat.",
                C(
                    "Färdtjänst",
                    "−1,3",
                    "-",
                    "volymer",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Sjukresor", "−0,6 mnkr", "-", "volymer"),),
                ),
            ),
        ),
        LP(
            "Kultur +1,8 mnkr:",
            "Två tjänster på kulturavdelningen har varit vakanta sedan mars, och bidragen till kulturföreningar blir "
            "lägre än budgeterat eftersom färre ansökningar har kommit in.",
            C("Kultur", "+1,8 mnkr", "+", "vakanser", "volymer"),
        ),
        LP(
            "Folkhögskolor:",
            "Fler deltagare än planerat på de korta kurserna i Öjebyn och Kalix ger högre kursavgifter och ett "
            "överskott mot budget.",
            C(
                "Folkhögskolor",
                "+0,9",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Regional utveckling och näringsliv +3,6 mnkr:",
            "Regionens medfinansiering i tre projekt inom Interreg Aurora betalas ut först 2026, när projekten har "
            "kommit igång.",
            C("Regional utveckling och näringsliv", "+3,6 mnkr", "+", "periodisering"),
            (
                "Under perioden är överskottet 10,9 mnkr, eftersom utbetalningarna av företagsstöd ligger i slutet av "
                "året.",
                C(
                    "Regional utveckling och näringsliv",
                    "10,9 mnkr",
                    "+",
                    "periodisering",
                    note="The period's deviation of the same area in a sentence of its own: its own item.",
                ),
            ),
        ),
        LP(
            "Nämnd och stab:",
            "Lägre kostnader för sammanträden och resor när fler möten hålls digitalt.",
            C("Nämnd och stab", "+1,2", "+", "ovrigt", unit="mnkr", table=True, note=ROW),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram för 2025 är 52 miljoner kronor, varav 45 miljoner kronor avser nya bussar till "
            "den regionala trafiken. Leveransen av elva elbussar har försenats och prognosen för helåret är 19 "
            "miljoner kronor. Det innebär att 33 miljoner kronor av ramen inte tas i anspråk i år.",
            C(
                "Investeringar",
                "33 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; the ram, the buses' part and the forecast are levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta två nya linjer i kustområdet till december, vilket minskar kostnaden med "
            "1,4 miljoner kronor under 2025.",
            A("Kollektivtrafik", "1,4 miljoner kronor"),
        ),
        H("Risker och volymer", 2),
        P(
            "Om dieselpriset fortsätter att stiga i samma takt under hösten kan kollektivtrafikens underskott öka med "
            "ytterligare 1–2 miljoner kronor.",
            O("Kollektivtrafik", "prisokningar", note="A risk with a range: other."),
        ),
        P(
            "Antalet resor i den regionala busstrafiken ökade med 8 procent jämfört med januari–augusti 2024.",
            O("Kollektivtrafik", "volymer", note="Trips against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-norrbotten-run-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Norrbotten",
            "committee": ["Regionala utvecklingsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Regionala utvecklingsnämnden",
            "author": "Region Norrbotten",
        },
        style=style,
        blocks=blocks,
    )
