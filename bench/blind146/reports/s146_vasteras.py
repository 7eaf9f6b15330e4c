"""Västerås stad, Grundskolenämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in DejaVu Sans Condensed 9.5 pt, footer with the decision date in
September: the period "−14,2 miljoner kronor jämfört med periodens budget" and the full year's "underskott på
−19,5 miljoner kronor" in one sentence, with the shared reason in the next (one item, the full year's amount);
revenue "3,2 mnkr lägre än budget" from a cut grant; a table in mnkr with hyphen-minus and the period's and the
full year's deviation side by side; then two columns of headings that carry the verksamhet and the full year's
amount ("Kommunala grundskolor −16,4 mnkr", "Fristående huvudmän +2,4 mnkr") over short paragraphs; the change
since the tertial report with its cause; an action with its full-year effect from 2026; investments "31 mnkr
av budgeterade 45 mnkr" (14 mnkr never written out); sick leave against last year and an uncertainty about
pupil numbers (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its full-year amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Västerås stad", "Grundskolenämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Beslutad 2025-09-24, Dnr GSN 2025/00412", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, mnkr",
        header=(
            ("Verksamhet", "Utfall", "Budget", "Avvikelse", "Avvikelse"),
            ("", "jan-aug", "jan-aug", "jan-aug", "prognos helår"),
        ),
        rows=(
            ("Kommunala grundskolor", "1 004,6", "992,8", "-11,8", "-16,4"),
            ("Fritidshem", "121,5", "120,6", "-0,9", "-1,2"),
            ("Anpassad grundskola", "88,9", "86,3", "-2,6", "-3,8"),
            ("Fristående huvudmän", "402,1", "403,7", "1,6", "2,4"),
            ("Gemensamt och administration", "46,2", "45,7", "-0,5", "-0,5"),
            ("Summa", "1 663,3", "1 649,1", "-14,2", "-19,5"),
        ),
        widths=(170.0, 68.0, 68.0, 72.0, 96.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Grundskolenämnden", size=12, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Grundskolenämnden redovisar ett resultat för januari–augusti på −14,2 miljoner kronor jämfört med "
            "periodens budget, och prognosen för helåret är ett underskott på −19,5 miljoner kronor. Underskottet "
            "förklaras främst av att antalet elever i de kommunala skolorna har minskat snabbare än "
            "personalstyrkan har kunnat anpassas.",
            C(
                None,
                "−19,5 miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                note="The period and the full year in one sentence: the full year's amount. The reason in the "
                "next sentence belongs to the same item.",
            ),
        ),
        P(
            "Nämndens intäkter blir 3,2 mnkr lägre än budget för helåret, eftersom statsbidraget för en likvärdig "
            "skola har sänkts.",
            C("Intäkter", "3,2 mnkr", "-", "statsbidrag", note="Revenue under budget: negative."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Kommunala grundskolor −16,4 mnkr",
            "Skolorna har sammantaget 380 färre elever än vid budgeteringen, men personalstyrkan har inte minskat i "
            "samma takt. Det ger en högre lärartäthet än vad skolpengen finansierar. Sjukfrånvaron bland lärarna har "
            "också ökat kostnaderna för vikarier.",
            C(
                "Kommunala grundskolor",
                "−16,4 mnkr",
                "-",
                "volymer",
                "bemanning",
                "sjukfranvaro",
                "vikarier",
                note=HEAD + " The 380 pupils are a volume, not an amount.",
            ),
        ),
        HP(
            "Fritidshem −1,2 mnkr",
            "Fler barn än budgeterat är inskrivna på fritidshemmen i Skälby och Bäckby, vilket har krävt extra "
            "personal under eftermiddagarna.",
            C("Fritidshem", "−1,2 mnkr", "-", "volymer", "bemanning", note=HEAD),
        ),
        HP(
            "Anpassad grundskola −3,8 mnkr",
            "Kostnaderna för skolskjuts och elevassistenter har ökat. Den nya upphandlingen av skolskjuts gav ett "
            "avtal som är 18 procent dyrare än det tidigare.",
            C(
                "Anpassad grundskola",
                "−3,8 mnkr",
                "-",
                "prisokningar",
                "bemanning",
                note=HEAD + " The 18 procent is a price rise, not the amount.",
            ),
        ),
        HP(
            "Fristående huvudmän +2,4 mnkr",
            "Färre elever än väntat har valt fristående skolor, vilket ger lägre kostnader för skolpeng till "
            "fristående huvudmän.",
            C("Fristående huvudmän", "+2,4 mnkr", "+", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        HP(
            "Gemensamt och administration −0,5 mnkr",
            "Licenskostnaderna för den nya lärplattformen har blivit högre än beräknat.",
            C("Gemensamt och administration", "−0,5 mnkr", "-", "it_digitalisering", note=HEAD),
        ),
        H("Förändring mot tertialrapporten", 2),
        P(
            "Helårsprognosen har försämrats med 4,1 mnkr sedan tertialrapporten i april, främst på grund av den "
            "dyrare skolskjutsen.",
            F(None, "4,1 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan som bland annat innebär att 40 tjänster avvecklas till "
            "läsårets slut. Planen beräknas ge en helårseffekt på 22 mnkr från 2026.",
            A(None, "22 mnkr", "bemanning", "omstallning"),
        ),
        H("Investeringar", 2),
        P(
            "För helåret beräknas 31 mnkr av budgeterade 45 mnkr användas, eftersom inventarierna till den nya "
            "skolan i Barkarö levereras först i början av 2026.",
            C(
                "Investeringar",
                "31 mnkr av budgeterade 45 mnkr",
                "+",
                "periodisering",
                value=14_000_000,
                note="Investment under-spending of 14 mnkr, never written out: the computed value.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland medarbetarna var 7,2 procent under perioden, jämfört med 6,5 procent samma period "
            "2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Osäkerheter i prognosen", 2),
        P(
            "Prognosen är osäker när det gäller elevantalet under hösten, som fastställs först vid mätningen den "
            "15 oktober.",
            O(None, "volymer", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="vasteras-gsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025 Grundskolenämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
